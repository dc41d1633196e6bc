// Hydration support must run before Lit loads: it is the first import.
import '@lit-labs/ssr-client/lit-element-hydrate-support.js';
import { expect, nextFrame } from '@open-wc/testing';
import { ITEM_IDS, SELF_CARE_IDS, TIER1_IDS, type Answers, type Plan } from '@scanwise/core';
import '../../packages/elements/src/define.js';
import type { SdmImagingQuestionnaire } from '../../packages/elements/src/imaging-questionnaire/imaging-questionnaire.js';
import type { SdmIconArray } from '../../packages/elements/src/icon-array/icon-array.js';
import type { SdmWatchfulWaitingPlan } from '../../packages/elements/src/watchful-waiting-plan/watchful-waiting-plan.js';
import fixtures from './fixtures/ssr/index.json';
import './helpers/locales.js';

/**
 * Server-rendered elements (test/browser/fixtures/ssr, written by scripts/ssr-fixtures.mjs from
 * @lit-labs/ssr output) put in the page as a portal sends them, declarative shadow roots and
 * all, then hydrated: no hydration error, the same shadow DOM as a render in the browser from
 * the same data, and live afterwards.
 */

interface Fixture {
  name: string;
  tag: string;
}

const base = new URL('./fixtures/ssr/', import.meta.url);
const index: Fixture[] = fixtures;
const fixtureHtml = async (name: string) => (await fetch(new URL(`${name}.html`, base))).text();

/** The HTML without its declarative shadow root: what the browser renders itself. */
const clientOnly = (html: string) => html.replace(/<template shadowroot[^>]*>[\s\S]*?<\/template>/g, '');

/** Everything that reports a failed hydration: thrown updates, uncaught errors, console errors and warnings. */
function watchErrors() {
  const errors: string[] = [];
  const onError = (e: ErrorEvent) => errors.push(`error: ${e.message}`);
  const onRejection = (e: PromiseRejectionEvent) => {
    errors.push(`unhandled rejection: ${e.reason}`);
    e.preventDefault();
  };
  const { error, warn } = console;
  console.error = (...args: unknown[]) => {
    errors.push(`console.error: ${args.join(' ')}`);
    error.apply(console, args);
  };
  console.warn = (...args: unknown[]) => {
    errors.push(`console.warn: ${args.join(' ')}`);
    warn.apply(console, args);
  };
  addEventListener('error', onError);
  addEventListener('unhandledrejection', onRejection);
  return {
    errors,
    stop() {
      console.error = error;
      console.warn = warn;
      removeEventListener('error', onError);
      removeEventListener('unhandledrejection', onRejection);
    },
  };
}

type LitHost = HTMLElement & { updateComplete: Promise<boolean> };

/**
 * Puts HTML in the page as the parser would (`setHTMLUnsafe`: declarative shadow roots become
 * shadow roots), and waits for the element to finish updating, and for any update it asks for
 * next (a hydrated plan then draws its calendar link). Resolves to the element and any error
 * its updates threw.
 */
async function place(html: string, tag: string): Promise<{ el: LitHost; thrown: unknown[] }> {
  const host = document.createElement('div');
  document.body.append(host);
  host.setHTMLUnsafe(html);
  const el = host.querySelector(tag) as LitHost;
  const thrown: unknown[] = [];
  for (let i = 0; i < 3; i++) {
    try {
      await el.updateComplete;
    } catch (e) {
      thrown.push(e);
    }
    await nextFrame();
  }
  return { el, thrown };
}

/** Ids differ by a count per page (the server's root uses `0`), and a calendar file by when it was made. */
const normalId = (v: string) => v.replace(/\b(sdm-(?:q|bh|wwp|icon-array-))\d+/g, '$1#').replace(/DTSTAMP%3A\d{8}T\d{6}Z/g, 'DTSTAMP');

/**
 * The shadow DOM as a reader and a screen reader meet it: each element with its attributes
 * (sorted; Lit's markers and the style sheet left out) and live state (checked, value, open),
 * and the text.
 */
