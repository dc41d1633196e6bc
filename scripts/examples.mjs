// The framework examples, as a new user gets them: after `npm run build`, each package is packed
// (`npm pack`), each example is copied to a temporary folder and installed from those tarballs
// (never the workspace sources), type-checked and built. Then a Chromium test uses it as a
// patient and a clinician would. Prints one line per check and "N passed, N failed".
//
//   node scripts/examples.mjs            every example (React 19, React 18, Vue, Angular, HTML)
//   node scripts/examples.mjs react vue  only these (react, react18, vue, angular, html)
//   EXAMPLE_SHOTS=/tmp/shots node scripts/examples.mjs   also a full-page screenshot of each
import { execFileSync, spawn, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { extname, join, normalize, resolve } from 'node:path';
import { chromium } from 'playwright';
import { check as checkWith, summary } from './checks.mjs';
import { checkQuestionnaireResponse, consultationFlow, patientFlow } from './examples-flow.mjs';

const WORKSPACES = ['core', 'elements', 'letter', 'react'];
const check = (name, fn) => checkWith(name, fn, { stack: true });

/** Runs a command in `cwd`; throws with the end of its output when it fails. */
function sh(cwd, cmd, args) {
  const r = spawnSync(cmd, args, { cwd, encoding: 'utf8', env: { ...process.env, FORCE_COLOR: '0', NO_COLOR: '1' } });
  const out = `${r.stdout}${r.stderr}`;
  if (r.status !== 0) throw new Error(`${cmd} ${args.join(' ')} failed:\n${out.trim().split('\n').slice(-25).join('\n')}`);
  return out;
}

/** `npm pack` of every workspace into `dest`: { '@scanwise/core': '/tmp/…/scanwise-core-0.1.0.tgz', … }. */
function packAll(dest) {
  const tarballs = {};
  for (const ws of WORKSPACES) {
    const out = execFileSync('npm', ['pack', '--json', '--pack-destination', dest, '-w', `@scanwise/${ws}`], {
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
    });
    tarballs[`@scanwise/${ws}`] = join(dest, JSON.parse(out)[0].filename);
  }
  return tarballs;
}

/**
 * Copies an example to `dir` and points its @scanwise dependencies at the tarballs, also where
 * another package depends on them (`overrides`), so nothing comes from the workspace or the registry.
 */
function prepare(name, dir, tarballs, extra = {}) {
  cpSync(join('examples', name), dir, { recursive: true, filter: (src) => !/[\\/](node_modules|dist)$/.test(src) });
  const pkgPath = join(dir, 'package.json');
  const pkg = JSON.parse(readFileSync(pkgPath, 'utf8'));
  const file = (dep) => `file:${tarballs[dep]}`;
  for (const dep of Object.keys(pkg.dependencies ?? {})) if (tarballs[dep]) pkg.dependencies[dep] = file(dep);
  Object.assign(pkg.dependencies, extra.dependencies);
  Object.assign(pkg.devDependencies ?? {}, extra.devDependencies);
  pkg.overrides = Object.fromEntries(Object.keys(tarballs).map((dep) => [dep, file(dep)]));
  writeFileSync(pkgPath, `${JSON.stringify(pkg, null, 2)}\n`);
}

/** npm install in `dir`; fails on any warning a new user would have to act on. */
function install(dir) {
  const out = sh(dir, 'npm', ['install', '--no-audit', '--no-fund', '--no-update-notifier']);
  const warnings = out.split('\n').filter((l) => /^npm warn/i.test(l));
  if (warnings.length) throw new Error(`npm install warned:\n${warnings.join('\n')}`);
}

const TYPES = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css', '.svg': 'image/svg+xml', '.json': 'application/json' };

/**
 * Serves a built example with a strict Content-Security-Policy, and stands in for the portal's
 * FHIR server: POST /fhir/<Type> keeps the resource; GET /fhir/<Type> lists what was posted.
 */
async function serveStatic(root) {
  const posted = {};
  const server = createServer((req, res) => {
    const url = new URL(req.url, 'http://x');
    const type = /^\/fhir\/(\w+)$/.exec(url.pathname)?.[1];
    res.setHeader('content-security-policy', "default-src 'self'");
    if (type && req.method === 'POST') {
      let body = '';
      req.on('data', (c) => (body += c));
      req.on('end', () => {
        (posted[type] ??= []).push(JSON.parse(body));
        res.writeHead(201, { 'content-type': 'application/fhir+json' }).end(body);
      });
      return;
    }
    if (type) return res.writeHead(200, { 'content-type': 'application/fhir+json' }).end(JSON.stringify(posted[type] ?? []));
    const path = normalize(join(root, url.pathname === '/' ? 'index.html' : decodeURIComponent(url.pathname)));
    if (!path.startsWith(root) || !existsSync(path)) return res.writeHead(404).end();
    res.writeHead(200, { 'content-type': TYPES[extname(path)] ?? 'application/octet-stream' }).end(readFileSync(path));
  });
  await new Promise((r) => server.listen(0, '127.0.0.1', r));
  return { origin: `http://127.0.0.1:${server.address().port}`, close: () => new Promise((r) => server.close(r)) };
}

/** Starts the HTML example's own server (its `npm start`), which prints the address it listens on. */
async function serveExample(dir) {
  const child = spawn(process.execPath, ['server.mjs'], { cwd: dir, env: { ...process.env, PORT: '0' }, stdio: ['ignore', 'pipe', 'inherit'] });
  const origin = await new Promise((ok, fail) => {
    let out = '';
    child.stdout.on('data', (c) => {
      out += c;
      const m = /http:\/\/127\.0\.0\.1:\d+/.exec(out);
      if (m) ok(m[0]);
    });
    child.on('exit', (code) => fail(new Error(`server.mjs exited (${code}): ${out}`)));
  });
  return { origin, close: async () => child.kill() };
}

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_BIN ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage'],
});

