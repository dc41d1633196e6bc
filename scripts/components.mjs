// The one list of components: the folders of packages/elements/src that hold an element
// (`<name>/<name>.ts` and `<name>/define.ts`). Everything else is derived from it:
//  - rollup's npm entries and CDN bundles (rollup.config.js imports this module);
//  - the "exports" of @scanwise/elements and @scanwise/react, written by
//    `node scripts/components.mjs --write` and checked by test/node/components.test.ts,
//    which also checks define.ts, index.ts and the React wrappers.
// Adding a component: add its folder, run `node scripts/components.mjs --write`, and follow
// what test/node/components.test.ts asks for.
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
export const ELEMENTS_SRC = 'packages/elements/src';
export const REACT_SRC = 'packages/react/src';

/** The element folders, sorted: ['benefits-harms', 'icon-array', …]. */
export function componentFolders(base = root) {
  const src = join(base, ELEMENTS_SRC);
  return readdirSync(src, { withFileTypes: true })
    .filter((d) => d.isDirectory() && existsSync(join(src, d.name, `${d.name}.ts`)) && existsSync(join(src, d.name, 'define.ts')))
    .map((d) => d.name)
    .sort();
}

/** One "exports" entry: the workspace sources first (the `@scanwise/source` condition), then types and the build. */
const entry = (src, dist) => ({ '@scanwise/source': `./src/${src}.ts`, types: `./dist/${dist}.d.ts`, default: `./dist/${dist}.js` });

/** The "exports" of @scanwise/elements: the root, define.js, and per element its class, define, view and styles modules. */
export function elementExports(folders = componentFolders()) {
  const exports = { '.': entry('index', 'index'), './define.js': entry('define', 'define') };
  for (const name of folders) {
    exports[`./${name}.js`] = entry(`${name}/${name}`, `${name}/${name}`);
    exports[`./${name}/define.js`] = entry(`${name}/define`, `${name}/define`);
    exports[`./${name}/view.js`] = entry(`${name}/${name}.view`, `${name}/${name}.view`);
    exports[`./${name}/styles.js`] = entry(`${name}/${name}.styles`, `${name}/${name}.styles`);
  }
  exports['./react-jsx'] = { types: './frameworks/react-jsx.d.ts' };
  exports['./vue'] = { types: './frameworks/vue.d.ts' };
  exports['./cdn/*'] = './dist/cdn/*';
  exports['./custom-elements.json'] = './custom-elements.json';
  exports['./package.json'] = './package.json';
  return exports;
}

/** The "exports" of @scanwise/react: the root and one module per element. */
export function reactExports(folders = componentFolders()) {
  const exports = { '.': entry('index', 'index') };
  for (const name of folders) exports[`./${name}.js`] = entry(name, name);
  exports['./package.json'] = './package.json';
  return exports;
}

/** The npm modules rollup builds for @scanwise/elements: every exported source, view and styles modules excepted (they come along). */
export function elementEntries(folders = componentFolders()) {
  const src = (p) => `${ELEMENTS_SRC}/${p}.ts`;
  return [src('index'), src('define'), ...folders.flatMap((n) => [src(`${n}/${n}`), src(`${n}/define`), src(`${n}/${n}.view`)])];
}

/** The CDN bundles: one per element, and `scanwise` with all of them: [bundle name, define module]. */
export function cdnBundles(folders = componentFolders()) {
  return [...folders.map((n) => [n, `${ELEMENTS_SRC}/${n}/define.ts`]), ['scanwise', `${ELEMENTS_SRC}/define.ts`]];
}

/** The npm modules of @scanwise/react. */
export function reactEntries(folders = componentFolders()) {
  return ['index', ...folders].map((n) => `${REACT_SRC}/${n}.ts`);
}

/** Writes the derived "exports" into the two package.json files (keeping everything else). */
function write() {
  for (const [file, exports] of [
    ['packages/elements/package.json', elementExports()],
    ['packages/react/package.json', reactExports()],
  ]) {
    const path = join(root, file);
    const pkg = JSON.parse(readFileSync(path, 'utf8'));
    pkg.exports = exports;
    writeFileSync(path, `${JSON.stringify(pkg, null, 2)}\n`);
    console.log(`${file}: ${Object.keys(exports).length} exports`);
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url) && process.argv.includes('--write')) write();
