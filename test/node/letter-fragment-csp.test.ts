import assert from 'node:assert/strict';
import { createHash, randomBytes } from 'node:crypto';
import { after, before, describe, it } from 'node:test';
import type { Browser } from 'playwright-core';
import { findChromium, prepareLetter, renderLetter, type LetterInput } from '@scanwise/letter';
import { allAbsent, DECISIONS, input, plan } from './helpers/letter-fixtures.js';

/**
 * A letter in a page of your own under a strict Content-Security-Policy (no 'unsafe-inline' for
 * styles), as the README shows: `prepareLetter()` gives the CSS apart from the body, and the body
 * needs no inline style of any kind.
 */

const INPUTS: { name: string; input: LetterInput; kind?: string }[] = [
  { name: 'plan, summary explainer and clinician copy', input: input() },
  { name: 'full explainer, en-US', input: input({ locale: 'en-US', include: { plan: true, explainer: 'full', questionnaire: true } }) },
  { name: 'explainer only', input: input({ plan: undefined, include: { plan: false, explainer: 'full', questionnaire: false } }) },
  {
    name: 'needs to be seen',
    input: input({ plan: plan({ redFlags: { ...allAbsent(), 'rf1-saddle': 'present' }, decision: DECISIONS.emergency }) }),
    kind: 'needs-to-be-seen',
  },
];

describe('prepareLetter() for a page with a strict CSP', () => {
  for (const c of INPUTS) {
    it(`${c.name}: the body holds no <style>, no style="", no <link>, no script; the CSS is apart`, () => {
      const letter = prepareLetter({ ...c.input, fragment: true });
      if (c.kind) assert.equal(letter.kind, c.kind);
      assert.ok(letter.body.startsWith('<article class="sdm-letter"'), letter.body.slice(0, 80));
      assert.doesNotMatch(letter.body, /<style\b/i);
      assert.doesNotMatch(letter.body, /<[a-z][^>]*\sstyle\s*=/i);
      assert.doesNotMatch(letter.body, /<link\b|<script\b|\son[a-z]+\s*=/i);
      assert.ok(letter.css.length > 1000);
      assert.doesNotMatch(letter.css, /<\/style|url\(|@import/i);
      // What fragment: true returns is exactly these two parts.
      assert.equal(renderLetter({ ...c.input, fragment: true }), `<style>\n${letter.css}</style>\n${letter.body}\n`);
    });
  }
});

const chromium = (() => {
  try {
    return findChromium();
  } catch {
    return null;
  }
})();

describe(
  'a fragment letter in Chromium under style-src without unsafe-inline',
  { skip: chromium ? false : 'no Chromium or Chrome on this machine (set CHROMIUM_BIN)' },
  () => {
    let browser: Browser;
    before(async () => {
      const { chromium: driver } = await import('playwright-core');
      browser = await driver.launch({
        executablePath: chromium!,
        args: ['--disable-gpu', '--disable-dev-shm-usage'],
        ...(process.getuid?.() === 0 ? { chromiumSandbox: false } : {}),
      });
    });
    after(async () => {
      await browser?.close();
    });

    const letter = prepareLetter(input());
    const nonce = randomBytes(16).toString('base64');
    const hash = createHash('sha256').update(letter.css).digest('base64');
    const page = (head: string) =>
      `<!doctype html><html lang="en-GB"><head><meta charset="utf-8"><title>Portal</title>${head}</head><body><main>${letter.body}</main></body></html>`;
    const cases = [
      {
        name: 'the inline <style> of fragment: true is blocked (the problem)',
        csp: "default-src 'none'; style-src 'self'",
        html: `<!doctype html><html lang="en-GB"><head><meta charset="utf-8"><title>Portal</title></head><body><main>${renderLetter({ ...input(), fragment: true })}</main></body></html>`,
        styled: false,
      },
      {
        name: 'the CSS served as a file is applied',
        csp: "default-src 'none'; style-src 'self'",
        html: page('<link rel="stylesheet" href="/styles/letter.css">'),
        styled: true,
      },
      {
        name: 'an inline <style> allowed by its hash is applied',
        csp: `default-src 'none'; style-src 'sha256-${hash}'`,
        html: page(`<style>${letter.css}</style>`),
        styled: true,
      },
      {
        name: 'an inline <style> allowed by a nonce is applied',
        csp: `default-src 'none'; style-src 'nonce-${nonce}'`,
        html: page(`<style nonce="${nonce}">${letter.css}</style>`),
        styled: true,
      },
    ];
    for (const c of cases) {
      it(c.name, async () => {
        const context = await browser.newContext();
        try {
          const tab = await context.newPage();
          const violations: string[] = [];
          tab.on('console', (m) => /Content Security Policy/i.test(m.text()) && violations.push(m.text()));
          await tab.route('**/*', (route) => {
            const url = new URL(route.request().url());
            if (url.origin !== 'https://portal.test') return route.abort();
            const css = url.pathname === '/styles/letter.css';
            return route.fulfill({
              status: 200,
              contentType: css ? 'text/css' : 'text/html',
              headers: { 'content-security-policy': c.csp },
              body: css ? letter.css : c.html,
            });
          });
          await tab.goto('https://portal.test/letter', { waitUntil: 'load' });
          const style = await tab.evaluate(() => {
            const article = document.querySelector('.sdm-letter')!;
            const head = document.querySelector('.sdm-letter .letter-head')!;
            return { maxWidth: getComputedStyle(article).maxWidth, border: getComputedStyle(head).borderBottomStyle };
          });
          if (c.styled) {
            assert.deepEqual(style, { maxWidth: '736px', border: 'solid' });
            assert.deepEqual(violations, []);
          } else {
            assert.deepEqual(style, { maxWidth: 'none', border: 'none' });
            assert.ok(violations.length > 0, 'no CSP violation reported');
          }
        } finally {
          await context.close();
        }
      });
    }
  },
);
