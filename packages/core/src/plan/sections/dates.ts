import type { ClinicalDecision } from '../triage.js';
import { dateLine, type Section, type SectionContext } from './context.js';

/**
 * "Your dates": the earlier review after a Tier 2 sign assessed as safe to wait (`early`), the
 * check-in and the review; and the words of the calendar link a page may offer.
 */
export function datesSection(c: SectionContext, early: Extract<ClinicalDecision, { kind: 'wait' }> | null): Section<'dates'> {
  const { plan, t } = c;
  return {
    id: 'dates',
    heading: t.dates.heading,
    early: early ? dateLine(c, early.review, t.dates.early) : null,
    checkIn: dateLine(c, plan.checkIn, t.dates.checkIn),
    review: dateLine(c, plan.review, t.dates.review),
    atReview: t.dates.atReview,
    calendar: { link: t.ui.addToCalendar, hint: t.ui.calendarHint },
  };
}
