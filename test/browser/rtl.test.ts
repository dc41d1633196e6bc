/**
 * Right to left: every element drawn under `dir="rtl"` mirrors, so adding an RTL language is a
 * translation job only. Each element is drawn inside `<div dir="rtl" lang="en-GB">` and inside
 * `dir="ltr"`, and measured from the boxes in its shadow root (getBoundingClientRect): what comes
 * first sits at the inline start (left in LTR, right in RTL), tables put their first column there,
 * lists indent and text starts there, nothing pokes out of the host at 390 px, and axe passes.
 * (The CSS itself is checked for logical properties in test/node/logical-properties.test.ts.)
 *
 * A check that does not hold yet is listed in KNOWN_FAILURES, with what was measured: it still
 * runs, and passes while it fails as described. Once the element is fixed the check passes, and
 * the test then fails, asking for the entry to be removed, so the check becomes a real one.
 */
import { expect, fixture, html, nextFrame } from '@open-wc/testing';
import { emulateMedia, setViewport } from '@web/test-runner-commands';
import type { TemplateResult } from 'lit';
import { defaultPlan, ITEM_IDS, score, SIGN_IDS, TIER1_IDS, type Answers, type Plan, type SignId, type Tier1Id } from '@scanwise/core';
import '../../packages/elements/src/benefits-harms/define.js';
import '../../packages/elements/src/icon-array/define.js';
import '../../packages/elements/src/imaging-questionnaire/define.js';
import '../../packages/elements/src/watchful-waiting-plan/define.js';
import './helpers/locales.js';

type Dir = 'ltr' | 'rtl';
const DIRS: Dir[] = ['ltr', 'rtl'];
const TODAY = '2026-11-23';
/** Sub-pixel rounding between boxes. */
const SLACK = 1.5;

/**
 * Checks that do not hold yet, by full test title: what is wrong, measured. Remove an entry when
 * its element is fixed (the test says so).
 */
const KNOWN_FAILURES: Record<string, string> = {};

const $ = <T extends Element = HTMLElement>(el: Element, sel: string) => el.shadowRoot!.querySelector<T>(sel);
const $$ = <T extends Element = HTMLElement>(el: Element, sel: string) => [...el.shadowRoot!.querySelectorAll<T>(sel)];
const box = (el: Element) => el.getBoundingClientRect();
const visible = (el: Element) => el.checkVisibility() && box(el).width > 0;

/** The physical x of a box's inline start, and of its inline end. */
const startX = (r: DOMRect, dir: Dir) => (dir === 'rtl' ? r.right : r.left);
const endX = (r: DOMRect, dir: Dir) => (dir === 'rtl' ? r.left : r.right);
/** How far `x` is from the inline start, growing toward the inline end, in either direction. */
const along = (x: number, dir: Dir) => (dir === 'rtl' ? -x : x);

/** The x of an element's content box at its inline start (inside border and padding). */
function contentStartX(el: Element, dir: Dir): number {
  const r = box(el);
  const cs = getComputedStyle(el);
  return dir === 'rtl'
    ? r.right - parseFloat(cs.borderRightWidth) - parseFloat(cs.paddingRight)
    : r.left + parseFloat(cs.borderLeftWidth) + parseFloat(cs.paddingLeft);
}

/** The x where an element's first line of content starts (its text, or an inline box in it), or null when it has none. */
function firstLineStartX(el: Element, dir: Dir): number | null {
  const range = document.createRange();
  range.selectNodeContents(el);
  const rects = [...range.getClientRects()].filter((r) => r.width > 0 && r.height > 0);
  if (!rects.length) return null;
  const top = Math.min(...rects.map((r) => r.top));
  // The boxes on the first line: those that start within half a line of the topmost.
  const line = rects.filter((r) => r.top < top + Math.max(4, rects[0]!.height / 2));
  return dir === 'rtl' ? Math.max(...line.map((r) => r.right)) : Math.min(...line.map((r) => r.left));
}

/** A short name for an element in a message. */
function describe_(el: Element): string {
  const cls = el.getAttribute('class');
  const text = (el.textContent ?? '').replace(/\s+/g, ' ').trim().slice(0, 40);
  return `<${el.localName}${cls ? ` class="${cls}"` : ''}> "${text}"`;
}

/** Draws `tpl` inside `<div dir lang="en-GB">` and returns the element. */
async function mount<T extends HTMLElement>(dir: Dir, tpl: TemplateResult): Promise<T> {
  const wrapper = await fixture<HTMLDivElement>(html`<div dir=${dir} lang="en-GB">${tpl}</div>`);
  const el = wrapper.firstElementChild as T & { updateComplete?: Promise<unknown> };
  await el.updateComplete;
  await nextFrame();
  return el;
}

