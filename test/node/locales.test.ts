import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { localeText, LOCALES, registerLocale, resolveLocale, type LocaleMatch } from '@scanwise/core';
import '@scanwise/core/locales/all';
import { clearCache, renderLetter } from '@scanwise/letter';
import { input } from './helpers/letter-fixtures.js';
import { copyOfPack } from './helpers/pseudo.js';

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
