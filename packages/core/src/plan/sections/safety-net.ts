import { warningSigns, type SignTier } from '../catalog.js';
import type { SafetyNetTier } from '../types.js';
import { signLine, tierAction, type Section, type SectionContext } from './context.js';

/** One box of the safety net: when, the signs to watch for, and what to do. */
function safetyTier(c: SectionContext, tier: SignTier): SafetyNetTier {
  const { t } = c;
  return {
    tier,
    ...t.safetyNet.tiers[tier],
    signs: warningSigns(tier).map((id) => signLine(id, t.signs[id].watch)),
    action: tierAction(c, tier),
  };
}

/** "When to get help": the signs that call for the emergency number (Tier 1) or help today (Tier 2). */
export function safetyNetSection(c: SectionContext): Section<'safety-net'> {
  const { safetyNet } = c.t;
  return { id: 'safety-net', heading: safetyNet.heading, intro: safetyNet.intro, tiers: [safetyTier(c, 1), safetyTier(c, 2)] };
}

/** The safety net while the patient waits to be seen today: the Tier 1 signs only. */
export function whileWaitingSection(c: SectionContext): Section<'safety-net'> {
  const { safetyNet } = c.t;
  return { id: 'safety-net', heading: safetyNet.heading, intro: safetyNet.whileWaiting, tiers: [safetyTier(c, 1)] };
}
