// Render-speed benchmark: <sdm-imaging-questionnaire> beside LHC-Forms (lforms 40.1.3), both
// rendering the same FHIR R4 Questionnaire, in the same run, in headless Chromium.
//
//   npm run build && node bench/questionnaire-render.mjs [--runs 11]
//
// Measures, per cold browser: "first script → form in the DOM" (from the first script on the page
// starting to every belief-item radio being in the DOM, shadow roots included), "first script →
// next frame drawn" and "navigation → form in the DOM". Pages alternate order run by run.
// Medians go to bench/RESULTS.md.
// lforms is fetched with `npm pack` into bench/.tmp (never a dependency: see TOOLCHAIN.md §9).
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium } from 'playwright';

const runsArg = process.argv.indexOf('--runs');
const RUNS = runsArg > 0 ? Number(process.argv[runsArg + 1]) : 11;
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
  const opt = (code, n) => ({
    valueCoding: { code, display: code },
    extension: [{ url: 'http://hl7.org/fhir/StructureDefinition/ordinalValue', valueDecimal: n }],
  });
  questionnaire = {
    resourceType: 'Questionnaire',
    status: 'draft',
    item: Array.from({ length: 12 }, (_, i) => ({
      linkId: `q${i}`,
      type: 'choice',
      text: `Item ${i}`,
      extension: [
        {
          url: 'http://hl7.org/fhir/StructureDefinition/questionnaire-itemControl',
          valueCodeableConcept: { coding: [{ system: 'http://hl7.org/fhir/questionnaire-item-control', code: 'radio-button' }] },
        },
      ],
      answerOption: ['sd', 'd', 'ns', 'a', 'sa'].map(opt),
    })),
  };
} else {
  const core = await import('../packages/core/dist/index.js');
  questionnaire = core.buildQuestionnaire('en-GB');
}
const beliefRadios = JSON.stringify(questionnaire).match(/"linkId":"(leg|thr|nav|q)[-\d]+"/g)?.length * 5;

// Both pages start the clock in their first script. A MutationObserver on the document and on
// every shadow root (attachShadow is wrapped before any other script runs) stops the "in the DOM"
// clock in the microtask after the last radio is inserted; the "painted" clock stops in a task
// queued from the next animation frame, i.e. after that frame is drawn. Nothing polls: an
// earlier version polled through a MessageChannel and walked the whole tree each time, which
// took about 20 ms of main-thread time from the page it was measuring.
const clock = `<script>window.__bench = { t0: performance.now() };
(() => {
  const roots = [document];
  const attach = Element.prototype.attachShadow;
  let expected = Infinity;
  const count = () => roots.reduce((n, r) => n + r.querySelectorAll('input[type=radio]').length, 0);
  const check = () => {
    if (window.__bench.inDom || count() < expected) return;
    window.__bench.inDom = performance.now();
    requestAnimationFrame(() => {
      const ch = new MessageChannel();
      ch.port1.onmessage = () => { window.__bench.done = performance.now(); };
      ch.port2.postMessage(0);
    });
  };
  const observer = new MutationObserver(check);
  observer.observe(document, { childList: true, subtree: true });
  Element.prototype.attachShadow = function (init) {
    const root = attach.call(this, init);
    roots.push(root);
    observer.observe(root, { childList: true, subtree: true });
    return root;
  };
  window.waitForRadios = (n) => { expected = n; check(); };
})();
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

const samples = Object.fromEntries(names.map((n) => [n, { script: [], painted: [], nav: [], js: 0, jsGz: 0 }]));
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
    const { t0, inDom, done } = await page.evaluate(() => window.__bench);
    samples[name].script.push(inDom - t0);
    samples[name].painted.push(done - t0);
    samples[name].nav.push(inDom);
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
  return `| ${n === 'lforms' ? 'LHC-Forms 40.1.3 `<wc-lhc-form>`' : 'Scanwise `<sdm-imaging-questionnaire>`'} | ${(s.js / 1024).toFixed(1)} KB / ${(s.jsGz / 1024).toFixed(1)} KB | **${ms(median(s.script))}** (${range(s.script)}) | ${ms(median(s.painted))} (${range(s.painted)}) | ${ms(median(s.nav))} (${range(s.nav)}) |`;
});
const table = [
  '| renderer | JS raw / gzip | first script → form in the DOM, median (min–max) | first script → next frame drawn | navigation → form in the DOM |',
  '| --- | ---: | ---: | ---: | ---: |',
  ...rows,
].join('\n');
const ratio = (key) => median(samples.lforms[key]) / median(samples.scanwise[key]);
const summary =
  names.length > 1
    ? `\n\nScanwise is **${ratio('script').toFixed(1)}×** faster from first script to the form in the DOM (target: at least 15×), and ${ratio('painted').toFixed(1)}× to the next frame drawn, which adds the same first text layout and paint to both (font set-up dominates it on a page with no text yet).`
    : '';
console.log(table + summary);
if (!toy) {
  const stamp = `Measured ${new Date().toISOString().slice(0, 10)}: ${RUNS} cold runs per renderer, order alternating, headless Chromium, localhost, no cache. "In the DOM" = all ${beliefRadios} belief-item radios inserted (seen by a MutationObserver, no polling); "next frame drawn" = a task queued from the following animation frame. Scanwise is given "none of these" for the emergency check so that it shows the belief items, as LHC-Forms shows every item.`;
  const file = 'bench/RESULTS.md';
  const md = readFileSync(file, 'utf8');
  const block = `<!-- questionnaire:start -->\n${stamp}\n\n${table}${summary}\n<!-- questionnaire:end -->`;
  writeFileSync(
    file,
    md.includes('<!-- questionnaire:start -->')
      ? md.replace(/<!-- questionnaire:start -->[\s\S]*<!-- questionnaire:end -->/, block)
      : `${md}\n## Questionnaire render speed\n\n\`node bench/questionnaire-render.mjs\` (after \`npm run build\`).\n\n${block}\n`,
  );
}
