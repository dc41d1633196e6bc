import { coverageOf, decisionNeeded, type ReviewRecord } from '../../plan/triage.js';
import type { BeliefTheme } from '../../questionnaire/ids.js';
import type { ExplainerContent, PointContent, SectionId } from '../content.js';
import type { ExplainerPoint, ExplainerSection, ModuleId } from '../types.js';

/** The modules that open the explainer, in order, and the general sections each takes the place of. */
export const MODULES: readonly { id: ModuleId; theme: BeliefTheme; sections: readonly SectionId[]; covers: readonly SectionId[] }[] = [
  // 'looks-for' becomes 'checked-today' when a plan records today's review.
  { id: 'threat', theme: 'thr', sections: ['looks-for', 'scan-triggers'], covers: ['serious-causes', 'scan-triggers'] },
  { id: 'legitimacy', theme: 'leg', sections: ['pain-is-real', 'findings-without-pain'], covers: ['findings-without-pain'] },
  { id: 'navigation', theme: 'nav', sections: ['care-without-scan', 'what-a-scan-shows'], covers: ['what-a-scan-shows'] },
];

export const HARMS_MODULE = { id: 'harms-underestimated', sections: ['harms-and-plan'] } as const;

export const INTRO_SECTIONS: readonly SectionId[] = ['condition', 'decision'];

/** The sections after the comparison in the full explainer. */
export const FULL_SECTIONS: readonly SectionId[] = [
  'natural-history',
  'serious-causes',
  'scan-triggers',
  'what-a-scan-shows',
  'if-scan-finds-something',
  'if-scan-finds-nothing',
  'findings-without-pain',
  'harms-by-scan-type',
  'questions-to-ask',
];

/**
 * A builder of the guide's sections by id. With a plan that records today's review, the threat
 * module's "what we look for" becomes "what we checked today", and says what the review found.
 */
export function sectionMaker(
  content: ExplainerContent,
  review: ReviewRecord | null,
  point: (p: PointContent) => ExplainerPoint,
): (id: SectionId) => ExplainerSection {
  const coverage = review ? coverageOf(review) : 'none';
  const checkedToday = coverage !== 'none' && review ? content.checkedToday[decisionNeeded(review.redFlags) ? 'found' : coverage] : null;
  return (asked) => {
    const id = asked === 'looks-for' && checkedToday ? 'checked-today' : asked;
    const points = content.sections[id].points.map(point);
    return {
      id,
      heading: content.sections[id].heading,
      points: id === 'checked-today' && checkedToday ? [point({ text: checkedToday }), ...points] : points,
    };
  };
}
