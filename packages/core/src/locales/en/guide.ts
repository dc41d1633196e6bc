import { formatNumber } from '../../i18n/messages.js';
import { signLists } from '../../explainer/content.js';
import { withContact } from '../../questionnaire/content.js';
import type { GuidePack } from '../pack.js';
import { explainer } from './explainer.js';
import { facts } from './facts.js';
import { letter } from './letter.js';
import { plan } from './plan.js';
import { services } from './services.js';
import { emergencyUnderWay, signActions, signWording } from './signs.js';
import { textLimit } from './text-limit.js';
import type { EnglishWords } from './words.js';

/** The guide's part of the pack: see base.ts. */
export function englishGuide(w: EnglishWords): GuidePack {
  const limit = textLimit((x) => formatNumber(x, w.locale));
  const signs = signWording(w);
  const actions = (s: Parameters<GuidePack['signActions']>[0]) => signActions(w, s);
  return {
    signs,
    signActions: actions,
    emergencyUnderWay,
    facts: facts(w),
    plan: plan(w, limit),
    explainer: (given) => {
      const contact = withContact(w.emergency, given);
      return explainer(w, contact, signLists({ signs, signActions: actions, emergencyUnderWay, services: services(w) }, contact));
    },
    letter: letter(w),
  };
}
