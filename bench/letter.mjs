// Letters: static HTML letters per second on one core, and PDF time per letter with a warm browser.
//
//   npm run build && node bench/letter.mjs            (the built package)
//   node --conditions=@scanwise/source --import tsx bench/letter.mjs   (the TypeScript sources)
//   options: --rounds N (default 7), --pdf N (PDFs to time, default 10; 0 skips), --quick
//
// Each HTML round renders letters for different patients (name, goals, dates and answers
// change), so nothing but the explainer (which holds nothing patient-specific) is reused.
// Node runs this on one thread: one core. Prints the median and the range over the rounds.
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { clearCache, findChromium, LetterPrinter, renderLetter } from '@scanwise/letter';

const { values } = parseArgs({ options: { rounds: { type: 'string' }, pdf: { type: 'string' }, quick: { type: 'boolean' } } });
const rounds = Number(values.rounds ?? (values.quick ? 3 : 7));
const pdfCount = Number(values.pdf ?? (values.quick ? 3 : 10));
const ROUND_MS = values.quick ? 300 : 1000;

const TIER1 = ['rf1-saddle', 'rf1-bladder', 'rf1-bowel', 'rf1-sexual', 'rf1-both-legs', 'rf1-weakness', 'rf1-injury', 'rf1-chest'];
const TIER2 = ['rf2-fever', 'rf2-cancer', 'rf2-weight', 'rf2-immune', 'rf2-fracture-risk', 'rf2-lump', 'rf2-constant', 'rf2-cough', 'rf2-age'];
const ITEMS = ['leg-1', 'leg-2', 'leg-3', 'leg-4', 'thr-1', 'thr-2', 'thr-3', 'thr-4', 'nav-1', 'nav-2', 'nav-3', 'nav-4'];

/** The i-th patient's letter: a different name, goal, dates and answers each time. */
function letter(i, include = { questionnaire: true, explainer: 'summary', plan: true }) {
  const day = String(1 + (i % 28)).padStart(2, '0');
  return {
    locale: i % 2 ? 'en-US' : 'en-GB',
    date: '2026-11-23',
    patient: { name: `Patient ${i}` },
    practice: { name: 'Riverside Health Centre', address: ['12 River Road', 'Bristol BS1 4XX'], phone: '0117 496 0000' },
    clinician: { name: 'Dr Sam Patel', role: 'GP' },
    answers: {
      emergency: Object.fromEntries(TIER1.map((id) => [id, false])),
      items: Object.fromEntries(ITEMS.map((id, k) => [id, 1 + ((i + k) % 5)])),
      wantScan: 'not-sure',
      worry: `Worry number ${i}`,
    },
    plan: {
      redFlags: Object.fromEntries([...TIER1, ...TIER2].map((id) => [id, 'absent'])),
      selfCare: ['keep-active', 'walking', 'exercises', 'heat', 'pain-relief'],
      selfCareNote: `Walk for ${5 + (i % 20)} minutes twice a day.`,
      goals: [`Goal ${i}`, 'Go back to my garden'],
      checkIn: `2026-12-${day}`,
      review: `2027-01-${day}`,
      scanTriggers: [],
    },
    include,
  };
}

function median(xs) {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}

/** Letters per second: runs `fn(i)` for about ROUND_MS per round. */
function perSecond(fn) {
  let i = 0;
  for (const end = performance.now() + 200; performance.now() < end;) fn(i++); // warm-up
  const rates = [];
  let bytes = 0;
  for (let r = 0; r < rounds; r++) {
    let n = 0;
    const start = performance.now();
    let now = start;
    while (now - start < ROUND_MS) {
      bytes = fn(i++).length;
      n++;
      now = performance.now();
    }
    rates.push((n * 1000) / (now - start));
  }
  return { median: median(rates), min: Math.min(...rates), max: Math.max(...rates), bytes };
}

const rows = [];
const html = (name, fn) => {
  const r = perSecond(fn);
  rows.push([
    name,
    `${r.median.toFixed(0)} /s`,
    `${r.min.toFixed(0)}–${r.max.toFixed(0)}`,
    `${(1000 / r.median).toFixed(2)} ms`,
    `${(r.bytes / 1024).toFixed(0)} KB`,
  ]);
};

html('HTML: plan + explainer summary + clinician copy', (i) => renderLetter(letter(i)));
html('HTML: plan only', (i) => renderLetter(letter(i, { plan: true, explainer: false })));
html('HTML: explainer (full) only', (i) => renderLetter(letter(i, { plan: false, explainer: 'full' })));
html('HTML: full letter, explainer cache cleared each time', (i) => {
  clearCache();
  return renderLetter(letter(i));
});

console.log(`\nStatic HTML letters on one core (Node ${process.version}; ${rounds} rounds of ${ROUND_MS} ms; target >= 1,000 letters/s)\n`);
console.log(table(['case', 'letters/s (median)', 'range', 'per letter', 'size'], rows));

if (pdfCount > 0) {
  let browser;
  try {
    browser = findChromium();
  } catch {
    console.log('\nPDF: skipped, no Chromium or Chrome found (set CHROMIUM_BIN).');
  }
  if (browser) {
    const t0 = performance.now();
    const printer = await LetterPrinter.launch();
    const launch = performance.now() - t0;
    try {
      console.log(`\nPDF with a warm browser (${browser}): launch ${launch.toFixed(0)} ms, then per letter:`);
      // The default letter: examples/letter-data.json with the CLI's defaults (the plan and the
      // at-a-glance comparison), a different goal each time; then the same with the clinician copy.
      const example = JSON.parse(readFileSync(new URL('../examples/letter-data.json', import.meta.url), 'utf8'));
      const byDefault = (i) => ({ ...example, plan: { ...example.plan, goals: [`Goal ${i}`, ...(example.plan.goals ?? []).slice(1)] } });
      for (const [name, make] of [
        ['default letter (examples/letter-data.json)', byDefault],
        ['plan + summary + clinician copy', (i) => letter(i)],
      ]) {
        await printer.print(make(0)); // warm
        const times = [];
        let pages = 0;
        for (let i = 1; i <= pdfCount; i++) {
          const s = performance.now();
          const pdf = await printer.print(make(i));
          times.push(performance.now() - s);
          pages = (
            Buffer.from(pdf)
              .toString('latin1')
              .match(/\/Type\s*\/Page\b/g) ?? []
          ).length;
        }
        console.log(
          `- ${name}: median ${median(times).toFixed(0)} ms (${Math.min(...times).toFixed(0)}–${Math.max(...times).toFixed(0)}), ${pdfCount} letters of ${pages} pages.`,
        );
      }
    } finally {
      await printer.close();
    }
  }
}

function table(head, body) {
  const widths = head.map((h, c) => Math.max(h.length, ...body.map((r) => r[c].length)));
  const line = (r) => `| ${r.map((x, c) => x.padEnd(widths[c])).join(' | ')} |`;
  return [line(head), `|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`, ...body.map(line)].join('\n');
}
