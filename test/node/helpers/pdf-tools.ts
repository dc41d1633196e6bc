import { execFileSync, spawnSync } from 'node:child_process';
import { findChromium } from '@scanwise/letter';

/** Is this command on the machine? */
const has = (cmd: string) => spawnSync(cmd, ['-v'], { stdio: 'ignore' }).error === undefined;

/** The system Chromium the letters print with, or null when there is none. */
export const chromium = (() => {
  try {
    return findChromium();
  } catch {
    return null;
  }
})();

/**
 * Why the PDF tests cannot run here, or false: they need Chromium to print and poppler-utils
 * (pdftotext, pdfinfo) to read what was printed. `.ci/run` installs both.
 */
export const skipPdf: string | false = !chromium
  ? 'no Chromium or Chrome on this machine (set CHROMIUM_BIN)'
  : !has('pdftotext') || !has('pdfinfo')
    ? 'pdftotext or pdfinfo is missing (apt-get install -y poppler-utils)'
    : false;

/** A word of a PDF where pdftotext -bbox placed it: its page (from 1) and its box, in points. */
export interface PlacedWord {
  page: number;
  text: string;
  xMin: number;
  yMin: number;
}

/** Every word of a PDF in the order it was drawn (pdftotext -bbox), with its page and place. */
export function placedWords(pdf: string): PlacedWord[] {
  const xml = execFileSync('pdftotext', ['-bbox', pdf, '-'], { encoding: 'utf8' });
  const words: PlacedWord[] = [];
  let page = 0;
  for (const m of xml.matchAll(/<page\b|<word xMin="([\d.]+)" yMin="([\d.]+)"[^>]*>([^<]*)<\/word>/g)) {
    if (m[0] === '<page') page++;
    else words.push({ page, text: unescapeXml(m[3]!), xMin: Number(m[1]), yMin: Number(m[2]) });
  }
  return words;
}

const unescapeXml = (s: string) =>
  s.replace(/&(amp|lt|gt|quot|apos|#(\d+));/g, (_, name: string, code?: string) =>
    code ? String.fromCodePoint(Number(code)) : ({ amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" } as Record<string, string>)[name]!,
  );

/**
 * The headings that are printed, but not whole: a heading is whole when its words come one after
 * another in drawing order, on one page, going down the page line by line. A heading split
 * between two columns or two pages is drawn in two runs apart (or back up the page). A heading
 * of which neither half is anywhere is not printed (some are for the screen only), and not listed.
 * Punctuation that print styles add after a word (a colon) is ignored.
 */
export function splitHeadings(words: readonly PlacedWord[], headings: readonly string[]): string[] {
  const bare = (w: string) => w.replace(/[:.]$/, '');
  const runAt = (i: number, wanted: string[], sameLine: boolean) => {
    const run = words.slice(i, i + wanted.length);
    return (
      run.length === wanted.length &&
      run.every(
        (w, k) => bare(w.text) === bare(wanted[k]!) && (!sameLine || (w.page === run[0]!.page && (k === 0 || w.yMin >= run[k - 1]!.yMin - 1))),
      )
    );
  };
  return headings.filter((heading) => {
    const wanted = heading.split(/\s+/).filter(Boolean);
    // A split leaves at least half of the heading in one piece, at its start or at its end.
    // Headings of three words or fewer fit on a line, and their halves are too common to find.
    if (wanted.length < 4) return false;
    const half = Math.max(3, Math.ceil(wanted.length / 2));
    const printed = words.some((_, i) => runAt(i, wanted.slice(0, half), false) || runAt(i, wanted.slice(-half), false));
    return printed && !words.some((_, i) => runAt(i, wanted, true));
  });
}
