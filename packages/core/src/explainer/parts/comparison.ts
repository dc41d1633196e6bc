import { OPTION_IDS, OPTION_SECTIONS, type ExplainerContent, type PointContent } from '../content.js';
import type { ExplainerComparison, ExplainerPoint } from '../types.js';

/** The two options in the one shared template. Depends on nothing but the locale's words (IPDAS C1). */
export function comparisonPart(content: ExplainerContent, point: (p: PointContent) => ExplainerPoint): ExplainerComparison {
  const { heading, intro, sectionHeadings, options } = content.comparison;
  return {
    heading,
    intro,
    options: OPTION_IDS.map((id) => ({
      id,
      title: options[id].title,
      sections: OPTION_SECTIONS.map((s) => ({ id: s, heading: sectionHeadings[s], points: options[id].sections[s].map(point) })),
    })),
  };
}
