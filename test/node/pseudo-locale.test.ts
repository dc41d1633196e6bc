/**
 * The pseudo-locale (en-XA in spirit, test only): every word of the en-GB pack accented,
 * bracketed and about 40 % longer (helpers/pseudo.ts). A letter drawn under it must show no
 * plain English: any left is hard-coded, not read from the pack. Its print may grow by a page
 * at most. The models keep every registry fact: ids are not words and stay as they are.
 */
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import {
  citations,
  explainerModel,
  facts,
  ITEM_IDS,
  localeText,
  planModel,
  registerLocale,
  score,
  type Answers,
  type LocalePack,
  type Plan,
} from '@scanwise/core';
import { clearCache, LetterPrinter, renderLetter, type LetterInput } from '@scanwise/letter';
import '@scanwise/core/locales/all';
import { allAbsent, answers, DECISIONS, input, plan } from './helpers/letter-fixtures.js';
import { copyOfPack, outsidePseudo, pseudo, pseudoPack, untransformed, withoutData, type PseudoOptions } from './helpers/pseudo.js';
import { skipPdf } from './helpers/pdf-tools.js';

const english: LocalePack = copyOfPack(localeText('en-GB'));
const usePseudo = (options: PseudoOptions = {}) => {
  registerLocale('en-GB', pseudoPack(english, options));
  clearCache();
};
const useEnglish = () => {
  registerLocale('en-GB', english);
  clearCache();
};

/**
 * Data, not words: the test's own input is written in Greek and Cyrillic letters and digits so
 * it never looks like hard-coded English. The rest is registry data a letter quotes as is:
 * the sources' names, titles and journals, and the dates Intl writes in the locale.
 */
const MONTHS = Array.from({ length: 12 }, (_, m) =>
  new Intl.DateTimeFormat('en-GB', { month: 'long', timeZone: 'UTC' }).format(Date.UTC(2026, m, 1)),
);
const CITATION_DATA = citations.flatMap((c) => [c.short, c.authors, c.title, c.journal, c.volumePages, c.doi ?? '', c.url ?? '', c.pmid ?? '']);
/** KNOWN: the registry's "to be checked" notes are English prose, not in any pack (evidence/citations.ts, `unverified`). */
const UNVERIFIED_NOTES = citations.flatMap((c) => c.unverified ?? []);
/** Bibliographic identifiers, the same in every language: "doi:10.…", "PMID 123". */
const IDENTIFIERS = ['doi:', 'PMID '];
/** The footer lists the sources' short names and may cut the last one short, leaving its first author's surname. */
const SURNAMES = citations.map((c) => c.short.split(' et al.')[0]!.split(' ')[0]!);
const DATA: readonly string[] = [...MONTHS, ...CITATION_DATA, ...UNVERIFIED_NOTES, ...IDENTIFIERS, ...SURNAMES];

/**
 * KNOWN: hard-coded English found by this test, listed and let through so the suite passes
 * while they are open. Each entry is a regular expression on the untransformed text; remove
 * it once the string comes from the pack.
 */
const KNOWN: { where: string; text: RegExp }[] = [];

const WORRY = 'Ωμέγα φόβος 42';
function nonLatinInput(overrides: Partial<LetterInput> = {}): LetterInput {
  return input({
    patient: { name: 'Αλέξ Ταϊλορ' },
    practice: { name: 'Ωмега', address: ['12 Ωδός', 'ΒΣ1 4ΧΧ'], phone: '0117 496 0000' },
    clinician: { name: 'Σαμ Πατελ', role: 'ΓΠ' },
    answers: answers(WORRY),
    plan: nonLatinPlan(),
    ...overrides,
  });
}
function nonLatinPlan(overrides: Partial<Plan> = {}): Plan {
  return plan({
    selfCareNote: 'Βάδισμα 10',
    goals: ['Ωмега цель'],
    scanTriggers: ['Πόνος 2'],
    practice: { name: 'Ωмега', phone: '0117 496 0000', clinician: 'Σαμ Πατελ' },
    ...overrides,
  });
}

