import type { ContentMeta, Fact } from './types.js';

/** Version and dates of the evidence content (IPDAS C3, C4). */
export const contentMeta: ContentMeta = {
  version: '0.1.0',
  published: '2026-11-23',
  reviewBy: '2027-11-23',
};

/** The date every figure below was last checked against its source. */
const CHECKED = '2026-11-23';

/** Findings on scans of people with no back pain, by age (Brinjikji 2015; docs/evidence.md#scan-findings-in-people-with-no-back-pain). */
const findingsByAge = {
  'disc-bulge': {
    ages: { 20: 30, 30: 40, 40: 50, 50: 60, 80: 84 },
  },
  'disc-degeneration': {
    ages: { 20: 37, 30: 52, 40: 68, 50: 80, 80: 96 },
  },
} as const;

/**
 * The ages for which the findings-by-age figures are verified; ages 60 and 70 are not (registry:
 * `no-pain-disc-bulge-age-N`, `no-pain-disc-degeneration-age-N`;
 * docs/evidence.md#scan-findings-in-people-with-no-back-pain).
 */
export const VERIFIED_FINDING_AGES = [20, 30, 40, 50, 80] as const;
export type FindingAge = (typeof VERIFIED_FINDING_AGES)[number];
export type FindingName = keyof typeof findingsByAge;
export const FINDING_NAMES = Object.keys(findingsByAge) as FindingName[];

/** The registry id of a findings-by-age fact, e.g. `no-pain-disc-bulge-age-40`. */
export function findingFactId(finding: FindingName, age: FindingAge): string {
  return `no-pain-${finding}-age-${age}`;
}

const findingFacts: Fact[] = FINDING_NAMES.flatMap((finding) =>
  VERIFIED_FINDING_AGES.map((age): Fact => {
    const { ages } = findingsByAge[finding];
    const value = ages[age];
    return {
      id: findingFactId(finding, age),
      kind: 'people',
      value,
      denominator: 100,
      rounded: false,
      sourceFigure: `${value}% at age ${age} (33 studies, 3,110 people)`,
      certainty: 'high',
      compareGroup: `no-pain-${finding}-by-age`,
      evidenceRef: age === 80 ? '§3.2' : '§3.1',
      citationId: 'brinjikji-2015',
      checked: CHECKED,
    };
  }),
);

/**
 * Radiation from one scan of the lower back, by scan type (registry: radiation-xray, radiation-ct,
 * radiation-mri; docs/evidence.md#harms-of-scans).
 * `value` is the effective dose in mSv (kind `count`, no denominator); patients see it as
 * time's worth of the natural background radiation everyone gets (about 3 mSv a year; docs/evidence.md#radiation-xray).
 */
const radiationByScan = [
  {
    scan: 'xray',
    value: 1.5,
    sourceFigure: 'lumbar spine X-ray 1.5 mSv on average; natural background about 3 mSv a year (USA). Other estimates 0.8–1.3 mSv (§5.4)',
    certainty: 'high',
    evidenceRef: '§5.2, §5.4',
    citationId: 'mettler-2008',
  },
  {
    scan: 'ct',
    value: 6,
    sourceFigure: 'spine CT about 6 mSv, roughly 2 years of natural background radiation',
    certainty: 'moderate',
    evidenceRef: '§5.1',
    citationId: 'uw-radiation-dosimetry',
  },
  {
    scan: 'mri',
    value: 0,
    sourceFigure: 'MRI: no ionising radiation (ACR relative radiation level O)',
    certainty: 'high',
    evidenceRef: '§5.5, §5.7',
    citationId: 'acr-2021',
  },
] as const;

/** The scan types with a radiation fact. */
export type ScanType = (typeof radiationByScan)[number]['scan'];

/** The registry id of a radiation fact, e.g. `radiation-ct`. */
export function radiationFactId(scan: ScanType): string {
  return `radiation-${scan}`;
}

const radiationFacts: Fact[] = radiationByScan.map(({ scan, value, sourceFigure, certainty, evidenceRef, citationId }): Fact => ({
  id: radiationFactId(scan),
  kind: 'count',
  value,
  denominator: null,
  rounded: false,
  sourceFigure,
  certainty,
  compareGroup: 'radiation-by-scan-type',
  evidenceRef,
  citationId,
  checked: CHECKED,
}));

/**
 * Every figure a patient may see. Add a figure here only with its citation and the evidence review
 * section it comes from (listed in docs/evidence.md).
 */
