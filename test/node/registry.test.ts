import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  localeText,
  citations,
  citationsFor,
  facts,
  formatCitation,
  getFact,
  isIsoDate,
  LOCALES,
  validateRegistry,
  type Citation,
  type Fact,
  type GuidePack,
  type Locale,
} from '@scanwise/core';
import '@scanwise/core/locales/all';

const TODAY = '2026-11-23';
const base = getFact('serious-cause')!;
const cite = citations.find((c) => c.id === base.citationId)!;
const fact = (over: Partial<Fact>): Fact => ({ ...base, ...over });
type Texts = Partial<Record<Locale, GuidePack['facts']>>;
/** The figures' words of the two English packs, with those of fact `id` changed (or left out with `null`). */
function texts(id: string, change: Partial<Record<Locale, Partial<GuidePack['facts']['text'][string]> | null>> = {}): Texts {
  const out: Texts = {};
  for (const l of ['en-GB', 'en-US'] as const) {
    const words = localeText(l).facts;
    const own = words.text[base.id]!;
    const c = change[l];
    const text: Record<string, GuidePack['facts']['text'][string]> = { ...words.text, a: own, b: own };
    if (c === null) delete text[id];
    else text[id] = { ...own, ...c };
    out[l] = { text, caveat: words.caveat };
  }
  return out;
}

describe('the evidence registry as shipped', () => {
  it('has no problems', () => {
    assert.deepEqual(validateRegistry(facts, citations, TODAY), []);
  });

  it('has every suggested icon-array fact (docs/evidence.md#facts-at-a-glance)', () => {
    for (const id of [
      'serious-cause',
      'red-flag-answers',
      'no-pain-disc-bulge-age-40',
      'no-pain-disc-degeneration-age-80',
      'no-pain-abnormal-disc',
      'pain-halves-first-month',
      'mean-pain-6-weeks',
      'back-at-work-3-months',
      'recovered-1-year',
      'early-scan-no-faster-recovery',
      'xray-more-visits',
      'another-episode-1-year',
      'surgery-after-early-mri',
      'surgery-after-early-xray',
    ]) {
      assert.ok(getFact(id), `missing fact ${id}`);
    }
  });

  it('carries the figures exactly as the evidence review gives them (docs/evidence.md#facts-at-a-glance)', () => {
    const expected: [string, number][] = [
      ['serious-cause', 1],
      ['red-flag-answers', 80],
      ['no-pain-disc-bulge-age-20', 30],
      ['no-pain-disc-bulge-age-30', 40],
      ['no-pain-disc-bulge-age-40', 50],
      ['no-pain-disc-bulge-age-50', 60],
      ['no-pain-disc-bulge-age-80', 84],
      ['no-pain-disc-degeneration-age-20', 37],
      ['no-pain-disc-degeneration-age-30', 52],
      ['no-pain-disc-degeneration-age-40', 68],
      ['no-pain-disc-degeneration-age-50', 80],
      ['no-pain-disc-degeneration-age-80', 96],
      ['no-pain-abnormal-disc', 64],
      ['back-at-work-3-months', 83],
      ['recovered-1-year', 72],
      ['another-episode-1-year', 33],
      ['surgery-after-early-mri', 5],
      ['surgery-after-early-xray', 2],
      ['pain-halves-first-month', 58],
      ['mean-pain-6-weeks', 23],
    ];
    for (const [id, value] of expected) assert.equal(getFact(id)?.value, value, id);
  });

  it('offers findings by age only for the verified ages (not 60 or 70)', () => {
    const ages = facts.filter((f) => f.id.startsWith('no-pain-disc-')).map((f) => Number(f.id.split('-age-')[1]));
    assert.deepEqual(
      [...new Set(ages)].sort((a, b) => a - b),
      [20, 30, 40, 50, 80],
    );
  });

  it('puts the number of every people fact into its statement, in every locale', () => {
    for (const f of facts.filter((x) => x.kind === 'people')) {
      for (const l of LOCALES) assert.match(localeText(l).facts.text[f.id]!.statement, new RegExp(`\\b${f.value}\\b`), `${f.id} ${l}`);
    }
  });

  it('never shows a relative risk as a number (IPDAS: no relative figures alone)', () => {
    for (const f of facts.filter((x) => x.kind === 'ratio')) {
      for (const l of LOCALES) {
        const said = localeText(l).facts.text[f.id]!.statement;
        assert.ok(!said.includes(String(f.value)) && !said.includes(f.value.toFixed(1)), `${f.id} ${l}`);
        assert.doesNotMatch(said, /times|%|ratio|risk/i, `${f.id} ${l}`);
      }
    }
  });

  it('lists each citation once, in the order first used', () => {
    const used = citationsFor([getFact('serious-cause')!, getFact('red-flag-answers')!, getFact('recovered-1-year')!]);
    assert.deepEqual(
      used.map((c) => c.id),
      ['henschke-2009', 'henschke-2008'],
    );
  });

  it('formats a citation in full', () => {
    assert.equal(
      formatCitation(cite),
      'Henschke N, Maher CG, Refshauge KM, Herbert RD, Cumming RG, Bleasel J, York J, Das A, McAuley JH. ' +
        'Prevalence of and screening for serious spinal pathology in patients presenting to primary care settings ' +
        'with acute low back pain. Arthritis Rheum 2009;60(10):3072–80. doi:10.1002/art.24853. PMID 19790051.',
    );
  });
});