/** Opens the served example in a fresh page; every request and page error is kept. */
async function openPage(origin) {
  const context = await browser.newContext({ viewport: { width: 1024, height: 900 }, acceptDownloads: true });
  const page = await context.newPage();
  const seen = { requests: [], errors: [], csp: [] };
  page.on('request', (r) => seen.requests.push(r.url()));
  page.on('pageerror', (e) => seen.errors.push(e.message));
  page.on('console', (m) => /Content Security Policy|Refused to/.test(m.text()) && seen.csp.push(m.text()));
  await page.goto(origin, { waitUntil: 'networkidle' });
  return { page, seen, close: () => context.close() };
}

/** The checks every example passes in Chromium: a patient's answers, the explainer, the plan, no third party. */
async function browserChecks(label, origin, flow = patientFlow) {
  const { page, seen, close } = await openPage(origin);
  try {
    await flow(page, check, label, origin);
    // EXAMPLE_SHOTS=<folder>: a full-page screenshot of each example, to look at.
    if (process.env.EXAMPLE_SHOTS)
      await page.screenshot({ path: join(process.env.EXAMPLE_SHOTS, `${label.replace(/\W+/g, '-')}.png`), fullPage: true });
    await check(`${label}: sdm-complete's QuestionnaireResponse reached the page's own FHIR endpoint, valid`, async () => {
      const posted = await (await fetch(`${origin}/fhir/QuestionnaireResponse`)).json();
      if (posted.length !== 1) throw new Error(`${posted.length} responses posted`);
      checkQuestionnaireResponse(posted[0]);
    });
    await check(`${label}: no request left the page's origin, no page error, nothing refused by the CSP`, () => {
      const foreign = seen.requests.filter((u) => !u.startsWith(origin) && !u.startsWith('data:') && !u.startsWith('blob:'));
      const problems = [...foreign.map((u) => `request: ${u}`), ...seen.errors.map((e) => `error: ${e}`), ...seen.csp.map((c) => `CSP: ${c}`)];
      if (problems.length) throw new Error(problems.join('\n'));
    });
  } finally {
    await close();
  }
}

/** Templates that strictTemplates must reject, with the line each error must be on. */
const WRONG_VUE = `<script setup lang="ts">
import type { SdmPlanChangeDetail } from '@scanwise/elements';
const onComplete = (e: CustomEvent<SdmPlanChangeDetail>) => e.detail.plan;
</script>
<template>
  <sdm-benefits-harms variant="long" />
  <sdm-imaging-questionnaire @sdm-complete="onComplete" />
</template>
`;

