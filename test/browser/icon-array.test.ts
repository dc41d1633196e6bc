import { expect, fixture, html, nextFrame } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import '../../packages/elements/src/icon-array/define.js';
import type { SdmIconArray } from '../../packages/elements/src/icon-array/icon-array.js';
import { collectErrors, labelledByText, shadowText } from './helpers/events.js';
import './helpers/locales.js';

const $ = (el: Element, sel: string) => el.shadowRoot!.querySelector(sel);
const $$ = (el: Element, sel: string) => [...el.shadowRoot!.querySelectorAll(sel)];
const img = (el: Element) => $(el, 'svg[role="img"]') as SVGSVGElement | null;
const counted = (el: Element) => $$(el, 'svg[role="img"] use.counted');
const icons = (el: Element) => $$(el, 'svg[role="img"] use');

afterEach(async () => {
  await emulateMedia({ media: 'screen', colorScheme: 'light', forcedColors: 'none' });
});

describe('<sdm-icon-array> with a registry fact', () => {
  let el: SdmIconArray;
  beforeEach(async () => {
    el = await fixture(html`<sdm-icon-array fact="serious-cause"></sdm-icon-array>`);
  });

  it('draws 100 people, 1 of them counted, in the top-left corner', () => {
    expect(icons(el)).to.have.length(100);
    expect(counted(el)).to.have.length(1);
    expect(icons(el)[0]!.classList.contains('counted')).to.equal(true);
  });

  it("announces one clear sentence as the picture's name, and hides the icons", () => {
    const svg = img(el)!;
    expect(labelledByText(svg)).to.equal(
      'About 1 out of 100 people seeing a GP or physio with new low back pain turned out to have a serious cause over the next year. The other 99 did not.',
    );
    expect($(el, '.legend')!.getAttribute('aria-hidden')).to.equal('true');
  });

  it('captions who, when, the source with its link, date and certainty', () => {
    const caption = ($(el, 'figcaption') as HTMLElement).innerText.replace(/\s+/g, ' ');
    expect(caption).to.contain('Who: people seeing a GP or physio with new low back pain.');
    expect(caption).to.contain('When: over the next year.');
    expect(caption).to.contain('Source: Henschke et al. 2009, checked 23 November 2026. Based on good research.');
    expect(caption).to.contain('Numbers are rounded to whole people.');
    expect($(el, 'figcaption a')!.getAttribute('href')).to.equal('https://doi.org/10.1002/art.24853');
  });

  it('offers the same numbers as a table', async () => {
    const details = $(el, 'details') as HTMLDetailsElement;
    expect(details.open).to.equal(false);
    ($(el, 'summary') as HTMLElement).click();
    await nextFrame();
    expect(details.open).to.equal(true);
    const cells = $$(el, 'table tr').map((tr) => (tr as HTMLElement).innerText.replace(/\s+/g, ' ').trim());
    expect(cells).to.deep.equal(['Group Number of people', 'turned out to have a serious cause 1', 'did not 99', 'Total 100']);
    await expect(el).to.be.accessible();
  });

  it('passes axe', async () => {
    await expect(el).to.be.accessible();
  });

  it('fires no sdm-error', async () => {
    const errors = collectErrors(el);
    el.fact = 'recovered-1-year';
    await el.updateComplete;
    expect(errors).to.deep.equal([]);
    expect(counted(el)).to.have.length(72);
  });
});

describe('<sdm-icon-array> fills as one block, row by row', () => {
  for (const n of [0, 5, 33, 64, 99, 100]) {
    it(`count ${n}: the first ${n} people are counted`, async () => {
      const el: SdmIconArray = await fixture(
        html`<sdm-icon-array count=${n} label="had it" population="people like you" timeframe="in a year"></sdm-icon-array>`,
      );
      const flags = icons(el).map((p) => p.classList.contains('counted'));
      expect(flags.indexOf(false)).to.equal(n === 100 ? -1 : n);
      expect(flags.lastIndexOf(true)).to.equal(n - 1);
      await expect(el).to.be.accessible();
    });
  }
});

