#!/usr/bin/env node
import '@scanwise/core/locales/all';
import { readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, relative, resolve, sep } from 'node:path';
import { parseArgs } from 'node:util';
import { contentMeta, formatDate, isIsoDate, localeText, resolveLocale } from '@scanwise/core';
import { LetterInputError, localeList, type LetterProblem } from './input.js';
import { ChromiumNotFoundError, LetterNavigationError, LetterPrinter, PdfDependencyError, headerFooter, pageTemplates } from './pdf.js';
import { prepareLetter, toDocument } from './render.js';
import { renderTemplateDetailed } from './template.js';
import { findJsonError, MAX_JSON_DEPTH } from './json-error.js';

/** Exit codes. */
export const EXIT = { ok: 0, badInput: 1, usage: 2, noBrowser: 3, failed: 4 } as const;

export const USAGE = `scanwise-letter: a patient letter as static HTML (and PDF) from a JSON file.

Usage:
  scanwise-letter --input data.json --out letter.html [--pdf letter.pdf]
                  [--template template.html [--image logo.png]… [--strip]]
                  [--locale en-GB|en-US|es-US|es-ES] [--paper a4|letter]

Options:
  --input FILE      The letter's data as JSON: locale, date, patient, practice, clinician,
                    message, profile | questionnaireResponse | answers, plan, include.
                    See the README of @scanwise/letter for every field.
  --out FILE        Where to write the HTML letter.
  --pdf FILE        Also print the letter to PDF with the system's Chromium or Chrome
                    (needs the package playwright-core: npm install playwright-core).
  --template FILE   A practice's own HTML letter with <sdm-benefits-harms>,
                    <sdm-watchful-waiting-plan> and <sdm-imaging-questionnaire view="clinician">
                    tags in it. Each tag is replaced by its static rendering; the data file
                    feeds the tags. The template may hold text, headings, lists, tables,
                    pictures (data: URLs, or --image files), links (https:, http:, mailto:,
                    tel:, #place) and styles; anything else (scripts, frames, forms, SVG,
                    <base>, <meta http-equiv>, files from other servers) is refused, with
                    its line and column.
  --image FILE      With --template: a picture the template uses as <img src="NAME">, where
                    NAME is FILE's path from the template's folder (logo.png). It goes into
                    the letter as a data: URL. Give --image once per picture.
  --strip           With --template: remove what is refused instead of refusing the template;
                    each removal is reported. (--strip-scripts is the older name.)
  --locale TAG      The language of the letter (overrides "locale" in the data).
  --paper SIZE      a4 or letter (default: the locale's: letter for en-US and es-US, otherwise a4).
  --help            Show this help.

Environment:
  CHROMIUM_BIN                  The browser for --pdf (else the usual places are searched).
  SCANWISE_NO_SYSTEM_CHROME=1   Do not search for a browser; use CHROMIUM_BIN only.

Exit codes: 0 done, 1 the data or template has problems, 2 wrong options,
3 no Chromium (or no playwright-core) for --pdf, 4 anything else (a file could not be read or written).
Nothing is written unless everything succeeded, and no output may be an input.`;

class CliError extends Error {
  constructor(
    message: string,
    readonly code: number,
  ) {
    super(message);
  }
}

/** A JSON value's kind, in words. */
function kindOf(value: unknown): string {
  if (value === null) return 'null (nothing)';
  if (Array.isArray(value)) return 'a list ([ … ])';
  if (typeof value === 'string') return 'a text';
  if (typeof value === 'number') return 'a number';
  if (typeof value === 'boolean') return `${value} (a yes/no value)`;
  return typeof value;
}

/** The line of a JSON error with a caret under the column; long lines are cut around it. */
function showLine(text: string, line: number, column: number): string {
  const full = (text.split('\n')[line - 1] ?? '').replace(/\t/g, ' ');
  const from = full.length > 100 ? Math.max(0, column - 50) : 0;
  const to = Math.min(full.length, from + 100);
  const shown = `${from > 0 ? '…' : ''}${full.slice(from, to)}${to < full.length ? '…' : ''}`;
  return `  ${shown}\n  ${' '.repeat(Math.max(0, column - 1 - from + (from > 0 ? 1 : 0)))}^`;
}

