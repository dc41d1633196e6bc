// Render-speed benchmark: <sdm-imaging-questionnaire> beside LHC-Forms (lforms 40.1.3), both
// rendering the same FHIR R4 Questionnaire, in the same run, in headless Chromium.
//
//   npm run build && node bench/questionnaire-render.mjs [--runs 7]
//
// Measures, per cold browser: "first script → rendered" (from the first script on the page
// starting to every belief-item radio being in the DOM, shadow roots included) and
// "navigation → rendered". Pages alternate order run by run. Medians go to bench/RESULTS.md.
// lforms is fetched with `npm pack` into bench/.tmp (never a dependency: see TOOLCHAIN.md §9).
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium } from 'playwright';

const runsArg = process.argv.indexOf('--runs');
const RUNS = runsArg > 0 ? Number(process.argv[runsArg + 1]) : 7;
const toy = process.argv.includes('--toy'); // harness self-test without the Scanwise element
const TMP = 'bench/.tmp';
const LF = `${TMP}/package/dist/lforms`;
mkdirSync(TMP, { recursive: true });
if (!existsSync(LF)) {
  execFileSync('npm', ['pack', 'lforms@40.1.3', '--silent', '--pack-destination', TMP], { stdio: 'inherit' });
  execFileSync('tar', ['xzf', `${TMP}/lforms-40.1.3.tgz`, '-C', TMP]);
}

let questionnaire;
if (toy) {
  const opt = (code, n) => ({ valueCoding: { code, display: code }, extension: [{ url: 'http://hl7.org/fhir/StructureDefinition/ordinalValue', valueDecimal: n }] });
  questionnaire = { resourceType: 'Questionnaire', status: 'draft', item: Array.from({ length: 12 }, (_, i) => ({ linkId: `q${i}`, type: 'choice', text: `Item ${i}`, extension: [{ url: 'http://hl7.org/fhir/StructureDefinition/questionnaire-itemControl', valueCodeableConcept: { coding: [{ system: 'http://hl7.org/fhir/questionnaire-item-control', code: 'radio-button' }] } }], answerOption: ['sd', 'd', 'ns', 'a', 'sa'].map(opt) })) };
} else {
  const core = await import('../packages/core/dist/index.js');
  questionnaire = core.buildQuestionnaire('en-GB');
}
const beliefRadios = JSON.stringify(questionnaire)
  .match(/"linkId":"(leg|thr|nav|q)[-\d]+"/g)?.length * 5;

// Both pages start the clock in their first script, and stop it when the radios are there.
const clock = `<script>window.__bench = { t0: performance.now() };
function countRadios(root) { let n = root.querySelectorAll('input[type=radio]').length;
  for (const el of root.querySelectorAll('*')) if (el.shadowRoot) n += countRadios(el.shadowRoot); return n; }
// Polls through a MessageChannel: no frame-rate quantisation (rAF would add up to ~16 ms to every sample).
function waitForRadios(expected) { const ch = new MessageChannel(); return new Promise((resolve) => {
  ch.port1.onmessage = () => { if (countRadios(document) >= expected) { window.__bench.done = performance.now(); resolve(); } else ch.port2.postMessage(0); };
  ch.port2.postMessage(0); }); }
</script>`;

const pages = {
  lforms: `<!doctype html><html lang="en"><head><meta charset="utf-8">${clock}
<link rel="stylesheet" href="/${LF}/webcomponent/styles.css">
<script src="/${LF}/webcomponent/assets/lib/zone.min.js"></script>
<script type="module" src="/${LF}/webcomponent/runtime.js"></script>
<script type="module" src="/${LF}/webcomponent/polyfills.js"></script>
<script type="module" src="/${LF}/webcomponent/main.js"></script>
<script type="module" src="/${LF}/fhir/R4/lformsFHIR.min.js"></script></head>
<body><div id="form"></div><script type="module">
LForms.Util.addFormToPage(${JSON.stringify(questionnaire)}, 'form', { fhirVersion: 'R4' });
waitForRadios(${beliefRadios});</script></body></html>`,
  scanwise: `<!doctype html><html lang="en-GB"><head><meta charset="utf-8">${clock}
<script type="module" src="/packages/elements/dist/cdn/imaging-questionnaire.js"></script></head>
<body><sdm-imaging-questionnaire mode="all"><script type="application/json">{"emergency":{"rf1-saddle":false,"rf1-bladder":false,"rf1-bowel":false,"rf1-sexual":false,"rf1-both-legs":false,"rf1-weakness":false,"rf1-injury":false,"rf1-chest":false},"items":{}}</script></sdm-imaging-questionnaire>
<script>waitForRadios(${beliefRadios});</script></body></html>`,
};
const names = toy ? ['lforms'] : ['lforms', 'scanwise'];
for (const n of names) writeFileSync(`${TMP}/${n}.html`, pages[n]);

