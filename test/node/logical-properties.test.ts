// Right-to-left ready: the CSS of every element and of the letters sets nothing by left or right.
// Inline-direction layout uses logical properties (margin-inline-start, inset-inline-end,
// text-align: start, float: inline-start …), so a right-to-left language mirrors by itself.
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import '@scanwise/core/locales/all';

/** Every stylesheet source: the elements' *.styles.ts files and the letters' CSS module. */
const files = [
  ...readdirSync('packages/elements/src', { recursive: true })
    .map(String)
    .filter((f) => f.endsWith('.styles.ts'))
    .map((f) => join('packages/elements/src', f)),
  'packages/letter/src/styles.ts',
];

/** Declarations that name a physical side of the inline direction. */
const PHYSICAL = [
  /(?<![-\w])(?:margin|padding|border|inset|scroll-margin|scroll-padding)-(?:left|right)(?:-[a-z]+)?\s*:/,
  /(?<![-\w])border-(?:top|bottom)-(?:left|right)-radius\s*:/,
  /(?<![-\w])(?:left|right)\s*:/,
  /(?<![-\w])(?:text-align|float|clear)\s*:\s*(?:left|right)\b/,
];

/** The CSS of a source file: the text of its css`…` templates (letters: its string constants). */
const cssOf = (source: string) => [...source.matchAll(/css`([\s\S]*?)`/g)].map((m) => m[1]!).join('\n') || source;

describe('logical properties only (right-to-left ready)', () => {
  it('finds the stylesheets', () => assert.ok(files.length >= 8, files.join(', ')));
  for (const file of files) {
    it(file, () => {
      const found = cssOf(readFileSync(file, 'utf8'))
        .split(/[;{}\n]/)
        .map((d) => d.trim())
        .filter((d) => PHYSICAL.some((re) => re.test(d)));
      assert.deepEqual(found, [], 'use the logical property (inline-start / inline-end) instead');
    });
  }
  it('the check catches each kind of physical declaration', () => {
    for (const bad of [
      'margin-left: 1rem',
      'padding-right:0',
      'border-left-color: red',
      'left: 0',
      'text-align: right',
      'float: left',
      'border-top-left-radius: 2px',
    ]) {
      assert.ok(
        PHYSICAL.some((re) => re.test(bad)),
        bad,
      );
    }
    for (const good of ['margin-inline-start: 1rem', 'inset-inline-end: 0', 'text-align: start', 'float: inline-start', '--sdm-left: 1']) {
      assert.ok(!PHYSICAL.some((re) => re.test(good)), good);
    }
  });
});