function readJson(file: string): unknown {
  const text = readText(file).replace(/^\uFEFF/, '');
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (e) {
    const at = findJsonError(text, MAX_JSON_DEPTH);
    if (at?.kind === 'depth')
      throw new CliError(
        `${file}:${at.line}:${at.column}: ${at.message}. A letter's data is never that deep.\n${showLine(text, at.line, at.column)}`,
        EXIT.badInput,
      );
    const { line, column, message } = at ?? { line: 1, column: 1, message: e instanceof Error ? e.message : String(e) };
    throw new CliError(`${file}:${line}:${column}: this is not valid JSON (${message}).\n${showLine(text, line, column)}`, EXIT.badInput);
  }
  // Valid JSON, but deeper than any letter's data: refused before anything walks it.
  const deep = findJsonError(text, MAX_JSON_DEPTH);
  if (deep)
    throw new CliError(
      `${file}:${deep.line}:${deep.column}: ${deep.message}. A letter's data is never that deep.\n${showLine(text, deep.line, deep.column)}`,
      EXIT.badInput,
    );
  return value;
}

function readText(file: string): string {
  try {
    return readFileSync(file, 'utf8');
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    throw new CliError(code === 'ENOENT' ? `${file}: there is no such file.` : `${file}: could not be read (${code ?? String(e)}).`, EXIT.failed);
  }
}

/** Whether two paths name the same file (also through links, or a different spelling). */
function sameFile(a: string, b: string): boolean {
  if (resolve(a) === resolve(b)) return true;
  try {
    const x = statSync(a);
    const y = statSync(b);
    return x.dev === y.dev && x.ino === y.ino;
  } catch {
    return false;
  }
}

/** The caller's pictures for a template: each file's path from the template's folder, and its bytes. */
function readImages(template: string, files: string[]): Record<string, Uint8Array> {
  const images: Record<string, Uint8Array> = {};
  for (const file of files) {
    let bytes: Uint8Array;
    try {
      bytes = readFileSync(file);
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      throw new CliError(
        code === 'ENOENT' ? `--image ${file}: there is no such file.` : `--image ${file}: could not be read (${code ?? String(e)}).`,
        EXIT.failed,
      );
    }
    images[
      relative(dirname(resolve(template)), resolve(file))
        .split(sep)
        .join('/')
    ] = bytes;
  }
  return images;
}

function problemsText(title: string, problems: LetterProblem[]): string {
  return `${title}\n${problems.map((p) => `  - ${p.field}: ${p.message}`).join('\n')}`;
}

/** Writes every file to a temporary name first, then renames them all: all or nothing. */
function writeAll(files: { path: string; data: string | Uint8Array }[]): void {
  const temps: string[] = [];
  try {
    for (const f of files) {
      const tmp = join(dirname(resolve(f.path)), `.${basename(f.path)}.${process.pid}.tmp`);
      temps.push(tmp);
      writeFileSync(tmp, f.data);
    }
    files.forEach((f, i) => renameSync(temps[i]!, f.path));
  } catch (e) {
    for (const t of temps) rmSync(t, { force: true });
    throw new CliError(`The letter could not be written: ${e instanceof Error ? e.message : String(e)}`, EXIT.failed);
  }
}

