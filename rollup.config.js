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
import { minifyCssTemplates } from './scripts/minify-css.mjs';

const ts = () => esbuild({ target: 'es2022', tsconfig: './tsconfig.json' });
const min = () =>
  terser({ ecma: 2022, module: true, compress: { passes: 2 }, format: { comments: false } });
// Resolve workspace packages to their TypeScript sources, and Lit to its production build.
const resolve = () =>
  nodeResolve({ browser: true, exportConditions: ['@scanwise/source', 'production'] });

const elements = 'packages/elements/src';

/** The components that get their own CDN bundle: [bundle name, define module]. */
export const cdnBundles = [
  ['icon-array', `${elements}/icon-array/define.ts`],
  ['imaging-questionnaire', `${elements}/imaging-questionnaire/define.ts`],
  ['benefits-harms', `${elements}/benefits-harms/define.ts`],
  ['watchful-waiting-plan', `${elements}/watchful-waiting-plan/define.ts`],
  ['scanwise', `${elements}/define.ts`],
];

/** The npm entry points of @scanwise/elements (as in its package.json "exports"). */
export const elementEntries = [
  `${elements}/index.ts`,
  `${elements}/define.ts`,
  `${elements}/icon-array/icon-array.ts`,
  `${elements}/icon-array/define.ts`,
  `${elements}/icon-array/icon-array.view.ts`,
  `${elements}/imaging-questionnaire/imaging-questionnaire.ts`,
  `${elements}/imaging-questionnaire/define.ts`,
  `${elements}/imaging-questionnaire/imaging-questionnaire.view.ts`,
  `${elements}/benefits-harms/benefits-harms.ts`,
  `${elements}/benefits-harms/define.ts`,
  `${elements}/benefits-harms/benefits-harms.view.ts`,
  `${elements}/watchful-waiting-plan/watchful-waiting-plan.ts`,
  `${elements}/watchful-waiting-plan/define.ts`,
  `${elements}/watchful-waiting-plan/watchful-waiting-plan.view.ts`,
];

/** The npm entry points of @scanwise/react: its index and one module per element. */
export const reactEntries = ['index', ...cdnBundles.slice(0, -1).map(([name]) => name)].map((n) => `packages/react/src/${n}.ts`);

export default [
  {
    input: 'packages/core/src/index.ts',
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
  ...cdnBundles.map(([name, input]) => ({
    input,
    plugins: [resolve(), minifyCssTemplates(), ts(), min()],
    output: { file: `packages/elements/dist/cdn/${name}.js`, format: 'es' },
  })),
];