describe('validateRegistry catches each broken rule', () => {
  const cases: { name: string; facts: Fact[]; citations?: Citation[]; texts?: Texts; expect: RegExp }[] = [
    { name: 'a fact with no citation', facts: [fact({ citationId: '' })], expect: /no citation/ },
    { name: 'a fact citing an unknown source', facts: [fact({ citationId: 'nobody-2020' })], expect: /not in the registry/ },
    { name: 'a fact with no checked date', facts: [fact({ checked: '' })], expect: /no checked date/ },
    { name: 'an impossible checked date', facts: [fact({ checked: '2026-02-30' })], expect: /not a real/ },
    { name: 'a checked date in the future', facts: [fact({ checked: '2099-01-01' })], expect: /in the future/ },
    { name: 'a people fact not out of 100', facts: [fact({ denominator: 1000 })], expect: /out of 100/ },
    { name: 'a part person', facts: [fact({ value: 0.9 })], expect: /whole people/ },
    { name: 'more people than the denominator', facts: [fact({ value: 101 })], expect: /whole people/ },
    {
      name: 'a missing locale',
      facts: [fact({})],
      texts: texts(base.id, { 'en-US': null }),
      expect: /no en-US text/,
    },
    {
      name: 'a people fact without outcome words',
      facts: [fact({})],
      texts: texts(base.id, { 'en-US': { outcome: '' } }),
      expect: /outcome/,
    },
    { name: 'two facts with one id', facts: [fact({}), fact({})], expect: /two facts/ },
    {
      name: 'compared facts with different denominators',
      facts: [fact({ id: 'a', compareGroup: 'g' }), fact({ id: 'b', compareGroup: 'g', kind: 'score', denominator: 10 })],
      expect: /denominator 10 differs/,
    },
    {
      name: 'compared facts with different time frames',
      facts: [fact({ id: 'a', compareGroup: 'g' }), fact({ id: 'b', compareGroup: 'g' })],
      texts: texts('b', { 'en-GB': { timeframe: 'in 5 years' } }),
      expect: /en-GB time frame differs/,
    },
    { name: 'a fact whose caveat is missing', facts: [fact({ caveat: true })], expect: /no en-GB caveat/ },
    { name: 'a compare group of one', facts: [fact({ compareGroup: 'alone' })], expect: /only one fact/ },
    { name: 'an unused citation', facts: [fact({})], citations: [cite, { ...cite, id: 'unused-2020' }], expect: /not used/ },
    {
      name: 'a citation with no DOI or URL',
      facts: [fact({})],
      citations: [{ ...cite, doi: undefined, url: undefined }],
      expect: /neither a DOI nor a URL/,
    },
    { name: 'a citation with no title', facts: [fact({})], citations: [{ ...cite, title: ' ' }], expect: /no title/ },
  ];
  for (const c of cases) {
    it(`reports ${c.name}`, () => {
      const problems = validateRegistry(c.facts, c.citations ?? [cite], TODAY, c.texts);
      assert.ok(
        problems.some((p) => c.expect.test(p.problem)),
        `expected ${c.expect} in ${JSON.stringify(problems)}`,
      );
    });
  }
});

describe('isIsoDate', () => {
  for (const [s, ok] of [
    ['2026-11-23', true],
    ['2024-02-29', true],
    ['2026-02-29', false],
    ['2026-13-01', false],
    ['23/11/2026', false],
    ['', false],
  ] as const) {
    it(`${JSON.stringify(s)} → ${ok}`, () => assert.equal(isIsoDate(s), ok));
  }
});
