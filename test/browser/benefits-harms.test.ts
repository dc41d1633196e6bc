import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { emulateMedia, sendKeys, setViewport } from '@web/test-runner-commands';
import {
  FINDING_NAMES,
  findingFactId,
  getCitation,
  getFact,
  ITEM_IDS,
  planCatalog,
  score,
  TIER1_IDS,
  type Answers,
  type ExpectationProfile,
  type Likert,
  type Tier1Id,
} from '@scanwise/core';
import '../../packages/elements/src/benefits-harms/define.js';
import '../../packages/elements/src/imaging-questionnaire/define.js';
import type { SdmBenefitsHarms } from '../../packages/elements/src/benefits-harms/benefits-harms.js';
import type { SdmImagingQuestionnaire } from '../../packages/elements/src/imaging-questionnaire/imaging-questionnaire.js';
import { collectErrors, shadowText } from './helpers/events.js';

type B = SdmBenefitsHarms;
const $ = <T extends Element = HTMLElement>(el: Element, sel: string) => el.shadowRoot!.querySelector<T>(sel);
const $$ = <T extends Element = HTMLElement>(el: Element, sel: string) => [...el.shadowRoot!.querySelectorAll<T>(sel)];
const noSigns = Object.fromEntries(TIER1_IDS.map((id) => [id, false])) as Record<Tier1Id, boolean>;

/** A profile from answers: every item of a theme gets that theme's value. */
function profile(leg: Likert, thr: Likert, nav: Likert, extra: Partial<Answers['items']> = {}): ExpectationProfile {
  const value = { leg, thr, nav } as const;
  const items = Object.fromEntries(ITEM_IDS.map((id) => [id, value[id.slice(0, 3) as keyof typeof value]]));
  return score({ emergency: noSigns, items: { ...items, ...extra }, wantScan: 'yes' } as Answers);
}
const emergencyProfile = (sign: Tier1Id) => score({ emergency: { ...noSigns, [sign]: true }, items: {} });

async function explainer(p?: ExpectationProfile | null, attrs: { age?: string; variant?: string; lang?: string } = {}): Promise<B> {
  const el = await fixture<B>(html`<sdm-benefits-harms .profile=${p} lang=${attrs.lang ?? 'en-GB'} variant=${attrs.variant ?? 'full'} age=${attrs.age ?? ''}></sdm-benefits-harms>`);
  await el.updateComplete;
  return el;
}

const modules = (el: B) => $$(el, '[data-module]').map((m) => m.dataset.module);
const comparisonText = (el: B) => $(el, '.comparison')!.textContent!.replace(/\s+/g, ' ').replace(/sdm-bh\d+/g, '');

beforeEach(async () => {
  await emulateMedia({ media: 'screen' });
  await setViewport({ width: 800, height: 600 });
});

describe('<sdm-benefits-harms>: tailoring (DECISION-AID-STANDARDS §D.4)', () => {
  const cases: { name: string; p: ExpectationProfile | null; modules: string[] }[] = [
    { name: 'no profile', p: null, modules: [] },
    { name: 'every theme low', p: profile(1, 1, 1), modules: [] },
    { name: 'threat high', p: profile(2, 4, 2, { 'thr-4': 3 }), modules: ['threat'] },
    { name: 'threat high with "a scan cannot harm me" agreed', p: profile(2, 4, 2), modules: ['threat', 'harms-underestimated'] },
    { name: 'legitimacy high', p: profile(4, 2, 2), modules: ['legitimacy'] },
    { name: 'navigation high', p: profile(2, 2, 4), modules: ['navigation'] },
    { name: 'every theme high, in the order threat, legitimacy, navigation', p: profile(5, 5, 5, { 'thr-4': 3 }), modules: ['threat', 'legitimacy', 'navigation'] },
    { name: '"a scan cannot harm me" strongly agreed', p: profile(2, 2, 2, { 'thr-4': 5 }), modules: ['harms-underestimated'] },
  ];
  let neutralComparison = '';
  before(async () => {
    neutralComparison = comparisonText(await explainer(null));
  });

  for (const c of cases) {
    it(`${c.name}: modules ${JSON.stringify(c.modules)}, the same comparison as everyone, and axe passes`, async () => {
      const el = await explainer(c.p);
      expect(modules(el)).to.deep.equal(c.modules);
      expect(comparisonText(el)).to.equal(neutralComparison);
      // Modules that answer a belief come before the comparison; the harms note after it.
      const comparison = $(el, '.comparison')!;
      for (const m of $$(el, '[data-module]')) {
        const before = !!(m.compareDocumentPosition(comparison) & Node.DOCUMENT_POSITION_FOLLOWING);
        expect(before, m.dataset.module).to.equal(m.dataset.module !== 'harms-underestimated');
      }
      await expect(el).to.be.accessible();
    });
  }

  it('never shows a section twice when a module covers it', async () => {
    const el = await explainer(profile(5, 5, 5));
    const ids = $$(el, '[data-section]').map((s) => s.dataset.section);
    expect(ids.length).to.be.greaterThan(5);
    expect(new Set(ids).size).to.equal(ids.length);
  });
});

