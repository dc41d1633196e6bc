import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { afterEach, beforeEach, describe, it } from 'node:test';
import { localeText, TIER1_IDS, WANT_SCAN_ID, type Answers, type Plan } from '@scanwise/core';
import { CASES, fixtureFiles, renderCase, type SsrCase } from '../browser/fixtures/ssr/cases.js';
import '@scanwise/core/locales/all';

/**
 * Every element rendered on the server with @lit-labs/ssr, as a portal would: a declarative
 * shadow root, no boolean attribute written as "false" (a browser reads `checked="false"` as
 * checked), radios checked exactly where the data says, and nothing that failed to draw.
 */

/** Attributes whose presence alone means "on": any value, "false" included, is on. */
const BOOLEAN_ATTRIBUTES = [
  'checked',
  'selected',
  'disabled',
  'hidden',
  'open',
  'required',
  'readonly',
  'multiple',
  'autofocus',
  'inert',
  'novalidate',
  'formnovalidate',
  'reversed',
  'default',
  'ismap',
  'nomodule',
  'async',
  'defer',
  'allowfullscreen',
  'playsinline',
  'controls',
  'loop',
  'muted',
  'autoplay',
  'itemscope',
];
const BOOLEAN_WITH_VALUE = new RegExp(`\\s(${BOOLEAN_ATTRIBUTES.join('|')})\\s*=\\s*("[^"]*"|'[^']*'|[^\\s>]+)`, 'gi');

/** The markup, without style blocks and script data (their text is not markup). */
const markup = (html: string) => html.replace(/<style>[\s\S]*?<\/style>/g, '').replace(/<script[\s\S]*?<\/script>/g, '');

interface Control {
  type: string;
  name: string;
  value: string;
  field: string;
  checked: boolean;
}

/** Every radio and checkbox in the HTML, as the browser will read them. */
function controls(html: string): Control[] {
  const attr = (tag: string, name: string) => new RegExp(`\\s${name}="([^"]*)"`).exec(tag)?.[1] ?? '';
  return [...markup(html).matchAll(/<input\b[^>]*>/g)]
    .map(([tag]) => ({
      type: attr(tag, 'type'),
      name: attr(tag, 'name'),
      value: attr(tag, 'value'),
      field: attr(tag, 'data-field'),
      checked: /\schecked(?=[\s/>=])/.test(tag), // any value: checked="false" is checked
    }))
    .filter((c) => c.type === 'radio' || c.type === 'checkbox');
}

/** Whether the questionnaire's answers say this radio is the one chosen. */
function answeredWith(a: Answers, question: string, value: string): boolean {
  if ((TIER1_IDS as readonly string[]).includes(question)) {
    const yes = a.emergency[question as (typeof TIER1_IDS)[number]];
    return yes !== undefined && (yes ? 'yes' : 'no') === value;
  }
  if (question === WANT_SCAN_ID) return a.wantScan === value;
  const item = (a.items as Record<string, number | undefined>)[question];
  return item !== undefined && String(item) === value;
}

/** Whether the plan says this radio or checkbox of the clinician's form is on. */
function planSays(p: Plan, c: Control): boolean {
  if (c.field === 'selfCare') return (p.selfCare as string[]).includes(c.value);
  if (c.field === 'decision.kind') return p.decision?.kind === c.value;
  const sign = c.field.replace(/^redFlags\./, '') as keyof Plan['redFlags'];
  return p.redFlags[sign] === c.value;
}

let logged: unknown[][] = [];
const originalError = console.error;
beforeEach(() => {
  logged = [];
  console.error = (...args: unknown[]) => logged.push(args);
});
afterEach(() => {
  console.error = originalError;
});

