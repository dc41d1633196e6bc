// The one list of components (scripts/components.mjs): the element folders. Every other list is
// derived from them or checked against them here, so adding a component means adding its folder,
// running `node scripts/components.mjs --write`, and doing what a failing test below says.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { componentFolders, elementExports, reactExports } from '../../scripts/components.mjs';
import '@scanwise/core/locales/all';

const read = (path: string) => readFileSync(path, 'utf8');
const json = (path: string) => JSON.parse(read(path)) as { exports: unknown };
const folders = componentFolders();

describe('the one list of components', () => {
  it('finds the four element folders', () => {
    assert.deepEqual(folders, ['benefits-harms', 'icon-array', 'imaging-questionnaire', 'watchful-waiting-plan']);
  });

  it('@scanwise/elements and @scanwise/react export what the folders give (run node scripts/components.mjs --write)', () => {
    assert.deepEqual(json('packages/elements/package.json').exports, elementExports(folders));
    assert.deepEqual(json('packages/react/package.json').exports, reactExports(folders));
  });

  for (const name of folders) {
    it(`${name}: registered by define.ts, exported by index.ts, wrapped for React`, () => {
      assert.match(read('packages/elements/src/define.ts'), new RegExp(`import './${name}/define\\.js';`));
      assert.match(read('packages/elements/src/index.ts'), new RegExp(`from './${name}/${name}\\.js';`));
      assert.match(read('packages/react/src/index.ts'), new RegExp(`from './${name}\\.js';`));
    });
  }

  it('the tsconfig has no per-module paths: sources resolve through the @scanwise/source condition', () => {
    const tsconfig = read('tsconfig.json');
    assert.doesNotMatch(tsconfig, /"paths"/);
    assert.match(tsconfig, /"customConditions": \["@scanwise\/source"\]/);
  });
});
