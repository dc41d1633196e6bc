// After `npm run build`: checks what a user of the published packages gets.
//  - `npm pack` of each package holds its built modules, types and manifest, and no sources;
//  - every "exports" target is in the pack;
//  - the built scanwise-letter CLI renders the example letter, and examples/letter.html is current;
//  - a plain HTML page renders <sdm-icon-array> from the CDN bundle, with no page errors,
//    and a second copy of the library on the page only warns.
// Prints one line per check and "N passed, N failed".
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { createServer } from 'node:http';
import { extname, join, normalize } from 'node:path';
import { chromium } from 'playwright';

const results = [];
async function check(name, fn) {
  try {
    await fn();
    results.push(true);
    console.log(`  ✓ ${name}`);
  } catch (e) {
    results.push(false);
    console.log(`  ✗ ${name}\n    ${String(e?.message ?? e).split('\n').join('\n    ')}`);
  }
}
const assert = (ok, msg) => {
  if (!ok) throw new Error(msg);
};

function packed(workspace) {
  const out = execFileSync('npm', ['pack', '--dry-run', '--json', '-w', workspace], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] });
  return JSON.parse(out)[0].files.map((f) => f.path);
}

function exportTargets(pkgDir) {
  const pkg = JSON.parse(readFileSync(join(pkgDir, 'package.json'), 'utf8'));
  const targets = [];
  const walk = (v, cond) => {
    if (typeof v === 'string') {
      if (cond !== '@scanwise/source' && !v.includes('*')) targets.push(v.replace(/^\.\//, ''));
    } else for (const [k, x] of Object.entries(v)) walk(x, k);
  };
  walk(pkg.exports, '');
  return targets;
}

console.log('Package contents');
for (const [ws, dir, must] of [
  ['@scanwise/core', 'packages/core', ['dist/index.js', 'dist/index.d.ts', 'dist/evidence/facts.js', 'README.md']],
  [
    '@scanwise/elements',
    'packages/elements',
    ['dist/index.js', 'dist/index.d.ts', 'dist/icon-array/icon-array.js', 'dist/icon-array/icon-array.d.ts', 'dist/icon-array/define.js', 'dist/cdn/icon-array.js', 'dist/imaging-questionnaire/define.js', 'dist/imaging-questionnaire/imaging-questionnaire.d.ts', 'dist/cdn/imaging-questionnaire.js', 'dist/benefits-harms/define.js', 'dist/benefits-harms/benefits-harms.d.ts', 'dist/cdn/benefits-harms.js', 'dist/watchful-waiting-plan/define.js', 'dist/watchful-waiting-plan/watchful-waiting-plan.d.ts', 'dist/cdn/watchful-waiting-plan.js', 'custom-elements.json', 'README.md'],
  ],
  ['@scanwise/letter', 'packages/letter', ['dist/index.js', 'dist/index.d.ts', 'dist/cli.js', 'README.md']],
]) {
  const files = packed(ws);
  await check(`${ws} packs its modules, types and docs`, () => {
    for (const f of must) assert(files.includes(f), `missing ${f}`);
  });
  await check(`${ws} packs no sources or tests`, () => {
    const bad = files.filter((f) => f.startsWith('src/') || f.includes('.test.'));
    assert(bad.length === 0, `unexpected ${bad.join(', ')}`);
  });
  await check(`${ws}: every "exports" target is in the pack`, () => {
    const missing = exportTargets(dir).filter((t) => !files.includes(t));
    assert(missing.length === 0, `missing ${missing.join(', ')}`);
  });
}
await check('@scanwise/elements keeps Lit and core external in its npm modules', () => {
  const js = readFileSync('packages/elements/dist/icon-array/icon-array.js', 'utf8');
  assert(/from ['"]lit['"]/.test(js) && /from ['"]@scanwise\/core['"]/.test(js), 'lit or @scanwise/core was bundled');
});
await check('the built scanwise-letter CLI writes a static letter from the example data', () => {
  const dir = mkdtempSync(join(tmpdir(), 'scanwise-letter-'));
  try {
    const out = join(dir, 'letter.html');
    execFileSync(process.execPath, ['packages/letter/dist/cli.js', '--input', 'examples/letter-data.json', '--out', out], { stdio: 'pipe' });
    const html = readFileSync(out, 'utf8');
    assert(html.startsWith('<!doctype html>') || html.startsWith('<!DOCTYPE html>'), 'not a document');
    assert(!/<script|shadowroot/i.test(html), 'script or shadow root in the letter');
    assert(/999/.test(html), 'no emergency number');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
await check('examples/letter.html is what the CLI makes from the example template and data today', () => {
  const dir = mkdtempSync(join(tmpdir(), 'scanwise-letter-'));
  try {
    const out = join(dir, 'letter.html');
    execFileSync(process.execPath, ['packages/letter/dist/cli.js', '--input', 'examples/letter-data.json', '--template', 'examples/letter-template.html', '--out', out], { stdio: 'pipe' });
    assert(readFileSync(out, 'utf8') === readFileSync('examples/letter.html', 'utf8'), 'examples/letter.html is stale: run npm run example:letter');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
await check('custom-elements.json points at built modules', () => {
  const cem = readFileSync('packages/elements/custom-elements.json', 'utf8');
  assert(!cem.includes('.ts"') && cem.includes('"dist/icon-array/icon-array.js"'), 'paths still name .ts sources');
});

console.log('CDN bundle in a plain HTML page');
const types = { '.html': 'text/html', '.js': 'text/javascript' };
const server = createServer((req, res) => {
  const path = normalize(join(process.cwd(), decodeURIComponent(new URL(req.url, 'http://x').pathname)));
  try {
    const body = readFileSync(path);
    res.writeHead(200, { 'content-type': types[extname(path)] ?? 'application/octet-stream' });
    res.end(body);
  } catch {
    res.writeHead(404).end();
  }
});
await new Promise((r) => server.listen(0, '127.0.0.1', r));
const origin = `http://127.0.0.1:${server.address().port}`;
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_BIN ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage'],
});
try {
  const page = await browser.newPage();
  const errors = [];
  const warnings = [];
  const requests = [];
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('console', (m) => m.type() === 'warning' && warnings.push(m.text()));
  page.on('request', (r) => requests.push(r.url()));
  await page.goto(`${origin}/examples/cdn.html`, { waitUntil: 'networkidle' });
  await check('the bundle renders the icon array with 100 people, 1 counted', async () => {
    const counts = await page.evaluate(async () => {
      const el = document.querySelector('sdm-icon-array');
      await customElements.whenDefined('sdm-icon-array');
      await el.updateComplete;
      return [el.shadowRoot.querySelectorAll('svg[role=img] use').length, el.shadowRoot.querySelectorAll('svg[role=img] use.counted').length];
    });
    assert(counts[0] === 100 && counts[1] === 1, `got ${counts}`);
    assert(errors.length === 0, `page errors: ${errors.join('; ')}`);
  });
  await check('the page makes no request beyond its own origin', () => {
    const outside = requests.filter((u) => !u.startsWith(origin));
    assert(outside.length === 0, outside.join(', '));
  });
  await check('a second copy of the library on the page warns and does not throw', async () => {
    await page.addScriptTag({ url: `${origin}/packages/elements/dist/cdn/scanwise.js`, type: 'module' });
    await page.waitForTimeout(200);
    assert(errors.length === 0, `page errors: ${errors.join('; ')}`);
    assert(warnings.some((w) => w.includes('already defined')), `no warning; got ${warnings.join('; ')}`);
  });
  // Each component's own bundle, with its CSS minified at build time: the element renders, its
  // screen styles apply, and so do its print styles.
  const bundles = [
    ['imaging-questionnaire', '<sdm-imaging-questionnaire></sdm-imaging-questionnaire>', '.question', 'borderTopLeftRadius', '6px', '.actions', 'display', 'none'],
    ['benefits-harms', '<sdm-benefits-harms></sdm-benefits-harms>', '.option', 'borderTopWidth', '1px', '.options', 'display', 'block'],
    ['watchful-waiting-plan', '<sdm-watchful-waiting-plan today="2026-11-23"></sdm-watchful-waiting-plan>', '.tier-1', 'borderTopWidth', '4px', '.week-table', 'display', 'table'],
  ];
  for (const [name, markup, selector, prop, value, printSelector, printProp, printValue] of bundles) {
    await check(`the ${name} bundle renders its element with its screen and print styles`, async () => {
      const tab = await browser.newPage();
      const tabErrors = [];
      tab.on('pageerror', (e) => tabErrors.push(e.message));
      await tab.goto(`${origin}/examples/cdn.html`);
      await tab.setContent(`<!doctype html><html lang="en-GB"><body>${markup}<script type="module" src="${origin}/packages/elements/dist/cdn/${name}.js"></script></body></html>`, { waitUntil: 'networkidle' });
      const read = (sel, p) =>
        tab.evaluate(async ([sel, p]) => {
          const el = document.body.firstElementChild;
          await customElements.whenDefined(el.localName);
          await el.updateComplete;
          const node = el.shadowRoot.querySelector(sel);
          return node ? getComputedStyle(node)[p] : 'missing';
        }, [sel, p]);
      const screen = await read(selector, prop);
      await tab.emulateMedia({ media: 'print' });
      const paper = await read(printSelector, printProp);
      await tab.close();
      assert(screen === value, `${selector} ${prop}: ${screen}, expected ${value}`);
      assert(paper === printValue, `in print, ${printSelector} ${printProp}: ${paper}, expected ${printValue}`);
      assert(tabErrors.length === 0, `page errors: ${tabErrors.join('; ')}`);
    });
  }
} finally {
  await browser.close();
  server.close();
}

const passed = results.filter(Boolean).length;
console.log(`${passed} passed, ${results.length - passed} failed`);
process.exit(passed === results.length ? 0 : 1);