describe('<sdm-benefits-harms>: the two options (IPDAS C1, §B)', () => {
  it('sets both options out in one template: same sections in the same order', async () => {
    const el = await explainer(null);
    const options = $$(el, '[data-option]');
    expect(options.map((o) => o.dataset.option)).to.deep.equal(['scan-now', 'wait-and-watch']);
    const sections = options.map((o) => [...o.querySelectorAll<HTMLElement>('[data-option-section]')].map((s) => s.dataset.optionSection));
    expect(sections[0]!.length).to.be.greaterThan(1);
    expect(sections[0]).to.deep.equal(sections[1]);
    const headings = options.map((o) => [...o.querySelectorAll('h5')].map((h) => h.textContent));
    expect(headings[0]).to.deep.equal(headings[1]);
  });

  it('names each option card by its heading for screen readers', async () => {
    const el = await explainer(null);
    for (const card of $$(el, '[data-option]')) {
      const label = el.shadowRoot!.getElementById(card.getAttribute('aria-labelledby')!);
      expect(label?.textContent?.trim()).to.match(/scan/i);
    }
  });
});

describe('<sdm-benefits-harms>: every number comes from the registry, with its source', () => {
  for (const [name, p, age] of [
    ['neutral', null, ''],
    ['every theme high, age 50', profile(5, 5, 5), '50'],
    ['harms underestimated', profile(2, 2, 2, { 'thr-4': 5 }), ''],
  ] as const) {
    it(`${name}: each figure is a registry fact whose citation is listed with its checked date`, async () => {
      const el = await explainer(p, { age });
      const figures = $$(el, '[data-fact]');
      expect(figures.length).to.be.greaterThan(3);
      for (const f of figures) {
        const fact = getFact(f.dataset.fact!);
        expect(fact, f.dataset.fact).to.not.equal(undefined);
        const source = $(el, `.sources [data-source="${fact!.citationId}"]`);
        expect(source, `source of ${fact!.id}`).to.not.equal(null);
        expect(source!.textContent).to.contain(getCitation(fact!.citationId)!.year.toString());
        expect(source!.textContent).to.match(/checked/i);
      }
    });

    it(`${name}: no digit appears in patient text outside a registry figure`, async () => {
      const el = await explainer(p, { age });
      const stray: string[] = [];
      const signs = new Set(Object.values(planCatalog('en-GB').signs).map((s) => s.label));
      const walker = document.createTreeWalker(el.shadowRoot!, NodeFilter.SHOW_TEXT);
      for (let n = walker.nextNode(); n; n = walker.nextNode()) {
        const parent = n.parentElement;
        if (!parent) continue;
        // Figures, the sources list, the about box (dates, version) and the age picker carry numbers by design.
        if (parent.closest('[data-fact], .sources, .about, .age-choice')) continue;
        // Red-flag signs are the plan catalog's words: their ages are guideline thresholds (core's AGE_THRESHOLDS).
        if (signs.has(n.textContent!.trim())) continue;
        // The emergency phone number is a number to call, not a figure.
        if (/\d/.test(n.textContent!.replace(/\b999\b/g, ''))) stray.push(n.textContent!.trim());
      }
      expect(stray).to.deep.equal([]);
    });
  }

  it('lists each source once, in the order first used', async () => {
    const el = await explainer(profile(5, 5, 5), { age: '40' });
    const listed = $$(el, '.sources [data-source]').map((s) => s.dataset.source);
    expect(new Set(listed).size).to.equal(listed.length);
    const firstUse = [...new Set($$(el, '[data-fact]').map((f) => getFact(f.dataset.fact!)!.citationId))];
    expect(listed.slice(0, firstUse.length)).to.deep.equal(firstUse);
  });
});

