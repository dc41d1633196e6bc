import { expect, fixture, html } from '@open-wc/testing';
import { isLocaleLoaded, loadLocale, localeText, LOCALES, toQuestionnaireResponse, type Locale } from '@scanwise/core';
import '../../packages/elements/src/define.js';
import type { SdmImagingQuestionnaire } from '../../packages/elements/src/imaging-questionnaire/imaging-questionnaire.js';
import { SERVICES } from '../node/helpers/say.js';

/**
 * How the elements load a locale's pack themselves, on a page that has loaded none: this file,
 * unlike the others, does not preload the packs (helpers/locales.ts). Each test uses locales the
 * tests before it have not loaded, where it matters.
 */

type Q = SdmImagingQuestionnaire;
const $ = (el: Element, sel: string) => el.shadowRoot!.querySelector<HTMLElement>(sel);
const text = (el: Element) => el.shadowRoot?.textContent?.replace(/\s+/g, ' ').trim() ?? '';

/** Answers "yes" to the chest-pain question and gives the emergency instructions shown. */
async function emergencyText(q: Q): Promise<string> {
  $(q, '[data-question="rf1-chest"] input[value="yes"]')!.click();
  await q.updateComplete;
  return $(q, '.emergency-text')!.textContent!.trim();
}

describe('an element loads its locale’s words before it draws', () => {
  it('bad input given before any words are loaded: read at once, its problems worded once they load', async () => {
    for (const l of LOCALES) expect(isLocaleLoaded(l, ['base']), l).to.equal(false);
    const wrapper = await fixture<HTMLDivElement>(html`<div lang="es-US"></div>`);
    const plan = document.createElement('sdm-watchful-waiting-plan');
    plan.setAttribute('today', '2026-11-23');
    plan.plan = { practice: { name: 'Riverside', phone: '', clinician: '' }, review: '2026-02-30' } as never;
    const q = document.createElement('sdm-imaging-questionnaire') as Q;
    q.answers = { emergency: {}, items: { 'leg-1': 9, 'thr-1': 2 } } as never;
    // Read at once, with no words: the valid parts are there before anything is drawn.
    expect(plan.plan.practice.name).to.equal('Riverside');
    expect(q.answers.items).to.deep.equal({ 'thr-1': 2 });
    // A FHIR response, made and read with no words loaded: nothing throws, nothing is lost.
    const fromFhir = document.createElement('sdm-imaging-questionnaire') as Q;
    const response = toQuestionnaireResponse({ emergency: { 'rf1-chest': false }, items: { 'thr-1': 4 }, wantScan: 'not-sure' });
    fromFhir.questionnaireResponse = response;
    expect(fromFhir.answers).to.deep.equal({ emergency: { 'rf1-chest': false }, items: { 'thr-1': 4 }, wantScan: 'not-sure' });
    expect(fromFhir.questionnaireResponse.item).to.deep.equal(response.item);
    for (const l of LOCALES) expect(isLocaleLoaded(l, ['base']), `${l} still not loaded`).to.equal(false);
    wrapper.append(plan, q);
    await plan.updateComplete;
    await q.updateComplete;
    expect(isLocaleLoaded('es-US')).to.equal(true);
    expect($(plan, '[part="error"]')!.textContent).to.contain(
      'La fecha de la revisión (2026-02-30) no es una fecha real: ese mes solo tiene 28 días.',
    );
    expect($(q, '[part="error"]')!.textContent).to.contain('La respuesta a "leg-1" debería ser un número entero del 1');
  });
  it('the questionnaire in es-ES: Spanish from its first drawing, never English first, and only the base part', async () => {
    expect(isLocaleLoaded('es-ES')).to.equal(false);
    const wrapper = await fixture<HTMLDivElement>(html`<div lang="es-ES"></div>`);
    const q = document.createElement('sdm-imaging-questionnaire') as Q;
    wrapper.append(q);
    const seen: string[] = [];
    const observer = new MutationObserver(() => seen.push(text(q)));
    observer.observe(q.shadowRoot!, { subtree: true, childList: true, characterData: true });
    await q.updateComplete;
    observer.disconnect();
    seen.push(text(q));
    expect(text(q)).to.contain('Lo que usted piensa sobre las pruebas de imagen');
    for (const s of seen) expect(s).not.to.contain('Your thoughts about scans');
    expect(isLocaleLoaded('es-ES', ['base'])).to.equal(true);
    expect(isLocaleLoaded('es-ES', ['guide']), 'the questionnaire never loads the guide').to.equal(false);
    expect(isLocaleLoaded('es-ES', ['input']), 'nor, with no bad input, the words about it').to.equal(false);
    await expect(wrapper).to.be.accessible();
  });

  it('a plan in es-US loads both parts and shows its services', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div lang="es-US"><sdm-watchful-waiting-plan></sdm-watchful-waiting-plan></div>`);
    const plan = wrapper.firstElementChild as HTMLElement & { updateComplete: Promise<unknown> };
    await plan.updateComplete;
    expect(isLocaleLoaded('es-US')).to.equal(true);
    expect(text(plan)).to.contain(SERVICES['es-US'].tier1);
    expect(text(plan)).to.contain(SERVICES['es-US'].tier2);
  });

  it('follows a later change of lang, loading the new locale first', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div lang="en-GB"><sdm-imaging-questionnaire></sdm-imaging-questionnaire></div>`);
    const q = wrapper.firstElementChild as Q;
    await q.updateComplete;
    expect(text(q)).to.contain('Your thoughts about scans');
    wrapper.lang = 'es-US';
    // The lang observer asks for an update; the update waits for the pack.
    await new Promise((r) => setTimeout(r));
    await q.updateComplete;
    expect(text(q)).to.contain('Lo que usted piensa sobre las pruebas de imagen');
  });
});