export const facts: readonly Fact[] = [
  {
    id: 'serious-cause',
    kind: 'people',
    value: 1,
    denominator: 100,
    rounded: true,
    sourceFigure: '11 of 1,172 people (0.9%), 8 of them with a broken bone in the spine',
    certainty: 'high',
    evidenceRef: '§1.1',
    citationId: 'henschke-2009',
    checked: CHECKED,
  },
  {
    id: 'red-flag-answers',
    kind: 'people',
    value: 80,
    denominator: 100,
    rounded: true,
    sourceFigure: '80.4% of 1,172 people had at least one "red flag" (median 2)',
    certainty: 'high',
    evidenceRef: '§1.2',
    citationId: 'henschke-2009',
    checked: CHECKED,
  },
  ...findingFacts,
  {
    id: 'no-pain-abnormal-disc',
    kind: 'people',
    value: 64,
    denominator: 100,
    rounded: false,
    sourceFigure: '64% of 98 people (only 36% had normal discs at every level)',
    certainty: 'high',
    evidenceRef: '§3.5',
    citationId: 'jensen-1994',
    checked: CHECKED,
  },
  {
    id: 'back-at-work-2-weeks',
    kind: 'people',
    value: 50,
    denominator: 100,
    rounded: true,
    sourceFigure: 'median time back to usual work 14 days (95% CI 11–17), 973 people',
    certainty: 'high',
    evidenceRef: '§6.3',
    citationId: 'henschke-2008',
    checked: CHECKED,
  },
  {
    id: 'back-at-work-3-months',
    kind: 'people',
    value: 83,
    denominator: 100,
    rounded: false,
    sourceFigure: '83% had returned to their previous work status by 3 months, 973 people',
    certainty: 'high',
    evidenceRef: '§6.3',
    citationId: 'henschke-2008',
    checked: CHECKED,
  },
  {
    id: 'recovered-1-year',
    kind: 'people',
    value: 72,
    denominator: 100,
    rounded: false,
    sourceFigure: '72% completely recovered (pain, disability and work) at 12 months, 973 people',
    certainty: 'high',
    evidenceRef: '§6.3',
    citationId: 'henschke-2008',
    checked: CHECKED,
  },
  {
    id: 'another-episode-1-year',
    kind: 'people',
    value: 33,
    denominator: 100,
    rounded: false,
    sourceFigure: "33% had a new episode within 1 year (the review's only inception cohort)",
    certainty: 'high',
    evidenceRef: '§6.7',
    citationId: 'da-silva-2017',
    checked: CHECKED,
  },
  {
    id: 'surgery-after-early-mri',
    kind: 'people',
    value: 5,
    denominator: 100,
    rounded: true,
    sourceFigure: '10 operations among about 190 people given an MRI first',
    certainty: 'moderate',
    compareGroup: 'early-mri-vs-xray-surgery',
    caveat: true,
    evidenceRef: '§4.4',
    citationId: 'jarvik-2003',
    checked: CHECKED,
  },
  {
    id: 'surgery-after-early-xray',
    kind: 'people',
    value: 2,
    denominator: 100,
    rounded: true,
    sourceFigure: '4 operations among about 190 people given an X-ray first',
    certainty: 'moderate',
    compareGroup: 'early-mri-vs-xray-surgery',
    caveat: true,
    evidenceRef: '§4.4',
    citationId: 'jarvik-2003',
    checked: CHECKED,
  },
  {
    id: 'pain-halves-first-month',
    kind: 'percent',
    value: 58,
    denominator: null,
    rounded: false,
    sourceFigure: 'pain and disability each fell by 58% within 1 month (15 studies)',
    certainty: 'high',
    evidenceRef: '§6.1',
    citationId: 'pengel-2003',
    checked: CHECKED,
  },
  {
    id: 'mean-pain-6-weeks',
    kind: 'score',
    value: 23,
    denominator: 100,
    rounded: false,
    sourceFigure: 'mean pain 52 (95% CI 48–57) at the start, 23 (21–25) at 6 weeks; 33 cohorts, 11,166 people',
    certainty: 'high',
    evidenceRef: '§6.2',
    citationId: 'menezes-costa-2012',
    checked: CHECKED,
  },
  {
    id: 'early-scan-no-faster-recovery',
    kind: 'count',
    value: 1804,
    denominator: null,
    rounded: false,
    sourceFigure: '6 randomised trials, 1,804 people; no difference in pain or function at 3 or 6–12 months',
    certainty: 'high',
    evidenceRef: '§4.1',
    citationId: 'chou-2009',
    checked: CHECKED,
  },
  {
    id: 'xray-more-visits',
    kind: 'ratio',
    value: 1.62,
    denominator: null,
    rounded: false,
    sourceFigure: 'relative risk of another GP visit within 3 months 1.62 (95% CI 1.33–1.97); 421 people',
    certainty: 'high',
    evidenceRef: '§4.2',
    citationId: 'kendrick-2001',
    checked: CHECKED,
  },
  ...radiationFacts,
  {
    id: 'report-words-misunderstood',
    kind: 'percent',
    value: 35,
    denominator: null,
    rounded: false,
    sourceFigure: 'at best 35% of 677 adults in 5 countries understood "disc degeneration"; 10.5% understood "Modic changes"',
    certainty: 'high',
    evidenceRef: '§5.9',
    citationId: 'farmer-2021',
    checked: CHECKED,
  },
];
