// Custom Elements Manifest: read from the JSDoc tags of the element classes.
// Written into the elements package, which ships it (package.json "customElements").
export default {
  globs: ['packages/elements/src/**/*.ts'],
  exclude: ['**/*.test.ts', '**/*.stories.ts', '**/*.view.ts', '**/*.styles.ts'],
  outdir: 'packages/elements',
  litelement: true,
  packagejson: false,
};