describe('server rendering with @lit-labs/ssr', () => {
  for (const c of CASES) {
    describe(c.name, () => {
      let html = '';
      it('renders without throwing, logging or drawing the "could not be shown" message', () => {
        html = renderCase(c);
        assert.deepEqual(logged, []);
        assert.ok(!html.includes(localeText('en-GB').messages.problems.renderFailed.message));
        assert.doesNotMatch(markup(html), /part="error"/);
      });

      it('writes a declarative shadow root, with its styles', () => {
        html ||= renderCase(c);
        const open = new RegExp(`<${c.tag}\\b[^>]*><template shadowroot="open" shadowrootmode="open"[^>]*><style>`);
        assert.match(html, open);
        if (c.tag === 'sdm-imaging-questionnaire' || c.tag === 'sdm-watchful-waiting-plan') {
          assert.match(html, /<template shadowroot="open" shadowrootmode="open" shadowrootdelegatesfocus>/);
        }
      });

      it('writes no boolean attribute with a value ("false" would read as on)', () => {
        html ||= renderCase(c);
        assert.deepEqual(
          [...markup(html).matchAll(BOOLEAN_WITH_VALUE)].map((m) => m[0].trim()),
          [],
        );
      });

      it('checks exactly the radios and boxes its data says', () => {
        html ||= renderCase(c);
        const found = controls(html);
        const expected = (ctl: Control) =>
          c.answers ? answeredWith(c.answers, ctl.name.replace(/^sdm-q0-/, ''), ctl.value) : c.plan ? planSays(c.plan, ctl) : false;
        assert.deepEqual(
          found.filter((ctl) => ctl.checked !== expected(ctl)).map((ctl) => `${ctl.name || ctl.field}=${ctl.value} checked: ${ctl.checked}`),
          [],
        );
        if (c.name === 'questionnaire-blank') assert.equal(found.length, 16);
      });
    });
  }

  const only = (name: string): SsrCase => CASES.find((c) => c.name === name)!;
  const count = (html: string, re: RegExp) => [...markup(html).matchAll(re)].length;

  it('questionnaire: 8 emergency questions, no radio checked when nothing is answered', () => {
    const found = controls(renderCase(only('questionnaire-blank')));
    assert.deepEqual(
      [...new Set(found.map((c) => c.name))],
      TIER1_IDS.map((id) => `sdm-q0-${id}`),
    );
    assert.equal(found.filter((c) => c.checked).length, 0);
  });

  it('questionnaire: the emergency "yes" shows the instructions, and 3 radios are checked', () => {
    const html = renderCase(only('questionnaire-emergency'));
    assert.match(html, /part="emergency" role="alert"/);
    assert.match(html, /999/);
    assert.deepEqual(
      controls(html)
        .filter((c) => c.checked)
        .map((c) => `${c.name}=${c.value}`),
      [`sdm-q0-${TIER1_IDS[0]}=no`, `sdm-q0-${TIER1_IDS[1]}=yes`, `sdm-q0-${TIER1_IDS[2]}=no`],
    );
  });

  it("questionnaire: answers go to the items, the worry is escaped, and the language is the element's own", () => {
    const html = renderCase(only('questionnaire-answered'));
    assert.equal(count(html, /<input\b[^>]*\schecked[\s/>]/g), 13); // 12 items and want-scan
    assert.match(html, /part="items"/);
    assert.doesNotMatch(markup(html), /<serious>/);
    const us = renderCase(only('questionnaire-step-en-us'));
    assert.equal(count(us, /<fieldset\b[^>]*data-question=/g), 1);
    assert.match(us, /Question 1 of 14/);
  });

  it("explainer: neutral, tailored and summary draw what each says, in the element's language", () => {
    const neutral = renderCase(only('explainer-neutral'));
    const tailored = renderCase(only('explainer-tailored'));
    const summary = renderCase(only('explainer-summary'));
    assert.notEqual(markup(neutral), markup(tailored));
    assert.ok(summary.length < neutral.length / 3);
    assert.match(summary, /physical therapist/); // en-US words, from lang="en-US" on the element
    assert.doesNotMatch(summary, /physio\b/);
  });

  it("plan: the patient's plan has its goals but no calendar link; the form has its values", () => {
    const patient = renderCase(only('plan-patient'));
    assert.match(patient, /Pick up my grandchildren/);
    assert.doesNotMatch(patient, /part="calendar"|text\/calendar/);
    const edit = renderCase(only('plan-edit'));
    assert.match(edit, /<input\b[^>]*value="Riverside Health Centre"/);
    assert.ok(controls(edit).some((c) => c.checked && c.field === 'decision.kind' && c.value === 'wait'));
  });

  it('icon array: the count is drawn, and a relative source link is kept', () => {
    const html = renderCase(only('icon-array-count'));
    assert.equal(count(html, /<use\b[^>]*class="counted"/g), 33);
    assert.equal(count(html, /<use\b[^>]*class="others"/g), 67);
    assert.match(html, /href="\/sources\/brinjikji"/);
  });

  it("the browser test's fixtures are up to date (else: node --conditions=@scanwise/source --import tsx scripts/ssr-fixtures.mjs)", () => {
    const dir = new URL('../browser/fixtures/ssr/', import.meta.url);
    const files = fixtureFiles();
    const onDisk = readdirSync(dir).filter((f) => f.endsWith('.html') || f.endsWith('.json'));
    assert.deepEqual(onDisk.sort(), [...files.keys()].sort());
    for (const [name, text] of files) {
      assert.ok(readFileSync(new URL(name, dir), 'utf8') === text, `${name} is stale`);
    }
  });
});

describe('views bind boolean states so that the server writes them right', () => {
  const files = [
    'imaging-questionnaire/imaging-questionnaire',
    'benefits-harms/benefits-harms',
    'watchful-waiting-plan/watchful-waiting-plan',
    'icon-array/icon-array',
  ].flatMap((f) => [`${f}.ts`, `${f}.view.ts`]);
  files.push('watchful-waiting-plan/watchful-waiting-plan.edit.view.ts', 'shared/problem.view.ts', 'shared/text-limit.view.ts');
  const names = BOOLEAN_ATTRIBUTES.join('|');
  for (const f of files) {
    it(f, () => {
      const src = readFileSync(new URL(`../../packages/elements/src/${f}`, import.meta.url), 'utf8');
      // `checked=${on}` writes checked="false"; `.checked=${on}` too, on the server (Lit SSR
      // writes a native element's property as its attribute). Use `?checked=${on}`, and
      // `.checked=${inBrowser(on)}` for the live state.
      assert.deepEqual(src.match(new RegExp(`\\s(${names})=\\$\\{`, 'gi')) ?? [], [], 'attribute binding of a boolean attribute');
      assert.deepEqual(
        src.match(new RegExp(`\\s\\.(${names}|readOnly)=\\$\\{(?!inBrowser\\()`, 'g')) ?? [],
        [],
        'property binding not wrapped in inBrowser()',
      );
    });
  }
});
