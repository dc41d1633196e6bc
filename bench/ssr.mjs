// Server-rendering benchmark: how soon the questionnaire is drawn when a portal renders it on the
// server (@lit-labs/ssr, declarative shadow DOM, hydrated in the browser), beside the same radios
// as static HTML and beside today's client-only render. Not a test: it measures, it does not
// pass or fail. Runs from the TypeScript sources (esbuild bundles them on the fly; no build):
//
//   node --conditions=@scanwise/source --import tsx bench/ssr.mjs [--runs 11]
//
// Three pages, each with the blank questionnaire (the 8 emergency questions, 16 radios):
// - static: the same markup and styles as plain HTML (the styles scoped as the letters scope
//   them), no script;
// - ssr: the element with its declarative shadow root as @lit-labs/ssr writes it, and a module
//   script (Lit's hydration support, then the element) that hydrates it;
// - client: the element alone, and the same module script without hydration support.
// Per cold browser: "navigation → in the DOM" (all 16 radios, shadow roots included: the
// parser puts them there for static and ssr, a MutationObserver sees the client render insert
// them), "navigation → drawn" (a task queued from the animation frame after that: the frame is
// drawn), first contentful paint, and for ssr and client "navigation → live" (the element's
// first update done: hydrated, or rendered). Medians of `--runs` runs, pages in rotating order.
// The table goes to bench/RESULTS.md between <!-- ssr:start --> and <!-- ssr:end -->; BENCH_DEBUG=1
// prints every sample.
import { readFileSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { gzipSync } from 'node:zlib';
import { render } from '@lit-labs/ssr';
import { collectResultSync } from '@lit-labs/ssr/lib/render-result.js';
import { scopeCss } from '@scanwise/letter';
import { build } from 'esbuild';
import { html } from 'lit';
import { chromium } from 'playwright';
import '@scanwise/elements/imaging-questionnaire/define.js';

const runsArg = process.argv.indexOf('--runs');
const RUNS = runsArg > 0 ? Number(process.argv[runsArg + 1]) : 11;
const RADIOS = 16;
const TAG = 'sdm-imaging-questionnaire';

// The module scripts, bundled from the sources as a portal's bundler would (Lit included).
async function bundle(contents) {
  const out = await build({
    stdin: { contents, resolveDir: process.cwd(), loader: 'js' },
    bundle: true,
    format: 'esm',
    platform: 'browser',
    target: 'es2022',
    minify: true,
    conditions: ['@scanwise/source', 'production'],
    tsconfig: 'tsconfig.json',
    write: false,
    logLevel: 'error',
  });
  return out.outputFiles[0].contents;
}
// Re-exported, not only imported: the sources are not in the package's `sideEffects` list (the
// built files are), so a bare import would be dropped.
const define = `export { SdmImagingQuestionnaire } from '@scanwise/elements/imaging-questionnaire/define.js';`;
const js = {
  '/hydrate.js': await bundle(`import '@lit-labs/ssr-client/lit-element-hydrate-support.js';\n${define}`),
  '/client.js': await bundle(define),
};

// The server's HTML, and the same markup and styles as static HTML.
const ssrHtml = collectResultSync(render(html`<sdm-imaging-questionnaire lang="en-GB"></sdm-imaging-questionnaire>`));
const inner = /<template shadowroot[^>]*>([\s\S]*)<\/template>/.exec(ssrHtml)[1];
const css = /^<style>([\s\S]*?)<\/style>/.exec(inner)[1];
const bare = inner.replace(/^<style>[\s\S]*?<\/style>/, '').replace(/<!--\/?lit-part[^>]*-->|<!--lit-node \d+-->|<\?>/g, '');
if ((bare.match(/type="radio"/g) ?? []).length !== RADIOS) throw new Error('the blank questionnaire should have 16 radios');

// Every page starts the same clock. The radios are counted in the document and in every shadow
// root (declarative ones too); a MutationObserver sees a client render insert them, and the
// script at the end of the body sees markup the parser already put there. Nothing polls.
const clock = `<script>window.__bench = {};
(() => {
  const observer = new MutationObserver(() => check());
  const attach = Element.prototype.attachShadow;
  Element.prototype.attachShadow = function (init) {
    const root = attach.call(this, init);
    observer.observe(root, { childList: true, subtree: true });
    return root;
  };
  observer.observe(document, { childList: true, subtree: true });
  const count = () => [document, ...[...document.querySelectorAll('${TAG}')].map((e) => e.shadowRoot).filter(Boolean)]
    .reduce((n, r) => n + r.querySelectorAll('input[type=radio]').length, 0);
  const check = () => {
    if (window.__bench.inDom || count() < ${RADIOS}) return;
    window.__bench.inDom = performance.now();
    requestAnimationFrame(() => {
      const ch = new MessageChannel();
      ch.port1.onmessage = () => { window.__bench.drawn = performance.now(); };
      ch.port2.postMessage(0);
    });
  };
  window.__check = check;
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) if (e.name === 'first-contentful-paint') window.__bench.fcp = e.startTime;
  }).observe({ type: 'paint', buffered: true });
})();
</script>`;
const live = `<script type="module">
try {
  await customElements.whenDefined('${TAG}');
  await document.querySelector('${TAG}').updateComplete;
  window.__bench.live = performance.now();
} catch (e) { window.__bench.error = String(e); }
</script>`;
const head = (extra = '') =>
  `<!doctype html><html lang="en-GB"><head><meta charset="utf-8"><link rel="icon" href="data:,"><title>Questionnaire</title>${clock}${extra}</head>`;
const pages = {
  static: `${head(`<style>${scopeCss(css, '.sdm-q')}</style>`)}<body><div class="sdm-q">${bare}</div><script>__check()</script></body></html>`,
  ssr: `${head('<script type="module" src="/hydrate.js"></script>')}<body>${ssrHtml}<script>__check()</script>${live}</body></html>`,
  client: `${head('<script type="module" src="/client.js"></script>')}<body><sdm-imaging-questionnaire lang="en-GB"></sdm-imaging-questionnaire><script>__check()</script>${live}</body></html>`,
};
const scriptOf = { static: null, ssr: '/hydrate.js', client: '/client.js' };

const server = createServer((req, res) => {
  const path = new URL(req.url, 'http://x').pathname;
  const page = pages[path.slice(1).replace(/\.html$/, '')];
  const body = page ?? js[path];
  if (!body) return res.writeHead(404).end();
  res.writeHead(200, { 'content-type': page ? 'text/html; charset=utf-8' : 'text/javascript', 'cache-control': 'no-store' });
  res.end(body);
});
await new Promise((r) => server.listen(0, '127.0.0.1', r));
const origin = `http://127.0.0.1:${server.address().port}`;

const names = Object.keys(pages);
const samples = Object.fromEntries(names.map((n) => [n, { inDom: [], drawn: [], fcp: [], live: [] }]));
for (let run = 0; run < RUNS; run++) {
  const order = names.map((_, i) => names[(i + run) % names.length]);
  for (const name of order) {
    const browser = await chromium.launch({
      executablePath: process.env.CHROMIUM_BIN ?? '/usr/bin/chromium',
      args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage'],
    });
    const page = await browser.newPage();
    const errors = [];
    page.on('pageerror', (e) => errors.push(e.message));
    page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
    await page.goto(`${origin}/${name}.html`);
    await page
      .waitForFunction((s) => window.__bench?.drawn && window.__bench.fcp && (!s || window.__bench.live), Boolean(scriptOf[name]), { timeout: 30000 })
      .catch(async (e) => {
        throw new Error(
          `${name}: ${e.message}; measured ${JSON.stringify(await page.evaluate(() => window.__bench))}; defined ${await page.evaluate((t) => Boolean(customElements.get(t)), TAG)}; ${errors.join('; ')}`,
        );
      });
    const b = await page.evaluate(() => ({ ...window.__bench, response: performance.getEntriesByType('navigation')[0].responseStart }));
    if (process.env.BENCH_DEBUG) console.log(name, JSON.stringify(b));
    if (errors.length) throw new Error(`${name}: ${errors.join('; ')}`);
    if (name.startsWith('ssr')) {
      // Hydrated, not drawn again: the server's style element is still in the shadow root.
      const kept = await page.evaluate((t) => Boolean(document.querySelector(t).shadowRoot.querySelector('style')), TAG);
      if (!kept) throw new Error('ssr: the element rendered again instead of hydrating');
    }
    for (const k of ['inDom', 'drawn', 'fcp', 'live']) if (b[k] !== undefined) samples[name][k].push(b[k]);
    await browser.close();
  }
}
server.close();

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const ms = (x) => `${x.toFixed(0)} ms`;
const cell = (xs, bold = false) =>
  xs.length ? `${bold ? '**' : ''}${ms(median(xs))}${bold ? '**' : ''} (${ms(Math.min(...xs))}–${ms(Math.max(...xs))})` : '–';
const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
const size = (name) => {
  const h = Buffer.from(pages[name]);
  const s = scriptOf[name] ? js[scriptOf[name]] : null;
  return `${kb(h.length)} / ${kb(gzipSync(h, { level: 9 }).length)} | ${s ? `${kb(s.length)} / ${kb(gzipSync(s, { level: 9 }).length)}` : '–'}`;
};
const label = {
  static: 'static HTML, same radios and styles, no script',
  ssr: 'server-rendered (declarative shadow DOM), hydrated by a module script',
  client: 'client-only render (today)',
};
const rows = names.map(
  (n) =>
    `| ${label[n]} | ${size(n)} | ${cell(samples[n].drawn, true)} | ${cell(samples[n].inDom)} | ${cell(samples[n].fcp)} | ${cell(samples[n].live)} |`,
);
const table = [
  '| page | HTML raw / gzip | JS raw / gzip | navigation → drawn, median (min–max) | navigation → radios in the DOM | first contentful paint | navigation → live (hydrated or rendered) |',
  '| --- | ---: | ---: | ---: | ---: | ---: | ---: |',
  ...rows,
].join('\n');
const ratio = (a, b) => median(samples[a].drawn) / median(samples[b].drawn);
// Paired: each round measures the pages one after the other, so a round's ratio is less affected
// by whatever else the machine was doing at the time.
const paired = (a, b) => median(samples[a].drawn.map((x, i) => x / samples[b].drawn[i]));
const summary =
  `\n\nServer-rendered is drawn in **${ratio('ssr', 'static').toFixed(2)}×** the time of static HTML (target: at most 1.2×; ` +
  `median of the rounds' own ratios: ${paired('ssr', 'static').toFixed(2)}×); the client-only render takes ` +
  `${ratio('client', 'static').toFixed(2)}× (rounds: ${paired('client', 'static').toFixed(2)}×).`;
console.log(table + summary);

const stamp = `Measured ${new Date().toISOString().slice(0, 10)}: ${RUNS} cold runs per page (a new browser each), order rotating, headless Chromium, localhost, no cache, sources bundled by esbuild (minified, Lit included). The blank questionnaire: 8 emergency questions, ${RADIOS} radios. "Drawn" = a task queued from the animation frame after all ${RADIOS} radios are in the DOM (shadow roots included).`;
const file = 'bench/RESULTS.md';
const md = readFileSync(file, 'utf8');
if (md.includes('<!-- ssr:start -->')) {
  writeFileSync(
    file,
    md.replace(/<!-- ssr:start -->[\s\S]*<!-- ssr:end -->/, `<!-- ssr:start -->\n${stamp}\n\n${table}${summary}\n<!-- ssr:end -->`),
  );
}
