import '@scanwise/core/locales/all';
import { localeText, type Locale } from '@scanwise/core';
import { randomUUID } from 'node:crypto';
import { accessSync, constants, statSync } from 'node:fs';
import { delimiter, join } from 'node:path';
import type * as PlaywrightCore from 'playwright-core';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { prepareLetter, toDocument, type ComposedLetter } from './render.js';
import type { LetterInput } from './input.js';
import { escapeHtml } from './ssr.js';

/**
 * PDF through the system's Chromium or Chrome (driven by playwright-core, which downloads
 * nothing): JavaScript off, every network request blocked, A4 or US Letter, with a header
 * (practice, date) and a footer (page numbers, content version, sources) on every page.
 * The page printed is checked to be the letter: if anything replaced it (a refresh, a
 * navigation), no PDF is made and `LetterNavigationError` says so.
 */

export interface PdfOptions {
  /** The browser to use. Default: $CHROMIUM_BIN, then $CHROME_BIN, then a search of the usual places. */
  executablePath?: string;
  /** Search the usual places when no path is given. Default: true, unless $SCANWISE_NO_SYSTEM_CHROME=1. */
  search?: boolean;
  /** Milliseconds to wait for the browser to start. Default: 30 000. */
  timeout?: number;
}

/** Thrown when no Chromium or Chrome can be found. Its message says how to install one. */
export class ChromiumNotFoundError extends Error {
  readonly tried: string[];
  constructor(tried: string[]) {
    super(
      [
        'No Chromium or Google Chrome was found, so the PDF could not be made.',
        tried.length ? `Looked for: ${tried.join(', ')}.` : 'The search for an installed browser is turned off (SCANWISE_NO_SYSTEM_CHROME=1).',
        'To fix this, install Chromium or Chrome:',
        '  Debian or Ubuntu:  sudo apt-get install -y chromium   (Ubuntu: chromium-browser)',
        '  Fedora:            sudo dnf install chromium',
        '  macOS:             brew install --cask chromium   (or install Google Chrome)',
        '  Windows:           install Google Chrome',
        'or point CHROMIUM_BIN to the browser, for example CHROMIUM_BIN=/usr/bin/chromium.',
        'The HTML letter needs no browser.',
      ].join('\n'),
    );
    this.name = 'ChromiumNotFoundError';
    this.tried = tried;
  }
}

/**
 * Thrown when a PDF is asked for but `playwright-core`, an optional peer dependency of
 * `@scanwise/letter`, is not installed. Its message says how to install it. HTML letters never
 * need it.
 */
export class PdfDependencyError extends Error {
  /** The package that is missing. */
  readonly dependency = 'playwright-core';
  constructor(cause?: unknown) {
    super(
      [
        'The PDF could not be made: it needs the package playwright-core, which is not installed.',
        'To fix this, install it next to @scanwise/letter:',
        '  npm install playwright-core',
        'It downloads no browser: the PDF is printed by the Chromium or Chrome on this machine.',
        'The HTML letter needs neither.',
      ].join('\n'),
      cause === undefined ? undefined : { cause },
    );
    this.name = 'PdfDependencyError';
  }
}

