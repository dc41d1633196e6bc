// After `npm run build`: checks what a user of the published packages gets.
//  - `npm pack` of each package holds its built modules, types and manifest, and no sources;
//  - every "exports" target is in the pack;
//  - the built scanwise-letter CLI renders the example letter, and examples/letter.html is current;
//  - each packed tarball is publishable: LICENSE, absolute README links, publint --strict and
//    @arethetypeswrong/cli clean, types that compile for a consumer (skipLibCheck off), and
//    playwright-core only an optional peer of @scanwise/letter;
//  - a plain HTML page renders <sdm-icon-array> from the CDN bundle, with no page errors,
//    and a second copy of the library on the page only warns;
//  - for= and plan-for= link in a plain HTML page whatever the order the elements register in
//    (each CDN bundle, the component bundles in both orders, and the npm define.js).
// Prints one line per check and "N passed, N failed".
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { createServer } from 'node:http';
import { extname, join, normalize } from 'node:path';
import { chromium } from 'playwright';
// For the checks of the packed tarballs (publint, attw, a consumer's type check):
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import { publint } from 'publint';
import { formatMessage } from 'publint/utils';
import { assert, check, summary } from './checks.mjs';

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
    [
      'dist/index.js',
      'dist/index.d.ts',
      'dist/icon-array/icon-array.js',
      'dist/icon-array/icon-array.d.ts',
      'dist/icon-array/define.js',
      'dist/cdn/icon-array.js',
      'dist/imaging-questionnaire/define.js',
      'dist/imaging-questionnaire/imaging-questionnaire.d.ts',
      'dist/cdn/imaging-questionnaire.js',
      'dist/benefits-harms/define.js',
      'dist/benefits-harms/benefits-harms.d.ts',
      'dist/cdn/benefits-harms.js',
      'dist/watchful-waiting-plan/define.js',
      'dist/watchful-waiting-plan/watchful-waiting-plan.d.ts',
      'dist/cdn/watchful-waiting-plan.js',
      'custom-elements.json',
      'README.md',
    ],
  ],
  ['@scanwise/letter', 'packages/letter', ['dist/index.js', 'dist/index.d.ts', 'dist/cli.js', 'README.md']],
  [
    '@scanwise/react',
    'packages/react',
    ['dist/index.js', 'dist/index.d.ts', 'dist/imaging-questionnaire.js', 'dist/watchful-waiting-plan.d.ts', 'README.md'],
  ],
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
await check('@scanwise/react keeps React, @lit/react and the elements external', () => {
  const js = readFileSync('packages/react/dist/imaging-questionnaire.js', 'utf8');
  assert(/from ['"]@scanwise\/elements\/imaging-questionnaire\/define\.js['"]/.test(js), 'the element was bundled');
  const wrap = readFileSync('packages/react/dist/wrap.js', 'utf8');
  assert(/from ['"]react['"]/.test(wrap) && /from ['"]@lit\/react['"]/.test(wrap), 'React or @lit/react was bundled');
});
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
    execFileSync(
      process.execPath,
      ['packages/letter/dist/cli.js', '--input', 'examples/letter-data.json', '--template', 'examples/letter-template.html', '--out', out],
      { stdio: 'pipe' },
    );
    assert(readFileSync(out, 'utf8') === readFileSync('examples/letter.html', 'utf8'), 'examples/letter.html is stale: run npm run example:letter');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
await check('custom-elements.json points at built modules', () => {
  const cem = readFileSync('packages/elements/custom-elements.json', 'utf8');
  assert(!cem.includes('.ts"') && cem.includes('"dist/icon-array/icon-array.js"'), 'paths still name .ts sources');
});

// ---- The packed tarballs, as npm would publish them ----

/** Runs `npm pack` for a workspace into `dest`; returns the tarball's path. */
function packTarball(workspace, dest) {
  const out = execFileSync('npm', ['pack', '--json', '--pack-destination', dest, '-w', workspace], {
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'ignore'],
  });
  return join(dest, JSON.parse(out)[0].filename);
}

/** Where a dependency of a package in this repository is installed (its own node_modules, then the root's). */
function installedDir(pkgDir, dep) {
  const found = [join(pkgDir, 'node_modules', dep), join('node_modules', dep)].find((d) => fs.existsSync(d));
  if (!found) throw new Error(`${dep} is not installed`);
  return fs.realpathSync(found);
}

/** Markdown and HTML link targets in a README, outside code blocks and code spans. */
function readmeLinks(md) {
  const text = md.replace(/^(```|~~~)[^\n]*\n[\s\S]*?^\1[^\n]*$/gm, '').replace(/`[^`\n]*`/g, '');
  return [
    ...text.matchAll(/\]\(\s*<?([^)\s>]+)/g),
    ...text.matchAll(/^\s*\[[^\]]+\]:\s*<?(\S+?)>?(?:\s|$)/gm),
    ...text.matchAll(/\b(?:href|src)\s*=\s*["']([^"']+)/g),
  ].map((m) => m[1]);
}

console.log('Published tarballs');
const packDir = mkdtempSync(join(tmpdir(), 'scanwise-packs-'));
try {
  const extracted = new Map();
  for (const [ws, dir] of [
    ['@scanwise/core', 'packages/core'],
    ['@scanwise/elements', 'packages/elements'],
    ['@scanwise/letter', 'packages/letter'],
    ['@scanwise/react', 'packages/react'],
  ]) {
    const tgz = packTarball(ws, packDir);
    // Unpacked into a consumer project of its own, next to links to its dependencies only.
    const consumer = join(packDir, `consumer-${ws.split('/')[1]}`);
    const root = join(consumer, 'node_modules', ws);
    fs.mkdirSync(root, { recursive: true });
    execFileSync('tar', ['-xzf', tgz, '-C', root, '--strip-components=1']);
    extracted.set(ws, root);
    const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));

    await check(`${ws}: the tarball is publishable (not private; license, repository)`, () => {
      assert(pkg.private !== true, '"private": true');
      assert(pkg.license === 'Apache-2.0', `license ${pkg.license}`);
      assert(
        /^git\+https:\/\/github\.com\/[^/]+\/[^/]+\.git$/.test(pkg.repository?.url ?? '') && pkg.repository?.directory === dir,
        `repository ${JSON.stringify(pkg.repository)}`,
      );
    });
    await check(`${ws}: the tarball holds LICENSE, the repository's Apache License 2.0`, () => {
      const license = join(root, 'LICENSE');
      assert(fs.existsSync(license), 'no LICENSE');
      assert(readFileSync(license, 'utf8') === readFileSync('LICENSE', 'utf8'), 'LICENSE differs from the repository LICENSE');
    });
    await check(`${ws}: its README links only to absolute addresses, and calls nothing "in development"`, () => {
      const readme = readFileSync(join(root, 'README.md'), 'utf8');
      const relative = readmeLinks(readme).filter((href) => !/^(https:\/\/|mailto:|#)/.test(href));
      assert(relative.length === 0, `links that break on npm: ${relative.join(', ')}`);
      assert(!/in development/i.test(readme), 'says "in development"');
    });
    await check(`${ws}: publint --strict finds nothing in the tarball`, async () => {
      const { messages } = await publint({ pack: { tarball: new Uint8Array(readFileSync(tgz)).buffer }, strict: true, level: 'suggestion' });
      assert(messages.length === 0, messages.map((m) => `${m.type}: ${formatMessage(m, pkg) ?? m.code}`).join('\n'));
    });
    await check(`${ws}: @arethetypeswrong/cli finds nothing in the tarball (ESM-only profile)`, () => {
      // ESM only ("type": "module", no CommonJS build): the esm-only profile leaves out node10 and
      // require() from node16, and checks node16 from ESM and bundler resolution.
      const r = spawnSync(
        process.execPath,
        ['node_modules/@arethetypeswrong/cli/dist/index.js', tgz, '--profile', 'esm-only', '--no-definitely-typed', '--no-color', '--no-emoji'],
        { encoding: 'utf8' },
      );
      assert(r.status === 0, `${r.stdout}${r.stderr}`.trim().split('\n').slice(-30).join('\n'));
    });
    await check(
      `${ws}: its types compile for a consumer with skipLibCheck off${ws === '@scanwise/letter' ? ', without playwright-core' : ''}`,
      () => {
        // Its dependencies, and its peers but playwright-core (React's and Vue's types for the framework entries).
        const peers = Object.keys(pkg.peerDependencies ?? {}).filter((p) => p !== 'playwright-core');
        for (const dep of Object.keys({ ...pkg.dependencies, ...Object.fromEntries(peers.map((p) => [p, '*'])), '@types/node': '*' })) {
          const link = join(consumer, 'node_modules', dep);
          fs.mkdirSync(join(link, '..'), { recursive: true });
          fs.symlinkSync(extracted.get(dep) ?? installedDir(dir, dep), link, 'dir');
        }
        assert(!fs.existsSync(join(consumer, 'node_modules', 'playwright-core')), 'playwright-core is in the consumer project');
        const entries = Object.entries(pkg.exports).filter(([, t]) => typeof t === 'object' && t.types);
        fs.writeFileSync(join(consumer, 'package.json'), '{ "type": "module", "private": true }\n');
        fs.writeFileSync(join(consumer, 'index.ts'), entries.map(([sub], i) => `export * as e${i} from '${ws}${sub.slice(1)}';\n`).join(''));
        const tsc = join(process.cwd(), 'node_modules/typescript/bin/tsc');
        const args = [
          '--noEmit',
          '--strict',
          '--skipLibCheck',
          'false',
          '--module',
          'nodenext',
          '--moduleResolution',
          'nodenext',
          '--target',
          'es2022',
          '--types',
          'node',
          'index.ts',
        ];
        const r = spawnSync(process.execPath, [tsc, ...args], { cwd: consumer, encoding: 'utf8' });
        assert(r.status === 0, `${entries.length} entry points:\n${`${r.stdout}${r.stderr}`.trim().split('\n').slice(0, 20).join('\n')}`);
      },
    );
    if (ws === '@scanwise/letter') {
      await check('@scanwise/letter: playwright-core is an optional peer dependency, and no .d.ts imports it', () => {
        assert(!pkg.dependencies?.['playwright-core'] && !pkg.optionalDependencies?.['playwright-core'], 'playwright-core is a dependency');
        assert(
          pkg.peerDependencies?.['playwright-core'] && pkg.peerDependenciesMeta?.['playwright-core']?.optional === true,
          'playwright-core is not an optional peer',
        );
        const dts = fs.readdirSync(join(root, 'dist'), { recursive: true }).filter((f) => String(f).endsWith('.d.ts'));
        const importing = dts.filter((f) =>
          /(?:from\s+|import\s*\(\s*|require\s*\(\s*)['"]playwright-core['"/]/.test(readFileSync(join(root, 'dist', String(f)), 'utf8')),
        );
        assert(importing.length === 0, `imports playwright-core: ${importing.join(', ')}`);
      });
    }
  }
} finally {
  rmSync(packDir, { recursive: true, force: true });
}

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
    assert(
      warnings.some((w) => w.includes('already defined')),
      `no warning; got ${warnings.join('; ')}`,
    );
  });
  // Each component's own bundle, with its CSS minified at build time: the element renders, its
  // screen styles apply, and so do its print styles.
  const bundles = [
    [
      'imaging-questionnaire',
      '<sdm-imaging-questionnaire></sdm-imaging-questionnaire>',
      '.question',
      'borderTopLeftRadius',
      '6px',
      '.actions',
      'display',
      'none',
    ],
    ['benefits-harms', '<sdm-benefits-harms></sdm-benefits-harms>', '.option', 'borderTopWidth', '1px', '.options', 'display', 'block'],
    [
      'watchful-waiting-plan',
      '<sdm-watchful-waiting-plan today="2026-11-23"></sdm-watchful-waiting-plan>',
      '.tier-1',
      'borderTopWidth',
      '4px',
      '.week-table',
      'display',
      'table',
    ],
  ];
  for (const [name, markup, selector, prop, value, printSelector, printProp, printValue] of bundles) {
    await check(`the ${name} bundle renders its element with its screen and print styles`, async () => {
      const tab = await browser.newPage();
      const tabErrors = [];
      tab.on('pageerror', (e) => tabErrors.push(e.message));
      await tab.goto(`${origin}/examples/cdn.html`);
      await tab.setContent(
        `<!doctype html><html lang="en-GB"><body>${markup}<script type="module" src="${origin}/packages/elements/dist/cdn/${name}.js"></script></body></html>`,
        { waitUntil: 'networkidle' },
      );
      const read = (sel, p) =>
        tab.evaluate(
          async ([sel, p]) => {
            const el = document.body.firstElementChild;
            await customElements.whenDefined(el.localName);
            await el.updateComplete;
            const node = el.shadowRoot.querySelector(sel);
            return node ? getComputedStyle(node)[p] : 'missing';
          },
          [sel, p],
        );
      const screen = await read(selector, prop);
      await tab.emulateMedia({ media: 'print' });
      const paper = await read(printSelector, printProp);
      await tab.close();
      assert(screen === value, `${selector} ${prop}: ${screen}, expected ${value}`);
      assert(paper === printValue, `in print, ${printSelector} ${printProp}: ${paper}, expected ${printValue}`);
      assert(tabErrors.length === 0, `page errors: ${tabErrors.join('; ')}`);
    });
  }

  // Issue #13: for= and plan-for= link whatever the order in which the elements register. A
  // plain page, each follower before the element it names in the HTML, loads the library in
  // each way a user may: the all-in-one bundle, the per-component bundles in both orders (the
  // explainer's first is the order that used to fail), and the npm define.js (an import map
  // for Lit and core). Answers and a plan are set after load: each follower must show them.
  console.log('for= and plan-for= links in a plain HTML page');
  const { defaultPlan, SIGN_IDS, TIER1_IDS } = await import('../packages/core/dist/index.js');
  const today = '2026-11-23';
  const noSigns = Object.fromEntries(TIER1_IDS.map((id) => [id, false]));
  const reviewed = (present) => {
    const plan = defaultPlan(today);
    for (const id of SIGN_IDS) plan.redFlags[id] = id === present ? 'present' : 'absent';
    plan.decision = { kind: 'emergency', arranged: 'We called an ambulance.' };
    return plan;
  };
  const linkBody = `
    <sdm-benefits-harms id="explainer" for="q"></sdm-benefits-harms>
    <sdm-benefits-harms id="explainer-plan" plan-for="p"></sdm-benefits-harms>
    <sdm-imaging-questionnaire id="clinician" view="clinician" plan-for="p"><script type="application/json">${JSON.stringify({ emergency: { ...noSigns, 'rf1-weakness': true }, items: {} })}</script></sdm-imaging-questionnaire>
    <sdm-watchful-waiting-plan id="plan-for-q" for="q" today="${today}"></sdm-watchful-waiting-plan>
    <sdm-imaging-questionnaire id="q"></sdm-imaging-questionnaire>
    <sdm-watchful-waiting-plan id="p" today="${today}"></sdm-watchful-waiting-plan>`;
  const cdn = (name) => `<script type="module" src="/packages/elements/dist/cdn/${name}.js"></script>`;
  const importMap = {
    imports: {
      lit: '/node_modules/lit/index.js',
      'lit/': '/node_modules/lit/',
      'lit-html': '/node_modules/lit-html/lit-html.js',
      'lit-html/': '/node_modules/lit-html/',
      'lit-element/': '/node_modules/lit-element/',
      '@lit/reactive-element': '/node_modules/@lit/reactive-element/reactive-element.js',
      '@lit/reactive-element/': '/node_modules/@lit/reactive-element/',
      '@scanwise/core': '/packages/core/dist/index.js',
    },
  };
  const setups = [
    ['the all-in-one bundle (cdn/scanwise.js)', cdn('scanwise')],
    ["the component bundles, the explainer's first", ['benefits-harms', 'imaging-questionnaire', 'watchful-waiting-plan'].map(cdn).join('')],
    ["the component bundles, the explainer's last", ['watchful-waiting-plan', 'imaging-questionnaire', 'benefits-harms'].map(cdn).join('')],
    [
      'the npm @scanwise/elements/define.js (an import map for Lit and core)',
      `<script type="importmap">${JSON.stringify(importMap)}</script><script type="module" src="/packages/elements/dist/define.js"></script>`,
    ],
  ];
  for (const [name, scripts] of setups) {
    await check(`${name}: every follower follows, the explainer before the questionnaire in the HTML`, async () => {
      const tab = await browser.newPage();
      const tabErrors = [];
      tab.on('pageerror', (e) => tabErrors.push(e.message));
      tab.on('requestfailed', (r) => tabErrors.push(`${r.url()}: ${r.failure()?.errorText}`));
      tab.on('response', (r) => r.status() >= 400 && !r.url().endsWith('/favicon.ico') && tabErrors.push(`${r.url()}: ${r.status()}`));
      const url = `${origin}/__check-dist__/links.html`;
      await tab.route(url, (route) =>
        route.fulfill({
          contentType: 'text/html',
          body: `<!doctype html><html lang="en-GB"><head><meta charset="utf-8"><title>Links</title>${scripts}</head><body>${linkBody}</body></html>`,
        }),
      );
      try {
        await tab.goto(url, { waitUntil: 'load' });
        const seen = await tab.evaluate(
          async ({ threat, emergency, plan }) => {
            const $ = (id) => document.getElementById(id);
            const all = ['explainer', 'explainer-plan', 'clinician', 'plan-for-q', 'q', 'p'].map($);
            // A bundle that did not load or register fails the check, not hangs it.
            const tags = ['sdm-benefits-harms', 'sdm-imaging-questionnaire', 'sdm-watchful-waiting-plan'];
            await Promise.race([
              Promise.all(tags.map((tag) => customElements.whenDefined(tag))),
              new Promise((resolve, reject) =>
                setTimeout(() => reject(new Error(`not defined after 10 s: ${tags.filter((t) => !customElements.get(t))}`)), 10000),
              ),
            ]);
            const settle = async () => {
              for (let i = 0; i < 5; i++) {
                await new Promise((r) => setTimeout(r, 20));
                for (const el of all) await el.updateComplete;
              }
            };
            // The explainer: "get help now" (its level), else the modules that tailor it.
            const explainer = (el) =>
              el.shadowRoot.querySelector('[part="emergency"]')?.dataset.level ??
              ([...el.shadowRoot.querySelectorAll('[data-module]')].map((m) => m.dataset.module).join('+') || '-');
            // The plan: its triage, and whether the safety net comes first (threat beliefs high).
            const planShows = (el) => {
              const article = el.shadowRoot.querySelector('article.plan');
              const second = el.shadowRoot.querySelectorAll('[data-section]')[1]?.dataset.section;
              return `${article?.dataset.triage}${second === 'safety-net' ? '+safety-net-first' : ''}`;
            };
            const clinician = (el) => el.shadowRoot.querySelector('.in-plan [data-sign="rf1-weakness"]')?.dataset.plan ?? 'no line';
            const snapshot = () => ({
              explainer: explainer($('explainer')),
              explainerPlan: explainer($('explainer-plan')),
              plan: planShows($('plan-for-q')),
              clinician: clinician($('clinician')),
              missing: all.flatMap((el) => el.problems.filter((p) => p.code === 'missing-target').map((p) => `${el.id} ${p.field}`)),
            });
            await settle();
            const before = snapshot();
            $('q').answers = threat;
            $('p').plan = plan;
            await settle();
            const after = snapshot();
            $('q').answers = emergency;
            await settle();
            return { before, after, emergency: snapshot() };
          },
          {
            threat: { emergency: noSigns, items: { 'thr-1': 5, 'thr-2': 5, 'thr-3': 5, 'thr-4': 3 } },
            emergency: { emergency: { ...noSigns, 'rf1-chest': true }, items: {} },
            plan: reviewed('rf1-weakness'),
          },
        );
        const want = {
          before: { explainer: '-', explainerPlan: '-', plan: 'routine', clinician: 'conflict', missing: [] },
          after: { explainer: 'threat', explainerPlan: 'emergency', plan: 'routine+safety-net-first', clinician: 'present', missing: [] },
          emergency: { explainer: 'emergency', explainerPlan: 'emergency', plan: 'emergency', clinician: 'present', missing: [] },
        };
        assert(JSON.stringify(seen) === JSON.stringify(want), `got ${JSON.stringify(seen)}\n expected ${JSON.stringify(want)}`);
        assert(tabErrors.length === 0, `page errors: ${tabErrors.join('; ')}`);
      } finally {
        await tab.close();
      }
    });
  }
} finally {
  await browser.close();
  server.close();
}

process.exit(summary() ? 0 : 1);