export async function main(
  argv: string[],
  io: { out: (s: string) => void; err: (s: string) => void } = { out: (s) => process.stdout.write(s), err: (s) => process.stderr.write(s) },
): Promise<number> {
  let args;
  try {
    args = parseArgs({
      args: argv,
      options: {
        input: { type: 'string' },
        out: { type: 'string' },
        pdf: { type: 'string' },
        template: { type: 'string' },
        locale: { type: 'string' },
        paper: { type: 'string' },
        image: { type: 'string', multiple: true },
        strip: { type: 'boolean' },
        'strip-scripts': { type: 'boolean' },
        help: { type: 'boolean', short: 'h' },
      },
      strict: true,
      allowPositionals: false,
    }).values;
  } catch (e) {
    io.err(`${e instanceof Error ? e.message : String(e)}\n\nRun scanwise-letter --help for the options.\n`);
    return EXIT.usage;
  }
  if (args.help) {
    io.out(`${USAGE}\n`);
    return EXIT.ok;
  }
  const missing = (['input', 'out'] as const).filter((k) => !args[k]);
  if (missing.length) {
    io.err(`Missing ${missing.map((k) => `--${k}`).join(' and ')}.\n\n${USAGE}\n`);
    return EXIT.usage;
  }
  if (args.paper && args.paper !== 'a4' && args.paper !== 'letter') {
    io.err(`--paper should be a4 or letter, not "${args.paper}".\n`);
    return EXIT.usage;
  }
  if ((args.image?.length || args.strip || args['strip-scripts']) && !args.template) {
    io.err(`${args.image?.length ? '--image' : '--strip'} goes with --template.\n`);
    return EXIT.usage;
  }
  // No output may overwrite an input (or another output).
  const outputs = [['--out', args.out!], ...(args.pdf ? [['--pdf', args.pdf]] : [])] as const;
  const inputs = [
    ['--input', args.input!],
    ...(args.template ? [['--template', args.template]] : []),
    ...(args.image ?? []).map((f) => ['--image', f]),
  ] as const;
  for (const [i, [name, path]] of outputs.entries()) {
    const clash = [...inputs, ...outputs.slice(0, i)].find(([, other]) => sameFile(path, other));
    if (clash) {
      io.err(
        `${name} ${path} is the same file as ${clash[0]} ${clash[1]}: writing it would overwrite ${clash[0] === '--out' || clash[0] === '--pdf' ? 'the other output' : 'an input'}. Choose another file for ${name}.\n`,
      );
      return EXIT.usage;
    }
  }
  if (args.locale && resolveLocale(args.locale).match === 'fallback') {
    io.err(`--locale: there is no letter text for "${args.locale}". Use ${localeList()}.\n`);
    return EXIT.usage;
  }

  try {
    const data = readJson(args.input!);
    if (typeof data !== 'object' || data === null || Array.isArray(data)) {
      throw new CliError(`${args.input}: the data should be a JSON object ({ … }), but it is ${kindOf(data)}.`, EXIT.badInput);
    }
    const input = { ...(data as Record<string, unknown>) } as Record<string, unknown>;
    if (args.locale) input.locale = args.locale;
    if (args.paper) input.paper = args.paper;

    let html: string;
    let print: (p: LetterPrinter) => Promise<Buffer>;
    const warnings: LetterProblem[] = [];
    if (args.template) {
      const template = readText(args.template);
      const images = readImages(args.template, args.image ?? []);
      const r = renderTemplateDetailed(template, input, { unsafe: args.strip || args['strip-scripts'] ? 'strip' : 'refuse', images });
      html = r.html;
      warnings.push(...r.warnings);
      const date = isIsoDate(input.date) ? input.date : r.date;
      const version = localeText(r.locale).letter.contentVersion(contentMeta.version, formatDate(contentMeta.published, r.locale));
      const pages = pageTemplates(r.locale, r.practiceName, formatDate(date, r.locale), version, []);
      print = (p) => p.printHtml(html, { paper: r.paper, ...pages });
    } else {
      const c = prepareLetter(input);
      warnings.push(...c.warnings);
      html = c.letter.fragment ? `<style>\n${c.css}</style>\n${c.body}\n` : toDocument(c);
      const forPdf = prepareLetter(input, { forPdf: true });
      print = (p) => p.printHtml(toDocument(forPdf), { paper: forPdf.letter.paper, ...headerFooter(forPdf) });
    }
    for (const w of warnings) io.err(`Note: ${w.field}: ${w.message}\n`);

    const files: { path: string; data: string | Uint8Array }[] = [{ path: args.out!, data: html }];
    if (args.pdf) {
      const printer = await LetterPrinter.launch();
      try {
        files.push({ path: args.pdf, data: await print(printer) });
      } finally {
        await printer.close();
      }
    }
    writeAll(files);
    io.out(`Wrote ${files.map((f) => f.path).join(' and ')}.\n`);
    return EXIT.ok;
  } catch (e) {
    if (e instanceof CliError) {
      io.err(`${e.message}\n`);
      return e.code;
    }
    if (e instanceof LetterInputError) {
      io.err(
        `${problemsText(e.name === 'TemplateError' ? 'The template could not be used:' : 'The letter could not be made:', e.problems)}\nNothing was written.\n`,
      );
      return EXIT.badInput;
    }
    if (e instanceof LetterNavigationError) {
      io.err(`${e.message}\nNothing was written.\n`);
      return EXIT.badInput;
    }
    if (e instanceof ChromiumNotFoundError || e instanceof PdfDependencyError) {
      io.err(`${e.message}\nNothing was written.\n`);
      return EXIT.noBrowser;
    }
    io.err(`Something went wrong: ${e instanceof Error ? e.message : String(e)}\nNothing was written.\n`);
    return EXIT.failed;
  }
}

// Run when called as a program (not when imported by tests).
const invoked = process.argv[1] ? resolve(process.argv[1]) : '';
if (invoked && /[/\\](cli\.(ts|js)|scanwise-letter)$/.test(invoked)) {
  void main(process.argv.slice(2)).then((code) => {
    process.exitCode = code;
  });
}
