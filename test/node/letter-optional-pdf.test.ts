import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { register } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { input } from './helpers/letter-fixtures.js';
import '@scanwise/core/locales/all';

/**
 * `playwright-core` is an optional peer dependency of @scanwise/letter: HTML letters work without
 * it, and asking for a PDF without it fails with `PdfDependencyError`, which says how to install it.
 * The repository has it installed, so a resolve hook makes it missing for this process (every
 * Node test file runs in a process of its own).
 */
register(
  `data:text/javascript,${encodeURIComponent(`
    export async function resolve(specifier, context, next) {
      if (specifier === 'playwright-core' || specifier.startsWith('playwright-core/')) {
        const e = new Error("Cannot find package 'playwright-core' imported from " + context.parentURL);
        e.code = 'ERR_MODULE_NOT_FOUND';
        throw e;
      }
      return next(specifier, context);
    }`)}`,
);

// Imported only now, so that nothing can have loaded playwright-core before the hook.
const { LetterInputError, LetterPrinter, PdfDependencyError, renderLetter, renderPdf } = await import('@scanwise/letter');
const { EXIT, main } = await import('../../packages/letter/src/cli.js');

const dir = mkdtempSync(join(tmpdir(), 'scanwise-optional-pdf-'));
after(() => rmSync(dir, { recursive: true, force: true }));
const data = join(dir, 'data.json');
writeFileSync(data, JSON.stringify(input()));

function assertDependencyError(e: unknown): true {
  assert.ok(e instanceof PdfDependencyError, `expected a PdfDependencyError, got ${String(e)}`);
  assert.equal(e.name, 'PdfDependencyError');
  assert.equal(e.dependency, 'playwright-core');
  assert.match(e.message, /playwright-core, which is not installed/);
  assert.match(e.message, /npm install playwright-core/);
  assert.equal((e.cause as { code?: string } | undefined)?.code, 'ERR_MODULE_NOT_FOUND');
  return true;
}

describe('@scanwise/letter without playwright-core', () => {
  it('runs with playwright-core really missing (the hook works)', async () => {
    await assert.rejects(import('playwright-core'), { code: 'ERR_MODULE_NOT_FOUND' });
  });

  it('still renders HTML letters', () => {
    assert.match(renderLetter(input()), /^<!doctype html>/);
  });

  const cases = [
    // A path that does not exist: the missing package is reported before the browser is looked for.
    { name: 'LetterPrinter.launch()', run: () => LetterPrinter.launch({ executablePath: join(dir, 'no-chromium'), search: false }) },
    { name: 'renderPdf()', run: () => renderPdf(input(), { executablePath: join(dir, 'no-chromium'), search: false }) },
  ];
  for (const c of cases) {
    it(`${c.name} rejects with a PdfDependencyError that says how to install it`, async () => {
      await assert.rejects(c.run(), assertDependencyError);
    });
  }

  it('renderPdf() still reports bad input first', async () => {
    await assert.rejects(renderPdf({ locale: 'en-GB', date: 'not a date' }), (e) => e instanceof LetterInputError);
  });
});

describe('scanwise-letter --pdf without playwright-core', () => {
  async function run(args: string[]): Promise<{ code: number; out: string; err: string }> {
    let out = '';
    let err = '';
    const code = await main(args, { out: (s) => (out += s), err: (s) => (err += s) });
    return { code, out, err };
  }

  it('exits 3, says how to install playwright-core, and writes nothing (not even the HTML)', async () => {
    const html = join(dir, 'with-pdf.html');
    const pdf = join(dir, 'with-pdf.pdf');
    const r = await run(['--input', data, '--out', html, '--pdf', pdf]);
    assert.equal(r.code, EXIT.noBrowser);
    assert.equal(r.code, 3);
    assert.match(r.err, /needs the package playwright-core/);
    assert.match(r.err, /npm install playwright-core/);
    assert.match(r.err, /Nothing was written\./);
    assert.doesNotMatch(r.err, /Something went wrong/);
    assert.equal(r.out, '');
    assert.equal(existsSync(html), false);
    assert.equal(existsSync(pdf), false);
  });

  it('writes the HTML letter when no PDF is asked for', async () => {
    const html = join(dir, 'only.html');
    const r = await run(['--input', data, '--out', html]);
    assert.equal(r.code, EXIT.ok, r.err);
    assert.match(readFileSync(html, 'utf8'), /^<!doctype html>/);
  });
});
