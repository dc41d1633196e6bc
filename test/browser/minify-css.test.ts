import { expect } from '@open-wc/testing';
import type { CSSResult } from 'lit';
import { benefitsHarmsSheets } from '../../packages/elements/src/benefits-harms/benefits-harms.styles.js';
import { questionnaireSheets } from '../../packages/elements/src/imaging-questionnaire/imaging-questionnaire.styles.js';
import { iconArrayStyles } from '../../packages/elements/src/icon-array/icon-array.styles.js';
import { planSheets } from '../../packages/elements/src/watchful-waiting-plan/watchful-waiting-plan.styles.js';
// @ts-expect-error: a plain ES module of the build, without types
import { minifyCss } from '../../scripts/minify-css.mjs';
import './helpers/locales.js';

/**
 * Every rule of a stylesheet as the browser reads it. Custom properties and var() fallbacks
 * keep their raw text, so white space after a comma is evened out on both sides.
 */
function rules(text: string): string[] {
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(text);
  return [...sheet.cssRules].map((r) => r.cssText.replace(/,\s+/g, ','));
}

describe('CSS minification of the CDN bundles', () => {
  const sheets = new Set<CSSResult>([...benefitsHarmsSheets, ...questionnaireSheets, iconArrayStyles, ...planSheets]);

  it('the browser reads every shipped stylesheet the same, minified or not', () => {
    expect(sheets.size).to.be.at.least(6);
    for (const sheet of sheets) {
      const min = (minifyCss as (t: string) => string)(sheet.cssText);
      expect(min.length, 'smaller').to.be.lessThan(sheet.cssText.length * 0.85);
      expect(rules(min)).to.deep.equal(rules(sheet.cssText));
    }
  });

  it('keeps the white space that matters', () => {
    const min = (minifyCss as (t: string) => string)(".a :hover { inline-size: calc(100% - 2rem); content: '  two  '; }");
    expect(min).to.equal(".a :hover{inline-size:calc(100% - 2rem);content:'  two  '}");
  });
});
