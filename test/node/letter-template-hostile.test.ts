import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Browser } from 'playwright-core';
import { findChromium, LetterPrinter, renderLetter, renderTemplateDetailed, TemplateError } from '@scanwise/letter';
import { LetterNavigationError } from '../../packages/letter/src/pdf.js';
import { CSP_META, LETTER_CSP, scanTemplate, withLetterCsp } from '../../packages/letter/src/template-check.js';
import { ALLOWED_CASES, HOSTILE_CASES, hostileTemplate } from './helpers/hostile-templates.js';
import { input, plan } from './helpers/letter-fixtures.js';
import '@scanwise/core/locales/all';

/**
 * A corpus of hostile practice templates (test/node/helpers/hostile-templates.ts): each refused
 * with its line and column, each stripped to a clean letter, and every letter opened in Chromium
 * with JavaScript on: nothing runs, nothing is fetched, nothing navigates. The CSP <meta> alone
 * (on the templates as written, no check) stops every script and fetch too.
 */

const data = { plan: plan(), date: '2026-11-23' };
const withoutCsp = (html: string) => html.replace(new RegExp(`${CSP_META.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\r?\\n?`), '');
const hasTag = (t: string) => /<sdm-/i.test(t);

function problemsOf(template: string): string[] {
  try {
    renderTemplateDetailed(template, data);
  } catch (e) {
    assert.ok(e instanceof TemplateError, String(e));
    return e.problems.map((p) => `${p.field}: ${p.message}`);
  }
  assert.fail('the template was not refused');
}

describe('the hostile-template corpus', () => {
  it('holds at least 50 kinds, each named once', () => {
    assert.ok(HOSTILE_CASES.length >= 50, `${HOSTILE_CASES.length} kinds`);
    assert.equal(new Set(HOSTILE_CASES.map((c) => c.name)).size, HOSTILE_CASES.length);
    for (const kind of ['script', 'script on click', 'fetch', 'navigate'] as const)
      assert.ok(
        HOSTILE_CASES.some((c) => c.kind === kind),
        kind,
      );
  });
});

describe('refuse mode (the default): every hostile template is refused, with line and column', () => {
  for (const c of HOSTILE_CASES) {
    it(`${c.kind}: ${c.name}`, () => {
      const { template, line } = hostileTemplate(c);
      const problems = problemsOf(template);
      for (const p of problems) assert.match(p, /^line \d+, column \d+(, |: )/);
      assert.ok(
        problems.some((p) => p.startsWith(`line ${line}, column `)),
        `no problem on line ${line}:\n${problems.join('\n')}`,
      );
      assert.match(problems.join('\n'), c.expect);
    });
  }
});

