import { guidePack } from '../assemble.js';
import type { GuidePack } from '../pack.js';
import { explainer } from './explainer.js';
import { factCaveat, factText } from './facts.js';
import { letter } from './letter.js';
import { plan } from './plan.js';
import { emergencyUnderWay, signActions, signWording } from './signs.js';
import { textLimit } from './text-limit.js';
import type { SpanishWords } from './words.js';

/** The guide's part of a Spanish pack: see base.ts. */
export const spanishGuide = (w: SpanishWords): GuidePack =>
  guidePack(w, {
    textLimit,
    signWording,
    signActions,
    emergencyUnderWay,
    facts: () => ({ text: factText, caveat: factCaveat }),
    plan,
    explainer,
    letter,
  });