function vueRejects(dir) {
  writeFileSync(join(dir, 'src', 'Wrong.vue'), WRONG_VUE);
  try {
    const r = spawnSync('npx', ['vue-tsc', '--noEmit'], { cwd: dir, encoding: 'utf8' });
    const out = `${r.stdout}${r.stderr}`;
    for (const line of [6, 7])
      if (!out.includes(`src/Wrong.vue(${line},`)) throw new Error(`no error on line ${line} of Wrong.vue:\n${out.slice(0, 1500)}`);
  } finally {
    rmSync(join(dir, 'src', 'Wrong.vue'));
  }
}

/**
 * Copies example `name` to a temporary folder, points it at the tarballs and installs it (a check),
 * then runs `fn(dir)`; the folder is removed afterwards.
 */
async function inExample(label, name, tarballs, extra, fn) {
  const dir = mkdtempSync(join(tmpdir(), `scanwise-example-${name}-`));
  try {
    prepare(name, dir, tarballs, extra);
    await check(`${label}: installs from the packed tarballs with no npm warning`, () => install(dir));
    await fn(dir);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** A Vite example: install from the tarballs, type-check and build, then the browser checks. */
async function viteExample(label, name, tarballs, extra) {
  await inExample(label, name, tarballs, extra, async (dir) => {
    await check(`${label}: type-checks (strict) and builds`, () => sh(dir, 'npm', ['run', 'build']));
    if (name === 'vue') await check(`${label}: vue-tsc rejects a wrong prop value and a handler for the wrong detail`, () => vueRejects(dir));
    if (!existsSync(join(dir, 'dist', 'index.html'))) return;
    const server = await serveStatic(resolve(dir, 'dist'));
    try {
      await browserChecks(label, server.origin);
    } finally {
      await server.close();
    }
  });
}

/** The HTML example: the CDN bundle with no bundler, and the consultation flow through its own small server. */
async function htmlExample(tarballs) {
  const label = 'examples/html';
  await inExample(label, 'html', tarballs, {}, async (dir) => {
    const server = await serveExample(dir);
    try {
      await browserChecks(label, server.origin, consultationFlow);
    } finally {
      await server.close();
    }
  });
}

/** The Angular example: no browser build here, but ngc with strictTemplates must accept it, and reject a swapped handler. */
async function angularExample(tarballs) {
  const label = 'examples/angular';
  await inExample(label, 'angular', tarballs, {}, async (dir) => {
    await check(`${label}: ngc (strictTemplates, skipLibCheck off) accepts the component`, () => sh(dir, 'npm', ['run', 'typecheck']));
    await check(`${label}: ngc rejects a handler for another event's detail`, () => {
      const file = join(dir, 'src', 'before-visit.component.ts');
      writeFileSync(file, readFileSync(file, 'utf8').replace('(sdm-complete)="onComplete($event)"', '(sdm-complete)="onPlan($event)"'));
      const r = spawnSync('npm', ['run', 'typecheck'], { cwd: dir, encoding: 'utf8' });
      if (r.status === 0 || !/SdmPlanChangeDetail/.test(`${r.stdout}${r.stderr}`)) throw new Error(`ngc accepted it:\n${r.stdout}${r.stderr}`);
    });
  });
}

const REACT_18 = {
  dependencies: { react: '18.3.1', 'react-dom': '18.3.1' },
  devDependencies: { '@types/react': '18.3.32', '@types/react-dom': '18.3.7' },
};
const only = process.argv.slice(2);
const wanted = (name) => only.length === 0 || only.includes(name);
const packDir = mkdtempSync(join(tmpdir(), 'scanwise-example-packs-'));
try {
  const tarballs = packAll(packDir);
  if (wanted('react')) {
    console.log('examples/react (React 19)');
    await viteExample('examples/react (React 19)', 'react', tarballs);
  }
  if (wanted('react') || wanted('react18')) {
    console.log('examples/react with React 18');
    await viteExample('examples/react (React 18)', 'react', tarballs, REACT_18);
  }
  if (wanted('vue')) {
    console.log('examples/vue');
    await viteExample('examples/vue', 'vue', tarballs);
  }
  if (wanted('angular')) {
    console.log('examples/angular');
    await angularExample(tarballs);
  }
  if (wanted('html')) {
    console.log('examples/html (CDN bundle, consultation flow)');
    await htmlExample(tarballs);
  }
} finally {
  await browser.close();
  rmSync(packDir, { recursive: true, force: true });
}

process.exit(summary() ? 0 : 1);