describe('<sdm-benefits-harms>: findings in people without back pain, by age', () => {
  it('shows the age-free figure until an age is chosen, then that age\'s figures; the picker works by keyboard', async () => {
    const el = await explainer(profile(4, 2, 2));
    const shown = () => $$(el, '[data-module="legitimacy"] [data-fact]').map((f) => f.dataset.fact);
    expect(shown()).to.deep.equal(['no-pain-abnormal-disc']);
    const select = $<HTMLSelectElement>(el, '.age-choice select')!;
    const label = $(el, `label[for="${select.id}"]`)!;
    expect(label.textContent).to.match(/age/i);
    select.focus();
    await sendKeys({ press: 'ArrowDown' }); // first verified age
    await el.updateComplete;
    expect(el.age).to.equal('20');
    expect(shown()).to.deep.equal(FINDING_NAMES.map((n) => findingFactId(n, 20)));
    await expect(el).to.be.accessible();
  });

  for (const age of ['20', '30', '40', '50', '80']) {
    it(`age="${age}" shows the figures for age ${age}`, async () => {
      const el = await explainer(profile(4, 2, 2), { age });
      expect($$(el, '[data-module="legitimacy"] [data-fact]').map((f) => f.dataset.fact)).to.deep.equal(
        FINDING_NAMES.map((n) => findingFactId(n, Number(age) as 20)),
      );
      expect($<HTMLSelectElement>(el, '.age-choice select')!.value).to.equal(age);
    });
  }
});

describe('<sdm-benefits-harms>: an emergency sign comes first, always', () => {
  for (const sign of TIER1_IDS) {
    it(`${sign}: "get help now" with 999, and no comparison or argument for waiting`, async () => {
      const el = await explainer(emergencyProfile(sign));
      const box = $(el, '[part="emergency"]')!;
      expect(box.getAttribute('role')).to.equal('alert');
      expect(box.textContent).to.contain('999');
      expect(box.textContent).to.contain('A&E');
      // The heading of the whole explainer is the emergency heading, inside the box.
      expect(box.querySelector('h2')!.textContent).to.match(/help now/i);
      expect($(el, '.comparison')).to.equal(null);
      expect($$(el, '[data-module], [data-section], [data-fact]')).to.have.length(0);
      expect(shadowText(el)).not.to.match(/wait and watch/i);
      await expect(el).to.be.accessible();
    });
  }

  it('en-US: 911 and the emergency room', async () => {
    const el = await explainer(emergencyProfile('rf1-bladder'), { lang: 'en-US' });
    expect($(el, '[part="emergency"]')!.textContent).to.contain('911');
    expect($(el, '[part="emergency"]')!.textContent).to.match(/emergency room/i);
  });

  it('emergency-number and emergency-service override the locale\'s, escaped', async () => {
    const hostile = '<img src=x onerror=alert(1)>';
    const el = await fixture<B>(html`<sdm-benefits-harms lang="en-GB" emergency-number="112" emergency-service=${hostile}></sdm-benefits-harms>`);
    el.profile = emergencyProfile('rf1-chest');
    await el.updateComplete;
    const text = $(el, '[part="emergency"]')!.textContent!;
    expect(text).to.contain('112');
    expect(text).to.contain('<img src=x onerror=alert(1)>');
    expect($(el, '[part="emergency"] img')).to.equal(null);
  });

  it('follows a questionnaire with for="…": an emergency answer switches it to "get help now" at once', async () => {
    const root = await fixture(html`<div lang="en-GB">
      <sdm-imaging-questionnaire id="q-bh"></sdm-imaging-questionnaire>
      <sdm-benefits-harms for="q-bh"></sdm-benefits-harms>
    </div>`);
    const q = root.querySelector<SdmImagingQuestionnaire>('sdm-imaging-questionnaire')!;
    const el = root.querySelector<B>('sdm-benefits-harms')!;
    await el.updateComplete;
    expect($(el, '.comparison')).to.not.equal(null);
    q.shadowRoot!.querySelector<HTMLInputElement>('[data-question="rf1-weakness"] input[value="yes"]')!.click();
    await q.updateComplete;
    await el.updateComplete;
    expect($(el, '[part="emergency"]')).to.not.equal(null);
    expect($(el, '.comparison')).to.equal(null);
  });
});

