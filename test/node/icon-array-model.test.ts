import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { getFact, iconArrayModel, type FigureError, type IconArrayInput } from '@scanwise/core';
import '@scanwise/core/locales/all';

const words = { label: 'had a disc bulge', population: 'people aged 40 with no back pain', timeframe: 'on one scan' };

describe('iconArrayModel from a registry fact', () => {
  it('words the serious-cause fact for en-GB, with source, date and certainty', () => {
    const r = iconArrayModel({ fact: 'serious-cause' }, 'en-GB');
    assert.ok(r.ok);
    const m = r.model;
    assert.equal(m.count, 1);
    assert.equal(m.total, 100);
    assert.equal(m.rest, 99);
    assert.equal(
      m.sentence,
      'About 1 out of 100 people seeing a GP or physio with new low back pain turned out to have a serious cause over the next year. The other 99 did not.',
    );
    assert.deepEqual(m.source, {
      label: 'Henschke et al. 2009',
      href: 'https://doi.org/10.1002/art.24853',
      checked: 'checked 23 November 2026',
      certainty: 'Based on good research.',
    });
    assert.equal(m.roundedNote, 'Numbers are rounded to whole people.');
  });

  it('uses en-US words and dates for en-US', () => {
    const r = iconArrayModel({ fact: 'serious-cause' }, 'en-US');
    assert.ok(r.ok);
    assert.match(r.model.sentence, /doctor or physical therapist/);
    assert.equal(r.model.source?.checked, 'checked November 23, 2026');
  });

  it('says "About" only for rounded figures', () => {
    const r = iconArrayModel({ fact: 'no-pain-disc-bulge-age-40' }, 'en-GB');
    assert.ok(r.ok);
    assert.match(r.model.sentence, /^50 out of 100 people aged 40/);
    assert.equal(r.model.roundedNote, undefined);
  });

  it("carries a fact's caveat", () => {
    const r = iconArrayModel({ fact: 'surgery-after-early-mri' }, 'en-GB');
    assert.ok(r.ok);
    assert.match(r.model.caveat ?? '', /one trial/);
    assert.equal(r.model.source?.certainty, 'Our best guess: the research has some limits.');
  });

  it('switches to words for a figure under 1 in 100 (IMI PROTECT)', () => {
    const tiny = { ...getFact('serious-cause')!, value: 0, rounded: true };
    const r = iconArrayModel({ fact: tiny }, 'en-GB');
    assert.ok(r.ok);
    assert.equal(r.model.fewerThanOne, true);
    assert.match(r.model.sentence, /^Fewer than 1 out of 100 people/);
  });

  it('leaves out "The other …" when everyone is counted', () => {
    const r = iconArrayModel({ count: 100, ...words }, 'en-GB');
    assert.ok(r.ok);
    assert.equal(r.model.sentence, '100 out of 100 people aged 40 with no back pain had a disc bulge on one scan.');
  });
});

describe('iconArrayModel from explicit numbers', () => {
  it('reads attribute strings', () => {
    const r = iconArrayModel({ count: '30', total: '100', ...words, source: 'Brinjikji 2015', sourceHref: 'https://example.org' }, 'en-GB');
    assert.ok(r.ok);
    assert.equal(r.model.count, 30);
    assert.equal(r.model.others, 'did not');
    assert.deepEqual(r.model.source, { label: 'Brinjikji 2015', href: 'https://example.org' });
  });

  it('says when no source was given', () => {
    const r = iconArrayModel({ count: 3, ...words }, 'en-GB');
    assert.ok(r.ok);
    assert.equal(r.model.source, null);
  });

  it('formats large totals in the locale', () => {
    const r = iconArrayModel({ count: 1000, total: 1000, ...words }, 'en-GB');
    assert.ok(r.ok);
    assert.equal(r.model.totalText, '1,000');
  });
});

describe('iconArrayModel rejects bad input with a plain message, never a throw', () => {
  const cases: { name: string; input: IconArrayInput; code: FigureError['code']; field: string; message: RegExp }[] = [
    { name: 'an unknown fact id', input: { fact: 'no-such-fact' }, code: 'unknown-fact', field: 'fact', message: /no figure called "no-such-fact"/ },
    {
      name: 'a fact that is not people',
      input: { fact: 'pain-halves-first-month' },
      code: 'not-people-fact',
      field: 'fact',
      message: /not a number of people/,
    },
    { name: 'no fact and no count', input: { ...words }, code: 'missing-count', field: 'count', message: /No figure was given/ },
    {
      name: 'count above total',
      input: { count: 120, total: 100, ...words },
      code: 'count-above-total',
      field: 'count',
      message: /\(120\) is more than the total \(100\)/,
    },
    { name: 'a negative count', input: { count: -3, ...words }, code: 'negative', field: 'count', message: /cannot be below zero/ },
    {
      name: 'a non-numeric count',
      input: { count: 'lots', ...words },
      code: 'not-a-number',
      field: 'count',
      message: /should be a number, but it is "lots"/,
    },
    { name: 'an infinite count', input: { count: Infinity, ...words }, code: 'not-a-number', field: 'count', message: /should be a number/ },
    { name: 'a part person', input: { count: '2.5', ...words }, code: 'not-whole', field: 'count', message: /whole number/ },
    {
      name: 'a non-numeric total',
      input: { count: 2, total: 'x', ...words },
      code: 'not-a-number',
      field: 'total',
      message: /"total" should be a number/,
    },
    { name: 'a zero total', input: { count: 0, total: 0, ...words }, code: 'total-not-positive', field: 'total', message: /1 or more/ },
    {
      name: 'a total too large to draw',
      input: { count: 1, total: 5000, ...words },
      code: 'total-too-large',
      field: 'total',
      message: /at most 1,000/,
    },
    { name: 'no label', input: { count: 2, population: 'p', timeframe: 't' }, code: 'missing-text', field: 'label', message: /"label" is needed/ },
    {
      name: 'no population',
      input: { count: 2, label: 'l', timeframe: 't' },
      code: 'missing-text',
      field: 'population',
      message: /"population" is needed/,
    },
    {
      name: 'no time frame',
      input: { count: 2, label: 'l', population: 'p' },
      code: 'missing-text',
      field: 'timeframe',
      message: /"timeframe" is needed/,
    },
  ];
  for (const c of cases) {
    it(`rejects ${c.name}`, () => {
      const r = iconArrayModel(c.input, 'en-GB');
      assert.equal(r.ok, false);
      if (r.ok) return;
      const e = r.errors.find((x) => x.code === c.code);
      assert.ok(e, `expected ${c.code} in ${JSON.stringify(r.errors)}`);
      assert.equal(e.field, c.field);
      assert.match(e.message, c.message);
    });
  }
});
