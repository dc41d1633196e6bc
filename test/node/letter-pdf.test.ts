import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { localeText, formatDate, ITEM_IDS, LOCALES, type Answers } from '@scanwise/core';
import { ChromiumNotFoundError, findChromium, LetterInputError, LetterPrinter, renderPdf, renderTemplate, type LetterInput } from '@scanwise/letter';
import { answers, DECISIONS, input, plan } from './helpers/letter-fixtures.js';
import '@scanwise/core/locales/all';
import { main } from '../../packages/letter/src/cli.js';
import { escapeText } from '../../packages/letter/src/escape.js';
import { SERVICES } from './helpers/say.js';
import { placedWords, skipPdf, splitHeadings } from './helpers/pdf-tools.js';

/** Text of HTML as the reader sees it: character references decoded. */
const decodeHtml = (s: string) =>
  s.replace(/&(#x[\da-f]+|#\d+|amp|lt|gt|quot|#39);/gi, (_, ref: string) =>
    ref[0] === '#'
      ? String.fromCodePoint(ref[1]?.toLowerCase() === 'x' ? parseInt(ref.slice(2), 16) : Number(ref.slice(1)))
      : ({ amp: '&', lt: '<', gt: '>', quot: '"' } as Record<string, string>)[ref.toLowerCase()]!,
  );

const dir = mkdtempSync(join(tmpdir(), 'scanwise-letter-'));
after(() => rmSync(dir, { recursive: true, force: true }));

function pdfText(pdf: Uint8Array): string {
  const file = join(dir, `t${Math.random().toString(36).slice(2)}.pdf`);
  writeFileSync(file, pdf);
  return execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
}

function pageSize(pdf: Uint8Array): string {
  const file = join(dir, 'size.pdf');
  writeFileSync(file, pdf);
  return /Page size:\s+(.*)/.exec(execFileSync('pdfinfo', [file], { encoding: 'utf8' }))?.[1] ?? '';
}

function pageCount(pdf: Uint8Array): number {
  const file = join(dir, 'count.pdf');
  writeFileSync(file, pdf);
  return Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [file], { encoding: 'utf8' }))?.[1] ?? NaN);
}

/** Answers with every theme high: three lead sentences above the comparison. */
const allHigh = (): LetterInput['answers'] => ({ ...answers(), items: Object.fromEntries(ITEM_IDS.map((id) => [id, 5])) as Answers['items'] });

describe('a letter a patient will read: four pages or fewer (issue #12)', { skip: skipPdf }, () => {
  let printer: LetterPrinter;
  before(async () => {
    printer = await LetterPrinter.launch();
  });
  after(() => printer?.close());
  const example = JSON.parse(readFileSync('examples/letter-data.json', 'utf8')) as LetterInput;
  const patientOnly = { questionnaire: false, explainer: 'summary', plan: true } as const;
  const CASES: [string, LetterInput][] = [
    ['examples/letter-data.json, A4', example],
    ['examples/letter-data.json, US Letter', { ...example, paper: 'letter' }],
    ['examples/letter-data.json in en-US (US Letter)', { ...example, locale: 'en-US' }],
    ['seven steps, a goal, a trigger, threat high, A4', input({ include: patientOnly })],
    ['seven steps, a goal, a trigger, threat high, en-US', input({ locale: 'en-US', include: patientOnly })],
  ];
  for (const [name, letter] of CASES) {
    it(name, async () => {
      const pdf = await printer.print(letter);
      const pages = pageCount(pdf);
      assert.ok(pages >= 2 && pages <= 4, `${pages} pages`);
    });
  }

  // The longest tailoring: the written record of the visit, three leads and all seven steps run
  // the sources list onto a fifth page; nothing else moves.
  for (const paper of ['a4', 'letter'] as const) {
    it(`the longest tailoring: every theme high, seven steps, ${paper === 'a4' ? 'A4' : 'US Letter'}, five pages at most`, async () => {
      const pages = pageCount(await printer.print(input({ answers: allHigh(), include: patientOnly, paper })));
      assert.ok(pages <= 5, `${pages} pages`);
    });
  }

  it('the clinician copy is opt-in and starts on a page of its own', async () => {
    const patient = pageCount(await printer.print(input({ include: patientOnly })));
    const both = await printer.print(input());
    assert.ok(pageCount(both) > patient, 'the clinician copy adds its own pages');
    assert.match(pdfText(both), /For the clinician|clinician\u2019s copy/);
  });
});

