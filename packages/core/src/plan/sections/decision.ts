import type { ClinicalDecision } from '../triage.js';
import { foundSigns, signLine, type Section, type SectionContext } from './context.js';

/** A Tier 2 sign with tests or a referral arranged: what, by when, and whom to call if nothing comes. */
export function arrangedSection({ t, date }: SectionContext, decision: Extract<ClinicalDecision, { kind: 'referral' }>): Section<'arranged'> {
  const a = t.arranged;
  return { id: 'arranged', heading: a.heading, intro: a.intro, text: decision.arranged, by: a.by(date(decision.by)), chase: a.chase };
}

/** A Tier 2 sign assessed as safe to wait: the sign, the clinician's reason, and the earlier review. */
export function earlyReviewSection(
  { plan, t, date }: SectionContext,
  decision: Extract<ClinicalDecision, { kind: 'wait' }>,
): Section<'early-review'> {
  const e = t.earlyReview;
  return {
    id: 'early-review',
    heading: e.heading,
    intro: e.intro,
    found: foundSigns(plan).map((id) => signLine(id, t.signs[id].label)),
    reasonIntro: e.reasonIntro,
    reason: decision.reason,
    next: e.next(date(decision.review)),
  };
}
