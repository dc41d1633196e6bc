// Custom Elements Manifest: read from the JSDoc tags of the element classes.
// Written into the elements package, which ships it (package.json "customElements"),
// with module paths pointing at the built files a consumer gets.
const toDist = (p) => p.replace(/^packages\/elements\/src\//, 'dist/').replace(/\.ts$/, '.js');

function rewritePaths(node) {
  if (Array.isArray(node)) node.forEach(rewritePaths);
  else if (node && typeof node === 'object') {
    for (const [k, v] of Object.entries(node)) {
      if ((k === 'path' || k === 'module') && typeof v === 'string') node[k] = toDist(v);
      else rewritePaths(v);
    }
  }
}

export default {
  globs: ['packages/elements/src/**/*.ts'],
  exclude: ['**/*.test.ts', '**/*.stories.ts', '**/*.view.ts', '**/*.styles.ts'],
  outdir: 'packages/elements',
  litelement: true,
  plugins: [{ name: 'scanwise-dist-paths', packageLinkPhase: ({ customElementsManifest }) => rewritePaths(customElementsManifest) }],
};
