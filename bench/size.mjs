// Size benchmark: min+gzip (and brotli) bytes of
//  - every CDN bundle (one self-contained module per component, Lit included), and
//  - every npm entry point as an app would ship it: minified, Lit external, core included.
// Run after `npm run build` (`npm run bench:size` does both). Writes the table into bench/RESULTS.md.
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { build } from 'esbuild';

const gz = (b) => gzipSync(b, { level: 9 }).length;
const br = (b) => brotliCompressSync(b, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;
const rows = [];

for (const f of readdirSync('packages/elements/dist/cdn')
  .filter((x) => x.endsWith('.js'))
  .sort()) {
  const code = readFileSync(`packages/elements/dist/cdn/${f}`);
  rows.push(['CDN bundle (Lit included)', `@scanwise/elements/dist/cdn/${f}`, code.length, gz(code), br(code)]);
}

const entries = [
  ['@scanwise/core', 'packages/core/dist/index.js'],
  ['@scanwise/elements', 'packages/elements/dist/index.js'],
  ['@scanwise/elements/define.js', 'packages/elements/dist/define.js'],
  ['@scanwise/elements/icon-array/define.js', 'packages/elements/dist/icon-array/define.js'],
  ['@scanwise/elements/imaging-questionnaire/define.js', 'packages/elements/dist/imaging-questionnaire/define.js'],
  ['@scanwise/elements/benefits-harms/define.js', 'packages/elements/dist/benefits-harms/define.js'],
  ['@scanwise/elements/watchful-waiting-plan/define.js', 'packages/elements/dist/watchful-waiting-plan/define.js'],
];
for (const [name, file] of entries) {
  const out = await build({
    entryPoints: [file],
    bundle: true,
    minify: true,
    format: 'esm',
    target: 'es2022',
    write: false,
    external: ['lit', 'lit/*', '@lit/*'],
    legalComments: 'none',
  });
  const code = Buffer.from(out.outputFiles[0].contents);
  rows.push(['npm entry (Lit external, core included)', name, code.length, gz(code), br(code)]);
}

const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
const table = [
  '| artefact | module | min | min+gzip | min+brotli |',
  '| --- | --- | ---: | ---: | ---: |',
  ...rows.map(([kind, name, raw, g, b]) => `| ${kind} | \`${name}\` | ${kb(raw)} | **${kb(g)}** | ${kb(b)} |`),
].join('\n');
console.log(table);

const stamp = `Measured ${new Date().toISOString().slice(0, 10)} with Node ${process.version}; gzip level 9, brotli quality 11.`;
const file = 'bench/RESULTS.md';
const md = readFileSync(file, 'utf8');
const block = `<!-- size:start -->\n${stamp}\n\n${table}\n<!-- size:end -->`;
writeFileSync(file, md.replace(/<!-- size:start -->[\s\S]*<!-- size:end -->/, block));