function snapshot(root: ShadowRoot): string[] {
  const out: string[] = [];
  const walk = (node: Node) => {
    for (const child of node.childNodes) {
      if (child instanceof Text) {
        const text = child.data.replace(/\s+/g, ' ').trim();
        if (text) out.push(`"${text}"`);
      } else if (child instanceof Element) {
        if (child.localName === 'style') continue;
        // A text box's value attribute is written by the server only (Lit SSR writes `.value` as
        // the attribute); what the box holds is its `.value`, compared below.
        const textBox = child instanceof HTMLInputElement && child.type !== 'radio' && child.type !== 'checkbox';
        const attrs = [...child.attributes]
          .filter((a) => !(textBox && a.name === 'value'))
          .map((a) => `${a.name}=${normalId(a.value)}`)
          .sort();
        const live: string[] = [];
        if (child instanceof HTMLInputElement) live.push(`.checked=${child.checked}`, `.value=${child.value}`);
        if (child instanceof HTMLTextAreaElement) live.push(`.value=${child.value}`);
        if (child instanceof HTMLDetailsElement) live.push(`.open=${child.open}`);
        if (child instanceof HTMLProgressElement) live.push(`.value=${child.value}`);
        out.push(`<${child.localName} ${[...attrs, ...live].join(' ')}>`);
        walk(child);
        out.push(`</${child.localName}>`);
      }
    }
  };
  walk(root);
  return out;
}

/** The radios and boxes that are on, by name (or field) and value. */
const onControls = (root: ParentNode) =>
  [...root.querySelectorAll<HTMLInputElement>('input[type="radio"], input[type="checkbox"]')]
    .filter((i) => i.checked)
    .map((i) => `${normalId(i.name || i.dataset.field || '')}=${i.value}`);

/** The answers a questionnaire fixture gives the browser (its JSON child): which radios should be on. */
function answeredRadios(html: string): string[] | null {
  const json = /<script type="application\/json">([\s\S]*?)<\/script>/.exec(html)?.[1];
  const a: Answers = json ? JSON.parse(json) : { emergency: {}, items: {} };
  return [
    ...TIER1_IDS.filter((id) => a.emergency[id] !== undefined).map((id) => `sdm-q#-${id}=${a.emergency[id] ? 'yes' : 'no'}`),
    ...ITEM_IDS.filter((id) => a.items[id] !== undefined).map((id) => `sdm-q#-${id}=${a.items[id]}`),
    ...(a.wantScan ? [`sdm-q#-want-scan=${a.wantScan}`] : []),
  ];
}

