import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { EXIT, main } from '../../packages/letter/src/cli.js';
import { CSP_META } from '../../packages/letter/src/template-check.js';
import { HOSTILE_CASES, hostileTemplate } from './helpers/hostile-templates.js';
import { input, plan } from './helpers/letter-fixtures.js';
import '@scanwise/core/locales/all';

/** The scanwise-letter command: refusals exit non-zero, no output overwrites an input, clear words for bad JSON. */

const dir = mkdtempSync(join(tmpdir(), 'scanwise-cli-'));
after(() => rmSync(dir, { recursive: true, force: true }));

const write = (name: string, text: string | Uint8Array) => {
  const file = join(dir, name);
  writeFileSync(file, text);
  return file;
};

/** Runs the command in this process (fast), capturing what it prints. */
async function run(args: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const code = await main(args, { out: (s) => (out += s), err: (s) => (err += s) });
  return { code, out, err };
}

const templateData = write('template-data.json', JSON.stringify({ plan: plan(), date: '2026-11-23' }));
const good = write('good.json', JSON.stringify(input()));

describe('scanwise-letter --template with a hostile template', () => {
  it('exits 1 for every template in the corpus, naming line and column, and writes nothing', async () => {
    for (const [i, c] of HOSTILE_CASES.entries()) {
      const { template, line } = hostileTemplate(c);
      const file = write(`hostile-${i}.html`, template);
      const out = join(dir, `hostile-${i}.out.html`);
      const r = await run(['--input', templateData, '--template', file, '--out', out]);
      assert.equal(r.code, EXIT.badInput, `${c.name}: ${r.err}`);
      assert.match(r.err, /^The template could not be used:/, c.name);
      assert.match(r.err, new RegExp(`- line ${line}, column \\d+: `), c.name);
      assert.match(r.err, /Nothing was written/, c.name);
      assert.equal(existsSync(out), false, c.name);
    }
  });

  it('with --strip, writes the letter and a note for each removal', async () => {
    for (const [i, c] of HOSTILE_CASES.entries()) {
      const file = join(dir, `hostile-${i}.html`);
      const out = join(dir, `hostile-${i}.stripped.html`);
      const r = await run(['--input', templateData, '--template', file, '--out', out, '--strip']);
      assert.equal(r.code, EXIT.ok, `${c.name}: ${r.err}`);
      assert.match(r.err, /^Note: line \d+, column \d+/m, c.name);
      assert.ok(readFileSync(out, 'utf8').includes(CSP_META), c.name);
    }
  });

  it('the installed command exits 1 too (a separate process)', () => {
    const r = spawnSync(
      process.execPath,
      [
        '--conditions=@scanwise/source',
        '--import',
        'tsx',
        'packages/letter/src/cli.ts',
        '--input',
        templateData,
        '--template',
        join(dir, 'hostile-0.html'),
        '--out',
        join(dir, 'spawned.html'),
      ],
      { encoding: 'utf8' },
    );
    assert.equal(r.status, EXIT.badInput, r.stderr);
    assert.match(r.stderr, /line 10, column 1: The template has a <script>/);
    assert.equal(existsSync(join(dir, 'spawned.html')), false);
  });
});

describe('scanwise-letter --image', () => {
  const png = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==', 'base64');
  mkdirSync(join(dir, 'practice'), { recursive: true });
  const logo = write('practice/logo.png', png);
  const template = write(
    'practice/letter.html',
    '<!doctype html>\n<html lang="en-GB">\n<head>\n<meta charset="utf-8">\n<title>L</title>\n</head>\n<body>\n<img src="logo.png" alt="Riverside Health Centre">\n<p>Dear Alex,</p>\n</body>\n</html>\n',
  );

  it('puts a picture the template names into the letter as a data: URL', async () => {
    const out = join(dir, 'with-logo.html');
    const r = await run(['--input', templateData, '--template', template, '--image', logo, '--out', out]);
    assert.equal(r.code, EXIT.ok, r.err);
    assert.ok(readFileSync(out, 'utf8').includes(`<img src="data:image/png;base64,${png.toString('base64')}" alt="Riverside Health Centre">`));
  });

  it('without --image, the file is refused: a letter loads nothing', async () => {
    const r = await run(['--input', templateData, '--template', template, '--out', join(dir, 'no-logo.html')]);
    assert.equal(r.code, EXIT.badInput);
    assert.match(r.err, /line 8, column 1: <img src> is a picture from "logo\.png".*--image/);
  });

  it('a file that is not a picture is a problem; --image without --template is a usage error', async () => {
    const notPng = write('practice/notes.png', 'just text');
    const r = await run(['--input', templateData, '--template', template, '--image', notPng, '--out', join(dir, 'bad-logo.html')]);
    assert.equal(r.code, EXIT.badInput);
    assert.match(r.err, /images\["notes\.png"\]: This is not a PNG, JPEG, GIF, WebP or SVG picture/);
    assert.equal((await run(['--input', good, '--image', logo, '--out', join(dir, 'x.html')])).code, EXIT.usage);
    assert.equal((await run(['--input', good, '--strip', '--out', join(dir, 'x.html')])).code, EXIT.usage);
  });
});