/** `it`, but a check listed in KNOWN_FAILURES must still fail; once it passes, the entry must go. */
function check(title: string, fn: () => Promise<void> | void): void {
  it(title, async function () {
    const full = this.test!.fullTitle();
    const known = KNOWN_FAILURES[full];
    if (known === undefined) return fn();
    let failed = false;
    try {
      await fn();
    } catch (e) {
      failed = true;
      console.warn(`KNOWN FAILURE (${full}): ${known}\n  ${(e as Error).message}`);
    }
    if (!failed) throw new Error(`"${full}" now passes: remove it from KNOWN_FAILURES in rtl.test.ts.`);
  });
}

// ----- Checks shared by every element -----

/** Nothing in the shadow root pokes out of the host's box sideways. */
function expectNoHorizontalOverflow(el: Element): void {
  const host = box(el);
  const out = $$(el, '*')
    .filter((n) => !(n instanceof SVGElement && n.localName !== 'svg') && visible(n))
    .filter((n) => {
      const cs = getComputedStyle(n);
      // Visually hidden text (clipped to 1 px) is not seen.
      return !(cs.position === 'absolute' && cs.clip !== 'auto');
    })
    .map((n) => ({ n, r: box(n) }))
    .filter(({ r }) => r.left < host.left - SLACK || r.right > host.right + SLACK)
    .map(
      ({ n, r }) => `${describe_(n)}: ${Math.round(r.left)}..${Math.round(r.right)} outside host ${Math.round(host.left)}..${Math.round(host.right)}`,
    );
  expect(out, out.join('\n')).to.deep.equal([]);
  expect(document.documentElement.scrollWidth, 'the page scrolls sideways').to.be.at.most(document.documentElement.clientWidth);
}

/** No visible text block is aligned to a physical side (`text-align: left|right`). */
function expectNoPhysicalTextAlign(el: Element): void {
  const bad = $$(el, '*')
    .filter(visible)
    .filter((n) => ['left', 'right'].includes(getComputedStyle(n).textAlign))
    .map((n) => `${describe_(n)}: text-align ${getComputedStyle(n).textAlign}`);
  expect(bad, bad.join('\n')).to.deep.equal([]);
}

// Summaries are left out: their chevron (::before) comes first, and a range does not measure it.
const TEXT_BLOCKS = 'h2, h3, h4, h5, p, li, dt, dd, legend, caption, th, label';

/** Text blocks aligned to the start begin their first line at the inline start of their content box. */
function expectTextStartsAtInlineStart(el: Element, dir: Dir): void {
  const bad: string[] = [];
  for (const n of $$(el, TEXT_BLOCKS).filter(visible)) {
    const cs = getComputedStyle(n);
    if (cs.textAlign !== 'start' || cs.display.startsWith('inline') || cs.display === 'contents') continue;
    // Flex and grid items are placed by their layout (the element checks test their order), not as a line of text.
    if (/flex|grid/.test(cs.display)) continue;
    const x = firstLineStartX(n, dir);
    if (x === null) continue;
    const want = contentStartX(n, dir);
    if (Math.abs(x - want) > 2) bad.push(`${describe_(n)}: first line starts at x=${Math.round(x)}, content start is x=${Math.round(want)}`);
  }
  expect(bad, bad.join('\n')).to.deep.equal([]);
}

/** Lists indent at the inline start: the gap between the list and its items is on the right in RTL. */
function expectListsIndentAtInlineStart(el: Element, dir: Dir): void {
  const bad: string[] = [];
  for (const list of $$(el, 'ul, ol').filter(visible)) {
    const cs = getComputedStyle(list);
    const pad = parseFloat(cs.paddingInlineStart);
    const li = [...list.children].find((c) => c.localName === 'li' && visible(c));
    if (!li) continue;
    const gap = along(startX(box(li), dir) - startX(box(list), dir), dir);
    const border = parseFloat(dir === 'rtl' ? cs.borderRightWidth : cs.borderLeftWidth);
    if (Math.abs(gap - pad - border) > SLACK + parseFloat(getComputedStyle(li).marginInlineStart)) {
      bad.push(`${describe_(list)}: padding-inline-start ${pad}px, but the item starts ${Math.round(gap)}px from the list's inline start`);
    }
  }
  expect(bad, bad.join('\n')).to.deep.equal([]);
}

