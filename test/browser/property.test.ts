// Hardening (issue #14): property-based tests (fast-check) of the elements in real Chromium:
// `<sdm-watchful-waiting-plan>` `.plan` and `.profile`, `<sdm-benefits-harms>` `.profile` and
// `<sdm-imaging-questionnaire>` `.answers`, 1,000 cases each (junk, valid inputs with one thing
// made wrong, valid inputs full of hostile text), set again and again on one element. They check:
// setting never throws; no script runs (hostile text would set `window.__pwned`, a trap) and no
// request leaves the page; every invalid value gives a visible message (`role="alert"`, part
// `error`) listing its own problems, and one `sdm-error`; a valid value neither; and no stale
// render: after a valid value then another, the element draws the second (the plan: its kind and
// sections, and nothing of the first; the explainer's summary: its tailoring; every 20th case in
// full: the same DOM as a second element given the value alone), or keeps the valid answers as it
// promises and shows them (the questionnaire), with the message of the current value only.
//
// Seed: fixed (20261202, as the Node property tests), as the browser cannot read FC_SEED; a
// failure prints the seed, the path and the counterexample. To try another seed, run
// test/node/property.test.ts with FC_SEED, or change SEED here for a local run.
import { expect, fixture, html } from '@open-wc/testing';
import fc from 'fast-check';
import {
  defaultPlan,
  explainerModel,
  planModel,
  readProfile,
  SIGN_IDS,
  validateAnswers,
  validatePlan,
  validateProfile,
  type Answers,
  type ExpectationProfile,
  type Plan,
  type PlanModel,
  type SignId,
  type SignStatus,
} from '@scanwise/core';
import type { SdmErrorDetail } from '@scanwise/elements';
import '../../packages/elements/src/define.js';
import type { SdmBenefitsHarms } from '../../packages/elements/src/benefits-harms/benefits-harms.js';
import type { SdmImagingQuestionnaire } from '../../packages/elements/src/imaging-questionnaire/imaging-questionnaire.js';
import type { SdmWatchfulWaitingPlan } from '../../packages/elements/src/watchful-waiting-plan/watchful-waiting-plan.js';
import { collectErrors, shadowText } from './helpers/events.js';
import { withoutInvisible } from '../node/helpers/html-safety.js';
import {
  answersCases,
  DEFAULT_RUNS,
  DEFAULT_SEED,
  kindCounter,
  planCases,
  profileCases,
  runParameters,
  TODAY,
  validAnswers,
  validPlan,
  validProfile,
  type Case,
} from '../node/helpers/property-arbitraries.js';
import './helpers/locales.js';

type P = SdmWatchfulWaitingPlan;
type B = SdmBenefitsHarms;
type Q = SdmImagingQuestionnaire;
type Updating = HTMLElement & { updateComplete: Promise<unknown> };

const SEED = DEFAULT_SEED;
const RUNS = DEFAULT_RUNS;
const params = runParameters(SEED, RUNS);
/**
 * Every this many cases, the element is also compared in full with a second one given the case's
 * value alone (every case checks what is drawn against the model), and a problem message is laid
 * out to see that it is visible (every case checks it is there, as an alert with the problems):
 * doing both for every case would take minutes.
 */
const COMPARE_EVERY = 20;
/** A property of 1,000 cases takes a while on two busy cores. */
const PROPERTY_TIMEOUT = 300_000;

// ─── Traps: script that runs, requests that leave ───────────────────────────

/** Every value a payload assigned to `window.__pwned`. */
const pwned: unknown[] = [];
/** Every resource the page asked for, and when. */
const requests: { name: string; startTime: number }[] = [];
let scripts = 0;
const observer = new PerformanceObserver((list) => {
  for (const entry of list.getEntries()) requests.push({ name: entry.name, startTime: entry.startTime });
});

before(() => {
  document.documentElement.setAttribute('lang', 'en-GB');
  Object.defineProperty(window, '__pwned', {
    configurable: true,
    get: () => undefined,
    set: (value: unknown) => {
      pwned.push(value);
    },
  });
  scripts = document.scripts.length;
  observer.observe({ type: 'resource' });
});
after(() => {
  observer.disconnect();
  document.documentElement.removeAttribute('lang');
  delete (window as { __pwned?: unknown }).__pwned;
});

