import type { Section, SectionContext } from './context.js';

/** "Your goals", in the patient's words; undefined when there are none. */
export function goalsSection({ plan, t }: SectionContext): Section<'goals'> | undefined {
  return plan.goals.length ? { id: 'goals', heading: t.goals.heading, intro: t.goals.intro, items: plan.goals } : undefined;
}

/** When to book a routine visit sooner than the review: not clearly better by the check-in, and the like. */
export function routineReviewSection({ plan, t, date }: SectionContext): Section<'routine-review'> {
  return { id: 'routine-review', heading: t.routineReview.heading, intro: t.routineReview.intro, items: t.routineReview.items(date(plan.checkIn)) };
}

/** What would make the clinician arrange a scan or referral: the clinician's own list, else the defaults. */
export function scanTriggersSection({ plan, t, date }: SectionContext): Section<'scan-triggers'> {
  return {
    id: 'scan-triggers',
    heading: t.scanTriggers.heading,
    intro: t.scanTriggers.intro,
    items: plan.scanTriggers.length ? plan.scanTriggers : t.scanTriggers.defaults(date(plan.review)),
  };
}
