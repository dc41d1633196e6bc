import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { facts, LOCALES, messagesFor, planCatalog, questionnaireUi, type Locale, type Messages, type QuestionnaireUi } from '@scanwise/core';
import { CORPUS_GRADE, grade, STRING_GRADE } from './helpers/readability.js';

/** Every sentence a patient may read from the icon array's catalog, with sample values. */
function iconArrayTexts(t: Messages): string[] {
  const i = t.iconArray;
  return [
    i.sentence({
      outOf: i.outOf('1', '100', true),
      population: 'people like you',
      outcome: 'had it',
      timeframe: 'within a year',
      rest: '99',
      others: 'did not',
      restCount: 99,
    }),
    i.fewerThanOne('100', 'people like you', 'had it', 'within a year'),
    ...Object.values(i.certainty),
    i.rounded,
    i.showTable,
    i.tableCaption,
    t.errors.heading,
    t.errors.missingCount,
    t.errors.countAboveTotal('120', '100'),
    t.errors.missingText('population'),
    t.localeFallback('fr', 'British'),
    t.needsClinicalReview,
  ];
}

/** The questionnaire's working words a patient reads (the clinician summary is for clinicians). */
function questionnaireUiTexts(u: QuestionnaireUi): string[] {
  return [
    u.noneOfThese,
    u.reviewIntro,
    u.change('the question'),
    u.doneBody,
    u.progress(4, 14),
    u.answeredProgress(4, 14),
    u.emergencyHeading,
    u.genericEmergency,
    u.changedMind,
    u.answerThis,
    u.answerSafety,
    u.requiredMissing,
    u.badAnswersHeading,
  ];
}

/**
 * The plan element's own patient words (the rest of the plan catalog is graded in
 * plan.test.ts), including the services named when the region is unknown.
 */
function planUiTexts(locale: Locale): string[] {
  const t = planCatalog(locale);
  const s = t.unknownRegionServices;
  return [
    ...Object.values(t.ui),
    t.emergencyAction(s.emergency),
    t.urgentAction(s.urgent),
    t.contacts.emergency(s.emergency),
    t.contacts.urgent(s.urgent),
  ];
}

for (const locale of LOCALES) {
  describe(`plain language, ${locale}`, () => {
    const texts = [
      ...facts.map((f) => ({ id: `fact ${f.id}`, text: f.text[locale].statement })),
      ...facts.flatMap((f) => (f.caveat?.[locale] ? [{ id: `caveat ${f.id}`, text: f.caveat[locale]! }] : [])),
      ...iconArrayTexts(messagesFor(locale)).map((text, n) => ({ id: `icon-array message ${n}`, text })),
      ...questionnaireUiTexts(questionnaireUi(locale)).map((text, n) => ({ id: `questionnaire message ${n}`, text })),
      ...planUiTexts(locale).map((text, n) => ({ id: `plan message ${n}`, text })),
    ];

    it(`reads at grade ${CORPUS_GRADE} or below as a whole`, () => {
      const g = grade(texts.map((t) => t.text).join(' '));
      assert.ok(g <= CORPUS_GRADE, `grade ${g.toFixed(1)}`);
    });

    for (const { id, text } of texts) {
      it(`${id} reads at grade ${STRING_GRADE} or below`, () => {
        const g = grade(text);
        assert.ok(g <= STRING_GRADE, `grade ${g.toFixed(1)}: ${text}`);
      });
    }
  });
}

describe('the readability measure itself', () => {
  it('rates hard text above the bar, so the test can fail', () => {
    assert.ok(grade('Radiological investigation of uncomplicated lumbar symptomatology demonstrates negligible prognostic utility.') > STRING_GRADE);
  });
});
