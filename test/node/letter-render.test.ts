import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { localeText, explainerModel, planModel, score, type ExplainerVariant, type Locale } from '@scanwise/core';
import { benefitsHarmsView } from '@scanwise/elements/benefits-harms/view.js';
import { clinicianView } from '@scanwise/elements/imaging-questionnaire/view.js';
import { planView } from '@scanwise/elements/watchful-waiting-plan/view.js';
import { scopeCss } from '@scanwise/letter';
import { html, nothing, type TemplateResult } from 'lit';
import { asciiOnly, toHtmlWithLitSsr } from '../../packages/letter/src/ssr.js';
import { renderStatic, Unsupported } from '../../packages/letter/src/static-render.js';
import { allAbsent, answers, HOSTILE, plan } from './helpers/letter-fixtures.js';
import '@scanwise/core/locales/all';

/**
 * Whitespace inside tags is not significant (Lit SSR keeps it as written, the fast renderer uses
 * one space), and the fast renderer writes characters outside ASCII as references.
 */
const normal = (h: string) => asciiOnly(h).replace(/<[a-zA-Z][^>]*>/g, (t) => t.replace(/\s+/g, ' ').replace(/ >$/, '>'));

describe('the fast static renderer draws what @lit-labs/ssr draws', () => {
  const cases: [string, () => TemplateResult][] = [];
  for (const locale of ['en-GB', 'en-US'] as Locale[]) {
    for (const variant of ['full', 'summary'] as ExplainerVariant[]) {
      cases.push([
        `explainer ${locale} ${variant}`,
        () => benefitsHarmsView(explainerModel({ locale, variant, profile: score(answers()) }), { idPrefix: 'b', open: true }),
      ]);
    }
    const emergency = answers();
    emergency.emergency['rf1-chest'] = true;
    cases.push([
      `explainer ${locale} emergency`,
      () => benefitsHarmsView(explainerModel({ locale, profile: score(emergency) }), { idPrefix: 'b', open: false }),
    ]);
    cases.push([`plan ${locale}`, () => planView(planModel(plan(), { locale, today: '2026-11-23' }), { idPrefix: 'p', open: true })]);
    cases.push([
      `plan ${locale} with calendar link`,
      () => planView(planModel(plan(), { locale, today: '2026-11-23' }), { idPrefix: 'p', calendarHref: 'data:text/calendar,X' }),
    ]);
    cases.push([
      `plan ${locale} needs to be seen`,
      () => planView(planModel(plan({ redFlags: { ...allAbsent(), 'rf2-cancer': 'present' } }), { locale, today: '2026-11-23' }), { idPrefix: 'p' }),
    ]);
    cases.push([
      `plan ${locale} hostile`,
      () =>
        planView(planModel(plan({ goals: [HOSTILE], selfCareNote: HOSTILE, scanTriggers: [HOSTILE] }), { locale, today: '2026-11-23' }), {
          idPrefix: `"${HOSTILE}`,
        }),
    ]);
    cases.push([
      `clinician summary ${locale}`,
      () => clinicianView(score(answers(HOSTILE)), localeText(locale).questionnaire, localeText(locale).questionnaireUi),
    ]);
  }
  for (const [name, make] of cases) {
    it(name, () => {
      const t = make();
      assert.equal(normal(renderStatic(t)), normal(toHtmlWithLitSsr(t)));
    });
  }

  it('writes everything outside ASCII as references, in text, attributes and the template itself', () => {
    assert.equal(renderStatic(html`<p title=${'é'}>–${'’ 😀'}</p>`), '<p title="&#233;">&#8211;&#8217; &#128512;</p>');
  });

  it('attribute bindings: whole, interpolated, nothing, boolean, events', () => {
    const t = html`<p a=${'x"y'} b="pre-${1}-${'<'}" c=${nothing} ?d=${true} ?e=${false} @click=${() => 0} f="${'q'}">${[1, html`<b>${'&'}</b>`]}${nothing}${undefined}</p>`;
    assert.equal(renderStatic(t), '<p a="x&quot;y" b="pre-1-&lt;" d f="q"><b>&amp;</b>1</p>'.replace('<b>&amp;</b>1', '1<b>&amp;</b>'));
    assert.equal(normal(renderStatic(t)), normal(toHtmlWithLitSsr(t)));
  });

  it('says what it does not know, so Lit SSR takes over', () => {
    assert.throws(() => renderStatic(html`<input .value=${'x'}>`), Unsupported);
    assert.throws(() => renderStatic(html`<div ${'x'}></div>`), Unsupported);
    assert.throws(() => renderStatic(html`<!-- ${'x'} -->`), Unsupported);
  });
});

describe('scopeCss: element styles without shadow DOM', () => {
  it(':host becomes the wrapper, other selectors go inside it, at-rules stay', () => {
    const css = scopeCss(
      `:host { color: red } :host([hidden]) { display: none } h2, .a > b { x: 1 }
       @media print { :host { y: 2 } a[href]::after { content: ' (' attr(href) ')' } }
       @container (max-width: 40rem) { .o { z: 3 } } @font-face { font-family: x } /* c */`,
      '.w',
    );
    assert.equal(
      css,
      ".w{color: red}\n.w[hidden]{display: none}\n.w h2,.w .a > b{x: 1}\n@media print{.w{y: 2}\n.w a[href]::after{content: ' (' attr(href) ')'}\n}\n@container (max-width: 40rem){.w .o{z: 3}\n}\n",
    );
  });

  it('keeps commas inside brackets in one selector', () => {
    assert.equal(scopeCss(':is(a, b) c { x: 1 }', '.w'), '.w :is(a, b) c{x: 1}\n');
  });
});