/** Whether an import failed because `playwright-core` itself (not something inside it) cannot be found. */
function isPlaywrightMissing(e: unknown): boolean {
  const { code, message } = (e ?? {}) as { code?: unknown; message?: unknown };
  return (code === 'ERR_MODULE_NOT_FOUND' || code === 'MODULE_NOT_FOUND') && typeof message === 'string' && /['"]playwright-core['"]/.test(message);
}

/** Loads the optional peer dependency, or throws `PdfDependencyError` when it is not installed. */
async function loadPlaywright(): Promise<typeof PlaywrightCore> {
  try {
    return await import('playwright-core');
  } catch (e) {
    if (isPlaywrightMissing(e)) throw new PdfDependencyError(e);
    throw e;
  }
}

/**
 * Thrown when the page being printed is no longer the letter (something in it navigated away, or
 * tried to): the PDF would have shown another page, or an empty one.
 */
export class LetterNavigationError extends Error {
  /** Where the page went or tried to go, when known. */
  readonly target: string;
  constructor(target: string) {
    super(
      `The letter left its own page before it was printed${target ? ` (it went, or tried to go, to ${target})` : ''}, so no PDF was made. ` +
        'A letter must not navigate: look for <meta http-equiv="refresh"> or <base> in the template.',
    );
    this.name = 'LetterNavigationError';
    this.target = target;
  }
}

const NAMES = ['chromium', 'chromium-browser', 'google-chrome', 'google-chrome-stable', 'chrome'];

function candidates(): string[] {
  const env = process.env;
  const fromPath = (env.PATH ?? '')
    .split(delimiter)
    .filter(Boolean)
    .flatMap((dir) => NAMES.map((n) => join(dir, n)));
  const fixed = [
    '/usr/bin/chromium',
    '/usr/bin/chromium-browser',
    '/usr/bin/google-chrome',
    '/usr/bin/google-chrome-stable',
    '/snap/bin/chromium',
    '/opt/google/chrome/chrome',
    '/Applications/Chromium.app/Contents/MacOS/Chromium',
    '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
  ];
  const windows = [env.PROGRAMFILES, env['PROGRAMFILES(X86)'], env.LOCALAPPDATA]
    .filter((d): d is string => !!d)
    .map((d) => join(d, 'Google', 'Chrome', 'Application', 'chrome.exe'));
  return [...new Set([...fixed, ...fromPath, ...windows])];
}

function runnable(file: string): boolean {
  try {
    if (!statSync(file).isFile()) return false;
    accessSync(file, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

/** The path of a usable Chromium or Chrome, or throws `ChromiumNotFoundError`. */
export function findChromium(options: PdfOptions = {}): string {
  const tried: string[] = [];
  const given = [options.executablePath, process.env.CHROMIUM_BIN, process.env.CHROME_BIN].filter((p): p is string => !!p);
  for (const p of given) {
    if (runnable(p)) return p;
    tried.push(p);
  }
  const search = options.search ?? process.env.SCANWISE_NO_SYSTEM_CHROME !== '1';
  if (search) {
    for (const p of candidates()) {
      if (runnable(p)) return p;
    }
    tried.push('the usual places (/usr/bin/chromium, google-chrome, …) and PATH');
  }
  throw new ChromiumNotFoundError(tried);
}

export interface PrintOptions {
  paper: 'a4' | 'letter';
  /** Header and footer, as Chromium templates (inline styles only). Omit both for none. */
  headerTemplate?: string;
  footerTemplate?: string;
}

/** Header and footer templates for a composed letter. */
export function headerFooter(c: ComposedLetter): Pick<PrintOptions, 'headerTemplate' | 'footerTemplate'> {
  return pageTemplates(
    c.letter.locale,
    c.practiceName,
    c.dateText,
    localeText(c.letter.locale).letter.contentVersion(c.version, c.published),
    c.sources.map((s) => s.short),
  );
}

/** Header (practice, date) and footer (sources, content version, page X of Y) for Chromium. */
export function pageTemplates(
  locale: Locale,
  practice: string,
  date: string,
  version: string,
  sources: string[],
): Pick<PrintOptions, 'headerTemplate' | 'footerTemplate'> {
  const t = localeText(locale).letter;
  const box =
    'font-family:"Liberation Sans",Arial,Helvetica,sans-serif;color:#000;width:100%;box-sizing:border-box;margin:0;padding:0 16mm;display:flex;justify-content:space-between;gap:6mm;-webkit-print-color-adjust:exact';
  const clip = 'white-space:nowrap;overflow:hidden;text-overflow:ellipsis;min-width:0';
  return {
    headerTemplate: `<div style='${box};font-size:8pt;border-bottom:0.5pt solid #777;padding-bottom:1.5mm'><span style='${clip};font-weight:700'>${escapeHtml(practice)}</span><span style='white-space:nowrap'>${escapeHtml(date)}</span></div>`,
    footerTemplate: `<div style='${box};font-size:7pt'><span style='${clip}'>${escapeHtml(version)}${
      sources.length ? ` &#183; ${escapeHtml(t.sourcesShort)}: ${escapeHtml(sources.join('; '))}` : ''
    }</span><span style='white-space:nowrap'>${escapeHtml(t.page)} <span class='pageNumber'></span> ${escapeHtml(t.of)} <span class='totalPages'></span></span></div>`,
  };
}

/** A page kept for printing, with the navigations tried while it held the current letter. */
interface PrintPage {
  context: BrowserContext;
  page: Page;
  left: string[];
}

/**
 * A browser kept warm for printing many letters. `close()` it when done.
 *
 * Pages are kept too, and used again for the next letter: opening a page costs about as much
 * as printing a letter (about 300 ms on a 2-core machine). Each page holds one letter at a
 * time, so letters printed at once each get their own page. JavaScript is off, every request
 * is stopped, and a page whose letter failed or tried to leave is closed with its context,
 * never used again.
 */
export class LetterPrinter {
  private readonly idle: PrintPage[] = [];

  private constructor(private readonly browser: Browser) {}

  /**
   * Starts the system's Chromium. Throws `PdfDependencyError` when `playwright-core` is not
   * installed, and `ChromiumNotFoundError` when there is no browser.
   */
  static async launch(options: PdfOptions = {}): Promise<LetterPrinter> {
    const { chromium } = await loadPlaywright();
    const executablePath = findChromium(options);
    const browser = await chromium.launch({
      executablePath,
      headless: true,
      timeout: options.timeout ?? 30_000,
      args: ['--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking', '--disable-component-update', '--no-first-run'],
      ...(process.getuid?.() === 0 ? { chromiumSandbox: false } : {}),
    });
    return new LetterPrinter(browser);
  }

  private async openPage(): Promise<PrintPage> {
    // A context of its own for each page: a letter that fails takes only its own context with it.
    const context = await this.browser.newContext({ javaScriptEnabled: false, offline: true });
    const page = await context.newPage();
    const kept: PrintPage = { context, page, left: [] };
    // A letter makes no requests; anything that tries is stopped, and a try to leave the page is noted.
    await page.route('**/*', (route) => {
      const request = route.request();
      if (request.isNavigationRequest() && request.frame() === page.mainFrame()) kept.left.push(request.url());
      return route.abort();
    });
    await page.emulateMedia({ media: 'print' });
    return kept;
  }

  /** Prints a finished HTML document. */
  async printHtml(html: string, options: PrintOptions): Promise<Buffer> {
    const kept = this.idle.pop() ?? (await this.openPage());
    const { page } = kept;
    kept.left = [];
    let reuse = false;
    try {
      // The letter is marked with a comment no other page has: if the page is replaced, the mark is gone.
      // (It goes last, so it cannot change how anything before it is read.)
      const mark = `scanwise-letter ${randomUUID()}`;
      await page.setContent(`${html}<!--${mark}-->`, { waitUntil: 'load' });
      const stillTheLetter = async () => {
        const where = await page
          // Wherever the mark ended up (a comment, or the text of an element left open), it is in this document.
          .evaluate((m) => {
            const walk = document.createTreeWalker(document, NodeFilter.SHOW_COMMENT | NodeFilter.SHOW_TEXT);
            while (walk.nextNode()) if (walk.currentNode.nodeValue?.includes(m)) return '';
            return location.href || 'another page';
          }, mark)
          .catch(() => 'another page');
        if (where || kept.left.length) throw new LetterNavigationError(kept.left[0] ?? (where === 'about:blank' ? 'an empty page' : where));
      };
      await stillTheLetter();
      const withHeader = options.headerTemplate !== undefined || options.footerTemplate !== undefined;
      const pdf = await page.pdf({
        format: options.paper === 'letter' ? 'Letter' : 'A4',
        printBackground: true,
        preferCSSPageSize: true,
        // Used when the page's CSS sets no margins (a practice template): room for the header and footer.
        margin: { top: '20mm', bottom: '18mm', left: '16mm', right: '16mm' },
        tagged: true,
        displayHeaderFooter: withHeader,
        ...(withHeader
          ? { headerTemplate: options.headerTemplate ?? '<span></span>', footerTemplate: options.footerTemplate ?? '<span></span>' }
          : {}),
      });
      await stillTheLetter();
      reuse = true;
      return pdf;
    } catch (e) {
      // A refresh can cut the load or the printing short: the try to leave is the cause to report.
      if (!(e instanceof LetterNavigationError) && kept.left.length) throw new LetterNavigationError(kept.left[0]!);
      throw e;
    } finally {
      // (Closing only the page can hang once it has navigated away; closing its context cannot.)
      if (reuse) this.idle.push(kept);
      else await kept.context.close().catch(() => undefined);
    }
  }

  /** Prints a letter (the input of `renderLetter`). Throws `LetterInputError` for bad input. */
  async print(input: LetterInput): Promise<Buffer> {
    const c = prepareLetter(input, { forPdf: true });
    return this.printHtml(toDocument(c), { paper: c.letter.paper, ...headerFooter(c) });
  }

  async close(): Promise<void> {
    this.idle.length = 0;
    await this.browser.close();
  }
}

/**
 * A patient letter as PDF bytes, printed by the system's Chromium. The input is checked first
 * (`LetterInputError`), then `playwright-core` is loaded (`PdfDependencyError`), then the browser
 * is looked for (`ChromiumNotFoundError`).
 * For many letters, keep one `LetterPrinter` open instead.
 */
export async function renderPdf(input: LetterInput, options: PdfOptions = {}): Promise<Buffer> {
  prepareLetter(input, { forPdf: true }); // bad input fails before any browser starts
  const printer = await LetterPrinter.launch(options);
  try {
    return await printer.print(input);
  } finally {
    await printer.close();
  }
}