/** The visible text of a letter (outside <style>, <script>, and its <head> but for the title) and its read-aloud attributes. */
function visibleChunks(html: string): string[] {
  const body = html
    .replace(/<style[\s\S]*?<\/style>/gi, ' ')
    .replace(/<script[\s\S]*?<\/script>/gi, ' ')
    .replace(/<meta[^>]*>/gi, ' ');
  const decode = (s: string) =>
    s
      .replace(/&#x([0-9a-f]+);/gi, (_, n: string) => String.fromCodePoint(parseInt(n, 16)))
      .replace(/&#(\d+);/g, (_, n: string) => String.fromCodePoint(Number(n)))
      .replace(/&lt;/g, '<')
      .replace(/&gt;/g, '>')
      .replace(/&quot;/g, '"')
      .replace(/&#39;|&apos;/g, "'")
      .replace(/&nbsp;/g, '\u00a0')
      .replace(/&amp;/g, '&');
  const chunks: string[] = [];
  for (const m of body.matchAll(/\s(aria-label|title|alt|placeholder)="([^"]*)"/g)) chunks.push(`[${m[1]}] ${decode(m[2]!)}`);
  for (const piece of body.split(/<[^>]+>/)) {
    const t = decode(piece).replace(/\s+/g, ' ').trim();
    if (t) chunks.push(t);
  }
  return chunks;
}

function hardCoded(html: string, where: string): string[] {
  const found: string[] = [];
  for (const chunk of visibleChunks(html)) {
    const left = untransformed(chunk.replace(/^\[[a-z-]+\] /, ''), DATA);
    if (!left) continue;
    if (KNOWN.some((k) => (k.where === '*' || k.where === where) && k.text.test(left))) continue;
    found.push(`${where}: ${JSON.stringify(left)} in ${JSON.stringify(chunk.slice(0, 160))}`);
  }
  return found;
}

describe('the pseudo pack', () => {
  it('transforms words and leaves ids, numbers and the tag alone', () => {
    const p = pseudoPack(english);
    assert.equal(p.locale, 'en-GB');
    assert.equal(p.letter.paper, english.letter.paper);
    assert.equal(p.services.emergency.number, english.services.emergency.number);
    assert.equal(p.questionnaireUi.back, pseudo(english.questionnaireUi.back));
    assert.match(p.questionnaireUi.back, /^⟦B[^A-Za-z]*⟧$/);
    const ex = p.explainer();
    const en = english.explainer();
    assert.deepEqual(ex.glance.rows.serious.both, en.glance.rows.serious.both);
    assert.deepEqual(ex.glance.leads, {
      thr: { ...ex.glance.leads.thr, row: en.glance.leads.thr.row },
      leg: { ...ex.glance.leads.leg, row: en.glance.leads.leg.row },
      nav: { ...ex.glance.leads.nav, row: en.glance.leads.nav.row },
    });
    assert.deepEqual(ex.sections['natural-history'].points[0]!.facts, en.sections['natural-history'].points[0]!.facts);
    // A function's words are transformed, its arguments are not.
    assert.match(p.plan.arranged.by('1 Δεκ'), /^⟦.*1 Δεκ.*⟧$/u);
    // The fact words stay keyed by fact id.
    assert.deepEqual(Object.keys(p.facts.text), Object.keys(english.facts.text));
  });
});

/** The same structure, with the same ids and numbers: only the words differ. */
function sameShape(en: unknown, ps: unknown, path: string, problems: string[]): void {
  if (typeof en === 'string') {
    if (typeof ps !== 'string') problems.push(`${path}: a string became ${typeof ps}`);
    else if (en !== ps && !/[⟦⟧]/.test(ps)) problems.push(`${path}: ${JSON.stringify(en)} became ${JSON.stringify(ps)}`);
    else if (en === ps && /[A-Za-z]{2,}/.test(en) && /\s/.test(en) && !DATA.some((d) => d && en.includes(d)))
      problems.push(`${path}: words not from the pack ${JSON.stringify(en)}`);
    return;
  }
  if (Array.isArray(en)) {
    if (!Array.isArray(ps) || ps.length !== en.length)
      return void problems.push(`${path}: list of ${en.length} became ${JSON.stringify(ps)?.slice(0, 80)}`);
    en.forEach((v, i) => sameShape(v, ps[i], `${path}[${i}]`, problems));
    return;
  }
  if (en && typeof en === 'object') {
    if (!ps || typeof ps !== 'object') return void problems.push(`${path}: object became ${typeof ps}`);
    const a = Object.keys(en).sort().join();
    const b = Object.keys(ps).sort().join();
    if (a !== b) return void problems.push(`${path}: keys ${a} became ${b}`);
    for (const k of Object.keys(en)) sameShape((en as Record<string, unknown>)[k], (ps as Record<string, unknown>)[k], `${path}.${k}`, problems);
    return;
  }
  if (en !== ps) problems.push(`${path}: ${String(en)} became ${String(ps)}`);
}

const allHigh = (): Answers => ({ ...answers(WORRY), items: Object.fromEntries(ITEM_IDS.map((id) => [id, 5])) as Answers['items'] });

describe('the models under the pseudo pack keep every fact and row (ids are not words)', () => {
  after(useEnglish);
  const emergency = answers(WORRY);
  emergency.emergency['rf1-chest'] = true;
  const explainerCases = {
    'full, no profile': { variant: 'full' },
    'summary, threat high': { variant: 'summary', profile: score(answers(WORRY)) },
    'full, every theme high, age 40, with a plan': { variant: 'full', profile: score(allHigh()), age: 40, plan: nonLatinPlan() },
    emergency: { variant: 'full', profile: score(emergency) },
  } as const;
  const planCases: Record<string, Plan> = {
    'watchful waiting': nonLatinPlan(),
    'tier 2 found, referral': nonLatinPlan({
      redFlags: { ...allAbsent(), 'rf2-fever': 'present' },
      decision: { ...DECISIONS.referral, arranged: 'ΜΡΙ 27' },
    }),
    'tier 2 found, wait': nonLatinPlan({ redFlags: { ...allAbsent(), 'rf2-fever': 'present' }, decision: { ...DECISIONS.wait, reason: 'Θ 37' } }),
    'tier 1 found': nonLatinPlan({
      redFlags: { ...allAbsent(), 'rf1-chest': 'present' },
      decision: { ...DECISIONS.emergency, arranged: 'Ασθενοφόρο 1' },
    }),
  };
  for (const [name, given] of Object.entries(explainerCases)) {
    it(`explainerModel: ${name}`, () => {
      useEnglish();
      const en = explainerModel({ locale: 'en-GB', ...given } as never);
      usePseudo();
      const ps = explainerModel({ locale: 'en-GB', ...given } as never);
      const problems: string[] = [];
      sameShape(en, ps, 'model', problems);
      assert.deepEqual(problems, []);
      assert.ok(ps.sources.length === en.sources.length, 'the same sources');
    });
  }
  for (const [name, p] of Object.entries(planCases)) {
    it(`planModel: ${name}`, () => {
      useEnglish();
      const en = planModel(p, { locale: 'en-GB', today: '2026-11-23', profile: score(allHigh()) });
      usePseudo();
      const ps = planModel(p, { locale: 'en-GB', today: '2026-11-23', profile: score(allHigh()) });
      const problems: string[] = [];
      sameShape(en, ps, 'model', problems);
      assert.deepEqual(problems, []);
    });
  }
  it('every registry fact still has its words', () => {
    usePseudo();
    const t = localeText('en-GB').facts.text;
    for (const f of facts) assert.ok(t[f.id]?.statement.startsWith('⟦'), f.id);
  });
});

describe('letters under the pseudo pack: no hard-coded English', () => {
  before(() => usePseudo());
  after(useEnglish);
  const CASES: Record<string, LetterInput> = {
    'the default letter (questionnaire, summary explainer, plan)': nonLatinInput(),
    'the full explainer': nonLatinInput({ include: { questionnaire: true, explainer: 'full', plan: true } }),
    'every theme high': nonLatinInput({ answers: allHigh() }),
    'no patient name, no clinician': nonLatinInput({ patient: {}, clinician: undefined } as Partial<LetterInput>),
    'a Tier 1 sign found (needs to be seen)': nonLatinInput({
      plan: nonLatinPlan({ redFlags: { ...allAbsent(), 'rf1-chest': 'present' }, decision: { ...DECISIONS.emergency, arranged: 'Ασθενοφόρο 1' } }),
    }),
    'a Tier 2 sign found, tests arranged': nonLatinInput({
      plan: nonLatinPlan({ redFlags: { ...allAbsent(), 'rf2-fever': 'present' }, decision: { ...DECISIONS.referral, arranged: 'ΜΡΙ 27' } }),
    }),
    'a Tier 2 sign found, waiting with an early review': nonLatinInput({
      plan: nonLatinPlan({ redFlags: { ...allAbsent(), 'rf2-fever': 'present' }, decision: { ...DECISIONS.wait, reason: 'Θ 37' } }),
    }),
    'an emergency sign reported': nonLatinInput({
      answers: { ...answers(WORRY), emergency: { ...answers().emergency, 'rf1-chest': true } },
      plan: nonLatinPlan({ redFlags: { ...allAbsent(), 'rf1-chest': 'present' }, decision: { ...DECISIONS.emergency, arranged: 'Ασθενοφόρο 1' } }),
    }),
  };
  it('the check is not blind: the same letter in English fails it', () => {
    useEnglish();
    try {
      assert.ok(hardCoded(renderLetter(nonLatinInput()), 'English').length > 20);
    } finally {
      usePseudo();
    }
  });
  for (const [name, letter] of Object.entries(CASES)) {
    it(name, () => {
      const html = renderLetter(letter);
      assert.ok(
        visibleChunks(html).some((c) => c.includes('⟦')),
        'the letter is drawn in the pseudo-locale',
      );
      const left = hardCoded(html, name);
      assert.equal(left.length, 0, `hard-coded English:\n${left.join('\n')}`);
    });
  }
});

// ── Print: the longer words may add one page at most ──
const dir = mkdtempSync(join(tmpdir(), 'scanwise-pseudo-'));
after(() => rmSync(dir, { recursive: true, force: true }));
function pageCount(pdf: Uint8Array): number {
  const file = join(dir, 'count.pdf');
  writeFileSync(file, pdf);
  return Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [file], { encoding: 'utf8' }))?.[1] ?? NaN);
}