/** In each row, the first cell is at the inline start: leftmost in LTR, rightmost in RTL. */
function expectFirstColumnAtInlineStart(table: Element, dir: Dir): void {
  const bad: string[] = [];
  for (const row of [...table.querySelectorAll('tr')].filter(visible)) {
    const cells = [...row.children].filter(visible);
    for (let i = 1; i < cells.length; i++) {
      const a = box(cells[i - 1]!);
      const b = box(cells[i]!);
      if (along(startX(b, dir), dir) <= along(startX(a, dir), dir)) {
        bad.push(`${describe_(row)}: cell ${i + 1} starts at x=${Math.round(startX(b, dir))}, not after cell ${i} (x=${Math.round(startX(a, dir))})`);
      }
    }
  }
  expect(bad, bad.join('\n')).to.deep.equal([]);
}

/**
 * The way a `details > summary::before` chevron points: the corner drawn by its two borders,
 * turned by its transform.
 */
function chevronPoints(summary: Element): 'left' | 'right' | 'up' | 'down' | 'none' {
  const cs = getComputedStyle(summary, '::before');
  if (cs.content === 'none' || cs.display === 'none') return 'none';
  const w = (v: string) => parseFloat(v) > 0;
  const sx = w(cs.borderRightWidth) ? 1 : w(cs.borderLeftWidth) ? -1 : 0;
  const sy = w(cs.borderBottomWidth) ? 1 : w(cs.borderTopWidth) ? -1 : 0;
  if (!sx || !sy) return 'none';
  const m = cs.transform === 'none' ? new DOMMatrix() : new DOMMatrix(cs.transform);
  const x = m.a * sx + m.c * sy;
  const y = m.b * sx + m.d * sy;
  return Math.abs(x) > Math.abs(y) ? (x > 0 ? 'right' : 'left') : y > 0 ? 'down' : 'up';
}

/** The common checks, for one element in one direction. */
function commonChecks(name: string, dir: Dir, make: () => Promise<HTMLElement>): void {
  check(`${name} [${dir}]: nothing overflows the host at 390 px`, async () => {
    expectNoHorizontalOverflow(await make());
  });
  check(`${name} [${dir}]: no text block is aligned to a physical side`, async () => {
    expectNoPhysicalTextAlign(await make());
  });
  check(`${name} [${dir}]: text blocks start at the inline start`, async () => {
    expectTextStartsAtInlineStart(await make(), dir);
  });
  check(`${name} [${dir}]: lists indent at the inline start`, async () => {
    expectListsIndentAtInlineStart(await make(), dir);
  });
  /** Each visible fold's chevron that does not point the way it should. */
  const wrongChevrons = (el: Element) => {
    const bad: string[] = [];
    for (const d of $$<HTMLDetailsElement>(el, 'details').filter(visible)) {
      const s = d.querySelector(':scope > summary')!;
      const want = d.open ? 'down' : dir === 'rtl' ? 'left' : 'right';
      const got = chevronPoints(s);
      if (got !== 'none' && got !== want) bad.push(`${describe_(s)} (${d.open ? 'open' : 'closed'}): points ${got}, should point ${want}`);
    }
    return bad;
  };
  check(`${name} [${dir}]: closed folds' chevrons point to the inline end`, async () => {
    const bad = wrongChevrons(await make());
    expect(bad, bad.join('\n')).to.deep.equal([]);
  });
  check(`${name} [${dir}]: open folds' chevrons point down`, async () => {
    const el = await make();
    for (const d of $$<HTMLDetailsElement>(el, 'details').filter(visible)) d.open = true;
    await nextFrame();
    const bad = wrongChevrons(el);
    expect(bad, bad.join('\n')).to.deep.equal([]);
  });
  if (dir === 'rtl') {
    check(`${name} [${dir}]: passes axe`, async () => {
      await expect(await make()).to.be.accessible();
    });
  }
}

beforeEach(async () => {
  await emulateMedia({ media: 'screen', reducedMotion: 'reduce' });
  await setViewport({ width: 390, height: 800 });
});
after(async () => {
  await emulateMedia({ media: 'screen', reducedMotion: 'no-preference' });
});

// ----- The elements -----

const noSigns = Object.fromEntries(TIER1_IDS.map((id) => [id, false])) as Record<Tier1Id, boolean>;
const someItems = Object.fromEntries(ITEM_IDS.map((id) => [id, id.startsWith('leg') ? 4 : 2])) as Answers['items'];
const profile = score({ emergency: noSigns, items: someItems, wantScan: 'not-sure' } as Answers);
const plan = (): Plan => ({
  ...defaultPlan(TODAY),
  redFlags: Object.fromEntries(SIGN_IDS.map((id) => [id, 'absent'])) as Record<SignId, 'absent'>,
  selfCare: ['keep-active', 'walking', 'exercises', 'heat', 'work'],
  goals: ['Pick up my grandson'],
  practice: { name: 'Riverside Medical Centre', phone: '01632 960123', clinician: 'Dr Amira Khan' },
  timeZone: 'Europe/London',
});