describe('the words about bad input load only when there is some', () => {
  it('en-US: three elements with good input load base and guide only; bad answers then load the input part, and are worded', async () => {
    expect(isLocaleLoaded('en-US', ['base'])).to.equal(false);
    const wrapper = await fixture<HTMLDivElement>(html`<div lang="en-US">
      <sdm-imaging-questionnaire></sdm-imaging-questionnaire>
      <sdm-benefits-harms></sdm-benefits-harms>
      <sdm-watchful-waiting-plan today="2026-11-23"></sdm-watchful-waiting-plan>
    </div>`);
    const [q, bh, plan] = [...wrapper.children] as (HTMLElement & { updateComplete: Promise<unknown> })[];
    await Promise.all([q!.updateComplete, bh!.updateComplete, plan!.updateComplete]);
    expect(isLocaleLoaded('en-US', ['base', 'guide'])).to.equal(true);
    expect(isLocaleLoaded('en-US', ['input']), 'no bad input: its words are not loaded').to.equal(false);
    (q as Q).answers = { emergency: {}, items: { 'leg-1': 9 } } as never;
    await new Promise((r) => setTimeout(r));
    await q!.updateComplete;
    expect(isLocaleLoaded('en-US', ['input'])).to.equal(true);
    expect($(q!, '[part="error"]')!.textContent).to.contain('The answer to "leg-1" should be a whole number from 1');
    await expect(wrapper).to.be.accessible();
  });
});

