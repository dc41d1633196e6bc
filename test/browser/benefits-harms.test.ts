import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { emulateMedia, executeServerCommand, sendKeys, setViewport } from '@web/test-runner-commands';
import {
  localeText,
  LOCALES as REGISTRY_LOCALES,
  defaultPlan,
  FINDING_NAMES,
  findingFactId,
  getCitation,
  getFact,
  isBackground,
  ITEM_IDS,
  radiationFactId,
  score,
  SIGN_IDS,
  tierOf,
  TIER1_IDS,
  warningSigns,
  type Answers,
  type ClinicalDecision,
  type ExpectationProfile,
  type Likert,
  type Locale,
  type Plan,
  type SignId,
  type SignStatus,
  type Tier1Id,
} from '@scanwise/core';
import '../../packages/elements/src/benefits-harms/define.js';
import '../../packages/elements/src/imaging-questionnaire/define.js';
import '../../packages/elements/src/watchful-waiting-plan/define.js';
import type { SdmBenefitsHarms } from '../../packages/elements/src/benefits-harms/benefits-harms.js';
import type { SdmImagingQuestionnaire } from '../../packages/elements/src/imaging-questionnaire/imaging-questionnaire.js';
import type { SdmWatchfulWaitingPlan } from '../../packages/elements/src/watchful-waiting-plan/watchful-waiting-plan.js';
import { collectErrors, shadowText } from './helpers/events.js';
import { say, SERVICES } from '../node/helpers/say.js';
import './helpers/locales.js';

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
  const el = await fixture<B>(
    html`<sdm-benefits-harms .profile=${p} lang=${attrs.lang ?? 'en-GB'} variant=${attrs.variant ?? 'full'} age=${attrs.age ?? ''}></sdm-benefits-harms>`,
  );
  await el.updateComplete;
  return el;
}

const modules = (el: B) => $$(el, '[data-module]').map((m) => m.dataset.module);
const LOCALES: Locale[] = ['en-GB', 'en-US'];
const text = (n: Element | null | undefined) => (n?.textContent ?? '').replace(/\s+/g, ' ').trim();
const comparisonText = (el: B) =>
  $(el, '.comparison')!
    .textContent!.replace(/\s+/g, ' ')
    .replace(/sdm-bh\d+/g, '');

beforeEach(async () => {
  await emulateMedia({ media: 'screen' });
  await setViewport({ width: 800, height: 600 });
});