describe('<sdm-icon-array> with explicit numbers', () => {
  it('shows count, total, label, others and source', async () => {
    const el: SdmIconArray = await fixture(html`<sdm-icon-array
      count="30" total="100" label="had a disc bulge" others="had no bulge"
      population="people aged 20 with no back pain" timeframe="on one scan"
      source="Brinjikji et al. 2015" source-href="https://doi.org/10.3174/ajnr.A4173"></sdm-icon-array>`);
    expect(counted(el)).to.have.length(30);
    expect(shadowText(el)).to.contain('30 out of 100 people aged 20 with no back pain had a disc bulge on one scan. The other 70 had no bulge.');
    expect($(el, 'figcaption a')!.textContent).to.equal('Brinjikji et al. 2015');
    await expect(el).to.be.accessible();
  });

  it('says so when no source is given', async () => {
    const el: SdmIconArray = await fixture(html`<sdm-icon-array count="3" label="had it" population="people" timeframe="now"></sdm-icon-array>`);
    expect(shadowText(el)).to.contain('Source not given.');
  });

  it('draws other totals in rows of 10', async () => {
    const el: SdmIconArray = await fixture(
      html`<sdm-icon-array count="7" total="20" label="had it" population="people" timeframe="now"></sdm-icon-array>`,
    );
    expect(icons(el)).to.have.length(20);
    expect(img(el)!.getAttribute('viewBox')).to.equal('0 0 240 72');
  });

  it('lets the page put its own table in the "table" slot', async () => {
    const el: SdmIconArray = await fixture(html`<sdm-icon-array fact="serious-cause">
      <table slot="table"><caption>Our table</caption><tr><th scope="row">Serious cause</th><td>1</td></tr></table>
    </sdm-icon-array>`);
    expect($(el, 'details')).to.equal(null);
    await expect(el).to.be.accessible();
  });
});

describe('<sdm-icon-array> bad input: a visible, announced message and sdm-error, never a blank', () => {
  const cases: { name: string; attrs: Record<string, string>; code: string; text: string }[] = [
    { name: 'unknown fact', attrs: { fact: 'not-a-fact' }, code: 'unknown-fact', text: 'There is no figure called "not-a-fact".' },
    { name: 'fact that is not people', attrs: { fact: 'mean-pain-6-weeks' }, code: 'not-people-fact', text: 'is not a number of people' },
    {
      name: 'count above total',
      attrs: { count: '120', total: '100' },
      code: 'count-above-total',
      text: 'The count (120) is more than the total (100).',
    },
    { name: 'negative count', attrs: { count: '-1' }, code: 'negative', text: '"count" cannot be below zero' },
    { name: 'non-numeric count', attrs: { count: 'many' }, code: 'not-a-number', text: '"count" should be a number, but it is "many".' },
    { name: 'part person', attrs: { count: '1.5' }, code: 'not-whole', text: 'whole number' },
    { name: 'non-numeric total', attrs: { count: '1', total: 'all' }, code: 'not-a-number', text: '"total" should be a number' },
    { name: 'nothing at all', attrs: {}, code: 'missing-count', text: 'No figure was given' },
    {
      name: 'hostile words',
      attrs: { count: '1', total: '<img src=x onerror=alert(1)>' },
      code: 'not-a-number',
      text: '<img src=x onerror=alert(1)>',
    },
  ];
  for (const c of cases) {
    it(c.name, async () => {
      const wrapper = await fixture(html`<div></div>`);
      const errors = collectErrors(wrapper);
      const el = document.createElement('sdm-icon-array');
      if (!('fact' in c.attrs)) Object.assign(c.attrs, { label: 'had it', population: 'people', timeframe: 'now', ...c.attrs });
      for (const [k, v] of Object.entries(c.attrs)) el.setAttribute(k, v);
      wrapper.append(el);
      await el.updateComplete;
      const alert = $(el, '[role="alert"]') as HTMLElement;
      expect(alert, 'visible message').not.to.equal(null);
      expect(alert.offsetHeight).to.be.greaterThan(0);
      expect(alert.textContent).to.contain('This picture of the numbers cannot be shown.');
      expect(alert.textContent).to.contain(c.text);
      expect(img(el)).to.equal(null);
      expect($(el, 'img')).to.equal(null);
      expect(errors).to.have.length(1);
      expect(errors[0]!.code).to.equal(c.code);
      expect(errors[0]!.component).to.equal('sdm-icon-array');
      expect(errors[0]!.message).to.contain(c.text);
      await expect(el).to.be.accessible();
    });
  }

  it('recovers when the input is fixed, and reports a problem once, not on every render', async () => {
    const el: SdmIconArray = await fixture(html`<sdm-icon-array count="200" label="had it" population="people" timeframe="now"></sdm-icon-array>`);
    const errors = collectErrors(el);
    el.label = 'had it again';
    await el.updateComplete;
    expect(errors).to.have.length(0);
    el.count = 20;
    await el.updateComplete;
    expect($(el, '[role="alert"]')).to.equal(null);
    expect(counted(el)).to.have.length(20);
    el.count = 'oops';
    await el.updateComplete;
    expect(errors.map((e) => e.code)).to.deep.equal(['not-a-number']);
  });

  it('lists every problem at once', async () => {
    const el: SdmIconArray = await fixture(html`<sdm-icon-array count="x" total="y"></sdm-icon-array>`);
    expect($$(el, '[role="alert"] li')).to.have.length(5);
  });
});

