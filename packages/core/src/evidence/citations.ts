import type { Citation } from './types.js';

/**
 * Every source a fact in the registry rests on, as given in EVIDENCE.md.
 * Parts EVIDENCE.md marks as not verified are listed in `unverified` (EVIDENCE.md §12).
 */
export const citations: readonly Citation[] = [
  {
    id: 'henschke-2009',
    authors:
      'Henschke N, Maher CG, Refshauge KM, Herbert RD, Cumming RG, Bleasel J, York J, Das A, McAuley JH',
    short: 'Henschke et al. 2009',
    year: 2009,
    title:
      'Prevalence of and screening for serious spinal pathology in patients presenting to primary care settings with acute low back pain',
    journal: 'Arthritis Rheum',
    volumePages: '60(10):3072–80',
    doi: '10.1002/art.24853',
    pmid: '19790051',
    url: 'https://pubmed.ncbi.nlm.nih.gov/19790051/',
  },
  {
    id: 'brinjikji-2015',
    authors:
      'Brinjikji W, Luetmer PH, Comstock B, Bresnahan BW, Chen LE, Deyo RA, Halabi S, Turner JA, Avins AL, James K, Wald JT, Kallmes DF, Jarvik JG',
    short: 'Brinjikji et al. 2015',
    year: 2015,
    title:
      'Systematic literature review of imaging features of spinal degeneration in asymptomatic populations',
    journal: 'AJNR Am J Neuroradiol',
    volumePages: '36(4):811–16',
    doi: '10.3174/ajnr.A4173',
    pmid: '25430861',
    url: 'http://ajnr.org/content/36/4/811.full',
  },
  {
    id: 'jensen-1994',
    authors: 'Jensen MC, Brant-Zawadzki MN, Obuchowski N, Modic MT, Malkasian D, Ross JS',
    short: 'Jensen et al. 1994',
    year: 1994,
    title: 'Magnetic resonance imaging of the lumbar spine in people without back pain',
    journal: 'N Engl J Med',
    volumePages: '331(2):69–73',
    doi: '10.1056/NEJM199407143310201',
    pmid: '8208267',
    unverified: ['DOI', 'PMID'],
  },
  {
    id: 'pengel-2003',
    authors: 'Pengel LHM, Herbert RD, Maher CG, Refshauge KM',
    short: 'Pengel et al. 2003',
    year: 2003,
    title: 'Acute low back pain: systematic review of its prognosis',
    journal: 'BMJ',
    volumePages: '327(7410):323',
    url: 'http://bmj.bmjjournals.com/content/327/7410/323.full.txt',
  },
  {
    id: 'menezes-costa-2012',
    authors: 'da C Menezes Costa L, Maher CG, Hancock MJ, McAuley JH, Herbert RD, Costa LOP',
    short: 'Menezes Costa et al. 2012',
    year: 2012,
    title: 'The prognosis of acute and persistent low-back pain: a meta-analysis',
    journal: 'CMAJ',
    volumePages: '184(11):E613–24',
    doi: '10.1503/cmaj.111271',
    pmid: '22586331',
    url: 'https://www.cmaj.ca/content/184/11/E613',
  },
  {
    id: 'henschke-2008',
    authors: 'Henschke N, Maher CG, Refshauge KM, et al.',
    short: 'Henschke et al. 2008',
    year: 2008,
    title:
      'Prognosis in patients with recent onset low back pain in Australian primary care: inception cohort study',
    journal: 'BMJ',
    volumePages: '337:a171',
    url: 'https://pmc.ncbi.nlm.nih.gov/articles/PMC2483884',
    unverified: ['full author list', 'volume and pages'],
  },
  {
    id: 'chou-2009',
    authors: 'Chou R, Fu R, Carrino JA, Deyo RA',
    short: 'Chou et al. 2009',
    year: 2009,
    title: 'Imaging strategies for low-back pain: systematic review and meta-analysis',
    journal: 'Lancet',
    volumePages: '373(9662):463–72',
    doi: '10.1016/S0140-6736(09)60172-0',
    pmid: '19200918',
  },
  {
    id: 'kendrick-2001',
    authors: 'Kendrick D, Fielding K, Bentley E, Kerslake R, Miller P, Pringle M',
    short: 'Kendrick et al. 2001',
    year: 2001,
    title:
      'Radiography of the lumbar spine in primary care patients with low back pain: randomised controlled trial',
    journal: 'BMJ',
    volumePages: '322(7283):400–5',
    doi: '10.1136/bmj.322.7283.400',
    pmid: '11179160',
    url: 'http://www.bmj.com/cgi/content/abstract/322/7283/400',
  },
  {
    id: 'da-silva-2017',
    authors: 'da Silva T, Mills K, Brown BT, Herbert RD, Maher CG, Hancock MJ',
    short: 'da Silva et al. 2017',
    year: 2017,
    title: 'Risk of recurrence of low back pain: a systematic review',
    journal: 'J Orthop Sports Phys Ther',
    volumePages: '47(5):305–13',
    doi: '10.2519/jospt.2017.7415',
    pmid: '28355981',
  },
  {
    id: 'jarvik-2003',
    authors:
      'Jarvik JG, Hollingworth W, Martin B, Emerson SS, Gray DT, Overman S, Robinson D, Staiger T, Wessbecher F, Sullivan SD, Kreuter W, Deyo RA',
    short: 'Jarvik et al. 2003',
    year: 2003,
    title:
      'Rapid magnetic resonance imaging vs radiographs for patients with low back pain: a randomized controlled trial',
    journal: 'JAMA',
    volumePages: '289(21):2810–8',
    url: 'https://archive.ahrq.gov/research/sep03/0903RA3.htm',
  },
];