/** After a property that started at `since`: nothing ran, nothing was fetched, no script was added to the page. */
async function assertNothingRanOrLeft(since: number): Promise<void> {
  // An image's onerror runs after its failed load, and resource entries come in a later task: give them time.
  await new Promise((resolve) => setTimeout(resolve, 100));
  expect(pwned, 'script from the input ran').to.deep.equal([]);
  expect(
    requests.filter((r) => r.startTime >= since).map((r) => r.name),
    'requests left the page',
  ).to.deep.equal([]);
  expect(document.scripts.length, 'scripts added to the page').to.equal(scripts);
}

// ─── What a shadow root may hold ────────────────────────────────────────────

/** Elements that run script, load a document or fetch: none of the elements draws any. */
const FORBIDDEN = new Set([
  'script',
  'iframe',
  'frame',
  'object',
  'embed',
  'img',
  'image',
  'link',
  'base',
  'style',
  'video',
  'audio',
  'source',
  'math',
  'template',
  'noscript',
  'foreignobject',
  'meta',
  'form',
]);
const URL_ATTRIBUTES = new Set(['href', 'xlink:href', 'src', 'srcset', 'action', 'formaction', 'poster', 'data', 'background', 'ping', 'srcdoc']);

/** Every element under an element's shadow root, and under the shadow roots within (icon arrays). */
function allElements(root: ShadowRoot): Element[] {
  const out: Element[] = [];
  for (const el of root.querySelectorAll('*')) {
    out.push(el);
    if (el.shadowRoot) out.push(...allElements(el.shadowRoot));
  }
  return out;
}

/** What could run script or fetch, found by selectors alone (every case; the full scan below is slower). */
const SUSPECT = `${[...FORBIDDEN].join(',')},[style*="url("],${[...URL_ATTRIBUTES].map((a) => `[${a.replace(':', '\\:')}]`).join(',')}`;
let scans = 0;

/**
 * Everything in an element's shadow DOM that could run script or fetch: empty when safe. Every
 * case: the elements and URLs selectors find; every COMPARE_EVERY cases, every attribute of every
 * element (an event handler), shadow roots within too.
 */
