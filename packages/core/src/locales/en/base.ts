import { formatNumber } from '../../i18n/messages.js';
import type { BasePack } from '../pack.js';
import { messages } from './messages.js';
import { questionnaireUi } from './questionnaire-ui.js';
import { questionnaire } from './questionnaire.js';
import { services, unknownRegionServices } from './services.js';
import { textLimit } from './text-limit.js';
import type { EnglishWords } from './words.js';

/**
 * The English text, shared by every English locale: each locale's folder gives its own words
 * (`EnglishWords`) and gets its two pack parts from here.
 */
export function englishBase(w: EnglishWords): BasePack {
  const limit = textLimit((x) => formatNumber(x, w.locale));
  return {
    locale: w.locale,
    name: w.name,
    reviewed: true,
    services: services(w),
    unknownRegionServices: unknownRegionServices(w),
    messages,
    textLimit: limit,
    questionnaire: questionnaire(w),
    questionnaireUi: questionnaireUi(w, limit),
  };
}
