import { basePack } from '../assemble.js';
import type { BasePack } from '../pack.js';
import { messages } from './messages.js';
import { questionnaireUi } from './questionnaire-ui.js';
import { questionnaire } from './questionnaire.js';
import { unknownRegionServices } from './services.js';
import { textLimit } from './text-limit.js';
import type { SpanishWords } from './words.js';

/**
 * The Spanish text, shared by every Spanish locale: each locale's folder gives its own words
 * (`SpanishWords`: services, health-service words, paper) and gets its base and guide parts from here.
 * Not yet checked by a clinician fluent in Spanish (`reviewed: false`): every component and
 * letter says so.
 */
export const spanishBase = (w: SpanishWords): BasePack =>
  basePack(w, { reviewed: false, dir: 'ltr', messages, textLimit, questionnaire, questionnaireUi, unknownRegionServices });
