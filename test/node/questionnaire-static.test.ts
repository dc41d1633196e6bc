import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { render } from '@lit-labs/ssr';
import { collectResultSync } from '@lit-labs/ssr/lib/render-result.js';
import { localeText, ITEM_IDS, score, TIER1_IDS, type Answers } from '@scanwise/core';
import { clinicianView } from '../../packages/elements/src/imaging-questionnaire/imaging-questionnaire.view.js';
import '@scanwise/core/locales/all';

const noSigns = Object.fromEntries(TIER1_IDS.map((id) => [id, false]));

/** The clinician summary rendered on the server, as a letter will: plain HTML, no script. */
function staticSummary(answers: Answers, locale: 'en-GB' | 'en-US' = 'en-GB'): string {
  const out = collectResultSync(render(clinicianView(score(answers), localeText(locale).questionnaire, localeText(locale).questionnaireUi)));
  return out.replace(/<!--\/?lit-part[^>]*-->|<!--lit-node \d+-->|<\?>/g, '');
}

describe('clinician summary as static HTML', () => {
  const high = {
    emergency: noSigns,
    items: Object.fromEntries(ITEM_IDS.map((id) => [id, id.startsWith('thr') ? 5 : 2])),
    wantScan: 'yes',
  } as Answers;

  it('has no script and no shadow root', () => {
    assert.doesNotMatch(staticSummary(high), /<script|shadowroot/i);
  });

  it('shows each theme level, the strongly agreed statements and the suggested focus', () => {
    const html = staticSummary(high);
    assert.match(html, /Threat \(fear of missing something\)<\/th>\s*<td>High<\/td>\s*<td>5.00<\/td>/);
    assert.match(html, /<li>I worry that a serious problem could be missed.<\/li>/);
    assert.match(html, /Explore the fear of a missed serious cause/);
  });

  it('puts an emergency sign first, in words', () => {
    const html = staticSummary({ emergency: { ...noSigns, 'rf1-weakness': true }, items: {} });
    const emergencyAt = html.indexOf('EMERGENCY SIGN REPORTED');
    assert.ok(emergencyAt > 0 && emergencyAt < html.indexOf('<table>'));
  });

  it('escapes what the patient typed', () => {
    const html = staticSummary({ emergency: noSigns, items: {}, worry: '<img src=x onerror=alert(1)> & "me"' });
    assert.doesNotMatch(html, /<img src=x/);
    assert.match(html, /&lt;img src=x onerror=alert\(1\)&gt; &amp; &quot;me&quot;/);
  });
});
