import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { resolveLocale, type LocaleMatch } from '@scanwise/core';
import '@scanwise/core/locales/all';

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