describe('strip mode: each is removed with a warning, and what is left passes the check', () => {
  for (const c of HOSTILE_CASES) {
    it(`${c.kind}: ${c.name}`, () => {
      const { template } = hostileTemplate(c);
      const r = renderTemplateDetailed(template, data, { unsafe: 'strip' });
      assert.ok(r.warnings.length > 0, 'no warning');
      for (const w of r.warnings) assert.match(w.field, /^line \d+, column \d+/);
      assert.ok(r.html.includes(CSP_META), 'the CSP <meta>');
      assert.ok(r.html.includes('Dear Alex') || c.name.includes('frameset'), 'the letter\u2019s own words are kept');
      // Without Scanwise tags the letter is the stripped template: it must pass the check itself.
      if (!hasTag(template))
        assert.deepEqual(
          scanTemplate(withoutCsp(r.html)).findings.map((f) => f.problem),
          [],
        );
      else assert.doesNotMatch(r.html, /<script(?![^>]*application\/json)|alert\(/i);
    });
  }

  it('the old option name { scripts: "strip" } still strips', () => {
    const { template } = hostileTemplate(HOSTILE_CASES[0]!);
    assert.ok(renderTemplateDetailed(template, data, { scripts: 'strip' }).warnings.length > 0);
  });
});

describe('templates that look risky but are fine pass unchanged (apart from the CSP <meta>)', () => {
  for (const c of ALLOWED_CASES) {
    it(c.name, () => {
      const { template } = hostileTemplate({ name: c.name, kind: 'fetch', ...(c.head ? { head: c.head } : {}), body: c.body, expect: /./ });
      const r = renderTemplateDetailed(template, data);
      assert.deepEqual(r.warnings, []);
      assert.equal(withoutCsp(r.html), template);
    });
  }
});

describe('the Content-Security-Policy <meta>', () => {
  it('says no script, no frames, no fetches but data:, inline styles allowed', () => {
    assert.equal(
      LETTER_CSP,
      "default-src 'none'; script-src 'none'; object-src 'none'; frame-src 'none'; img-src data:; font-src data:; style-src 'unsafe-inline'; base-uri 'none'; form-action 'none'",
    );
  });

  it('is the same in renderLetter\u2019s documents, right after <meta charset>', () => {
    assert.ok(renderLetter(input()).startsWith(`<!doctype html>\n<html lang="en-GB" dir="ltr">\n<head>\n<meta charset="utf-8">\n${CSP_META}\n`));
  });

  it('goes first in the head however the template starts, with a charset when it has none', () => {
    const cases: [string, string][] = [
      [
        '<!doctype html><html><head><title>x</title></head><body>hi</body></html>',
        `<!doctype html><html><head><meta charset="utf-8">\n${CSP_META}<title>x</title></head><body>hi</body></html>`,
      ],
      ['<!doctype html>\n<title>x</title>\n<p>hi', `<!doctype html>\n<meta charset="utf-8">\n${CSP_META}<title>x</title>\n<p>hi`],
      ['<!doctype html><p>hi', `<!doctype html><meta charset="utf-8">\n${CSP_META}<p>hi`],
      ['<p>hi', `<meta charset="utf-8">\n${CSP_META}<p>hi`],
      ['<html lang="en"><meta charset="utf-8"><p>hi', `<html lang="en"><meta charset="utf-8">${CSP_META}<p>hi`],
    ];
    for (const [template, expected] of cases) assert.equal(renderTemplateDetailed(template).html, expected);
  });
});

const chromium = (() => {
  try {
    return findChromium();
  } catch {
    return null;
  }
})();

/** What a letter did in Chromium with JavaScript on. */
interface Visit {
  /** alert() and friends: script ran. */
  dialogs: string[];
  /** Requests other than the letter and its main-frame navigations. */
  requests: string[];
  /** Main-frame navigations away from the letter, other than following one of its own http(s) links. */
  navigations: string[];
  /** Console messages about the CSP stopping something. */
  csp: string[];
  frames: number;
  /** The page still shows the letter at the end. */
  stillLetter: boolean;
}

const ORIGIN = 'https://letter.test';

/**
 * Visits letters in one browser: a few tabs, each opening its share of the letters one after
 * another (served from https://letter.test by a route; every other request is recorded and
 * stopped), waiting for a refresh or an animation, then clicking everything that can be clicked.
 */
/** New windows a click opened (a link with target="_blank"): where they went, and any dialog in them. */
const popups = { navigations: [] as string[], dialogs: [] as string[] };

/** Whether a URL is one of the letter's own http(s) links (written in it, as a link's address is). */
const linkOf = (html: string, url: string) => /^https?:\/\//.test(url) && html.replace(/&amp;/g, '&').includes(`href="${url}"`);

async function visitAll(browser: Browser, all: string[]): Promise<Visit[]> {
  // The same document does the same things: each is opened once (many stripped letters are alike).
  const pages = [...new Set(all)];
  const context = await browser.newContext({ javaScriptEnabled: true });
  const out: Visit[] = new Array<Visit>(pages.length);
  const html = new Map<string, string>();
  const tabs = new Map<unknown, { visit: Visit; url: string; html: string }>();
  await context.route('**/*', async (route) => {
    const r = route.request();
    const body = html.get(r.url());
    if (body !== undefined) {
      html.delete(r.url()); // served once: a reload of the letter counts as leaving it
      return route.fulfill({ body, contentType: 'text/html; charset=utf-8' });
    }
    let frame: ReturnType<typeof r.frame> | null;
    try {
      frame = r.frame();
    } catch {
      frame = null; // the first request of a new window
    }
    if (!frame) {
      popups.navigations.push(r.url());
      return route.abort('aborted');
    }
    const tab = tabs.get(frame.page());
    if (tab) {
      if (r.isNavigationRequest() && frame === frame.page().mainFrame()) {
        if (!linkOf(tab.html, r.url())) tab.visit.navigations.push(r.url());
      } else tab.visit.requests.push(r.url());
    }
    return route.abort('aborted');
  });
  let next = 0;
  const worker = async () => {
    const page = await context.newPage();
    const sink = (): Visit => ({ dialogs: [], requests: [], navigations: [], csp: [], frames: 0, stillLetter: false });
    const tab = { visit: sink(), url: '', html: '' };
    tabs.set(page, tab);
    page.on('popup', (p) => {
      p.on('dialog', (d) => {
        popups.dialogs.push(`${d.type()}: ${d.message()}`);
        d.dismiss().catch(() => undefined);
      });
      setTimeout(() => p.close().catch(() => undefined), 300);
    });
    page.on('dialog', (d) => {
      tab.visit.dialogs.push(`${d.type()}: ${d.message()}`);
      d.dismiss().catch(() => undefined);
    });
    page.on('console', (m) => {
      if (/Content Security Policy/i.test(m.text())) tab.visit.csp.push(m.text());
    });
    page.on('framenavigated', (f) => {
      if (f === page.mainFrame() && f.url().split('#')[0] !== tab.url && !linkOf(tab.html, f.url())) tab.visit.navigations.push(f.url());
    });
    for (let i = next++; i < pages.length; i = next++) {
      const v = sink();
      tab.url = `${ORIGIN}/letter-${i}.html`;
      tab.html = pages[i]!;
      tab.visit = v;
      html.set(tab.url, pages[i]!);
      await page.goto(tab.url, { waitUntil: 'load', timeout: 15_000 });
      await page.waitForTimeout(50); // a refresh, an animation
      await page
        .evaluate(() => {
          for (const el of document.querySelectorAll('a, area, button, input, summary, [href], text')) {
            el.dispatchEvent(new MouseEvent('click', { bubbles: true, cancelable: true, view: window }));
          }
        })
        .catch(() => undefined);
      await page.waitForTimeout(50);
      v.frames = page.frames().length;
      v.stillLetter = await page
        .evaluate((url) => location.href.split('#')[0] === url && (document.body?.textContent ?? '').includes('Dear Alex'), tab.url)
        .catch(() => false);
      out[i] = v;
    }
  };
  try {
    await Promise.all(Array.from({ length: 4 }, worker));
  } finally {
    await context.close();
  }
  return all.map((page) => out[pages.indexOf(page)]!);
}

const summary = (v: Visit) => JSON.stringify(v, null, 1);

describe('in Chromium, with JavaScript on', { skip: chromium ? false : 'no Chromium or Chrome on this machine (set CHROMIUM_BIN)' }, () => {
  let browser: Browser;
  let stripped: Visit[] = [];
  let cspOnly: Visit[] = [];
  let allowed: Visit[] = [];
  let raw: Visit[] = [];
  // Without the check and without the CSP, these do run, fetch or navigate: the harness sees attacks.
  const unguarded = [
    '<iframe srcdoc> (the letter\u2019s own origin)',
    '<img onerror>',
    'a tab inside the scheme (&#x09;)',
    'SVG <animate values="javascript:"> on a link',
    '<iframe> inside <select> (dropped by parse5, kept by Chromium)',
    'CSS url() in <style>',
    '<meta http-equiv="refresh">',
  ].map((name) => HOSTILE_CASES.find((c) => c.name === name)!);

  // The CSP is about script and fetches; navigating away is the check's job (and printing's).
  const cspCases = HOSTILE_CASES.filter((c) => c.kind !== 'navigate');

  before(async () => {
    const { chromium: launcher } = await import('playwright-core');
    browser = await launcher.launch({
      executablePath: chromium!,
      args: ['--disable-gpu', '--disable-dev-shm-usage', '--no-first-run'],
      ...(process.getuid?.() === 0 ? { chromiumSandbox: false } : {}),
    });
    const strippedPages = HOSTILE_CASES.map((c) => renderTemplateDetailed(hostileTemplate(c).template, data, { unsafe: 'strip' }).html);
    const cspPages = cspCases.map((c) => withLetterCsp(hostileTemplate(c).template));
    const allowedPages = ALLOWED_CASES.map(
      (c) =>
        renderTemplateDetailed(
          hostileTemplate({ name: c.name, kind: 'fetch', ...(c.head ? { head: c.head } : {}), body: c.body, expect: /./ }).template,
          data,
        ).html,
    );
    const rawPages = unguarded.map((c) => hostileTemplate(c).template);
    const all = await visitAll(browser, [...strippedPages, ...cspPages, ...allowedPages, ...rawPages]);
    let at = 0;
    const take = (n: number) => all.slice(at, (at += n));
    stripped = take(HOSTILE_CASES.length);
    cspOnly = take(cspCases.length);
    allowed = take(ALLOWED_CASES.length);
    raw = take(unguarded.length);
  });
  after(() => browser?.close());

  it('the harness sees attacks: unguarded, each of these runs, fetches or navigates', () => {
    unguarded.forEach((c, i) => {
      const v = raw[i]!;
      const seen =
        c.kind === 'fetch' ? v.requests.length > 0 : c.kind === 'navigate' ? v.navigations.length > 0 || !v.stillLetter : v.dialogs.length > 0;
      assert.ok(seen, `${c.name}: ${summary(v)}`);
    });
  });

  describe('letters from stripped templates: nothing runs, nothing is fetched, nothing navigates (and the CSP had nothing to stop)', () => {
    HOSTILE_CASES.forEach((c, i) => {
      it(`${c.kind}: ${c.name}`, () => {
        const v = stripped[i]!;
        assert.deepEqual(
          { dialogs: v.dialogs, requests: v.requests, navigations: v.navigations, csp: v.csp, frames: v.frames },
          { dialogs: [], requests: [], navigations: [], csp: [], frames: 1 },
        );
        assert.ok(v.stillLetter || c.name.includes('frameset'), 'still the letter');
      });
    });
  });

  it('new windows opened by clicks go only to http(s) links, none to evil.example, and run nothing', () => {
    assert.deepEqual(popups.dialogs, []);
    assert.deepEqual(
      popups.navigations.filter((u) => !/^https?:\/\//.test(u) || u.includes('evil')),
      [],
    );
  });

  describe('the CSP <meta> alone, on the templates as written: no script runs and nothing is fetched', () => {
    cspCases.forEach((c, i) => {
      it(`${c.kind}: ${c.name}`, () => {
        const v = cspOnly[i]!;
        assert.deepEqual({ dialogs: v.dialogs, requests: v.requests }, { dialogs: [], requests: [] }, summary(v));
      });
    });
  });

  describe('fine templates: nothing runs, nothing is fetched, nothing navigates', () => {
    ALLOWED_CASES.forEach((c, i) => {
      it(c.name, () => {
        const v = allowed[i]!;
        assert.deepEqual(
          { dialogs: v.dialogs, requests: v.requests, navigations: v.navigations, csp: v.csp },
          { dialogs: [], requests: [], navigations: [], csp: [] },
        );
        assert.ok(v.stillLetter);
      });
    });
  });
});

describe(
  'printing checks that the page is still the letter',
  { skip: chromium ? false : 'no Chromium or Chrome on this machine (set CHROMIUM_BIN)' },
  () => {
    let printer: LetterPrinter;
    before(async () => {
      printer = await LetterPrinter.launch();
    });
    after(() => printer?.close());

    it('a refresh to another server or to about:blank fails loudly; a stripped letter prints', async () => {
      for (const target of ['0;url=https://evil.example/', '0;url=about:blank']) {
        const html = `<!doctype html><html><head><meta charset="utf-8"><meta http-equiv="refresh" content="${target}"><title>L</title></head><body><p>Dear Alex,</p></body></html>`;
        await assert.rejects(
          printer.printHtml(html, { paper: 'a4' }),
          (e: unknown) => e instanceof LetterNavigationError && /no PDF was made/.test(e.message),
          target,
        );
      }
      const pdf = await printer.printHtml(renderTemplateDetailed(hostileTemplate(HOSTILE_CASES[0]!).template, data, { unsafe: 'strip' }).html, {
        paper: 'a4',
      });
      assert.equal(Buffer.from(pdf.subarray(0, 5)).toString(), '%PDF-');
    });
  },
);