const server = createServer((req, res) => {
  const path = normalize(join(process.cwd(), decodeURIComponent(new URL(req.url, 'http://x').pathname)));
  try {
    const body = readFileSync(path);
    const type = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css', '.json': 'application/json' }[extname(path)];
    res.writeHead(200, { 'content-type': type ?? 'application/octet-stream', 'cache-control': 'no-store' });
    res.end(body);
  } catch {
    res.writeHead(404).end();
  }
});
await new Promise((r) => server.listen(0, '127.0.0.1', r));
const origin = `http://127.0.0.1:${server.address().port}`;

const samples = Object.fromEntries(names.map((n) => [n, { script: [], nav: [], js: 0, jsGz: 0 }]));
for (let run = 0; run < RUNS; run++) {
  const order = run % 2 ? [...names].reverse() : names;
  for (const name of order) {
    const browser = await chromium.launch({
      executablePath: process.env.CHROMIUM_BIN ?? '/usr/bin/chromium',
      args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage'],
    });
    const page = await browser.newPage();
    const scripts = new Set();
    page.on('response', (r) => r.request().resourceType() === 'script' && scripts.add(new URL(r.url()).pathname));
    await page.goto(`${origin}/${TMP}/${name}.html`);
    await page.waitForFunction(() => window.__bench?.done, null, { timeout: 60000 });
    const { t0, done } = await page.evaluate(() => window.__bench);
    samples[name].script.push(done - t0);
    samples[name].nav.push(done);
    if (run === 0) {
      for (const p of scripts) {
        const b = readFileSync(`.${p}`);
        samples[name].js += b.length;
        samples[name].jsGz += gzipSync(b, { level: 9 }).length;
      }
    }
    await browser.close();
  }
}
server.close();

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const ms = (x) => `${x.toFixed(0)} ms`;
const range = (xs) => `${ms(Math.min(...xs))}–${ms(Math.max(...xs))}`;
const rows = names.map((n) => {
  const s = samples[n];
  return `| ${n === 'lforms' ? 'LHC-Forms 40.1.3 `<wc-lhc-form>`' : 'Scanwise `<sdm-imaging-questionnaire>`'} | ${(s.js / 1024).toFixed(1)} KB / ${(s.jsGz / 1024).toFixed(1)} KB | **${ms(median(s.script))}** (${range(s.script)}) | ${ms(median(s.nav))} (${range(s.nav)}) |`;
});
const table = ['| renderer | JS raw / gzip | first script → rendered, median (min–max) | navigation → rendered, median (min–max) |', '| --- | ---: | ---: | ---: |', ...rows].join('\n');
const ratio = names.length > 1 ? median(samples.lforms.script) / median(samples.scanwise.script) : NaN;
const summary = names.length > 1 ? `\n\nScanwise is **${ratio.toFixed(1)}×** faster from first script to rendered form (target: at least 15×).` : '';
console.log(table + summary);
if (!toy) {
  const stamp = `Measured ${new Date().toISOString().slice(0, 10)}: ${RUNS} cold runs per renderer, order alternating, headless Chromium, localhost, no cache. "Rendered" = all ${beliefRadios} belief-item radios in the DOM. Scanwise is given "none of these" for the emergency check so that it shows the belief items, as LHC-Forms shows every item.`;
  const file = 'bench/RESULTS.md';
  const md = readFileSync(file, 'utf8');
  const block = `<!-- questionnaire:start -->\n${stamp}\n\n${table}${summary}\n<!-- questionnaire:end -->`;
  writeFileSync(file, md.includes('<!-- questionnaire:start -->') ? md.replace(/<!-- questionnaire:start -->[\s\S]*<!-- questionnaire:end -->/, block) : `${md}\n## Questionnaire render speed\n\n\`node bench/questionnaire-render.mjs\` (after \`npm run build\`).\n\n${block}\n`);
}