function domProblems(el: Element, full = scans++ % COMPARE_EVERY === 0): string[] {
  const found: string[] = [];
  for (const node of full ? allElements(el.shadowRoot!) : el.shadowRoot!.querySelectorAll(SUSPECT)) {
    const tag = node.localName;
    if (FORBIDDEN.has(tag)) found.push(`<${tag}>`);
    for (const a of node.attributes) {
      const name = a.name.toLowerCase();
      if (name.startsWith('on') || name.includes('pwned')) found.push(`<${tag} ${name}>`);
      if (name === 'style' && /url\(|expression\(/i.test(a.value)) found.push(`<${tag} style="${a.value.slice(0, 60)}">`);
      if (!URL_ATTRIBUTES.has(name)) continue;
      const url = withoutInvisible(a.value).toLowerCase();
      // The plan's calendar link is a data: URL of the type text/calendar; icons use in-page references.
      const allowed = url.startsWith('#') || (tag === 'a' && name === 'href' && (url.startsWith('data:text/calendar;') || /^https?:\/\//.test(url)));
      if (!allowed) found.push(`<${tag} ${name}="${a.value.slice(0, 60)}">`);
    }
  }
  return found;
}

/**
 * The shadow DOM as a reader gets it, for comparing two elements: elements, attributes (sorted)
 * and text, shadow roots within too; no comments (Lit's markers), the instance's id prefix and
 * the calendar file's time stamp left out.
 */
function snapshot(el: Element): string {
  const walk = (n: Node): string => {
    if (n.nodeType === Node.TEXT_NODE) return n.textContent ?? '';
    if (n.nodeType !== Node.ELEMENT_NODE) return '';
    const e = n as Element;
    const attrs = [...e.attributes]
      .map((a) => `${a.name}="${a.name === 'href' && a.value.startsWith('data:text/calendar') ? 'calendar' : a.value}"`)
      .sort()
      .join(' ');
    const shadow = e.shadowRoot ? `#shadow(${[...e.shadowRoot.childNodes].map(walk).join('')})` : '';
    return `<${e.localName} ${attrs}>${shadow}${[...e.childNodes].map(walk).join('')}</${e.localName}>`;
  };
  return [...el.shadowRoot!.childNodes]
    .map(walk)
    .join('')
    .replace(/sdm-(wwp|bh|q)\d+/g, 'sdm-$1');
}

/** Layout is the slowest step by far: whether a message is visible is checked every so many cases. */
let layouts = 0;

/** The problem messages an element shows (part `error`): none, or exactly one alert (visible). */
function shownProblems(el: Element): string[] | null {
  const boxes = [...el.shadowRoot!.querySelectorAll<HTMLElement>('[part="error"]')];
  if (!boxes.length) return null;
  expect(boxes, 'one problem message').to.have.length(1);
  const box = boxes[0]!;
  expect(box.getAttribute('role')).to.equal('alert');
  if (layouts++ % COMPARE_EVERY === 0) expect(box.checkVisibility(), 'the problem message is visible').to.equal(true);
  return [...box.querySelectorAll('li')].map((li) => li.textContent ?? '');
}

/**
 * After a value: exactly the `expected` problems shown (the first 5) and sent in one new `sdm-error`
 * (with their count), or, with none expected, no message and no event.
 */
function assertReported(el: Element, errors: SdmErrorDetail[], before: number, expected: readonly { message: string }[], c: Case): void {
  const shown = shownProblems(el);
  const messages = expected.slice(0, 5).map((p) => p.message);
  if (!expected.length) {
    expect(shown, `a problem shown for ${c.kind} input`).to.equal(null);
    expect(errors.length, 'sdm-error for input without problems').to.equal(before);
    return;
  }
  expect(shown, 'the problems of this value, shown').to.deep.equal(messages);
  expect(errors.length, 'one sdm-error').to.equal(before + 1);
  const detail = errors[errors.length - 1]!;
  expect(detail.problems.map((p) => p.message)).to.deep.equal(messages);
  expect(detail.count).to.equal(expected.length);
}

const allAbsent = () => Object.fromEntries(SIGN_IDS.map((id) => [id, 'absent'])) as Record<SignId, SignStatus>;

/** Each kind of case made up at least a tenth of the runs: the mix was run, not one part of it. */
function assertMix(counts: Record<Case['kind'], number>): void {
  for (const [kind, n] of Object.entries(counts)) expect(n, `${kind} cases of ${RUNS}`).to.be.at.least(RUNS / 10);
}

async function set<E extends Updating>(el: E, assign: (el: E) => void): Promise<void> {
  assign(el);
  await el.updateComplete;
}

/**
 * A valid plan that names a practice no generated value can (its name must go when the plan is
 * replaced), kept short (a step or two, one goal, no note): drawing a plan is the slowest step.
 */
const marked = (plan: Plan, mark: string): Plan => ({
  ...plan,
  selfCare: (plan.selfCare ?? []).slice(0, 2),
  selfCareNote: '',
  goals: (plan.goals ?? []).slice(0, 1),
  scanTriggers: (plan.scanTriggers ?? []).slice(0, 1),
  practice: { name: mark, phone: '', clinician: '' },
});

describe(`property-based tests in Chromium (fast-check seed ${SEED}, ${RUNS} runs each)`, () => {
  describe('the checks themselves', () => {
    const host = (markup: string) => {
      const el = document.createElement('div');
      el.attachShadow({ mode: 'open' }).innerHTML = markup;
      return el;
    };
    const bad: [string, boolean][] = [
      ['<p>x</p><img src="data:," alt="">', true],
      ['<a href=" java\tscript:void 0">x</a>', true],
      ['<a href="/relative">x</a>', true],
      ['<div style="background:url(data:,)">x</div>', true],
      ['<p onclick="void 0">x</p>', false],
      ['<p data-pwned="1">x</p>', false],
    ];
    for (const [markup, quick] of bad) {
      it(`flag ${markup}${quick ? '' : ' (in the full scan)'}`, () => {
        expect(domProblems(host(markup), true)).to.have.length.greaterThan(0);
        if (quick) expect(domProblems(host(markup), false)).to.have.length.greaterThan(0);
      });
    }
    it('pass escaped text, in-page references, links to sources and the calendar file', () => {
      const ok = host(
        '<p title="&lt;img onerror=x&gt;">&lt;script&gt;</p><svg><use href="#i"></use></svg><a href="https://doi.org/10.1/x">s</a><a href="data:text/calendar;charset=utf-8,x">c</a>',
      );
      expect(domProblems(ok, true)).to.deep.equal([]);
      expect(domProblems(ok, false)).to.deep.equal([]);
    });
    it('tell two drawings apart by their text or attributes, but not by comments or id prefixes', () => {
      expect(snapshot(host('<p id="sdm-wwp1-x">a<!--?lit$1$--></p>'))).to.equal(snapshot(host('<p id="sdm-wwp2-x">a</p>')));
      expect(snapshot(host('<p>a</p>'))).not.to.equal(snapshot(host('<p>a b</p>')));
      expect(snapshot(host('<p class="a">a</p>'))).not.to.equal(snapshot(host('<p class="b">a</p>')));
    });
  });

  describe('<sdm-watchful-waiting-plan> .plan', () => {
    it(`${RUNS} plans: valid, then the case; shows the case's plan alone; its problems shown and sent; nothing runs or leaves`, async function () {
      this.timeout(PROPERTY_TIMEOUT);
      const since = performance.now();
      const x = await fixture<P>(html`<sdm-watchful-waiting-plan today=${TODAY}></sdm-watchful-waiting-plan>`);
      const y = await fixture<P>(html`<sdm-watchful-waiting-plan today=${TODAY}></sdm-watchful-waiting-plan>`);
      const errors = collectErrors(x);
      let n = 0;
      const mix = kindCounter();
      await fc.assert(
        fc.asyncProperty(planCases, validPlan, async (c, valid) => {
          mix.add(c);
          const mark = `Stale Practice ${++n}`;
          const first = marked(valid, mark);
          expect(validatePlan(first, TODAY).ok, 'the first plan is valid').to.equal(true);
          await set(x, (el) => (el.plan = first));
          expect(shownProblems(x)).to.equal(null);
          expect(shadowText(x)).to.contain(mark);

          const before = errors.length;
          await set(x, (el) => (el.plan = c.value as Plan));
          const result = c.value == null ? null : validatePlan(c.value, TODAY);
          if (c.kind === 'valid') expect(result?.ok, 'a valid plan').to.equal(true);
          if (c.kind === 'mutated') expect(result?.ok, `a plan after: ${c.mutation}`).to.equal(false);
          assertReported(x, errors, before, result && !result.ok ? result.problems : [], c);
          // What is drawn is the case's plan (its valid parts), and nothing of the first.
          expect(shadowText(x), 'the first plan is still shown').not.to.contain(mark);
          const plan = result ? (result.ok ? result.plan : result.partial) : defaultPlan(TODAY);
          assertDrawn(x, planModel(plan, { locale: 'en-GB', today: TODAY }));
          expect(domProblems(x)).to.deep.equal([]);
          if (n % COMPARE_EVERY === 0) await assertSameAsAlone(x, y, (el, v) => (el.plan = v as Plan), c.value);
        }),
        params,
      );
      assertMix(mix.counts);
      await assertNothingRanOrLeft(since);
      // A representative invalid state: hostile text kept, a wrong field reported.
      await set(
        x,
        (el) =>
          (el.plan = {
            ...marked(fc.sample(validPlan, { seed: SEED, numRuns: 1 })[0]!, '"><img src=x onerror=window.__pwned=1>'),
            selfCareNote: 42,
          } as unknown as Plan),
      );
      expect(shownProblems(x)).to.have.length(1);
      await expect(x).to.be.accessible();
    });
  });

  describe('<sdm-watchful-waiting-plan> .profile', () => {
    it(`${RUNS} profiles: valid, then the case; the plan tailored by the case alone; its problems shown and sent; nothing runs or leaves`, async function () {
      this.timeout(PROPERTY_TIMEOUT);
      const since = performance.now();
      // A short watchful-waiting plan (every sign checked and absent), which the profile tailors.
      const plan: Plan = {
        ...defaultPlan(TODAY),
        redFlags: allAbsent(),
        selfCare: ['keep-active', 'walking'],
        goals: ['"><img src=/__pwned.png onerror=window.__pwned=1>'],
        practice: { name: 'Riverside', phone: '', clinician: '<script>window.__pwned=1</script>' },
      };
      const x = await fixture<P>(html`<sdm-watchful-waiting-plan today=${TODAY} .plan=${plan}></sdm-watchful-waiting-plan>`);
      const y = await fixture<P>(html`<sdm-watchful-waiting-plan today=${TODAY} .plan=${plan}></sdm-watchful-waiting-plan>`);
      const errors = collectErrors(x);
      let n = 0;
      const mix = kindCounter();
      await fc.assert(
        fc.asyncProperty(profileCases, validProfile, async (c, valid) => {
          mix.add(c);
          await set(x, (el) => (el.profile = valid as ExpectationProfile));
          expect(shownProblems(x)).to.equal(null);

          const before = errors.length;
          await set(x, (el) => (el.profile = c.value as ExpectationProfile));
          const read = readProfile(c.value);
          if (c.kind === 'valid') expect(read.problems, 'a valid profile').to.deep.equal([]);
          if (c.kind === 'mutated') expect(read.problems.length, `a profile after: ${c.mutation}`).to.be.greaterThan(0);
          assertReported(x, errors, before, read.problems, c);
          // The plan as the case's profile tailors it (the order of its sections, its kind): not as the first did.
          assertDrawn(x, planModel(plan, { locale: 'en-GB', today: TODAY, profile: read.profile }));
          expect(domProblems(x)).to.deep.equal([]);
          if (++n % COMPARE_EVERY === 0) await assertSameAsAlone(x, y, (el, v) => (el.profile = v as ExpectationProfile), c.value);
        }),
        params,
      );
      assertMix(mix.counts);
      await assertNothingRanOrLeft(since);
      await set(
        x,
        (el) =>
          (el.profile = {
            themes: { thr: { level: '<script>window.__pwned=1</script>' } },
            flags: 'none',
            triage: 7,
          } as unknown as ExpectationProfile),
      );
      expect(shownProblems(x)!.length).to.be.greaterThan(0);
      await expect(x).to.be.accessible();
    });
  });

  describe('<sdm-benefits-harms> .profile', () => {
    // The one-page summary (the comparison at a glance, tailored): the full guide draws dozens of
    // icon arrays, too slow for 1,000 cases; its tailoring is the Node property test's.
    it(`${RUNS} profiles: valid, then the case; the summary tailored by the case alone; its problems shown and sent; nothing runs or leaves`, async function () {
      this.timeout(PROPERTY_TIMEOUT);
      const since = performance.now();
      const x = await fixture<B>(html`<sdm-benefits-harms variant="summary"></sdm-benefits-harms>`);
      const y = await fixture<B>(html`<sdm-benefits-harms variant="summary"></sdm-benefits-harms>`);
      const errors = collectErrors(x);
      let n = 0;
      const mix = kindCounter();
      await fc.assert(
        fc.asyncProperty(profileCases, validProfile, async (c, valid) => {
          mix.add(c);
          await set(x, (el) => (el.profile = valid as ExpectationProfile));
          expect(shownProblems(x)).to.equal(null);

          const before = errors.length;
          await set(x, (el) => (el.profile = c.value as ExpectationProfile));
          const problems = validateProfile(c.value);
          if (c.kind === 'valid') expect(problems, 'a valid profile').to.deep.equal([]);
          if (c.kind === 'mutated') expect(problems.length, `a profile after: ${c.mutation}`).to.be.greaterThan(0);
          assertReported(x, errors, before, problems, c);
          // Drawn as the case's profile reads: "get help now" exactly when it reports an emergency, the rows in its order.
          const model = explainerModel({ locale: 'en-GB', variant: 'summary', profile: readProfile(c.value).profile });
          const emergency = x.shadowRoot!.querySelector<HTMLElement>('[part="emergency"]');
          expect(emergency?.dataset.level ?? null, '"get help now"').to.equal(model.emergency?.level ?? null);
          expect(
            [...x.shadowRoot!.querySelectorAll<HTMLElement>('[part="glance"] tbody[data-row]')].map((r) => r.dataset.row),
            'the rows at a glance',
          ).to.deep.equal(model.glance?.rows.map((r) => r.id) ?? []);
          expect(domProblems(x)).to.deep.equal([]);
          if (++n % COMPARE_EVERY === 0) await assertSameAsAlone(x, y, (el, v) => (el.profile = v as ExpectationProfile), c.value);
        }),
        params,
      );
      assertMix(mix.counts);
      await assertNothingRanOrLeft(since);
      await set(
        x,
        (el) =>
          (el.profile = {
            themes: 'high',
            flags: { emergency: '"><svg onload=window.__pwned=1>' },
            triage: 'routine',
          } as unknown as ExpectationProfile),
      );
      expect(shownProblems(x)!.length).to.be.greaterThan(0);
      await expect(x).to.be.accessible();
    });
  });

  describe('<sdm-imaging-questionnaire> .answers', () => {
    it(`${RUNS} answers: valid, then the case; every valid answer kept, shown as kept; its problems shown and sent; nothing runs or leaves`, async function () {
      this.timeout(PROPERTY_TIMEOUT);
      const since = performance.now();
      const q = await fixture<Q>(html`<sdm-imaging-questionnaire></sdm-imaging-questionnaire>`);
      const errors = collectErrors(q);
      const mix = kindCounter();
      await fc.assert(
        fc.asyncProperty(answersCases, validAnswers, async (c, valid) => {
          mix.add(c);
          await set(q, (el) => (el.answers = valid));
          expect(shownProblems(q)).to.equal(null);
          const first = q.answers;

          const before = errors.length;
          await set(q, (el) => (el.answers = c.value as Answers));
          const result = validateAnswers(c.value);
          if (c.kind === 'valid') expect(result.ok, 'valid answers').to.equal(true);
          if (c.kind === 'mutated') expect(result.ok, `answers after: ${c.mutation}`).to.equal(false);
          assertReported(q, errors, before, result.ok ? [] : result.problems, c);
          // Valid answers replace; invalid ones keep every answer already given that they do not answer validly themselves.
          expect(q.answers).to.deep.equal(result.ok ? result.answers : kept(first, result.partial));
          assertShownAsKept(q);
          expect(domProblems(q)).to.deep.equal([]);
        }),
        params,
      );
      assertMix(mix.counts);
      await assertNothingRanOrLeft(since);
      await set(
        q,
        (el) =>
          (el.answers = {
            emergency: { 'rf1-chest': 'yes' },
            items: { 'thr-1': 9 },
            worry: '</textarea><script>window.__pwned=1</script>',
          } as unknown as Answers),
      );
      expect(shownProblems(q)!.length).to.be.greaterThan(0);
      await expect(q).to.be.accessible();
    });
  });
});

/** The plan drawn is the model's: its kind, and its sections in order. */
function assertDrawn(el: P, model: PlanModel): void {
  expect(el.shadowRoot!.querySelector<HTMLElement>('article.plan')?.dataset.kind, 'the kind of plan drawn').to.equal(model.kind);
  const drawn = [...el.shadowRoot!.querySelectorAll<HTMLElement>('.plan section[data-section]')].map((s) => s.dataset.section);
  expect(drawn, 'the sections drawn').to.deep.equal(model.sections.map((s) => s.id));
}

/**
 * No stale render, in full: the element that had another value first (`x`) shows exactly what a
 * second element (`y`) shows when given only this value (after none).
 */
async function assertSameAsAlone<E extends Updating>(x: E, y: E, assign: (el: E, value: unknown) => void, value: unknown): Promise<void> {
  await set(y, (el) => assign(el, null));
  await set(y, (el) => assign(el, value));
  expect(snapshot(x), 'not what the value alone shows').to.equal(snapshot(y));
}

/** Answers `given` earlier, with every valid answer of `partial` taking the place of theirs. */
function kept(given: Answers, partial: Answers): Answers {
  const wantScan = partial.wantScan ?? given.wantScan;
  const worry = partial.worry ?? given.worry;
  return {
    emergency: { ...given.emergency, ...partial.emergency },
    items: { ...given.items, ...partial.items },
    ...(wantScan ? { wantScan } : {}),
    ...(worry ? { worry } : {}),
  };
}

/** Every question on screen shows the answer kept, and only it (no answer left from before). */
function assertShownAsKept(q: Q): void {
  const a = q.answers;
  for (const group of q.shadowRoot!.querySelectorAll<HTMLElement>('[data-question]')) {
    const id = group.dataset.question!;
    const checked = [...group.querySelectorAll<HTMLInputElement>('input[type="radio"]')].filter((r) => r.checked).map((r) => r.value);
    const textarea = group.querySelector('textarea');
    if (textarea) {
      // (A text box gives its line breaks as \n.)
      expect(textarea.value, `the worry shown`).to.equal((a.worry ?? '').replace(/\r\n?/g, '\n'));
      continue;
    }
    const answer =
      id in a.emergency
        ? (a.emergency as Record<string, boolean>)[id]
        : id in a.items
          ? (a.items as Record<string, number>)[id]
          : id === 'want-scan'
            ? a.wantScan
            : undefined;
    const want = answer === undefined ? [] : [typeof answer === 'boolean' ? (answer ? 'yes' : 'no') : String(answer)];
    expect(checked, `the answer shown to ${id}`).to.deep.equal(want);
  }
}
