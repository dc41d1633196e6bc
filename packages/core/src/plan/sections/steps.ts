import { PHASES } from '../catalog.js';
import type { Section, SectionContext } from './context.js';

/**
 * "What to do": the self-care steps chosen, each with why; with `withPhases`, what each step
 * looks like in each stretch of time up to the review (a plan of waiting only: its dates are
 * the plan's). The clinician's own note last. Undefined when there is neither a step nor a note.
 */
export function stepsSection({ plan, t, date }: SectionContext, withPhases: boolean): Section<'steps'> | undefined {
  if (!plan.selfCare.length && !plan.selfCareNote) return undefined;
  const dates = { checkIn: date(plan.checkIn), review: date(plan.review) };
  return {
    id: 'steps',
    heading: t.steps.heading,
    intro: t.steps.intro,
    items: plan.selfCare.map((id) => ({ id, title: t.selfCare[id].title, why: t.selfCare[id].why })),
    phases:
      withPhases && plan.selfCare.length
        ? PHASES.map((phase) => ({
            phase,
            heading: t.steps.phase(phase, dates),
            hints: plan.selfCare.map((id) => ({ id, title: t.selfCare[id].title, text: t.selfCare[id].hints[phase] })),
          }))
        : [],
    note: plan.selfCareNote ? { heading: t.steps.noteHeading, text: plan.selfCareNote } : null,
  };
}
