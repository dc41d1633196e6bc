// Writes the server-rendered fixtures that test/browser/ssr-hydrate.test.ts hydrates in Chromium:
// the cases of test/browser/fixtures/ssr/cases.ts marked `fixture`, rendered with @lit-labs/ssr,
// one HTML file each, and index.json listing them. A browser test cannot run Node's renderer, so
// the HTML is kept in the repository; test/node/ssr.test.ts fails when it is stale (run this
// again after changing an element's template, styles or words).
//
//   node --conditions=@scanwise/source --import tsx scripts/ssr-fixtures.mjs
import { mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import '@scanwise/core/locales/all';
import { fixtureFiles } from '../test/browser/fixtures/ssr/cases.ts';

const dir = fileURLToPath(new URL('../test/browser/fixtures/ssr/', import.meta.url));
const files = fixtureFiles();
mkdirSync(dir, { recursive: true });
// A case no longer kept leaves no file behind.
for (const name of readdirSync(dir)) if (/\.html$/.test(name) && !files.has(name)) rmSync(join(dir, name));
for (const [name, text] of files) writeFileSync(join(dir, name), text);
console.log(`Wrote ${files.size - 1} server-rendered fixtures and index.json to ${dir}`);
