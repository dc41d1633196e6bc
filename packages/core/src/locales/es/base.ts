import { formatNumber } from '../../i18n/messages.js';
import type { BasePack } from '../pack.js';
import { messages } from './messages.js';
import { questionnaireUi } from './questionnaire-ui.js';
import { questionnaire } from './questionnaire.js';
import { services, unknownRegionServices } from './services.js';
import { textLimit } from './text-limit.js';
import type { SpanishWords } from './words.js';

/**
 * The Spanish text, shared by every Spanish locale: each locale's folder gives its own words
 * (`SpanishWords`: services, health-service words, paper) and gets its two pack parts from here.
 * Not yet checked by a clinician fluent in Spanish (`reviewed: false`): every component and
 * letter says so in "About this information".
 */
export function spanishBase(w: SpanishWords): BasePack {
  const limit = textLimit((x) => formatNumber(x, w.locale));
  return {
    locale: w.locale,
    name: w.name,
    reviewed: false,
    services: services(w),
    unknownRegionServices: unknownRegionServices(w),
    messages,
    textLimit: limit,
    questionnaire: questionnaire(w),
    questionnaireUi: questionnaireUi(w, limit),
  };
}
