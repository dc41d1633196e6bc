import { decisionNeeded, triageOf, type ReviewRecord } from '../../plan/triage.js';
import type { Tier1Id } from '../../questionnaire/ids.js';
import type { ExpectationProfile } from '../../questionnaire/scoring.js';
import type { ExplainerContent } from '../content.js';
import type { Tailoring } from '../profile.js';
import type { EmergencyGuidance } from '../types.js';

/**
 * What the explainer shows instead of weighing a scan against waiting, or null when it weighs
 * them. With a plan: a Tier 1 sign the clinician found (emergency referral), a Tier 1 "yes" the
 * review has not settled, or a Tier 2 sign with no decision or with tests arranged. Without a
 * plan: any report of an emergency in the profile (red flags always win).
 */
export function guidanceFor(content: ExplainerContent, tailoring: Tailoring, review: ReviewRecord | null): EmergencyGuidance | null {
  const { contact } = content.emergency;
  const reported = (signs: Tier1Id[]): EmergencyGuidance => {
    const { heading, action, points } = content.emergency;
    return { level: 'emergency', heading, action, points: [...points], signs, contact: { ...contact } };
  };
  // A profile that says "emergency" without naming a sign cannot be settled by a review.
  if (!review || (tailoring.emergency && !tailoring.signs.length)) return tailoring.emergency ? reported(tailoring.signs) : null;
  const triage = triageOf(review, { flags: { emergencySigns: tailoring.signs } } as unknown as ExpectationProfile);
  if (triage === 'emergency' && decisionNeeded(review.redFlags) !== 'emergency') {
    return reported(tailoring.signs.filter((id) => review.redFlags[id] !== 'present' && !review.rechecked.includes(id)));
  }
  if (triage === 'early-review' || triage === 'routine') return null;
  const first = content.planFirst[triage];
  return {
    level: triage === 'emergency' ? 'emergency' : 'urgent',
    heading: first.heading,
    action: first.action,
    points: [...first.points],
    signs: [],
    contact: { ...contact },
  };
}