describe('<sdm-benefits-harms>: variants, languages', () => {
  it('summary keeps the decision, the comparison and recovery, and drops the long parts', async () => {
    const full = await explainer(profile(2, 4, 2, { 'thr-4': 3 }));
    const summary = await explainer(profile(2, 4, 2, { 'thr-4': 3 }), { variant: 'summary' });
    const sections = (el: B) => $$(el, 'details[data-section]').map((s) => s.dataset.section);
    expect(sections(summary)).to.deep.equal(['natural-history']);
    expect(sections(full).length).to.be.greaterThan(4);
    expect(modules(summary)).to.deep.equal(['threat']);
    expect($(summary, '.comparison')).to.not.equal(null);
    await expect(summary).to.be.accessible();
  });

  it('en-US uses US words (doctor rather than GP) and passes axe', async () => {
    const el = await explainer(profile(2, 4, 2), { lang: 'en-US' });
    expect(shadowText(el)).not.to.match(/\bGP\b|A&E/);
    await expect(el).to.be.accessible();
  });

  it('an unknown language falls back to English with a quiet note and an sdm-error', async () => {
    const wrapper = await fixture(html`<div></div>`);
    const errors = collectErrors(wrapper);
    const el = document.createElement('sdm-benefits-harms') as B;
    el.lang = 'fr-FR';
    wrapper.append(el);
    await el.updateComplete;
    expect($(el, '[part="notice"]')!.textContent).to.match(/fr-FR/);
    expect($(el, '[part="explainer"]')!.lang).to.equal('en-GB');
    expect($(el, '.comparison')).to.not.equal(null);
    expect(errors.map((e) => e.code)).to.include('unknown-locale');
    await expect(el).to.be.accessible();
  });
});

describe('<sdm-benefits-harms>: bad input', () => {
  it('a JSON child that is not JSON: a visible message, sdm-error, and the neutral explainer', async () => {
    const wrapper = await fixture(html`<div lang="en-GB"></div>`);
    const errors = collectErrors(wrapper);
    wrapper.innerHTML = '<sdm-benefits-harms><script type="application/json">{"themes": oops</script></sdm-benefits-harms>';
    const el = wrapper.firstElementChild as B;
    await el.updateComplete;
    const alert = $(el, '[role="alert"]')!;
    expect(alert.textContent).to.match(/not valid JSON/);
    expect(errors.map((e) => e.code)).to.deep.equal(['invalid-json']);
    expect(errors[0]!.component).to.equal('sdm-benefits-harms');
    expect($(el, '.comparison')).to.not.equal(null);
    await expect(el).to.be.accessible();
  });

  it('a JSON child with a valid profile tailors the explainer', async () => {
    const wrapper = await fixture(html`<div lang="en-GB"></div>`);
    const script = document.createElement('script');
    script.type = 'application/json';
    script.textContent = JSON.stringify(profile(2, 4, 2, { 'thr-4': 3 }));
    const el = document.createElement('sdm-benefits-harms') as B;
    el.append(script);
    wrapper.append(el);
    await el.updateComplete;
    expect(modules(el)).to.deep.equal(['threat']);
  });

  const bad: [string, unknown, RegExp][] = [
    ['a number instead of a profile', 42, /profile/i],
    ['themes missing', { flags: {}, triage: 'routine' }, /themes/],
    ['an impossible theme level', { ...profile(2, 2, 2), themes: { ...profile(2, 2, 2).themes, thr: { mean: 9, band: 'huge', answered: 4 } } }, /thr/],
    ['a hostile string for triage', { ...profile(2, 2, 2), triage: '<script>alert(1)</script>' }, /triage/],
  ];
  for (const [name, input, field] of bad) {
    it(`${name}: a message naming the problem, sdm-error, never blank or a throw`, async () => {
      const wrapper = await fixture(html`<div lang="en-GB"></div>`);
      const errors = collectErrors(wrapper);
      const el = document.createElement('sdm-benefits-harms') as B;
      el.profile = input as ExpectationProfile;
      wrapper.append(el);
      await el.updateComplete;
      expect(errors.length, 'sdm-error').to.be.greaterThan(0);
      expect(errors[0]!.code).to.equal('invalid-profile');
      expect(errors[0]!.field).to.match(field);
      expect($(el, '[role="alert"]')).to.not.equal(null);
      expect($(el, 'h2')!.textContent).to.match(/scan/i);
      expect($(el, '[role="alert"] script')).to.equal(null);
      await expect(el).to.be.accessible();
    });
  }

  it('an age that is not a verified age: sdm-error and the age-free figure', async () => {
    const wrapper = await fixture(html`<div lang="en-GB"></div>`);
    const errors = collectErrors(wrapper);
    const el = document.createElement('sdm-benefits-harms') as B;
    el.age = '45';
    el.profile = profile(4, 2, 2);
    wrapper.append(el);
    await el.updateComplete;
    expect(errors.map((e) => e.code)).to.deep.equal(['invalid-age']);
    expect($$(el, '[data-module="legitimacy"] [data-fact]').map((f) => f.dataset.fact)).to.deep.equal(['no-pain-abnormal-disc']);
  });

  it('reports a problem once, and again only when the input changes', async () => {
    const wrapper = await fixture(html`<div lang="en-GB"></div>`);
    const errors = collectErrors(wrapper);
    const el = document.createElement('sdm-benefits-harms') as B;
    el.age = '45';
    wrapper.append(el);
    await el.updateComplete;
    el.variant = 'summary';
    await el.updateComplete;
    expect(errors).to.have.length(1);
    el.age = '46';
    const next = oneEvent(el, 'sdm-error');
    await el.updateComplete;
    expect((await next).detail.message).to.contain('46');
  });
});

