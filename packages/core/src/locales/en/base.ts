import { basePack } from '../assemble.js';
import type { BasePack } from '../pack.js';
import { messages } from './messages.js';
import { questionnaireUi } from './questionnaire-ui.js';
import { questionnaire } from './questionnaire.js';
import { unknownRegionServices } from './services.js';
import { textLimit } from './text-limit.js';
import type { EnglishWords } from './words.js';

/**
 * The English text, shared by every English locale: each locale's folder gives its own words
 * (`EnglishWords`) and gets its base and guide parts from here. Checked by English-speaking clinicians.
 */
export const englishBase = (w: EnglishWords): BasePack =>
  basePack(w, { reviewed: true, dir: 'ltr', messages, textLimit, questionnaire, questionnaireUi, unknownRegionServices });
