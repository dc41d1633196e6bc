import { spawnSync } from 'node:child_process';
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
