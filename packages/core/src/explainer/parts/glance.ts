import { GLANCE_ROW_IDS, OPTION_IDS, type ExplainerContent, type GlanceRowId, type PointContent } from '../content.js';
import type { Tailoring } from '../profile.js';
import type { ExplainerGlance, ExplainerPoint } from '../types.js';

/** The at-a-glance table: the same rows for everyone; high themes lead, and move their row up. */
export function glancePart(
  content: ExplainerContent,
  tailoring: Tailoring,
  point: (p: PointContent) => ExplainerPoint,
  inPlan: ReadonlySet<string>,
): ExplainerGlance {
  const g = content.glance;
  const leads = (['thr', 'leg', 'nav'] as const).filter((t) => tailoring.high.has(t)).map((t) => g.leads[t]);
  const order = [...new Set<GlanceRowId>([...leads.map((l) => l.row), ...GLANCE_ROW_IDS])];
  return {
    heading: g.heading,
    intro: g.intro,
    columns: OPTION_IDS.map((id) => ({ id, title: g.columns[id] })),
    leads: leads.map((l) => l.text),
    rows: order.map((id) => {
      const row = g.rows[id];
      const cells = row.cells;
      const same = 'same' in cells ? point(cells.same) : null;
      return {
        id,
        question: row.question,
        cells:
          'same' in cells
            ? []
            : OPTION_IDS.map((option) => {
                const { text, facts } = point(cells[option]);
                return { option, text, facts };
              }),
        same: same && { text: same.text, facts: same.facts },
        both: point({ text: '', facts: (row.both ?? []).filter((f) => !inPlan.has(f)) }).facts,
        inPlan: row.both?.some((f) => inPlan.has(f)) ? g.figuresInPlan : null,
      };
    }),
    bothLabel: g.bothLabel,
    more: g.more,
    moreInLetter: g.moreInLetter,
  };
}
