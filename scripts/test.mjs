// `npm test`: lint and formatting, the Node tests (core, letters) and the browser tests (real Chromium),
// then one closing line "N passed, N failed" that CI reads.
// `node scripts/test.mjs node` or `… browser` runs one part.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const only = process.argv[2];
const bin = (name) => join('node_modules', '.bin', name);
const totals = { passed: 0, failed: 0, skipped: 0 };
const broken = [];

function run(label, cmd, args) {
  console.log(`\n── ${label} ──`);
  const r = spawnSync(cmd, args, { stdio: 'inherit', env: { ...process.env, FORCE_COLOR: '0' } });
  if (r.error) console.error(r.error.message);
  return r.status ?? 1;
}

/** ESLint (type-aware on the sources), then Prettier's check of the formatting (`npm run format` fixes it). */
function lint() {
  for (const [label, cmd, args] of [
    ['lint (eslint)', bin('eslint'), ['.']],
    ['format (prettier --check; npm run format fixes it)', bin('prettier'), ['--check', '--log-level', 'warn', '.']],
  ]) {
    if (run(label, cmd, args) === 0) totals.passed++;
    else {
      totals.failed++;
      broken.push(label.split(' ')[0]);
    }
  }
}

function nodeTests() {
  const files = readdirSync('test/node', { recursive: true })
    .filter((f) => String(f).endsWith('.test.ts'))
    .map((f) => join('test/node', String(f)))
    .sort();
  const dir = mkdtempSync(join(tmpdir(), 'scanwise-test-'));
  const tap = join(dir, 'node.tap');
  const status = run('Node tests (core, letters)', process.execPath, [
    '--conditions=@scanwise/source',
    '--import',
    'tsx',
    '--test',
    '--test-reporter=spec',
    '--test-reporter-destination=stdout',
    '--test-reporter=tap',
    `--test-reporter-destination=${tap}`,
    ...files,
  ]);
  const out = existsSync(tap) ? readFileSync(tap, 'utf8') : '';
  rmSync(dir, { recursive: true, force: true });
  const n = (key) => Number(new RegExp(`^# ${key} (\\d+)$`, 'm').exec(out)?.[1] ?? 0);
  totals.passed += n('pass');
  totals.failed += n('fail') + n('cancelled');
  totals.skipped += n('skipped') + n('todo');
  if (status !== 0) broken.push('node tests');
  if (status !== 0 && n('fail') + n('cancelled') === 0) totals.failed++; // crashed before counting
}

function browserTests() {
  const chromium = process.env.CHROMIUM_BIN ?? '/usr/bin/chromium';
  if (!existsSync(chromium)) {
    console.error(
      `\nBrowser tests need Chromium at ${chromium}. Install it with "apt-get install -y chromium" ` +
        '(Debian/Ubuntu) or point CHROMIUM_BIN at a Chromium or Chrome binary.',
    );
    totals.failed++;
    broken.push('browser tests (no Chromium)');
    return;
  }
  rmSync('.wtr-results.json', { force: true });
  const status = run('Browser tests (Chromium)', bin('wtr'), []);
  const results = existsSync('.wtr-results.json') ? JSON.parse(readFileSync('.wtr-results.json', 'utf8')) : null;
  if (results) {
    totals.passed += results.passed;
    totals.failed += results.failed + results.fileErrors;
    totals.skipped += results.skipped;
  }
  if (status !== 0) {
    broken.push('browser tests');
    if (!results || results.failed + results.fileErrors === 0) totals.failed++;
  }
}

if (!only) lint();
if (!only || only === 'node') nodeTests();
if (!only || only === 'browser') browserTests();

console.log(`\n${broken.length ? `Failed: ${broken.join(', ')}` : 'All checks passed.'}`);
console.log(`${totals.passed} passed, ${totals.failed} failed${totals.skipped ? `, ${totals.skipped} skipped` : ''}`);
process.exit(broken.length || totals.failed ? 1 : 0);