describe('bad input set while the words load', () => {
  it('es-ES: a bad plan and bad answers set right after the elements are added are worded in Spanish, never a failure', async () => {
    expect(isLocaleLoaded('es-ES', ['input'])).to.equal(false);
    const wrapper = await fixture<HTMLDivElement>(html`<div lang="es-ES"></div>`);
    const plan = document.createElement('sdm-watchful-waiting-plan') as HTMLElement & { plan: unknown; updateComplete: Promise<unknown> };
    plan.setAttribute('today', '2026-11-23');
    const q = document.createElement('sdm-imaging-questionnaire') as Q;
    wrapper.append(plan, q);
    // Their first update is waiting for the base and guide words: the input comes meanwhile.
    await new Promise((r) => setTimeout(r));
    plan.plan = { checkIn: '2026-02-30' };
    q.answers = { emergency: {}, items: { 'leg-1': 9 } } as never;
    await plan.updateComplete;
    await q.updateComplete;
    expect($(plan, '[part="render-failed"], [data-failed]')).to.equal(null);
    expect(text(plan)).not.to.contain('Lo sentimos');
    expect(text(q)).not.to.contain('Lo sentimos');
    expect($(plan, '[part="error"]')!.textContent).to.contain('(2026-02-30) no es una fecha real');
    expect($(q, '[part="error"]')!.textContent).to.contain('"leg-1"');
    await expect(wrapper).to.be.accessible();
  });
});

describe('emergency instructions in every Spanish tag (a page that loads its own words)', () => {
  const cases: { lang: string; says: RegExp; never: RegExp }[] = [
    { lang: 'es-US', says: new RegExp(`^${SERVICES['es-US'].tier1.split('.')[0]}`), never: /112|urgencias\b/ },
    { lang: 'es-ES', says: new RegExp(`^${SERVICES['es-ES'].tier1.split('.')[0]}`), never: /911|sala de emergencias/ },
    // Only the language matched: the text is Spanish, and no number is guessed.
    { lang: 'es', says: /número de emergencias de su zona/, never: /112|911/ },
    { lang: 'es-MX', says: /número de emergencias de su zona/, never: /112|911/ },
  ];
  for (const c of cases) {
    it(`${c.lang}: ${c.says.source}`, async () => {
      const wrapper = await fixture<HTMLDivElement>(html`<div lang=${c.lang}><sdm-imaging-questionnaire></sdm-imaging-questionnaire></div>`);
      const q = wrapper.firstElementChild as Q;
      await q.updateComplete;
      const said = await emergencyText(q);
      expect(said).to.match(c.says);
      expect(said).not.to.match(c.never);
      await expect(wrapper).to.be.accessible();
    });
  }

  it('the emergency number the page gives wins in Spanish too', async () => {
    const lang: Locale = 'es-ES';
    const wrapper = await fixture<HTMLDivElement>(
      html`<div lang=${lang}><sdm-imaging-questionnaire emergency-number="061" emergency-service="el hospital comarcal"></sdm-imaging-questionnaire></div>`,
    );
    const q = wrapper.firstElementChild as Q;
    await q.updateComplete;
    expect(await emergencyText(q)).to.match(/^Vaya al hospital comarcal o llame al 061 ahora\./);
  });
});

describe('messages about bad input are in the page’s language', () => {
  for (const locale of LOCALES) {
    it(`${locale}: a bad "today", a bad "age", a JSON child that is not JSON`, async () => {
      await loadLocale(locale);
      const t = localeText(locale).messages.problems;
      const wrapper = await fixture<HTMLDivElement>(html`<div lang=${locale}>
        <sdm-watchful-waiting-plan today="2026-02-30"></sdm-watchful-waiting-plan>
        <sdm-benefits-harms age="61"></sdm-benefits-harms>
        <sdm-imaging-questionnaire><script type="application/json">{"emergency": oops</script></sdm-imaging-questionnaire>
      </div>`);
      const [plan, explainer, questionnaire] = [...wrapper.children] as (HTMLElement & { updateComplete: Promise<unknown> })[];
      await Promise.all([plan!.updateComplete, explainer!.updateComplete, questionnaire!.updateComplete]);
      expect(text(plan!)).to.contain(t.invalidToday('"2026-02-30"'));
      expect(text(explainer!)).to.contain(t.invalidAge('20, 30, 40, 50, 80', '"61"'));
      expect(text(questionnaire!)).to.contain(t.invalidJson);
    });
  }
});