describe('<sdm-benefits-harms>: print and small screens', () => {
  afterEach(async () => {
    await emulateMedia({ media: 'screen' });
    await setViewport({ width: 800, height: 600 });
  });

  it('printing expands every folded part, and restores them afterwards', async () => {
    const el = await explainer(profile(2, 4, 2));
    const closed = $$<HTMLDetailsElement>(el, 'details:not([open])');
    expect(closed.length).to.be.greaterThan(4);
    window.dispatchEvent(new Event('beforeprint'));
    expect($$(el, 'details:not([open])')).to.have.length(0);
    window.dispatchEvent(new Event('afterprint'));
    expect($$(el, 'details:not([open])')).to.have.length(closed.length);
  });

  it('print media shows the content of folded parts even without the print event, and hides the age picker', async () => {
    const el = await explainer(profile(4, 2, 2));
    const folded = $(el, 'details[data-section="natural-history"] .point')!;
    expect(folded.checkVisibility()).to.equal(false);
    await emulateMedia({ media: 'print' });
    expect(folded.checkVisibility()).to.equal(true);
    expect(folded.getBoundingClientRect().height).to.be.greaterThan(0);
    expect($(el, '.age-choice')!.checkVisibility()).to.equal(false);
    await expect(el).to.be.accessible();
  });

  it('on paper the options follow each other at full width (side by side, each ran on for pages beside an empty one)', async () => {
    await setViewport({ width: 1000, height: 800 });
    const el = await explainer(profile(2, 2, 2));
    const side = $$(el, '[data-option]').map((o) => o.getBoundingClientRect());
    expect(side[0]!.top, 'side by side on a wide screen').to.equal(side[1]!.top);
    await emulateMedia({ media: 'print' });
    const [a, b] = $$(el, '[data-option]').map((o) => o.getBoundingClientRect());
    expect(b!.top).to.be.greaterThan(a!.bottom - 1);
    expect(a!.width).to.equal(b!.width);
    expect(a!.width).to.be.greaterThan(side[0]!.width * 1.5);
  });

  it('at 320 px the options stack and nothing is wider than the screen', async () => {
    await setViewport({ width: 320, height: 640 });
    const el = await explainer(profile(5, 5, 5));
    const [a, b] = $$(el, '[data-option]').map((o) => o.getBoundingClientRect());
    expect(b!.top).to.be.greaterThan(a!.bottom - 1);
    expect(el.scrollWidth).to.be.at.most(320);
    const wide = $$(el, '*').filter((n) => n.checkVisibility() && n.getBoundingClientRect().right > 321);
    expect(wide.map((n) => `${n.localName}.${n.getAttribute('class')}: ${n.textContent!.slice(0, 40)}`)).to.deep.equal([]);
    await expect(el).to.be.accessible();
  });

  it('folded parts open from the keyboard', async () => {
    const el = await explainer(null);
    const details = $<HTMLDetailsElement>(el, 'details[data-section="natural-history"]')!;
    details.querySelector('summary')!.focus();
    await sendKeys({ press: 'Enter' });
    expect(details.open).to.equal(true);
    await expect(el).to.be.accessible();
  });
});
