import { coverageOf } from '../triage.js';
import { foundSigns, type Section, type SectionContext } from './context.js';

/**
 * The written record, for a patient who doubts the pain is taken seriously (legitimacy high:
 * the diagnosis and plan in writing, a record to show others without a scan): who saw them on
 * `today`, what was checked, and the dates to come.
 */
export function statementSection({ plan, t, date }: SectionContext, today: string): Section<'statement'> {
  const { legitimacy } = t.tailoring;
  return {
    id: 'statement',
    heading: legitimacy.heading,
    intro: legitimacy.intro,
    paragraphs: legitimacy.statement({
      date: date(today),
      clinician: plan.practice.clinician,
      practice: plan.practice.name,
      coverage: coverageOf(plan),
      found: foundSigns(plan).length > 0,
      checkIn: date(plan.checkIn),
      review: date(plan.review),
    }),
  };
}
