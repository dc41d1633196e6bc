// The default letter's PDF pages as pictures, for the Letters page in Storybook.
//   npm run example:letter-pictures   (builds the packages, then runs this)
// Prints examples/letter-data.json with the CLI's defaults, in A4 (en-GB) and in US Letter
// (en-US), through the system Chromium, and turns each page into a PNG with pdftoppm
// (poppler-utils). Writes stories/assets/letter-{a4,us}-N.png and removes older pages.
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { LetterPrinter } from '@scanwise/letter';

const out = 'stories/assets';
mkdirSync(out, { recursive: true });
const tmp = mkdtempSync(join(tmpdir(), 'scanwise-pictures-'));
const example = JSON.parse(readFileSync('examples/letter-data.json', 'utf8'));
const printer = await LetterPrinter.launch();
try {
  for (const [name, input] of [
    ['a4', example],
    ['us', { ...example, locale: 'en-US' }],
  ]) {
    const pdf = join(tmp, `${name}.pdf`);
    writeFileSync(pdf, await printer.print(input));
    for (const f of readdirSync(out)) if (f.startsWith(`letter-${name}-`)) rmSync(join(out, f));
    // 60 dpi: a page is about 500 px wide, readable on screen at a glance, small in the repo.
    execFileSync('pdftoppm', ['-r', '60', '-png', pdf, join(out, `letter-${name}`)]);
    const pages = readdirSync(out).filter((f) => f.startsWith(`letter-${name}-`)).length;
    console.log(`${name}: ${pages} pages → ${out}/letter-${name}-*.png`);
  }
} finally {
  await printer.close();
  rmSync(tmp, { recursive: true, force: true });
}