for (const dir of DIRS) {
  describe(`<sdm-icon-array> [${dir}]`, () => {
    const make = () => mount(dir, html`<sdm-icon-array fact="serious-cause"></sdm-icon-array>`);
    const people = (el: Element) => $$(el, 'svg[role="img"] use');

    check(`icon array [${dir}]: the first counted person is at the inline start`, async () => {
      const el = await make();
      const all = people(el);
      const first = all[0]!;
      expect(first.classList.contains('counted')).to.equal(true);
      const r = box(first);
      if (dir === 'ltr') expect(r.left, 'first icon is the leftmost').to.be.at.most(Math.min(...all.map((u) => box(u).left)) + 0.01);
      else
        expect(r.right, `first icon's right (${r.right}) is the largest (${Math.max(...all.map((u) => box(u).right))})`).to.be.at.least(
          Math.max(...all.map((u) => box(u).right)) - 0.01,
        );
      // And the first row fills from there: the second person is further toward the inline end.
      expect(along(startX(box(all[1]!), dir), dir)).to.be.greaterThan(along(startX(r, dir), dir));
    });

    check(`icon array [${dir}]: the picture sits at the figure's inline start`, async () => {
      const el = await make();
      const fig = $(el, '.figure')!;
      const svg = $(el, 'svg.array')!;
      expect(Math.abs(startX(box(svg), dir) - contentStartX(fig, dir))).to.be.at.most(SLACK);
    });

    check(`icon array [${dir}]: the key starts at the inline start, counted first, icon before words`, async () => {
      const el = await make();
      const fig = $(el, '.figure')!;
      const [a, b] = $$(el, '.legend li');
      expect(Math.abs(startX(box(a!), dir) - contentStartX(fig, dir)), 'first key item at the start').to.be.at.most(SLACK);
      // Side by side or wrapped, the second item is not before the first.
      const ra = box(a!);
      const rb = box(b!);
      if (Math.abs(ra.top - rb.top) < 2) expect(along(startX(rb, dir), dir)).to.be.greaterThan(along(startX(ra, dir), dir));
      for (const li of [a!, b!]) {
        const icon = box(li.querySelector('svg')!);
        const words = box(li.querySelector('span')!);
        expect(along(startX(words, dir), dir), 'the icon comes before its words').to.be.greaterThan(along(startX(icon, dir), dir));
      }
    });

    check(`icon array [${dir}]: the table's first column is at the inline start`, async () => {
      const el = await make();
      ($(el, 'summary') as HTMLElement).click();
      await nextFrame();
      expectFirstColumnAtInlineStart($(el, 'table')!, dir);
    });

    commonChecks('icon array', dir, make);
  });

  for (const variant of ['summary', 'full'] as const) {
    describe(`<sdm-benefits-harms variant="${variant}"> [${dir}]`, () => {
      const make = () => mount(dir, html`<sdm-benefits-harms variant=${variant} .profile=${profile}></sdm-benefits-harms>`);

      check(`benefits-harms ${variant} [${dir}]: the at-a-glance table's first column is at the inline start`, async () => {
        const el = await make();
        const table = $(el, '.glance-table')!;
        expect(visible(table)).to.equal(true);
        expectFirstColumnAtInlineStart(table, dir);
        const [first, second] = [...table.querySelectorAll('thead th')];
        const t = box(table);
        expect(Math.abs(startX(box(first!), dir) - startX(t, dir)), 'first column at the table start').to.be.at.most(SLACK);
        expect(Math.abs(endX(box(second!), dir) - endX(t, dir)), 'second column at the table end').to.be.at.most(SLACK);
      });

      check(`benefits-harms ${variant} [${dir}]: icon arrays in the guide fill from the inline start`, async () => {
        const el = await make();
        if (variant === 'summary') {
          const fold = $<HTMLDetailsElement>(el, 'details.full-guide')!;
          fold.open = true;
          await nextFrame();
          await (el as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
          await nextFrame();
        }
        const arrays = $$(el, 'svg.array').filter(visible);
        expect(arrays.length).to.be.greaterThan(0);
        for (const svg of arrays) {
          const all = [...svg.querySelectorAll('use')];
          const xs = all.map((u) => startX(box(u), dir));
          expect(startX(box(all[0]!), dir)).to.equal(dir === 'rtl' ? Math.max(...xs) : Math.min(...xs));
        }
      });

      commonChecks(`benefits-harms ${variant}`, dir, make);
    });
  }

  describe(`<sdm-watchful-waiting-plan> [${dir}]`, () => {
    const make = () => mount(dir, html`<sdm-watchful-waiting-plan today=${TODAY} .plan=${plan()} .profile=${profile}></sdm-watchful-waiting-plan>`);

    check(`plan [${dir}]: on paper, the week table's first column is at the inline start`, async () => {
      const el = await make();
      await emulateMedia({ media: 'print' });
      await nextFrame();
      const table = $(el, '.week-table');
      expect(table, 'a plan with self-care steps has a week table').to.not.equal(null);
      expect(visible(table!)).to.equal(true);
      expectFirstColumnAtInlineStart(table!, dir);
    });

    commonChecks('plan', dir, make);
  });

  describe(`<sdm-watchful-waiting-plan mode="edit"> [${dir}]`, () => {
    const make = () =>
      mount(dir, html`<sdm-watchful-waiting-plan mode="edit" name="plan" today=${TODAY} .plan=${plan()}></sdm-watchful-waiting-plan>`);

    check(`plan edit [${dir}]: each sign's name is at the inline start, its choices after it`, async () => {
      const el = await make();
      const signs = $$(el, 'fieldset.sign').filter(visible);
      expect(signs.length).to.be.greaterThan(0);
      for (const s of signs) {
        const legend = s.querySelector(':scope > legend')!;
        expect(Math.abs(startX(box(legend), dir) - contentStartX(s, dir)), describe_(legend)).to.be.at.most(SLACK);
        const radios = [...s.querySelectorAll('input[type=radio]')].filter(visible);
        for (let i = 1; i < radios.length; i++) {
          const a = box(radios[i - 1]!);
          const b = box(radios[i]!);
          if (Math.abs(a.top - b.top) < 4)
            expect(along(startX(b, dir), dir), 'choices run toward the inline end').to.be.greaterThan(along(startX(a, dir), dir));
        }
      }
    });

    commonChecks('plan edit', dir, make);
  });

  describe(`<sdm-imaging-questionnaire>, safety stage [${dir}]`, () => {
    const make = () => mount(dir, html`<sdm-imaging-questionnaire></sdm-imaging-questionnaire>`);

    check(`questionnaire safety [${dir}]: Yes comes before No, from the inline start`, async () => {
      const el = await make();
      for (const q of $$(el, 'fieldset.question').filter(visible)) {
        const [yes, no] = [...q.querySelectorAll('.choice')];
        expect(Math.abs(startX(box(yes!), dir) - contentStartX(q, dir)), describe_(q)).to.be.at.most(SLACK);
        expect(along(startX(box(no!), dir), dir)).to.be.greaterThan(along(startX(box(yes!), dir), dir));
        const radio = box(yes!.querySelector('input')!);
        const word = box(yes!.querySelector('span')!);
        expect(along(startX(word, dir), dir), 'the radio comes before its word').to.be.greaterThan(along(startX(radio, dir), dir));
      }
    });

    commonChecks('questionnaire safety', dir, make);
  });

  describe(`<sdm-imaging-questionnaire>, items stage [${dir}]`, () => {
    const make = () => mount(dir, html`<sdm-imaging-questionnaire .answers=${{ emergency: noSigns, items: {} }}></sdm-imaging-questionnaire>`);

    check(`questionnaire items [${dir}]: on a wide screen the scale runs from the inline start`, async () => {
      await setViewport({ width: 900, height: 800 });
      const el = await make();
      const q = $$(el, 'fieldset.scale').find(visible)!;
      const choices = [...q.querySelectorAll('.choice')];
      expect(choices).to.have.length(5);
      const xs = choices.map((c) => along(startX(box(c), dir), dir));
      expect(xs, 'one row, the first answer at the inline start').to.deep.equal([...xs].sort((a, b) => a - b));
      expect(new Set(choices.map((c) => Math.round(box(c).top))).size).to.equal(1);
    });

    check(`questionnaire items [${dir}]: the the progress words, then the bar, run from the inline start`, async () => {
      const el = await make();
      const p = $(el, '.progress')!;
      const kids = [...p.children].filter(visible);
      for (let i = 1; i < kids.length; i++) {
        expect(along(startX(box(kids[i]!), dir), dir)).to.be.greaterThan(along(startX(box(kids[i - 1]!), dir), dir));
      }
      expect(Math.abs(startX(box(kids[0]!), dir) - contentStartX(p, dir))).to.be.at.most(SLACK);
    });

    commonChecks('questionnaire items', dir, make);
  });
}
