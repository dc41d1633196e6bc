import type { ExpectationProfile } from '../../questionnaire/scoring.js';
import { SIGN_IDS, tierOf } from '../catalog.js';
import { decisionOf, unsettledReports } from '../triage.js';
import { signLine, type Section, type SectionContext } from './context.js';

/**
 * "You need to be seen": now (`emergency`: a Tier 1 sign found, or reported and not settled) or
 * today (`urgent`: a Tier 2 sign with no decision yet). The signs found, then the signs the
 * patient reported that the review has not settled; an emergency referral already arranged
 * comes first, in the clinician's words.
 */
export function needsToBeSeenSection(
  c: SectionContext,
  level: 'emergency' | 'urgent',
  profile: ExpectationProfile | null | undefined,
): Section<'needs-to-be-seen'> {
  const { plan, t, services } = c;
  const seen = t.needsToBeSeen[level];
  const decision = decisionOf(plan);
  const arranged = decision?.kind === 'emergency' ? decision.arranged : null;
  const present = SIGN_IDS.filter((id) => plan.redFlags[id] === 'present' && (level === 'urgent' || tierOf(id) === 1));
  return {
    id: 'needs-to-be-seen',
    level,
    heading: seen.heading,
    action: arranged
      ? t.needsToBeSeen.underWay(services.emergency)
      : level === 'emergency'
        ? t.emergencyAction(services.emergency)
        : t.urgentAction(services.urgent),
    reason: seen.reason,
    arranged: arranged ? { heading: t.needsToBeSeen.arranged, text: arranged } : null,
    foundHeading: t.needsToBeSeen.found,
    found: present.map((id) => signLine(id, t.signs[id].label)),
    reportedHeading: t.needsToBeSeen.reported,
    reported: unsettledReports(plan, profile)
      .filter((id) => !present.includes(id))
      .map((id) => signLine(id, t.signs[id].watch)),
  };
}