describe('scanwise-letter never writes over its inputs', () => {
  it('--out equal to --input is refused, and the input is left as it was', async () => {
    const data = write('same.json', JSON.stringify(input()));
    const before = readFileSync(data, 'utf8');
    const r = await run(['--input', data, '--out', data]);
    assert.equal(r.code, EXIT.usage);
    assert.match(r.err, /--out .*same\.json is the same file as --input .*same\.json: writing it would overwrite an input/);
    assert.equal(readFileSync(data, 'utf8'), before);
  });

  it('through another spelling of the path, or a link', async () => {
    const data = write('spelt.json', JSON.stringify(input()));
    assert.equal((await run(['--input', data, '--out', join(dir, '.', 'x', '..', 'spelt.json')])).code, EXIT.usage);
    const link = join(dir, 'link.json');
    symlinkSync(data, link);
    assert.equal((await run(['--input', link, '--out', data])).code, EXIT.usage);
  });

  it('--out equal to --template, and --pdf equal to --out, are refused too', async () => {
    const template = write('t.html', '<!doctype html><title>t</title><p>Dear Alex,</p>');
    assert.equal((await run(['--input', templateData, '--template', template, '--out', template])).code, EXIT.usage);
    const r = await run(['--input', good, '--out', join(dir, 'both.x'), '--pdf', join(dir, 'both.x')]);
    assert.equal(r.code, EXIT.usage);
    assert.match(r.err, /--pdf .* is the same file as --out/);
  });
});

describe('scanwise-letter and JSON it cannot use', () => {
  it('a million "[" is a clear error, not a stack overflow', async () => {
    const deep = write('deep.json', '['.repeat(1_000_000));
    const r = await run(['--input', deep, '--out', join(dir, 'deep.html')]);
    assert.equal(r.code, EXIT.badInput, r.err);
    assert.match(r.err, /deep\.json:1:101: the data is nested more than 100 levels deep/);
    assert.doesNotMatch(r.err, /call stack/);
    assert.ok(r.err.length < 1000, 'the line is shown cut short');
  });

  it('valid JSON nested too deeply is refused the same way', async () => {
    const deep = write('deep-valid.json', `{"plan":${'['.repeat(500)}${']'.repeat(500)}}`);
    const r = await run(['--input', deep, '--out', join(dir, 'deep-valid.html')]);
    assert.equal(r.code, EXIT.badInput);
    assert.match(r.err, /nested more than 100 levels deep/);
  });

  it('null, a list, a text and a number are named in words', async () => {
    for (const [json, words] of [
      ['null', 'null (nothing)'],
      ['[1]', 'a list ([ … ])'],
      ['"hello"', 'a text'],
      ['42', 'a number'],
      ['true', 'true (a yes/no value)'],
    ]) {
      const r = await run(['--input', write('v.json', json!), '--out', join(dir, 'v.html')]);
      assert.equal(r.code, EXIT.badInput);
      assert.ok(r.err.includes(`the data should be a JSON object ({ … }), but it is ${words}.`), r.err);
    }
  });

  it('a JSON child of a template tag nested too deeply is a template problem', async () => {
    const template = write(
      'deep-child.html',
      `<!doctype html>\n<title>t</title>\n<sdm-watchful-waiting-plan><script type="application/json">${'['.repeat(200)}${']'.repeat(200)}</script></sdm-watchful-waiting-plan>\n`,
    );
    const r = await run(['--input', templateData, '--template', template, '--out', join(dir, 'deep-child.out.html')]);
    assert.equal(r.code, EXIT.badInput);
    assert.match(
      r.err,
      /line 3, column 1: The plan inside <sdm-watchful-waiting-plan> cannot be used: the data is nested more than 100 levels deep \(\[ and \{ inside each other\) \(line 3, column 160\)/,
    );
  });
});
