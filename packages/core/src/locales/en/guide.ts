import { guidePack } from '../assemble.js';
import type { GuidePack } from '../pack.js';
import { explainer } from './explainer.js';
import { facts } from './facts.js';
import { letter } from './letter.js';
import { plan } from './plan.js';
import { emergencyUnderWay, signActions, signWording } from './signs.js';
import { textLimit } from './text-limit.js';
import type { EnglishWords } from './words.js';

/** The guide's part of an English pack: see base.ts. */
export const englishGuide = (w: EnglishWords): GuidePack =>
  guidePack(w, { textLimit, signWording, signActions, emergencyUnderWay, facts, plan, explainer, letter });
