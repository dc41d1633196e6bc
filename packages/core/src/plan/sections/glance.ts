import type { GlanceDate } from '../types.js';
import { tierAction, type Section, type SectionContext } from './context.js';

/** How many self-care steps the plan's first card shows: "the three steps that matter most". */
export const GLANCE_STEPS = 3;

/**
 * The first card: the next date, the first GLANCE_STEPS steps chosen, and when to get help
 * (no signs: those are the safety net's).
 */
export function glanceSection(c: SectionContext, next: GlanceDate): Section<'glance'> {
  const { plan, t } = c;
  const shown = plan.selfCare.slice(0, GLANCE_STEPS);
  return {
    id: 'glance',
    heading: t.glance.heading,
    next,
    steps: shown.length
      ? {
          heading: plan.selfCare.length > shown.length ? t.glance.steps.first : t.glance.steps.all,
          items: shown.map((id) => ({ id, title: t.selfCare[id].title, text: t.selfCare[id].brief })),
        }
      : null,
    help: {
      heading: t.glance.help.heading,
      tiers: ([1, 2] as const).map((tier) => ({ tier, when: t.glance.help.when[tier], action: tierAction(c, tier) })),
    },
  };
}
