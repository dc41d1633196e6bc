// Screenshots of Storybook stories (or any URL) in headless Chromium, to look at what we built.
// Usage: node scripts/shots.mjs [--base http://localhost:6006] [--width 800] [--height 0] [--dark] [--print] [--forced] [--out screenshots] story-id…
import { mkdirSync } from 'node:fs';
import { chromium } from 'playwright';

const args = process.argv.slice(2);
const opt = (name, dflt) => {
  const i = args.indexOf(name);
  return i >= 0 ? args.splice(i, 2)[1] : dflt;
};
const flag = (name) => {
  const i = args.indexOf(name);
  return i >= 0 ? (args.splice(i, 1), true) : false;
};
const base = opt('--base', 'http://localhost:6006');
const width = Number(opt('--width', '800'));
const out = opt('--out', 'screenshots');
const height = Number(opt('--height', '0')); // 0: the full page
const dark = flag('--dark');
const print = flag('--print');
const forced = flag('--forced');
mkdirSync(out, { recursive: true });

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_BIN ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage'],
});
const page = await browser.newPage({ viewport: { width, height: height || 600 } });
await page.emulateMedia({ media: print ? 'print' : 'screen', forcedColors: forced ? 'active' : 'none' });
for (const id of args) {
  const url =
    id.startsWith('http') || id.startsWith('file:') ? id : `${base}/iframe.html?id=${id}&viewMode=story${dark ? '&globals=scheme:dark' : ''}`;
  await page.goto(url, { waitUntil: 'networkidle' });
  await page.waitForTimeout(300);
  const file = `${out}/${id.replace(/[^a-z0-9-]+/gi, '_').slice(-80)}${dark ? '-dark' : ''}${print ? '-print' : ''}${forced ? '-forced' : ''}-${width}.png`;
  await page.screenshot({ path: file, fullPage: !height });
  console.log(file);
}
await browser.close();