describe('<sdm-benefits-harms>: tailoring (one module per high theme)', () => {
  const cases: { name: string; p: ExpectationProfile | null; modules: string[] }[] = [
    { name: 'no profile', p: null, modules: [] },
    { name: 'every theme low', p: profile(1, 1, 1), modules: [] },
    { name: 'threat high', p: profile(2, 4, 2, { 'thr-4': 3 }), modules: ['threat'] },
    { name: 'threat high with "a scan cannot harm me" agreed', p: profile(2, 4, 2), modules: ['threat', 'harms-underestimated'] },
    { name: 'legitimacy high', p: profile(4, 2, 2), modules: ['legitimacy'] },
    { name: 'navigation high', p: profile(2, 2, 4), modules: ['navigation'] },
    {
      name: 'every theme high, in the order threat, legitimacy, navigation',
      p: profile(5, 5, 5, { 'thr-4': 3 }),
      modules: ['threat', 'legitimacy', 'navigation'],
    },
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

describe('<sdm-benefits-harms>: the two options (IPDAS C1: same template, order and format)', () => {
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
      // Red-flag signs and their actions are core's words (signsFor, signActions): their ages are
      // guideline thresholds (core's AGE_THRESHOLDS), their numbers are services to call.
      const signs = new Set([
        ...Object.values(localeText('en-GB').plan.signs).flatMap((s) => [s.label, s.watch]),
        ...Object.values(localeText('en-GB').signActions(localeText('en-GB').services)),
      ]);
      const walker = document.createTreeWalker(el.shadowRoot!, NodeFilter.SHOW_TEXT);
      for (let n = walker.nextNode(); n; n = walker.nextNode()) {
        const parent = n.parentElement;
        if (!parent) continue;
        // Figures, the sources list, the about box (dates, version) and the age picker carry numbers by design.
        if (parent.closest('[data-fact], .sources, .about, .age-choice')) continue;
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
  it("shows the age-free figure until an age is chosen, then that age's figures; the picker works by keyboard", async () => {
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

  for (const sign of TIER1_IDS) {
    it(`${sign} in a profile given as JSON text: the same "get help now", never dropped`, async () => {
      const el = await explainer(JSON.stringify(emergencyProfile(sign)) as unknown as ExpectationProfile);
      expect($(el, '[part="emergency"]')!.textContent).to.contain('999');
      expect($(el, '.comparison')).to.equal(null);
    });
  }

  it('en-US: 911 and the emergency room', async () => {
    const el = await explainer(emergencyProfile('rf1-bladder'), { lang: 'en-US' });
    expect($(el, '[part="emergency"]')!.textContent).to.contain('911');
    expect($(el, '[part="emergency"]')!.textContent).to.match(/emergency room/i);
  });

  it("emergency-number and emergency-service override the locale's, escaped", async () => {
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
  it('summary is the at-a-glance table, with the full guide one step away; full opens with the same table', async () => {
    const full = await explainer(profile(2, 4, 2, { 'thr-4': 3 }));
    const summary = await explainer(profile(2, 4, 2, { 'thr-4': 3 }), { variant: 'summary' });
    const rows = (el: B) => $$(el, '.glance tbody').map((b) => b.dataset.row);
    expect(rows(summary)).to.deep.equal(rows(full));
    expect(rows(summary)[0], 'threat high: its row leads').to.equal('serious');
    expect($$(summary, '.glance .lead').map(text)).to.deep.equal([localeText('en-GB').explainer().glance.leads.thr.text]);
    expect($(summary, '.comparison'), 'no option cards until the full guide opens').to.equal(null);
    expect($(full, '.comparison')).to.not.equal(null);
    expect($(full, '.full-guide'), 'full has no fold').to.equal(null);
    // Each cell names its question and its column for a screen reader.
    for (const td of $$(summary, '.glance td')) {
      const names = td
        .getAttribute('headers')!
        .split(' ')
        .map((id) => text(summary.shadowRoot!.getElementById(id)));
      expect(names[0]!.endsWith('?'), names.join(' / ')).to.equal(true);
      if (!td.hasAttribute('colspan')) expect(names[1]).to.match(/scan|wait/i);
    }
    await expect(summary).to.be.accessible();
    // The full guide is drawn when the reader opens it, without the table again.
    const fold = $<HTMLDetailsElement>(summary, '.full-guide')!;
    expect(fold.querySelector('.comparison')).to.equal(null);
    fold.open = true;
    await oneEvent(fold, 'toggle');
    await summary.updateComplete;
    expect(fold.querySelector('.comparison'), 'the option cards').to.not.equal(null);
    expect(fold.querySelectorAll('.glance').length).to.equal(0);
    expect(fold.querySelector('[part="sources"]')).to.not.equal(null);
    await expect(summary).to.be.accessible();
  });

  for (const locale of LOCALES) {
    it(`summary, neutral, ${locale}: at most 3 screens (2,500 px) at 390 px with nothing folded open, and one side of paper`, async () => {
      await setViewport({ width: 390, height: 800 });
      const el = await explainer(null, { variant: 'summary', lang: locale });
      expect(el.getBoundingClientRect().height).to.be.at.most(2500);
      expect(el.scrollWidth).to.be.at.most(390);
      await setViewport({ width: 800, height: 600 });
      await emulateMedia({ media: 'print' });
      for (const format of ['A4', 'Letter']) {
        const pages = await executeServerCommand<number, { format: string }>('pdf-pages', { format });
        expect(pages, `${format} pages`).to.equal(1);
      }
      await emulateMedia({ media: 'screen' });
    });
  }

  it('summary prints without the full guide, even after the reader opened it', async () => {
    const el = await explainer(null, { variant: 'summary' });
    const fold = $<HTMLDetailsElement>(el, '.full-guide')!;
    window.dispatchEvent(new Event('beforeprint'));
    await el.updateComplete;
    expect(fold.open, 'the print controller leaves the full guide shut').to.equal(false);
    window.dispatchEvent(new Event('afterprint'));
    await emulateMedia({ media: 'print' });
    fold.open = true;
    await oneEvent(fold, 'toggle');
    await el.updateComplete;
    expect(getComputedStyle(fold).display).to.equal('none');
    await emulateMedia({ media: 'screen' });
  });

  it('en-US uses US words (doctor rather than GP) and passes axe', async () => {
    const el = await explainer(profile(2, 4, 2), { lang: 'en-US' });
    expect(shadowText(el)).not.to.match(/\bGP\b|A&E/);
    await expect(el).to.be.accessible();
  });

  // Its note and sdm-error: test/browser/contract.test.ts.
  it('a language it does not have: the whole comparison, marked as British English', async () => {
    const el = await explainer(null, { lang: 'fr-FR' });
    expect($(el, '[part="explainer"]')!.lang).to.equal('en-GB');
    expect($(el, '.comparison')).to.not.equal(null);
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
    [
      'an impossible theme level',
      { ...profile(2, 2, 2), themes: { ...profile(2, 2, 2).themes, thr: { mean: 9, band: 'huge', answered: 4 } } },
      /thr/,
    ],
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
      expect(errors, 'sdm-error').to.have.length(1);
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

  // Nothing wider than 320 px: test/browser/contract.test.ts.
  it('at 320 px the options stack', async () => {
    await setViewport({ width: 320, height: 640 });
    const el = await explainer(profile(5, 5, 5));
    const [a, b] = $$(el, '[data-option]').map((o) => o.getBoundingClientRect());
    expect(b!.top).to.be.greaterThan(a!.bottom - 1);
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

// ─── Following the patient's plan ────────────────────────────────────────────

const TODAY = '2026-12-01';
const LATER = '2026-12-08';
/** Every theme but threat low, so the threat module ("what we checked" / "looks for", scan triggers) shows. */
const threatHigh = () => profile(2, 4, 2, { 'thr-4': 3 });
/** Threat high, and a "yes" to one emergency question. */
const threatHighReporting = (sign: Tier1Id) => score({ ...threatAnswers(), emergency: { ...noSigns, [sign]: true } } as Answers);
function threatAnswers(): Answers {
  const items = Object.fromEntries(ITEM_IDS.map((id) => [id, id.startsWith('thr') ? 4 : 2]));
  return { emergency: noSigns, items: { ...items, 'thr-4': 3 }, wantScan: 'yes' } as Answers;
}

/** A plan whose review checked every sign and found none, then `sign` set to `status`. */
function planWith(sign: SignId | null, status: SignStatus, extra: Partial<Plan> = {}): Plan {
  const plan = defaultPlan(TODAY);
  for (const id of SIGN_IDS) plan.redFlags[id] = 'absent';
  if (sign) plan.redFlags[sign] = status;
  return { ...plan, ...extra };
}

const DECISIONS: Record<'emergency' | 'referral' | 'wait', ClinicalDecision> = {
  emergency: { kind: 'emergency', arranged: 'We called an ambulance to take you to hospital.' },
  referral: { kind: 'referral', arranged: 'An MRI scan at City Hospital.', by: LATER },
  wait: { kind: 'wait', reason: 'Your temperature and blood tests were normal.', review: LATER },
};

/**
 * What the explainer shows for a plan:
 * - `routine`: the comparison, with "What we checked today" (`found`: the sign found and why waiting is right);
 * - `early-review`: a Tier 2 sign assessed as safe to wait: the comparison too;
 * - `seen-now`: a Tier 1 sign the clinician found (emergency referral);
 * - `seen-today`: a Tier 2 sign with no decision yet;
 * - `plan-first`: a Tier 2 sign with tests or a referral arranged;
 * - `get-help-now`: a "yes" in the questionnaire that the review has not settled.
 */
type Shown = 'routine' | 'early-review' | 'seen-now' | 'seen-today' | 'plan-first' | 'get-help-now';
interface Row {
  name: string;
  plan: Plan;
  profile: ExpectationProfile;
  shown: Shown;
  /** The first line of "What we checked today", for the rows that show it. */
  checked?: 'all' | 'some' | 'found';
}

function rowsFor(sign: SignId): Row[] {
  const rows: Row[] = [
    { name: 'absent', plan: planWith(sign, 'absent'), profile: threatHigh(), shown: 'routine', checked: 'all' },
    { name: 'not asked', plan: planWith(sign, 'not-asked'), profile: threatHigh(), shown: 'routine', checked: 'some' },
  ];
  if (tierOf(sign) === 1) {
    const id = sign as Tier1Id;
    rows.push(
      {
        name: 'present, emergency referral',
        plan: planWith(sign, 'present', { decision: DECISIONS.emergency }),
        profile: threatHigh(),
        shown: 'seen-now',
      },
      {
        name: 'present, and the patient answered yes',
        plan: planWith(sign, 'present', { decision: DECISIONS.emergency }),
        profile: threatHighReporting(id),
        shown: 'seen-now',
      },
      {
        name: 'answered yes, recorded absent without asking again (conflict)',
        plan: planWith(sign, 'absent'),
        profile: threatHighReporting(id),
        shown: 'get-help-now',
      },
      {
        name: 'answered yes, asked again: absent',
        plan: planWith(sign, 'absent', { rechecked: [id] }),
        profile: threatHighReporting(id),
        shown: 'routine',
        checked: 'all',
      },
    );
  } else if (isBackground(sign)) {
    rows.push(
      { name: 'present alone (a background risk factor)', plan: planWith(sign, 'present'), profile: threatHigh(), shown: 'routine', checked: 'all' },
      {
        name: 'present, with a stray "wait" decision',
        plan: planWith(sign, 'present', { decision: DECISIONS.wait }),
        profile: threatHigh(),
        shown: 'routine',
        checked: 'all',
      },
    );
  } else {
    rows.push(
      {
        name: 'present, tests or referral arranged',
        plan: planWith(sign, 'present', { decision: DECISIONS.referral }),
        profile: threatHigh(),
        shown: 'plan-first',
      },
      {
        name: 'present, assessed: waiting is still right',
        plan: planWith(sign, 'present', { decision: DECISIONS.wait }),
        profile: threatHigh(),
        shown: 'early-review',
        checked: 'found',
      },
      { name: 'present, no decision yet', plan: planWith(sign, 'present'), profile: threatHigh(), shown: 'seen-today' },
    );
  }
  return rows;
}

/** Words that send someone for care now or today: allowed only where the row calls for them. */
const CALLS_FOR_CARE =
  /be seen (today|now)|same[- ]day|get help (now|today)|urgent GP appointment|urgent care|NHS 111|doctor's office|A&E|emergency room|\b(999|911)\b/i;

/** What the row must show: its heading (null: the explainer's title) and its actions, exactly. */
function expected(row: Row, locale: Locale): { heading: string | null; level: string | null; actions: string[] } {
  const content = localeText(locale).explainer();
  const actions = localeText(locale).signActions(localeText(locale).services);
  const contact = localeText(locale).questionnaire.emergency.contact;
  switch (row.shown) {
    case 'routine':
    case 'early-review':
      return { heading: null, level: null, actions: [actions[1], actions[2]] };
    case 'seen-now':
      return { heading: content.planFirst.emergency.heading, level: 'emergency', actions: [localeText(locale).emergencyUnderWay(contact)] };
    case 'seen-today':
      return { heading: content.planFirst.urgent.heading, level: 'urgent', actions: [actions[2]] };
    case 'plan-first':
      return { heading: content.planFirst.referral.heading, level: 'urgent', actions: [content.planFirst.referral.action] };
    case 'get-help-now':
      return { heading: content.emergency.heading, level: 'emergency', actions: [actions[1]] };
  }
}

const actionsOf = (el: B) => $$(el, '.emergency-text, .action').map(text);

async function explainerWithPlan(row: Row, locale: Locale): Promise<B> {
  const el = await fixture<B>(
    html`<sdm-benefits-harms lang=${locale} variant="full" .profile=${row.profile} .plan=${row.plan}></sdm-benefits-harms>`,
  );
  await el.updateComplete;
  return el;
}

async function checkRow(el: B, row: Row, locale: Locale): Promise<void> {
  const want = expected(row, locale);
  const box = $(el, '[part="emergency"]');
  const h2 = text($(el, 'h2'));
  if (want.heading === null) {
    expect(box, 'no guidance box').to.equal(null);
    expect(h2).to.equal(localeText(locale).explainer().title);
  } else {
    expect(box, 'guidance box').to.not.equal(null);
    expect(h2).to.equal(want.heading);
    expect(box!.dataset.level).to.equal(want.level);
    // Announced at once only when it is an emergency; the clinician's Tier 2 decision is not an alarm.
    expect(box!.getAttribute('role')).to.equal(want.level === 'emergency' ? 'alert' : null);
  }
  expect(actionsOf(el), 'actions').to.deep.equal(want.actions);
  const comparison = row.shown === 'routine' || row.shown === 'early-review';
  expect($(el, '.comparison') !== null, 'comparison').to.equal(comparison);
  // Guidance shows no figure, so it lists no (empty) sources.
  expect($(el, '[part="sources"]') !== null, 'sources').to.equal(comparison);
  // "What we checked today" only with a plan that recorded checks; its first line says what was found.
  const checked = $(el, '[data-section="checked-today"]');
  if (row.checked) {
    expect(checked, 'checked today').to.not.equal(null);
    expect(text(checked!.querySelector('.point p'))).to.equal(localeText(locale).explainer().checkedToday[row.checked]);
    expect($(el, '[data-section="looks-for"]')).to.equal(null);
  } else {
    expect(checked).to.equal(null);
  }
  // Nothing sends the reader for care now or today beyond what the row calls for.
  let rest = shadowText(el);
  for (const words of [...want.actions, want.heading ?? '']) rest = rest.split(words).join(' ');
  expect(rest.match(CALLS_FOR_CARE)?.[0] ?? null, 'a call for care the row does not make').to.equal(null);
  // The age (a background risk factor) is in no list that ends in "get help" or "today".
  const age = localeText(locale).signs['rf2-age'].label;
  for (const p of $$(el, '.point').filter((x) => x.querySelector('.action'))) expect([...p.querySelectorAll('li')].map(text)).not.to.include(age);
  for (const li of el.shadowRoot!.querySelectorAll('li')) expect(text(li)).not.to.equal(age);
}

describe('<sdm-benefits-harms .plan>: a sign the clinician records is their decision, not an alarm', () => {
  // Rows of one state render the same DOM but for the sign's words: axe runs on the first row of
  // each state (what is shown, and the first line of "What we checked today") in each locale.
  const axeChecked = new Set<string>();
  for (const locale of LOCALES) {
    for (const sign of SIGN_IDS) {
      for (const row of rowsFor(sign)) {
        const state = `${locale} ${row.shown} ${row.checked ?? ''}`;
        const axe = !axeChecked.has(state);
        axeChecked.add(state);
        it(`${locale} ${sign} ${row.name}: ${row.shown}, with exactly its actions${axe ? ', and axe passes' : ''}`, async () => {
          const el = await explainerWithPlan(row, locale);
          await checkRow(el, row, locale);
          if (axe) await expect(el).to.be.accessible();
        });
      }
    }
  }
});

describe('<sdm-benefits-harms plan-for>: the same, following a real <sdm-watchful-waiting-plan>', () => {
  const picks: [Locale, SignId, string][] = [
    ['en-GB', 'rf1-chest', 'present, emergency referral'],
    ['en-US', 'rf1-bowel', 'answered yes, recorded absent without asking again (conflict)'],
    ['en-GB', 'rf1-saddle', 'answered yes, asked again: absent'],
    ['en-US', 'rf2-fever', 'present, assessed: waiting is still right'],
    ['en-GB', 'rf2-cancer', 'present, tests or referral arranged'],
    ['en-US', 'rf2-weight', 'present, no decision yet'],
    ['en-GB', 'rf2-age', 'present alone (a background risk factor)'],
    ['en-US', 'rf2-cough', 'not asked'],
  ];
  for (const [locale, sign, name] of picks) {
    const row = rowsFor(sign).find((r) => r.name === name)!;
    it(`${locale} ${sign} ${name}: ${row.shown}`, async () => {
      const root = await fixture(html`<div lang=${locale}>
        <sdm-watchful-waiting-plan id="plan-${sign}" today=${TODAY} .profile=${row.profile} .plan=${row.plan}></sdm-watchful-waiting-plan>
        <sdm-benefits-harms plan-for="plan-${sign}" .profile=${row.profile}></sdm-benefits-harms>
      </div>`);
      const el = root.querySelector<B>('sdm-benefits-harms')!;
      await el.updateComplete;
      await checkRow(el, row, locale);
      // Both on one page, as a patient portal shows them: axe over the two together (no two
      // landmarks with one name: both say "What we checked today").
      await root.querySelector<SdmWatchfulWaitingPlan>('sdm-watchful-waiting-plan')!.updateComplete;
      await expect(root).to.be.accessible();
    });
  }

  it('follows the plan as the clinician changes it (sdm-plan), and .plan wins over plan-for', async () => {
    const root = await fixture(html`<div lang="en-GB">
      <sdm-watchful-waiting-plan id="live-plan" today=${TODAY}></sdm-watchful-waiting-plan>
      <sdm-benefits-harms plan-for="live-plan" .profile=${threatHigh()}></sdm-benefits-harms>
    </div>`);
    const plan = root.querySelector<SdmWatchfulWaitingPlan>('sdm-watchful-waiting-plan')!;
    const el = root.querySelector<B>('sdm-benefits-harms')!;
    await el.updateComplete;
    expect($(el, '[data-section="looks-for"]'), 'a new plan has checked nothing').to.not.equal(null);
    plan.plan = planWith(null, 'absent');
    await el.updateComplete;
    expect($(el, '[data-section="checked-today"]')).to.not.equal(null);
    plan.plan = planWith('rf2-fever', 'present');
    await el.updateComplete;
    expect($(el, '[part="emergency"]')!.dataset.level).to.equal('urgent');
    el.plan = planWith(null, 'absent');
    await el.updateComplete;
    expect($(el, '[part="emergency"]')).to.equal(null);
    expect($(el, '[data-section="checked-today"]')).to.not.equal(null);
  });
});

describe("<sdm-benefits-harms>: the signs and their actions are core's, in one wording", () => {
  for (const locale of LOCALES) {
    it(`${locale}: scan triggers and "looks for" list core's signs, with signActions after each list; the age only as "tell your ${locale === 'en-GB' ? 'GP' : 'doctor'}"`, async () => {
      const el = await explainer(threatHigh(), { lang: locale });
      const signs = localeText(locale).signs;
      const labels = (tier: 1 | 2) => warningSigns(tier).map((id) => signs[id].label);
      const actions = localeText(locale).signActions(localeText(locale).services);
      const items = (p: Element) => [...p.querySelectorAll(':scope > ul > li')].map(text);
      const triggers = $$(el, '[data-section="scan-triggers"] .point').filter((p) => items(p).length);
      expect(triggers.map(items)).to.deep.equal([labels(1), labels(2)]);
      expect(triggers.map((p) => text(p.querySelector('.action')))).to.deep.equal([actions[1], actions[2]]);
      // Each action comes after its list.
      for (const p of triggers)
        expect(p.querySelector('ul')!.compareDocumentPosition(p.querySelector('.action')!) & Node.DOCUMENT_POSITION_FOLLOWING).to.be.greaterThan(0);
      const looksFor = $(el, '[data-section="looks-for"]')!;
      expect([...looksFor.querySelectorAll('.point > ul > li')].map(text)).to.deep.equal(labels(2));
      expect(looksFor.querySelector('.action')).to.equal(null);
      // The age sign: never a list item, never in an action, once per section as its own line.
      const all = shadowText(el);
      expect(all).not.to.contain(signs['rf2-age'].label);
      expect(text(looksFor)).to.contain(signs['rf2-age'].watch);
      expect(signs['rf2-age'].watch).to.match(locale === 'en-GB' ? /tell your GP\.$/ : /tell your doctor\.$/);
      const ageLines = $$(el, '.point > p').filter((p) => text(p) === signs['rf2-age'].watch);
      expect(ageLines).to.have.length(1);
      for (const p of ageLines) expect(p.closest('.point')!.querySelector('ul, .action')).to.equal(null);
      await expect(el).to.be.accessible();
    });

    it(`${locale}: "How we check for serious causes" lists the Tier 2 signs and mentions the age the same way`, async () => {
      const el = await explainer(null, { lang: locale });
      const signs = localeText(locale).signs;
      const section = $(el, '[data-section="serious-causes"]')!;
      expect([...section.querySelectorAll('.point > ul > li')].map(text)).to.deep.equal(warningSigns(2).map((id) => signs[id].label));
      expect(text(section)).to.contain(signs['rf2-age'].watch);
      expect(shadowText(el)).not.to.contain(signs['rf2-age'].label);
    });
  }
});

describe('<sdm-benefits-harms>: "What we checked today" only with a plan that records checks', () => {
  const looksFor: Record<Locale, string> = {
    'en-GB': 'What your GP looks for',
    'en-US': 'What your doctor looks for',
    'es-US': 'Qué busca su médico',
    'es-ES': 'Qué busca su médico de familia',
  };
  for (const locale of LOCALES) {
    it(`${locale}: without a plan, "${looksFor[locale]}", and no claim about today`, async () => {
      const el = await explainer(threatHigh(), { lang: locale });
      expect(text($(el, '[data-section="looks-for"] h3'))).to.equal(looksFor[locale]);
      expect($(el, '[data-section="checked-today"]')).to.equal(null);
      expect(shadowText(el)).not.to.match(/what we checked today|today we (asked|checked|found)/i);
      await expect(el).to.be.accessible();
    });

    it(`${locale}: a plan that checked nothing yet is no plan for this`, async () => {
      const el = await fixture<B>(
        html`<sdm-benefits-harms lang=${locale} .profile=${threatHigh()} .plan=${defaultPlan(TODAY)}></sdm-benefits-harms>`,
      );
      expect(text($(el, '[data-section="looks-for"] h3'))).to.equal(looksFor[locale]);
      expect($(el, '[data-section="checked-today"]')).to.equal(null);
    });

    it(`${locale}: .plan with checks (as JSON text too): "What we checked today"`, async () => {
      for (const plan of [planWith(null, 'absent'), JSON.stringify(planWith(null, 'absent'))]) {
        const el = await fixture<B>(html`<sdm-benefits-harms lang=${locale} .profile=${threatHigh()} .plan=${plan}></sdm-benefits-harms>`);
        expect(text($(el, '[data-section="checked-today"] h3'))).to.equal('What we checked today');
        expect($(el, '[data-section="looks-for"]')).to.equal(null);
        await expect(el).to.be.accessible();
      }
    });

    it(`${locale}: plan-for: "What we checked today" once the linked plan records checks; a missing id links nothing`, async () => {
      const root = await fixture(html`<div lang=${locale}>
        <sdm-watchful-waiting-plan id="checked-plan-${locale}" today=${TODAY}></sdm-watchful-waiting-plan>
        <sdm-benefits-harms plan-for="checked-plan-${locale}" .profile=${threatHigh()}></sdm-benefits-harms>
        <sdm-benefits-harms plan-for="no-such-plan" .profile=${threatHigh()}></sdm-benefits-harms>
      </div>`);
      const [linked, unlinked] = [...root.querySelectorAll<B>('sdm-benefits-harms')];
      await linked!.updateComplete;
      expect($(linked!, '[data-section="looks-for"]')).to.not.equal(null);
      root.querySelector<SdmWatchfulWaitingPlan>('sdm-watchful-waiting-plan')!.plan = planWith(null, 'absent');
      await linked!.updateComplete;
      expect(text($(linked!, '[data-section="checked-today"] h3'))).to.equal('What we checked today');
      expect(text($(unlinked!, '[data-section="looks-for"] h3'))).to.equal(looksFor[locale]);
      await expect(linked).to.be.accessible();
    });
  }
});

describe("<sdm-benefits-harms>: radiation in the registry's figures, with no word that plays it down", () => {
  for (const locale of LOCALES) {
    for (const [name, p] of [
      ['neutral', null],
      ['harms underestimated', profile(2, 2, 2, { 'thr-4': 5 })],
    ] as const) {
      it(`${locale}, ${name}: no "small", "tiny", "low dose" or "slight" about radiation; X-ray and CT figures with their registry facts`, async () => {
        const el = await explainer(p, { lang: locale });
        for (const d of $$<HTMLDetailsElement>(el, 'details')) d.open = true;
        const sentences = shadowText(el).split(/(?<=[.!?:])\s+/);
        const aboutRadiation = sentences.filter((x) => /radiation|x-ray|\bCT\b|\bdose\b/i.test(x));
        expect(aboutRadiation.length).to.be.greaterThan(3);
        expect(aboutRadiation.filter((x) => /\b(small|smaller|tiny|slight|slightly|low[- ]dose|minimal)\b/i.test(x))).to.deep.equal([]);
        for (const scan of ['xray', 'ct'] as const) {
          const id = radiationFactId(scan);
          const shown = $$(el, `[data-fact="${id}"]`);
          expect(shown, id).to.have.length(3);
          for (const f of shown) expect(text(f)).to.contain(localeText(locale).facts.text[id]!.statement);
        }
      });
    }
  }
});

describe('<sdm-benefits-harms>: a plan that cannot be read', () => {
  for (const [name, input] of [
    ['text that is not JSON', '{"redFlags": oops'],
    ['an object with no red-flag review', { goals: ['walk'] }],
    ['a number', 42],
  ] as const) {
    it(`${name}: a visible problem, sdm-error invalid-plan, and the explainer as without a plan`, async () => {
      const wrapper = await fixture(html`<div lang="en-GB"></div>`);
      const errors = collectErrors(wrapper);
      const el = document.createElement('sdm-benefits-harms') as B;
      el.profile = threatHigh();
      el.plan = input as unknown as Plan;
      wrapper.append(el);
      await el.updateComplete;
      expect(errors.map((e) => e.code)).to.deep.equal(['invalid-plan']);
      expect(errors[0]!.field).to.equal('plan');
      expect(text($(el, '[role="alert"]'))).to.match(/plan could not be read/i);
      expect($(el, '.comparison')).to.not.equal(null);
      expect($(el, '[data-section="looks-for"]')).to.not.equal(null);
      expect($(el, '[data-section="checked-today"]')).to.equal(null);
      await expect(el).to.be.accessible();
      el.plan = planWith(null, 'absent');
      await el.updateComplete;
      expect($(el, '[role="alert"]')).to.equal(null);
      expect($(el, '[data-section="checked-today"]')).to.not.equal(null);
    });
  }
});

describe('<sdm-benefits-harms>: the guidance box in each level, on screen and on paper', () => {
  afterEach(() => emulateMedia({ media: 'screen' }));

  it('urgent guidance has the urgent colours (not the emergency ones), black on paper; emergency keeps its own', async () => {
    const urgent = await explainerWithPlan(
      rowsFor('rf2-fever').find((r) => r.shown === 'seen-today')!,
      'en-GB',
    );
    const emergency = await explainerWithPlan(
      rowsFor('rf1-chest').find((r) => r.shown === 'seen-now')!,
      'en-GB',
    );
    const border = (el: B) => getComputedStyle($(el, '[part="emergency"]')!).borderTopColor;
    expect(border(urgent)).to.equal('rgb(138, 75, 0)');
    expect(border(emergency)).to.equal('rgb(176, 0, 32)');
    expect(getComputedStyle($(urgent, '[part="emergency"] h2')!).color).to.equal('rgb(138, 75, 0)');
    const action = $$(urgent, '.emergency-text')[0]!;
    expect(getComputedStyle(action).fontWeight).to.equal('700');
    await emulateMedia({ media: 'print' });
    expect(border(urgent)).to.equal('rgb(0, 0, 0)');
  });

  it("a point's action has the emphasis of the plan's tier actions", async () => {
    const el = await explainer(threatHigh());
    const action = $(el, '[data-section="scan-triggers"] .action')!;
    const base = parseFloat(getComputedStyle($(el, '[data-section="scan-triggers"] .point p')!).fontSize);
    expect(getComputedStyle(action).fontWeight).to.equal('700');
    expect(parseFloat(getComputedStyle(action).fontSize)).to.be.closeTo(base * 1.15, 0.5);
  });
});

describe('<sdm-benefits-harms>: "About this information" on a phone', () => {
  afterEach(() => setViewport({ width: 800, height: 600 }));
  for (const locale of REGISTRY_LOCALES) {
    for (const width of [390, 320]) {
      it(`${locale} at ${width} px: each date on one line, nothing wider than the screen`, async () => {
        await setViewport({ width, height: 800 });
        const wrapper = await fixture<HTMLDivElement>(
          html`<div lang=${locale} style="margin: 0"><sdm-benefits-harms variant="full"></sdm-benefits-harms></div>`,
        );
        const el = wrapper.firstElementChild as B;
        await el.updateComplete;
        const about = $(el, 'details.about') as HTMLDetailsElement;
        about.open = true;
        const times = [...about.querySelectorAll<HTMLElement>('dd time')];
        expect(times.length).to.equal(2);
        for (const time of times) {
          const lines = new Set([...time.getClientRects()].map((r) => Math.round(r.top)));
          expect(lines.size, `"${time.textContent}" on one line`).to.equal(1);
          expect(time.getBoundingClientRect().right).to.be.at.most(width + 0.5);
        }
        for (const cell of about.querySelectorAll('dt, dd'))
          expect(cell.getBoundingClientRect().right, cell.textContent ?? '').to.be.at.most(width + 0.5);
      });
    }
  }
});

describe('the explainer following a plan uses the plan’s own services, as the plan does', () => {
  for (const locale of REGISTRY_LOCALES) {
    it(`${locale}: the plan's emergency number and same-day place, in both tiers' actions; the page's service kept`, async () => {
      const words = say(locale);
      const plan = {
        ...defaultPlan('2026-11-23'),
        redFlags: Object.fromEntries(SIGN_IDS.map((id) => [id, 'absent'])),
        services: { emergency: { number: '113' }, urgent: { place: words.overrides.planPlace } },
      };
      const wrapper = await fixture<HTMLDivElement>(html`<div lang=${locale}>
        <sdm-benefits-harms variant="full" emergency-service=${words.overrides.pageService} .plan=${plan}></sdm-benefits-harms>
      </div>`);
      const bh = wrapper.firstElementChild as B;
      await bh.updateComplete;
      const said = shadowText(bh);
      // Both tiers' actions, with the plan's number and place, and the page's service.
      expect(said).to.match(new RegExp(words.emergencyAction(words.overrides.pageService, '113').source.slice(1)));
      expect(said).to.contain(words.overrides.planPlace);
      expect(said).not.to.contain(SERVICES[locale].tier1);
      expect(said).not.to.contain(SERVICES[locale].tier2);
      await expect(wrapper).to.be.accessible();
    });
  }
});