/** The printed text in one piece (a citation may break across lines). */
function pdfText(pdf: Uint8Array): string {
  const file = join(dir, 'text.pdf');
  writeFileSync(file, pdf);
  return execFileSync('pdftotext', ['-raw', file, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
}

describe('letters under the pseudo pack print within the English page count plus one', { skip: skipPdf }, () => {
  let printer: LetterPrinter;
  before(async () => {
    printer = await LetterPrinter.launch();
  });
  after(async () => {
    await printer?.close();
    useEnglish();
  });
  const CASES: Record<string, LetterInput> = {
    'the default letter': nonLatinInput(),
    'include.explainer: full': nonLatinInput({ include: { questionnaire: true, explainer: 'full', plan: true } }),
  };
  for (const [name, letter] of Object.entries(CASES)) {
    it(name, async () => {
      useEnglish();
      const en = pageCount(await printer.print(letter));
      usePseudo();
      const pdf = await printer.print(letter);
      // The printed text too, with the header and footer Chromium draws on each page.
      // The footer cuts its list of sources short with "…": a cut name is still data.
      const rest = withoutData(outsidePseudo(pdfText(pdf)), DATA).replace(/\S*…/g, ' ');
      const left = [...new Set(rest.match(/[^\s]*[A-Za-z]{2,}[^\s]*(?:\s+[^\s]*[A-Za-z]{2,}[^\s]*)*/g) ?? [])];
      assert.equal(left.length, 0, `hard-coded English in the PDF:\n${left.join('\n')}`);
      // Pages are counted with brackets the letter's font has (see PseudoOptions): ⟦ ⟧, drawn
      // from a fallback font, make lines taller than any translation would.
      usePseudo({ brackets: ['«', '»'] });
      const ps = pageCount(await printer.print(letter));
      usePseudo();
      assert.ok(ps <= en + 1, `${ps} pages under the pseudo-locale, ${en} in English`);
    });
  }
});
