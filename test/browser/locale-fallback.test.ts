import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { score, TIER1_IDS, type Answers, type Tier1Id } from '@scanwise/core';
import { executeServerCommand } from '@web/test-runner-commands';
import '../../packages/elements/src/define.js';
import type { SdmErrorDetail } from '../../packages/elements/src/shared/events.js';
import { SAY, SERVICES } from '../node/helpers/say.js';

/**
 * When a page's language cannot be served as asked, no emergency number is ever guessed:
 * - a pack whose files cannot be downloaded (this page blocks es-ES's): British English words,
 *   a notice and `sdm-error` (`unknown-locale`), and the emergency and same-day services worded
 *   for a region we do not know;
 * - a tag that only matched the language (en-AU, es-MX): the language's words, with the same
 *   unknown-region services, in every component (the explainer too).
 */

type El = HTMLElement & { updateComplete: Promise<unknown> };
const text = (el: Element) => el.shadowRoot?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
const noSigns = Object.fromEntries(TIER1_IDS.map((id) => [id, false])) as Record<Tier1Id, boolean>;
const reporting = (sign: Tier1Id) => score({ emergency: { ...noSigns, [sign]: true }, items: {} } as Answers);

/** Every region's numbers and services, none of which may be shown when the region is unknown. */
const REGION_WORDS = [/\b999\b/, /\b911\b/, /\b112\b/, /NHS 111/, /\bA&E\b/, /urgencias\b/, /sala de emergencias/];
const noRegionGuessed = (said: string) => {
  for (const word of REGION_WORDS) expect(said, `no region's service guessed (${word})`).not.to.match(word);
};

describe('a pack that cannot be downloaded: British English, a notice, and no number guessed', () => {
  before(async () => {
    // This file does not preload the packs (helpers/locales.ts would load es-ES's): the elements
    // load what they need, and es-ES's files are blocked before anything asks for them.
    await executeServerCommand('block-requests', { pattern: '**/locales/es-ES/**' });
  });

  const elements = [
    { name: 'the questionnaire', tag: 'sdm-imaging-questionnaire', says: /Your thoughts about scans/ },
    { name: 'the explainer', tag: 'sdm-benefits-harms', says: /Scan now/i },
    { name: 'the plan', tag: 'sdm-watchful-waiting-plan', says: /warning signs/i },
  ];
  for (const e of elements) {
    it(`${e.name}: English words, the notice, sdm-error, and both tiers' services for an unknown region`, async () => {
      const wrapper = await fixture<HTMLDivElement>(html`<div lang="es-ES"></div>`);
      const el = document.createElement(e.tag) as El;
      const error = oneEvent(wrapper, 'sdm-error');
      wrapper.append(el);
      const { detail } = (await error) as CustomEvent<SdmErrorDetail>;
      await el.updateComplete;
      expect(detail.problems.map((p) => p.code)).to.include('unknown-locale');
      const said = text(el);
      expect(said).to.match(e.says);
      expect(said).to.contain('This is shown in British English, because "es-ES" is not available yet.');
      noRegionGuessed(said);
      // The plan's safety net: both tiers, each with its action for a region we do not know.
      if (e.tag === 'sdm-watchful-waiting-plan') for (const action of Object.values(SAY.en.unknownRegion)) expect(said).to.contain(action);
      await expect(wrapper).to.be.accessible();
    });
  }

  it('the questionnaire: a "yes" to an emergency question still says what to do now, with no number guessed', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div lang="es-ES"><sdm-imaging-questionnaire></sdm-imaging-questionnaire></div>`);
    const q = wrapper.firstElementChild as El;
    await q.updateComplete;
    q.shadowRoot!.querySelector<HTMLInputElement>('[data-question="rf1-chest"] input[value="yes"]')!.click();
    await q.updateComplete;
    const said = q.shadowRoot!.querySelector('.emergency-text')!.textContent!.trim();
    expect(said).to.match(/^Get help now: call your local emergency number/);
    noRegionGuessed(said);
    await expect(wrapper).to.be.accessible();
  });

  it('the explainer with an emergency sign reported: what to do now, with no number guessed', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div lang="es-ES"><sdm-benefits-harms></sdm-benefits-harms></div>`);
    const bh = wrapper.firstElementChild as El & { profile: unknown };
    bh.profile = reporting('rf1-chest');
    await bh.updateComplete;
    expect(text(bh)).to.contain(SAY['en'].localNumber);
    noRegionGuessed(text(bh));
    await expect(wrapper).to.be.accessible();
  });
});

describe('a tag that only matched the language: no region’s services are guessed, in any component', () => {
  const cases = [
    { lang: 'en-AU', language: 'en' as const, locale: 'en-GB' as const },
    { lang: 'es-MX', language: 'es' as const, locale: 'es-US' as const },
  ];
  for (const c of cases) {
    it(`${c.lang}: the explainer's emergency guidance and safety net name no ${SERVICES[c.locale].tier1.match(/\d+/)?.[0]}`, async () => {
      const wrapper = await fixture<HTMLDivElement>(html`<div lang=${c.lang}>
        <sdm-benefits-harms></sdm-benefits-harms>
        <sdm-benefits-harms variant="full"></sdm-benefits-harms>
      </div>`);
      const [emergency, full] = [...wrapper.children] as (El & { profile: unknown })[];
      emergency!.profile = reporting('rf1-chest');
      await Promise.all([emergency!.updateComplete, full!.updateComplete]);
      expect(text(emergency!)).to.contain(SAY[c.language].localNumber);
      noRegionGuessed(text(emergency!));
      // The full guide's "when to get help" lists both tiers, each with its action.
      expect(text(full!)).to.contain(SAY[c.language].unknownRegion.tier1);
      expect(text(full!)).to.contain(SAY[c.language].unknownRegion.tier2);
      noRegionGuessed(text(full!));
      await expect(wrapper).to.be.accessible();
    });
  }
});