describe('renderPdf through the system Chromium', { skip: skipPdf }, () => {
  let printer: LetterPrinter;
  before(async () => {
    printer = await LetterPrinter.launch();
  });
  after(() => printer?.close());

  it('prints the safety net, the review date and the page furniture (en-GB, A4)', async () => {
    const pdf = await printer.print(input());
    assert.equal(Buffer.from(pdf.subarray(0, 5)).toString(), '%PDF-');
    const text = pdfText(pdf);
    const t = localeText('en-GB').plan;
    assert.ok(text.includes(t.safetyNet.tiers[1].heading), 'tier 1');
    assert.ok(text.includes(t.safetyNet.tiers[2].heading), 'tier 2');
    assert.ok(text.includes('Go to A&E or call 999 now'), 'the emergency action');
    assert.ok(text.includes(formatDate('2027-01-04', 'en-GB')), 'the review date');
    assert.match(text, /Page 1 of \d+/, 'page numbers in the footer');
    assert.match(text, /Scanwise content \d+\.\d+\.\d+/, 'the content version in the footer');
    assert.match(text, /Riverside Health Centre/);
    assert.match(pageSize(pdf), /\(A4\)/);
  });

  it('US Letter and 911 for en-US', async () => {
    const pdf = await printer.print(input({ locale: 'en-US' }));
    assert.match(pageSize(pdf), /612(\.\d+)? x 792(\.\d+)? pts/);
    assert.match(pdfText(pdf), /call 911 now/);
  });

  it('a present red flag prints "needs to be seen" and no plan dates', async () => {
    const pdf = await printer.print(
      input({ plan: plan({ redFlags: { ...plan().redFlags, 'rf1-saddle': 'present' }, decision: DECISIONS.emergency }) }),
    );
    const text = pdfText(pdf);
    assert.ok(text.includes(localeText('en-GB').plan.needsToBeSeen.emergency.heading));
    assert.ok(!text.includes(formatDate('2027-01-04', 'en-GB')));
  });

  it("a practice's template prints the plan from page 1, right after its greeting (examples/)", async () => {
    const template = readFileSync('examples/letter-template.html', 'utf8');
    const data = JSON.parse(readFileSync('examples/letter-data.json', 'utf8')) as Parameters<typeof renderTemplate>[1];
    const pdf = await printer.printHtml(renderTemplate(template, data), { paper: 'a4' });
    const file = join(dir, 'template.pdf');
    writeFileSync(file, pdf);
    const first = execFileSync('pdftotext', ['-f', '1', '-l', '1', file, '-'], { encoding: 'utf8' });
    assert.match(first, /Dear Alex/);
    assert.match(first, /Your back pain plan/);
    assert.match(first, /What to expect/);
  });

  it('renderPdf checks the input before it starts a browser', async () => {
    await assert.rejects(renderPdf({ ...input(), plan: { review: 'soon' } }), LetterInputError);
  });
});

describe('no browser: a clear way out', () => {
  it('says how to install Chromium when none is found', () => {
    assert.throws(
      () => findChromium({ executablePath: '/nonexistent/chromium', search: false }),
      (e: unknown) => {
        assert.ok(e instanceof ChromiumNotFoundError);
        return /apt-get install -y chromium/.test(e.message) && /CHROMIUM_BIN/.test(e.message) && e.tried.includes('/nonexistent/chromium');
      },
    );
  });
});

