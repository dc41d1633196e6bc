// Builds, in one run:
//  1. the npm ES modules of @scanwise/core and @scanwise/elements (one file per source
//     module, Lit and core kept external, unminified: the consumer's bundler minifies);
//     @scanwise/react the same way (React, @lit/react and the elements external);
//  2. the CDN bundles: one self-contained, minified ES module per component (Lit and core
//     bundled in, the CSS of css`…` templates minified too), which registers its element,
//     for a plain <script type="module">.
// Declarations (.d.ts) come from tsc (npm run build:types).
import { nodeResolve } from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import esbuild from 'rollup-plugin-esbuild';
import {
  cdnBundles as bundlesFor,
  componentFolders,
  ELEMENTS_SRC,
  elementEntries as npmEntriesFor,
  reactEntries as reactEntriesFor,
} from './scripts/components.mjs';
import { minifyCssTemplates } from './scripts/minify-css.mjs';

/** A pack part's chunk is named by its locale and part ("es-US-base"); other chunks by their module. */
const packChunkName = (id) =>
  id
    ?.match(/locales\/([a-z]{2}-[A-Z]{2})\/(base|guide|input)\.ts$/)
    ?.slice(1)
    .join('-');
const ts = () => esbuild({ target: 'es2022', tsconfig: './tsconfig.json' });
const min = () => terser({ ecma: 2022, module: true, compress: { passes: 2 }, format: { comments: false } });
// Resolve workspace packages to their TypeScript sources, and Lit to its production build.
const resolve = () => nodeResolve({ browser: true, exportConditions: ['@scanwise/source', 'production'] });

const elements = ELEMENTS_SRC;
/** The element folders, found in packages/elements/src (scripts/components.mjs): the one list of components. */
const folders = componentFolders();
export const cdnBundles = bundlesFor(folders);
export const elementEntries = npmEntriesFor(folders);
export const reactEntries = reactEntriesFor(folders);

export default [
  {
    // index, and the module that registers every locale's pack at once (for Node).
    input: ['packages/core/src/index.ts', 'packages/core/src/locales/all.ts'],
    plugins: [ts()],
    output: {
      dir: 'packages/core/dist',
      format: 'es',
      preserveModules: true,
      preserveModulesRoot: 'packages/core/src',
    },
  },
  {
    input: elementEntries,
    external: [/^lit(\/.*)?$/, /^@lit\//, /^@scanwise\/core$/],
    plugins: [ts()],
    output: {
      dir: 'packages/elements/dist',
      format: 'es',
      preserveModules: true,
      preserveModulesRoot: elements,
    },
  },
  {
    input: reactEntries,
    external: [/^react(\/.*)?$/, /^@lit\/react$/, /^@scanwise\/elements(\/.*)?$/],
    plugins: [ts()],
    output: {
      dir: 'packages/react/dist',
      format: 'es',
      preserveModules: true,
      preserveModulesRoot: 'packages/react/src',
    },
  },
  // Each locale pack's two parts become chunks beside the bundle (cdn/locales/…), loaded from
  // the same place as the bundle only when a page's `lang` needs them.
  ...cdnBundles.map(([name, input]) => ({
    input,
    // The bundle may export what its chunks import from it, so it stays one file, not a facade.
    preserveEntrySignatures: 'allow-extension',
    plugins: [resolve(), minifyCssTemplates(), ts(), min()],
    output: {
      dir: 'packages/elements/dist/cdn',
      format: 'es',
      entryFileNames: `${name}.js`,
      chunkFileNames: (chunk) => `locales/${name}/${packChunkName(chunk.facadeModuleId) ?? '[name]'}-[hash].js`,
    },
  })),
];