describe('<sdm-icon-array> locale', () => {
  it('follows lang on an ancestor, and later changes to it', async () => {
    const wrapper = await fixture(html`<div lang="en-US"><sdm-icon-array fact="serious-cause"></sdm-icon-array></div>`);
    const el = wrapper.querySelector('sdm-icon-array')!;
    expect(shadowText(el)).to.contain('doctor or physical therapist');
    expect(shadowText(el)).to.contain('checked November 23, 2026');
    wrapper.setAttribute('lang', 'en-GB');
    await nextFrame();
    await el.updateComplete;
    expect(shadowText(el)).to.contain('GP or physio');
  });

  it('takes lang on the element itself', async () => {
    const el = await fixture(html`<sdm-icon-array lang="en-US" fact="serious-cause"></sdm-icon-array>`);
    expect(shadowText(el)).to.contain('doctor or physical therapist');
  });

  // Its note and sdm-error: test/browser/contract.test.ts.
  it('still draws the figure, in British English, for a language it does not have', async () => {
    const el = await fixture<SdmIconArray>(html`<sdm-icon-array lang="fr" fact="serious-cause"></sdm-icon-array>`);
    expect(counted(el)).to.have.length(1);
    expect(shadowText(el)).to.contain('GP or physio');
  });
});

describe('<sdm-icon-array> looks right everywhere', () => {
  const fill = (el: Element, cls: string) => getComputedStyle($(el, `svg[role="img"] use.${cls}`)!).fill;

  it('follows a dark colour scheme set by the page', async () => {
    const el = await fixture(html`<div style="color-scheme: dark; background: #121417"><sdm-icon-array fact="serious-cause"></sdm-icon-array></div>`);
    const dark = el.firstElementChild!;
    const light = await fixture(html`<sdm-icon-array fact="serious-cause"></sdm-icon-array>`);
    expect(fill(dark, 'counted')).not.to.equal(fill(light, 'counted'));
    expect(getComputedStyle(dark).color).to.equal('rgb(238, 241, 244)');
    await expect(dark).to.be.accessible();
  });

  it('takes theme colours from --sdm custom properties', async () => {
    const el = await fixture(html`<sdm-icon-array style="--sdm-icon-counted: rgb(1, 2, 3)" fact="serious-cause"></sdm-icon-array>`);
    expect(fill(el, 'counted')).to.equal('rgb(1, 2, 3)');
  });

  it('uses system colours in forced-colours mode, shape still telling the groups apart', async () => {
    await emulateMedia({ forcedColors: 'active' });
    const el = await fixture(html`<sdm-icon-array fact="serious-cause"></sdm-icon-array>`);
    const others = getComputedStyle($(el, 'svg[role="img"] use.others')!);
    expect(fill(el, 'counted')).to.equal(others.stroke);
    expect(fill(el, 'counted')).not.to.equal(others.fill);
  });

  it('prints in black and white with the table toggle hidden', async () => {
    const el = await fixture(html`<sdm-icon-array fact="serious-cause"></sdm-icon-array>`);
    await emulateMedia({ media: 'print' });
    expect(fill(el, 'counted')).to.equal('rgb(0, 0, 0)');
    expect(fill(el, 'others')).to.equal('rgb(255, 255, 255)');
    expect(getComputedStyle($(el, 'details')!).display).to.equal('none');
    expect(getComputedStyle($(el, '.summary')!).display).not.to.equal('none');
    // Who and when are in the sentence, the counts too: paper drops their repeats, never the source.
    const sentence = $(el, '.summary')!.textContent!;
    for (const cls of ['who', 'when']) {
      const line = $(el, `.caption .${cls}`)!;
      expect(line.checkVisibility(), cls).to.equal(false);
      expect(sentence).to.contain(
        line
          .textContent!.replace(/^[^:]*:\s*/, '')
          .replace(/\.\s*$/, '')
          .trim(),
      );
    }
    expect($(el, '.legend')!.checkVisibility()).to.equal(false);
    expect($(el, '.source')!.checkVisibility()).to.equal(true);
  });
});
