import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { after, before, describe, it } from 'node:test';
import { localeText, formatDate, isBackground, LOCALES, SIGN_IDS, tierOf, type Locale, type Plan, type SignId, type Tier1Id } from '@scanwise/core';
import { LetterInputError, LetterPrinter, renderLetter, type LetterInput } from '@scanwise/letter';
import { allAbsent, answers, DECISIONS, input, plan, textOf } from './helpers/letter-fixtures.js';
import '@scanwise/core/locales/all';
import { skipPdf } from './helpers/pdf-tools.js';

/**
 * The clinical rules in letters, table-driven: every sign × {absent, present with each
 * decision it allows and with none, not asked, a questionnaire "yes" unsettled or asked again}
 * × locale, as letter HTML; and one sign per tier and state as PDF text. Each row gives the
 * expected guidance, the expected actions for the locale, and no "be seen today" that the row
 * does not call for. A letter is a document the clinician sends: a plan that is not ready
 * (a sign present with no decision, a "yes" not settled) is refused with the reason.
 */

type Expect = 'routine' | 'emergency' | 'tests-arranged' | 'early-review' | 'refused';

interface Row {
  name: string;
  sign: SignId;
  plan: Plan;
  emergencyYes?: Tier1Id;
  expect: Expect;
}

function rows(): Row[] {
  const out: Row[] = [];
  for (const sign of SIGN_IDS) {
    const p = (status: 'absent' | 'present' | 'not-asked', extra: Partial<Plan> = {}) =>
      plan({ redFlags: { ...allAbsent(), [sign]: status }, ...extra });
    out.push({ name: `${sign} absent`, sign, plan: p('absent'), expect: 'routine' });
    out.push({ name: `${sign} not asked`, sign, plan: p('not-asked'), expect: 'routine' });
    if (isBackground(sign)) out.push({ name: `${sign} present`, sign, plan: p('present'), expect: 'routine' });
    else if (tierOf(sign) === 1) {
      const t1 = sign as Tier1Id;
      out.push({ name: `${sign} present, emergency referral`, sign, plan: p('present', { decision: DECISIONS.emergency }), expect: 'emergency' });
      out.push({ name: `${sign} present, nothing arranged`, sign, plan: p('present'), expect: 'refused' });
      out.push({ name: `${sign} "yes", absent in the review`, sign, plan: p('absent'), emergencyYes: t1, expect: 'refused' });
      out.push({ name: `${sign} "yes", asked again: absent`, sign, plan: p('absent', { rechecked: [t1] }), emergencyYes: t1, expect: 'routine' });
      out.push({
        name: `${sign} "yes", present`,
        sign,
        plan: p('present', { decision: DECISIONS.emergency }),
        emergencyYes: t1,
        expect: 'emergency',
      });
    } else {
      out.push({ name: `${sign} present, tests arranged`, sign, plan: p('present', { decision: DECISIONS.referral }), expect: 'tests-arranged' });
      out.push({ name: `${sign} present, waiting is still right`, sign, plan: p('present', { decision: DECISIONS.wait }), expect: 'early-review' });
      out.push({ name: `${sign} present, no decision`, sign, plan: p('present'), expect: 'refused' });
    }
  }
  return out;
}

function letterInput(r: Row, locale: Locale): LetterInput {
  const a = answers();
  if (r.emergencyYes) a.emergency[r.emergencyYes] = true;
  return input({ locale, answers: a, plan: r.plan, include: { questionnaire: false, explainer: 'summary', plan: true } });
}

/** What the letter text must hold, and must not, for a row. */
function check(text: string, r: Row, locale: Locale): void {
  const t = localeText(locale).plan;
  const actions = localeText(locale).signActions(localeText(locale).services);
  const ex = localeText(locale).explainer();
  const has = (x: string) => text.includes(x);
  assert.ok(!has(t.needsToBeSeen.urgent.heading) && !/need to be seen today/i.test(text), 'no "be seen today" in a letter');
  const seenNow = has(t.needsToBeSeen.emergency.heading);
  assert.equal(seenNow, r.expect === 'emergency', 'be seen now');
  if (r.expect === 'emergency') {
    assert.ok(has(DECISIONS.emergency.arranged), 'what was arranged');
    assert.ok(has(localeText(locale).emergencyUnderWay(t.services.emergency)), 'call now if not under way');
    assert.ok(!has(t.steps.heading) && !has(ex.glance.columns['wait-and-watch']), 'nothing about waiting');
    return;
  }
  // Every other letter keeps the safety net: both tiers, each with its action.
  assert.ok(has(t.safetyNet.tiers[1].heading) && has(actions[1]), 'tier 1 and its action');
  assert.ok(has(t.safetyNet.tiers[2].heading) && has(actions[2]), 'tier 2 and its action');
  assert.ok(!has(t.signs['rf2-age'].watch), 'the background risk factor is in no "get help" list');
  if (r.expect === 'tests-arranged') {
    assert.ok(has(DECISIONS.referral.arranged) && has(t.arranged.by(formatDate(DECISIONS.referral.by, locale))), 'what and by when');
    assert.ok(!has(ex.glance.columns['wait-and-watch']), 'no weighing of waiting beside tests');
  } else {
    assert.ok(has(ex.glance.heading) && has(ex.glance.columns['wait-and-watch']), 'the comparison at a glance');
    assert.ok(has(t.checked.heading), 'what we checked today, in the plan');
  }
  if (r.expect === 'early-review') {
    assert.ok(has(DECISIONS.wait.reason) && has(t.earlyReview.next(formatDate(DECISIONS.wait.review, locale))), 'why, and the earlier review');
  }
}

for (const locale of LOCALES) {
  describe(`${locale}: letters for every sign and decision`, () => {
    for (const r of rows()) {
      it(r.name, () => {
        if (r.expect === 'refused') {
          assert.throws(
            () => renderLetter(letterInput(r, locale)),
            (e: unknown) => e instanceof LetterInputError && e.problems.some((p) => /^plan\.(decision|redFlags)/.test(p.field)),
          );
          return;
        }
        check(textOf(renderLetter(letterInput(r, locale))), r, locale);
      });
    }
  });
}

describe('letter PDFs: each kind of letter, both locales', { skip: skipPdf }, () => {
  let printer: LetterPrinter;
  before(async () => {
    printer = await LetterPrinter.launch();
  });
  after(() => printer?.close());
  // Each letter kind once per locale (PDFs take a second each; the HTML table covers every sign),
  // plus the background risk factor alone.
  const kinds = new Map<string, Row>();
  for (const r of rows()) if (r.expect !== 'refused' && ['rf1-bladder', 'rf2-fever'].includes(r.sign) && !kinds.has(r.expect)) kinds.set(r.expect, r);
  const picked = [...kinds.values(), ...rows().filter((r) => r.sign === 'rf2-age' && r.plan.redFlags['rf2-age'] === 'present')];
  for (const locale of LOCALES) {
    for (const r of picked) {
      it(`${locale}: ${r.name}`, async () => {
        const pdf = await printer.print(letterInput(r, locale));
        const text = execFileSync('pdftotext', ['-', '-'], { input: pdf, encoding: 'utf8' }).replace(/\s+/g, ' ').replace(/- /g, '-');
        // PDF text breaks lines: compare with spaces folded, as a reader would read it.
        check(text, r, locale);
      });
    }
  }
});
