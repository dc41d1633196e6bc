import { isBackground, SIGN_IDS, type CheckGroup, type SignId, type SignStatus } from '../catalog.js';
import { coverageOf } from '../triage.js';
import { foundSigns, signLine, type Section, type SectionContext } from './context.js';

/** Where a sign is listed under "What we checked". */
function groupOf(id: SignId, status: SignStatus): CheckGroup {
  if (status === 'present') return isBackground(id) ? 'noted' : 'found';
  return status;
}

/** "What we checked": every sign of the review, grouped (found, noted, not found, not checked), with a summary line. */
export function checkedSection({ plan, t }: SectionContext): Section<'checked'> {
  return {
    id: 'checked',
    heading: t.checked.heading,
    intro: t.checked.intro,
    items: SIGN_IDS.map((id) => {
      const group = groupOf(id, plan.redFlags[id]);
      return { ...signLine(id, t.signs[id].label), status: plan.redFlags[id], group, statusText: t.checked.status[group] };
    }),
    groupHeadings: t.checked.groups,
    summary: t.checked.summary[foundSigns(plan).length ? 'found' : coverageOf(plan)],
    showAll: t.ui.showAllSigns,
  };
}
