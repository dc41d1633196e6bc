import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { explainerModel, localeText, LOCALES, registerLocale, resolveLocale, type LocaleMatch } from '@scanwise/core';
import { benefitsHarmsView } from '@scanwise/elements/benefits-harms/view.js';
import '@scanwise/core/locales/all';
import { clearCache, renderLetter } from '@scanwise/letter';
import { input } from './helpers/letter-fixtures.js';
import { copyOfPack } from './helpers/pseudo.js';
import { renderStatic } from '../../packages/letter/src/static-render.js';

describe('resolveLocale', () => {
  const cases: [string | null | undefined, string, LocaleMatch][] = [
    ['en-GB', 'en-GB', 'exact'],
    ['en-gb', 'en-GB', 'exact'],
    ['EN-US', 'en-US', 'exact'],
    ['en', 'en-GB', 'language'],
    ['en-AU', 'en-GB', 'language'],
    ['fr', 'en-GB', 'fallback'],
    ['zz-ZZ', 'en-GB', 'fallback'],
    ['not a tag!', 'en-GB', 'fallback'],
    ['<script>', 'en-GB', 'fallback'],
    ['', 'en-GB', 'fallback'],
    [null, 'en-GB', 'fallback'],
    [undefined, 'en-GB', 'fallback'],
  ];
  for (const [tag, locale, match] of cases) {
    it(`${JSON.stringify(tag)} → ${locale} (${match})`, () => {
      const r = resolveLocale(tag);
      assert.equal(r.locale, locale);
      assert.equal(r.match, match);
    });
  }
});

describe('each pack gives the direction of its script, as Intl knows it', () => {
  for (const locale of LOCALES) {
    it(`${locale}: ${localeText(locale).dir}`, () => {
      // V8's Intl.Locale#textInfo (a getter in Node 20; getTextInfo() in later engines).
      const info = new Intl.Locale(locale) as Intl.Locale & { textInfo?: { direction: string }; getTextInfo?: () => { direction: string } };
      const direction = info.getTextInfo?.().direction ?? info.textInfo?.direction;
      assert.ok(direction === 'ltr' || direction === 'rtl', 'this Node knows the direction');
      assert.equal(localeText(locale).dir, direction);
    });
  }
});

describe('a right-to-left pack makes the whole letter right to left', () => {
  it('the page, the letter and every component fragment say dir="rtl"; with en-GB as it is, "ltr"', () => {
    const english = copyOfPack(localeText('en-GB'));
    // The letter keeps each explainer it draws: start afresh for each direction.
    const letterIn = () => (clearCache(), renderLetter(input()));
    try {
      registerLocale('en-GB', { ...english, dir: 'rtl' });
      const rtl = letterIn();
      assert.match(rtl, /<html lang="en-GB" dir="rtl">/);
      assert.match(rtl, /<article class="sdm-letter" lang="en-GB" dir="rtl">/);
      const fragments = rtl.match(/<div class="sdm-[a-z-]+" lang="en-GB" dir="[a-z]+">/g) ?? [];
      assert.ok(fragments.length >= 2, `component fragments found: ${fragments.length}`);
      for (const f of fragments) assert.match(f, /dir="rtl"/);
      // The practice's and the patient's own words keep their own direction.
      for (const own of ['Riverside Health Centre', '12 River Road', '0117 496 0000', 'Alex Taylor', 'Dr Sam Patel']) {
        assert.ok(rtl.includes(`<bdi>${own}</bdi>`), `${own} is isolated`);
      }
    } finally {
      registerLocale('en-GB', english);
    }
    const ltr = letterIn();
    assert.match(ltr, /<html lang="en-GB" dir="ltr">/);
    assert.doesNotMatch(ltr, /dir="rtl"/);
  });
});

describe('references keep their own language on a page in another', () => {
  for (const locale of LOCALES) {
    it(`${locale}: each reference and its "to be checked" notes are marked lang="en", in the explainer and the letter`, () => {
      const model = explainerModel({ locale, variant: 'full' });
      const notes = model.sources.filter((s) => s.unverified.length);
      assert.ok(model.sources.length > 3 && notes.length > 0, 'the full explainer lists sources, some with notes');
      const page = renderStatic(benefitsHarmsView(model, { idPrefix: 'b', open: true }));
      const list = page.slice(page.indexOf('class="sources"'));
      for (const s of model.sources) assert.match(list, new RegExp(`<li data-source="${s.id}">\\s*<(a|span)[^>]* lang="en"`), s.id);
      assert.equal((list.match(/<span class="unverified">[^<]*<span lang="en">/g) ?? []).length, notes.length);
      const letter = renderLetter(input({ locale }));
      const start = letter.indexOf('<section class="letter-part letter-sources"');
      const sources = letter.slice(start, letter.indexOf('</section>', start));
      const items = sources.match(/<li>.*?<\/li>/g) ?? [];
      assert.ok(items.length > 0);
      for (const item of items) assert.match(item, /^<li><(a|span)[^>]* lang="en">/);
    });
  }
});