/** Id references (labels, descriptions, `<use>`) that name no element in the shadow root. */
function danglingRefs(root: ShadowRoot): string[] {
  const out: string[] = [];
  for (const el of root.querySelectorAll('[aria-labelledby], [aria-describedby], [aria-controls], label[for], use[href]')) {
    const ids = [
      el.getAttribute('aria-labelledby'),
      el.getAttribute('aria-describedby'),
      el.getAttribute('aria-controls'),
      el.getAttribute('for'),
      el.localName === 'use' ? el.getAttribute('href')?.replace(/^#/, '') : null,
    ]
      .flatMap((v) => (v ?? '').split(/\s+/))
      .filter(Boolean);
    for (const id of ids) if (!root.getElementById(id)) out.push(`${el.localName} → ${id}`);
  }
  return out;
}

afterEach(() => {
  document.body.replaceChildren();
});

describe('server-rendered elements hydrate in Chromium', () => {
  it('has every element among the fixtures', () => {
    expect([...new Set(index.map((f) => f.tag))].sort()).to.deep.equal([
      'sdm-benefits-harms',
      'sdm-icon-array',
      'sdm-imaging-questionnaire',
      'sdm-watchful-waiting-plan',
    ]);
  });

  for (const f of index) {
    describe(f.name, () => {
      it('is drawn before any script runs: the declarative shadow root is in the page', async () => {
        const html = await fixtureHtml(f.name);
        // Parsed in a document of its own, where no element is defined.
        const doc = Document.parseHTMLUnsafe(html);
        const el = doc.querySelector(f.tag)!;
        expect(el.shadowRoot, 'shadow root from the declarative template').to.not.equal(null);
        expect(el.shadowRoot!.querySelector('style')).to.not.equal(null);
        expect(el.shadowRoot!.textContent!.trim()).to.not.equal('');
        // What the reader sees before any script: radios on only where the answers say.
        if (f.tag === 'sdm-imaging-questionnaire') {
          const shown = onControls(el.shadowRoot!);
          expect(shown).to.deep.equal(
            answeredRadios(html)!.filter((r) => el.shadowRoot!.querySelector(`input[name="${r.split('=')[0]!.replace('#', '0')}"]`)),
          );
          if (f.name === 'questionnaire-blank') expect(shown).to.deep.equal([]);
        }
        // …and hydration turns none on or off.
        const { el: live } = await place(html, f.tag);
        expect(onControls(live.shadowRoot!)).to.deep.equal(onControls(el.shadowRoot!));
      });

      it('hydrates with no error, to the shadow DOM the browser draws from the same data', async () => {
        const html = await fixtureHtml(f.name);
        const watch = watchErrors();
        let hydrated: Awaited<ReturnType<typeof place>>;
        try {
          hydrated = await place(html, f.tag);
        } finally {
          watch.stop();
        }
        expect(hydrated.thrown.map(String)).to.deep.equal([]);
        expect(watch.errors).to.deep.equal([]);
        const client = await place(clientOnly(html), f.tag);
        expect(client.thrown).to.deep.equal([]);
        const want = snapshot(client.el.shadowRoot!);
        expect(want.length).to.be.greaterThan(10);
        expect(snapshot(hydrated.el.shadowRoot!)).to.deep.equal(want);
        expect(danglingRefs(hydrated.el.shadowRoot!)).to.deep.equal([]);
        // The server's markup was kept (hydrated, not drawn again): its style element is still there.
        expect(hydrated.el.shadowRoot!.querySelector('style')).to.not.equal(null);
        expect(client.el.shadowRoot!.querySelector('style')).to.equal(null);
      });

      it('passes axe once hydrated', async () => {
        const { el } = await place(await fixtureHtml(f.name), f.tag);
        await expect(el).to.be.accessible();
      });
    });
  }
});

describe('hydrated elements are live', () => {
  const radios = (el: Element) => [...el.shadowRoot!.querySelectorAll<HTMLInputElement>('input[type="radio"]')];
  const checked = (el: Element) =>
    radios(el)
      .filter((r) => r.checked)
      .map((r) => `${r.name.replace(/^sdm-q\d+-/, '')}=${r.value}`);

  it('blank questionnaire: no radio checked; a "yes" checks it, fires change and sdm-emergency, shows the instructions', async () => {
    const { el } = await place(await fixtureHtml('questionnaire-blank'), 'sdm-imaging-questionnaire');
    expect(checked(el)).to.deep.equal([]);
    const changes: Answers[] = [];
    let emergencies = 0;
    el.addEventListener('change', (e) => changes.push((e as CustomEvent<{ answers: Answers }>).detail.answers));
    el.addEventListener('sdm-emergency', () => emergencies++);
    el.shadowRoot!.querySelector<HTMLInputElement>(`[data-question="${TIER1_IDS[3]}"] input[value="yes"]`)!.click();
    await el.updateComplete;
    expect(changes).to.have.length(1);
    expect(changes[0]!.emergency).to.deep.equal({ [TIER1_IDS[3]!]: true });
    expect(emergencies).to.equal(1);
    expect(checked(el)).to.deep.equal([`${TIER1_IDS[3]}=yes`]);
    expect(el.shadowRoot!.querySelector('[part="emergency"]')).to.not.equal(null);
    // "None of these" is gone in an emergency; the answer can be changed back.
    el.shadowRoot!.querySelector<HTMLInputElement>(`[data-question="${TIER1_IDS[3]}"] input[value="no"]`)!.click();
    await el.updateComplete;
    expect(checked(el)).to.deep.equal([`${TIER1_IDS[3]}=no`]);
    expect(el.shadowRoot!.querySelector('[part="emergency"]')).to.equal(null);
    // Continue with questions left: each gets its message, named by id, next to what the server drew.
    [...el.shadowRoot!.querySelectorAll('button')].find((b) => b.classList.contains('primary'))!.click();
    await el.updateComplete;
    expect(el.shadowRoot!.querySelectorAll('.field-error')).to.have.length(TIER1_IDS.length - 1);
    expect(danglingRefs(el.shadowRoot!)).to.deep.equal([]);
    await expect(el).to.be.accessible();
  });

  it("emergency questionnaire: the radios checked are the answers, and the answers are the element's", async () => {
    const { el } = await place(await fixtureHtml('questionnaire-emergency'), 'sdm-imaging-questionnaire');
    expect(checked(el)).to.deep.equal([`${TIER1_IDS[0]}=no`, `${TIER1_IDS[1]}=yes`, `${TIER1_IDS[2]}=no`]);
    expect((el as unknown as SdmImagingQuestionnaire).answers.emergency).to.deep.equal({
      [TIER1_IDS[0]!]: false,
      [TIER1_IDS[1]!]: true,
      [TIER1_IDS[2]!]: false,
    });
  });

  it('answered questionnaire: changing an item fires change, and the worry box holds the worry', async () => {
    const { el } = await place(await fixtureHtml('questionnaire-answered'), 'sdm-imaging-questionnaire');
    expect(el.shadowRoot!.querySelector('textarea')!.value).to.equal('That something <serious> is being missed & "nobody" looks.');
    const changes: Answers[] = [];
    el.addEventListener('change', (e) => changes.push((e as CustomEvent<{ answers: Answers }>).detail.answers));
    // The answer given was 1 or 5: 4 is a change.
    const input = el.shadowRoot!.querySelector<HTMLInputElement>(`[data-question="${ITEM_IDS[0]}"] input[value="4"]`)!;
    expect(input.checked).to.equal(false);
    input.click();
    await el.updateComplete;
    expect(input.checked).to.equal(true);
    expect(changes.map((a) => a.items[ITEM_IDS[0]!])).to.deep.equal([4]);
    expect(checked(el).filter((c) => c.startsWith(`${ITEM_IDS[0]}=`))).to.deep.equal([`${ITEM_IDS[0]}=4`]);
  });

  it('questionnaire with persist: the copy kept before a reload comes back after hydrating', async () => {
    const kept: Answers = { emergency: Object.fromEntries(TIER1_IDS.map((id) => [id, false])), items: { [ITEM_IDS[2]!]: 2 } };
    sessionStorage.setItem('scanwise:ssr-test', JSON.stringify(kept));
    try {
      const html = (await fixtureHtml('questionnaire-blank')).replace(
        '<sdm-imaging-questionnaire ',
        '<sdm-imaging-questionnaire persist="ssr-test" ',
      );
      const watch = watchErrors();
      const { el, thrown } = await place(html, 'sdm-imaging-questionnaire');
      watch.stop();
      expect([...thrown, ...watch.errors]).to.deep.equal([]);
      expect((el as unknown as SdmImagingQuestionnaire).answers).to.deep.equal(kept);
      expect(el.shadowRoot!.querySelector('[part="items"]')).to.not.equal(null);
      expect(checked(el)).to.deep.equal([`${ITEM_IDS[2]}=2`]);
    } finally {
      sessionStorage.clear();
    }
  });

  it('explainer following a questionnaire (for): drawn untailored by the server, tailored once hydrated', async () => {
    const html = await fixtureHtml('explainer-linked');
    const serverText = Document.parseHTMLUnsafe(html).querySelector('sdm-benefits-harms')!.shadowRoot!.textContent!.replace(/\s+/g, ' ');
    const { el } = await place(html, 'sdm-benefits-harms');
    const tailored = await place(clientOnly(await fixtureHtml('explainer-tailored-summary')), 'sdm-benefits-harms');
    expect(el.shadowRoot!.textContent!.replace(/\s+/g, ' ') !== serverText, 'tailored after hydrating').to.equal(true);
    expect(snapshot(el.shadowRoot!)).to.deep.equal(snapshot(tailored.el.shadowRoot!));
  });

  it('plan in edit mode: ticking a self-care step fires change with the plan', async () => {
    const { el } = await place(await fixtureHtml('plan-edit'), 'sdm-watchful-waiting-plan');
    const plans: Plan[] = [];
    el.addEventListener('change', (e) => plans.push((e as CustomEvent<{ plan: Plan }>).detail.plan));
    const box = el.shadowRoot!.querySelector<HTMLInputElement>(`input[data-field="selfCare"][value="${SELF_CARE_IDS[6]}"]`)!;
    expect(box.checked).to.equal(false);
    box.click();
    await el.updateComplete;
    expect(plans).to.have.length(1);
    expect(plans[0]!.selfCare).to.include(SELF_CARE_IDS[6]);
    expect((el as unknown as SdmWatchfulWaitingPlan).plan.selfCare).to.include(SELF_CARE_IDS[6]);
    expect(el.shadowRoot!.querySelector<HTMLTextAreaElement>('textarea[data-field="goals"]')!.value).to.equal(
      'Pick up my grandchildren\nBack to work',
    );
  });

  it('patient plan: the calendar link, which the server does not draw, is there once hydrated', async () => {
    const { el } = await place(await fixtureHtml('plan-patient'), 'sdm-watchful-waiting-plan');
    const link = el.shadowRoot!.querySelector<HTMLAnchorElement>('a[part="calendar"]');
    expect(link?.href).to.match(/^data:text\/calendar/);
  });

  it('explainer summary: opening the full guide draws it', async () => {
    const { el } = await place(await fixtureHtml('explainer-summary'), 'sdm-benefits-harms');
    const before = el.shadowRoot!.textContent!.length;
    const details = [...el.shadowRoot!.querySelectorAll('details')].find((d) => d.dataset.print === 'closed');
    expect(details, 'the folded full guide').to.not.equal(undefined);
    details!.open = true;
    await new Promise((r) => details!.addEventListener('toggle', r, { once: true }));
    await (el as LitHost).updateComplete;
    expect(el.shadowRoot!.textContent!.length).to.be.greaterThan(before * 2);
  });

  it('icon array: a new count redraws the hydrated figure', async () => {
    const { el } = await place(await fixtureHtml('icon-array-count'), 'sdm-icon-array');
    const counted = () => el.shadowRoot!.querySelectorAll('svg[role="img"] use.counted').length;
    expect(counted()).to.equal(33);
    (el as unknown as SdmIconArray).count = 50;
    await (el as LitHost).updateComplete;
    expect(counted()).to.equal(50);
  });

  it('icon array with its own table: the built-in one the server drew goes once hydrated', async () => {
    const own = '<table slot="table"><caption>Own</caption><tr><th scope="row">had it</th><td>33</td></tr></table>';
    const html = (await fixtureHtml('icon-array-count')).replace('</sdm-icon-array>', `${own}</sdm-icon-array>`);
    const watch = watchErrors();
    const { el, thrown } = await place(html, 'sdm-icon-array');
    watch.stop();
    expect([...thrown, ...watch.errors]).to.deep.equal([]);
    expect(el.shadowRoot!.querySelector('details.table')).to.equal(null);
  });
});

describe('a mismatch is caught', () => {
  it('a page whose data differs from what the server drew fails to hydrate, and this test sees it', async () => {
    // Drawn with an emergency "yes", but the page gives the browser no answers.
    const html = (await fixtureHtml('questionnaire-emergency')).replace(/<script type="application\/json">[\s\S]*?<\/script>/, '');
    const watch = watchErrors();
    const { thrown } = await place(html, 'sdm-imaging-questionnaire');
    watch.stop();
    expect([...thrown.map(String), ...watch.errors].join('\n')).to.match(/Hydration value mismatch/);
  });
});
