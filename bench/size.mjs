// Size benchmark: min+gzip (and brotli) bytes of
//  - every CDN bundle (one self-contained module per component, Lit included), and
//  - every npm entry point as an app would ship it: minified, Lit external, core included.
// Run after `npm run build` (`npm run bench:size` does both). Writes the table into bench/RESULTS.md.
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { build } from 'esbuild';

const gz = (b) => gzipSync(b, { level: 9 }).length;
const br = (b) => brotliCompressSync(b, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;
const rows = [];

/**
 * What a page downloads: the files reached from `start` by static imports (`import … from "./x.js"`),
 * each compressed on its own (each is its own response). `files` maps a path to its code.
 */
function loaded(files, start) {
  const seen = new Set();
  const visit = (path) => {
    if (seen.has(path) || !files.has(path)) return;
    seen.add(path);
    const code = files.get(path).toString();
    for (const [, spec] of code.matchAll(/(?:import|export)\s*(?:[\w*{}\s,$]+from\s*)?["'](\.{1,2}\/[^"']+)["']/g)) visit(join(dirname(path), spec));
  };
  start.forEach(visit);
  const sum = (f) => [...seen].reduce((n, p) => n + f(files.get(p)), 0);
  return { count: seen.size, raw: sum((c) => c.length), gz: sum(gz), br: sum(br) };
}

/** The chunk of a locale's pack part that an entry's dynamic imports name, e.g. `en-GB-base-….js`. */
function packChunk(files, entry, locale, part) {
  const code = files.get(entry).toString();
  const names = [...files.keys()].filter((p) => new RegExp(`/${locale}-${part}-[^/]*\\.js$`).test(p));
  // Of the chunks of that name, the one this entry (or a chunk it imports) loads.
  return names.find((p) => code.includes(basename(p))) ?? names.find((p) => [...files.values()].some((c) => c.toString().includes(basename(p))));
}

/** The pack parts a bundle's elements load: the questionnaire only `base`; the others `guide` too. */
const partsOf = (name) => (/imaging-questionnaire/.test(name) ? ['base'] : ['base', 'guide']);

const cdn = 'packages/elements/dist/cdn';
const cdnFiles = new Map(
  readdirSync(cdn, { recursive: true })
    .map(String)
    .filter((f) => f.endsWith('.js'))
    .map((f) => [join(cdn, f), readFileSync(join(cdn, f))]),
);
for (const f of readdirSync(cdn)
  .filter((x) => x.endsWith('.js'))
  .sort()) {
  const entry = join(cdn, f);
  const alone = loaded(cdnFiles, [entry]);
  rows.push(['CDN bundle (Lit included), no words yet', `@scanwise/elements/dist/cdn/${f}`, alone.raw, alone.gz, alone.br]);
  for (const locale of ['en-GB', 'es-US']) {
    const parts = partsOf(f).map((part) => packChunk(cdnFiles, entry, locale, part));
    const withLocale = loaded(cdnFiles, [entry, ...parts]);
    rows.push([
      `CDN bundle with its ${locale} words (${partsOf(f).join(' + ')}; ${withLocale.count} files)`,
      `@scanwise/elements/dist/cdn/${f}`,
      withLocale.raw,
      withLocale.gz,
      withLocale.br,
    ]);
  }
}

// npm entries as an app would ship them: minified, split as a bundler splits them (each locale
// pack's parts a chunk), Lit external, core included. The entry alone, then with en-GB's words.
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
    entryPoints: { entry: file },
    bundle: true,
    splitting: true,
    outdir: 'out',
    chunkNames: '[dir]/[name]-[hash]',
    minify: true,
    format: 'esm',
    target: 'es2022',
    write: false,
    external: ['lit', 'lit/*', '@lit/*'],
    legalComments: 'none',
  });
  const files = new Map(out.outputFiles.map((f) => [f.path.slice(f.path.indexOf('/out/') + 1), Buffer.from(f.contents)]));
  const entry = 'out/entry.js';
  const alone = loaded(files, [entry]);
  rows.push(['npm entry (Lit external, core included), no words yet', name, alone.raw, alone.gz, alone.br]);
  if (name === '@scanwise/core') continue;
  const parts = partsOf(name).map((part) =>
    [...files.keys()].find((p) => p.endsWith(`en-GB/${part}.js`) || new RegExp(`en-GB/${part}-[^/]*\\.js$`).test(p)),
  );
  const withLocale = loaded(files, [entry, ...parts.filter(Boolean)]);
  rows.push([`npm entry with its en-GB words (${partsOf(name).join(' + ')})`, name, withLocale.raw, withLocale.gz, withLocale.br]);
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