describe('the scanwise-letter command', () => {
  const cli = (args: string[], env: Record<string, string> = {}) =>
    spawnSync(process.execPath, ['--conditions=@scanwise/source', '--import', 'tsx', 'packages/letter/src/cli.ts', ...args], {
      encoding: 'utf8',
      env: { ...process.env, ...env },
    });
  const write = (name: string, text: string) => {
    const file = join(dir, name);
    writeFileSync(file, text);
    return file;
  };
  const good = write('good.json', JSON.stringify(input(), null, 2));

  it('--help', () => {
    const r = cli(['--help']);
    assert.equal(r.status, 0);
    assert.match(r.stdout, /--input FILE/);
  });

  it('writes the letter from good input', () => {
    const out = join(dir, 'letter.html');
    const r = cli(['--input', good, '--out', out]);
    assert.equal(r.status, 0, r.stderr);
    const html = readFileSync(out, 'utf8');
    assert.match(html, /^<!doctype html>/);
    assert.doesNotMatch(html, /<script/i);
  });

  it('writes the PDF too', { skip: skipPdf }, () => {
    const out = join(dir, 'both.html');
    const pdf = join(dir, 'both.pdf');
    const r = cli(['--input', good, '--out', out, '--pdf', pdf, '--locale', 'en-US', '--paper', 'a4']);
    assert.equal(r.status, 0, r.stderr);
    assert.match(pageSize(readFileSync(pdf)), /\(A4\)/);
    assert.match(pdfText(readFileSync(pdf)), /911/);
  });

  it('points at the line and column of bad JSON, and writes nothing', () => {
    const bad = write('bad.json', '{\n  "locale": "en-GB",\n  "plan": { "goals": ["a",] }\n}\n');
    const out = join(dir, 'bad.html');
    const r = cli(['--input', bad, '--out', out]);
    assert.equal(r.status, 1);
    assert.match(r.stderr, /bad\.json:3:27: this is not valid JSON \(expected another value after the comma/);
    assert.match(r.stderr, /\n {2}\s*\^/);
    assert.equal(existsSync(out), false);
  });

  it('names each problem of an invalid plan in plain words, and writes nothing', () => {
    const invalid = write('invalid.json', JSON.stringify({ ...input(), plan: { ...plan(), review: '2026-02-30', selfCare: ['yoga'] } }));
    const out = join(dir, 'invalid.html');
    const r = cli(['--input', invalid, '--out', out]);
    assert.equal(r.status, 1);
    assert.match(r.stderr, /plan\.review: The review date \(2026-02-30\) is not a real date/);
    assert.match(r.stderr, /plan\.selfCare\[0\]: There is no self-care step called "yoga"/);
    assert.match(r.stderr, /Nothing was written/);
    assert.equal(existsSync(out), false);
  });

  it('without Chromium, --pdf fails clearly and writes neither file', () => {
    const out = join(dir, 'nochrome.html');
    const pdf = join(dir, 'nochrome.pdf');
    const r = cli(['--input', good, '--out', out, '--pdf', pdf], { CHROMIUM_BIN: '/nonexistent', SCANWISE_NO_SYSTEM_CHROME: '1' });
    assert.equal(r.status, 3);
    assert.match(r.stderr, /No Chromium or Google Chrome was found/);
    assert.match(r.stderr, /apt-get install -y chromium/);
    assert.equal(existsSync(out), false);
    assert.equal(existsSync(pdf), false);
    assert.deepEqual(
      readdirSync(dir).filter((f) => f.endsWith('.tmp')),
      [],
    );
  });

  it('wrong options are a usage error', () => {
    assert.equal(cli(['--input', good]).status, 2);
    assert.equal(cli(['--input', good, '--out', join(dir, 'x.html'), '--paper', 'a5']).status, 2);
    assert.equal(cli(['--nope']).status, 2);
  });

  it('a missing input file is named', () => {
    const r = cli(['--input', join(dir, 'missing.json'), '--out', join(dir, 'm.html')]);
    assert.equal(r.status, 4);
    assert.match(r.stderr, /missing\.json: there is no such file/);
  });

  it('renders a practice template', () => {
    const out = join(dir, 'from-template.html');
    const r = cli(['--input', 'examples/letter-data.json', '--template', 'examples/letter-template.html', '--out', out]);
    assert.equal(r.status, 0, r.stderr);
    const html = readFileSync(out, 'utf8');
    assert.doesNotMatch(html, /<sdm-|<script/i);
    assert.match(html, /Dear Alex,/);
  });
});

/**
 * The letter CLI in every locale of the registry, from the example data with only `locale`
 * changed: the letter and its PDF are in the locale's language, with its services, its paper and
 * (for a translation not yet checked by a clinician) the note that says so.
 */
describe('scanwise-letter writes the example letter in every locale', () => {
  const example = JSON.parse(readFileSync('examples/letter-data.json', 'utf8')) as Record<string, unknown>;
  const paper = { a4: /\(A4\)/, letter: /\(letter\)/ };
  for (const locale of LOCALES) {
    it(`${locale}: HTML and PDF`, { skip: skipPdf }, async () => {
      const t = localeText(locale);
      const data = join(dir, `data-${locale}.json`);
      writeFileSync(data, JSON.stringify({ ...example, locale }));
      const out = join(dir, `letter-${locale}.html`);
      const pdf = join(dir, `letter-${locale}.pdf`);
      const code = await main(['--input', data, '--out', out, '--pdf', pdf], { out: () => undefined, err: () => undefined });
      assert.equal(code, 0);
      const html = readFileSync(out, 'utf8');
      assert.match(html, new RegExp(`<html lang="${locale}"`));
      // In reading order (no -layout): the plan's two columns would interleave long lines.
      const text = execFileSync('pdftotext', [pdf, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
      for (const said of [t.letter.title, SERVICES[locale].tier1, SERVICES[locale].tier2]) {
        assert.ok(html.includes(escapeText(said)), `HTML: ${said}`);
        assert.ok(text.includes(said), `PDF: ${said}`);
      }
      assert.equal(html.includes(escapeText(t.messages.needsClinicalReview)), !t.reviewed, 'the review note only for a translation');
      assert.match(pageSize(readFileSync(pdf)), paper[t.letter.paper]);
      // No heading is cut between two columns or two pages.
      const headings = [...html.matchAll(/<h[1-4][^>]*>([^<]+)<\/h[1-4]>/g)].map((m) => decodeHtml(m[1]!).trim());
      assert.ok(headings.length > 10, `headings found: ${headings.length}`);
      assert.deepEqual(splitHeadings(placedWords(pdf), headings), []);
    });
  }
});
