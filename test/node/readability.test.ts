import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { localeText, facts, LOCALES, type Locale, type Messages, type QuestionnaireUi } from '@scanwise/core';
import { szigrisztPazos, STRING_INFLESZ } from './helpers/inflesz.js';
import { grade, plainLanguage, STRING_GRADE } from './helpers/readability.js';
import '@scanwise/core/locales/all';

/**
 * Sample values the catalogs' functions are called with, in each language: an English phrase
 * inside a Spanish sentence would be measured as Spanish and skew its score.
 */
const SAMPLES = {
  en: {
    population: 'people like you',
    outcome: 'had it',
    timeframe: 'within a year',
    others: 'did not',
    language: 'British',
    question: 'the question',
  },
  es: {
    population: 'personas como usted',
    outcome: 'lo tuvo',
    timeframe: 'en un año',
    others: 'no lo tuvieron',
    language: 'español',
    question: 'la pregunta',
  },
} as const;
type Sample = (typeof SAMPLES)[keyof typeof SAMPLES];
const sampleOf = (locale: Locale): Sample => SAMPLES[locale.split('-')[0] as keyof typeof SAMPLES];

/** Every sentence a patient may read from the icon array's catalog, with sample values. */
function iconArrayTexts(t: Messages, x: Sample): string[] {
  const i = t.iconArray;
  return [
    i.sentence({
      outOf: i.outOf('1', '100', true),
      population: x.population,
      outcome: x.outcome,
      timeframe: x.timeframe,
      rest: '99',
      others: x.others,
      restCount: 99,
    }),
    i.fewerThanOne('100', x.population, x.outcome, x.timeframe),
    ...Object.values(i.certainty),
    i.rounded,
    i.showTable,
    i.tableCaption,
    t.errors.heading,
    t.errors.missingCount,
    t.errors.countAboveTotal('120', '100'),
    t.errors.missingText('population'),
    t.localeFallback('fr', x.language),
    t.needsClinicalReview,
  ];
}

/** The questionnaire's working words a patient reads (the clinician summary is for clinicians). */
function questionnaireUiTexts(u: QuestionnaireUi, x: Sample): string[] {
  return [
    u.noneOfThese,
    u.reviewIntro,
    u.change(x.question),
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
  const t = localeText(locale).plan;
  const s = t.unknownRegionServices;
  return [
    ...Object.values(t.ui),
    t.emergencyAction(s.emergency),
    t.urgentAction(s.urgent),
    t.contacts.emergency(s.emergency),
    t.contacts.urgent(s.urgent),
  ];
}

/**
 * Plain language, table-driven by locale: `plainLanguage` picks the measure by the locale's
 * language (Flesch–Kincaid grade for English, Szigriszt-Pazos for Spanish), with its rules for
 * the whole, the median string and each string.
 */
for (const locale of LOCALES) {
  describe(`plain language, ${locale}`, () => {
    const plain = plainLanguage(locale);
    const texts = [
      ...facts.map((f) => ({ id: `fact ${f.id}`, text: localeText(locale).facts.text[f.id]?.statement ?? '' })),
      ...facts.flatMap((f) => {
        const caveat = f.caveat ? localeText(locale).facts.caveat[f.id] : undefined;
        return caveat ? [{ id: `caveat ${f.id}`, text: caveat }] : [];
      }),
      ...iconArrayTexts(localeText(locale).messages, sampleOf(locale)).map((text, n) => ({ id: `icon-array message ${n}`, text })),
      ...questionnaireUiTexts(localeText(locale).questionnaireUi, sampleOf(locale)).map((text, n) => ({ id: `questionnaire message ${n}`, text })),
      ...planUiTexts(locale).map((text, n) => ({ id: `plan message ${n}`, text })),
    ];

    it(`reads ${[plain.wholeRule, plain.medianRule].filter(Boolean).join(', ')}`, (t) => {
      const all = texts.map((x) => x.text);
      t.diagnostic(`${plain.measure} ${plain.score(all.join(' ')).toFixed(1)} as a whole; ${plain.summary(all)}`);
      assert.deepEqual([plain.whole(all), plain.median(all)].filter(Boolean), []);
    });

    for (const { id, text } of texts) {
      it(`${id} reads ${plain.blockRule}`, () => {
        assert.equal(plain.block(text), undefined);
      });
    }
  });
}

describe('the readability measure itself', () => {
  it('rates hard text above the bar, so the test can fail', () => {
    assert.ok(grade('Radiological investigation of uncomplicated lumbar symptomatology demonstrates negligible prognostic utility.') > STRING_GRADE);
  });

  it('rates hard Spanish text under the bar, so the test can fail', () => {
    const hard = 'La investigación radiológica de la sintomatología lumbar inespecífica demuestra una utilidad pronóstica insignificante.';
    assert.ok(szigrisztPazos(hard) < STRING_INFLESZ);
    assert.notEqual(plainLanguage('es-ES').block(hard), undefined);
  });

  it('has rules for every locale', () => {
    for (const locale of LOCALES) assert.doesNotThrow(() => plainLanguage(locale));
  });
});
