import { localeText } from '../../locales/registry.js';
import { FINDING_NAMES, findingFactId, type FindingAge } from '../../evidence/facts.js';
import { getFact } from '../../evidence/registry.js';
import type { Fact } from '../../evidence/types.js';
import type { Locale } from '../../locales/registry.js';
import type { PointContent } from '../content.js';
import type { ExplainerPoint, FactRef } from '../types.js';

/** Turns the content's points into the model's, and remembers what they showed. */
export interface PointMaker {
  /** A point with its registry figures resolved (a figure missing from the registry is left out). */
  point: (p: PointContent) => ExplainerPoint;
  /** Every fact shown so far, in the order shown (repeats included), for the sources list. */
  readonly used: readonly Fact[];
  /** Whether a point has shown the findings-by-age figures. */
  showsFindingsByAge: () => boolean;
}

/**
 * Points worded for `locale`. The findings-by-age figures are those of `age`, or the figure for
 * all ages when there is none. Every number comes from the evidence registry, with its citation
 * and certainty.
 */
export function pointMaker(locale: Locale, age: FindingAge | null): PointMaker {
  const certaintyText = localeText(locale).messages.iconArray.certainty;
  const used: Fact[] = [];
  let findingsByAge = false;

  const factRef = (id: string): FactRef[] => {
    const fact = getFact(id);
    if (!fact) return [];
    used.push(fact);
    const caveat = fact.caveat ? localeText(locale).facts.caveat[fact.id] : undefined;
    return [
      {
        factId: fact.id,
        text: localeText(locale).facts.text[fact.id]?.statement ?? '',
        citationId: fact.citationId,
        certainty: fact.certainty,
        certaintyText: certaintyText[fact.certainty],
        ...(caveat ? { caveat } : {}),
      },
    ];
  };

  const findingIds = (): string[] => {
    findingsByAge = true;
    return age === null ? ['no-pain-abnormal-disc'] : FINDING_NAMES.map((name) => findingFactId(name, age));
  };

  const point = (p: PointContent): ExplainerPoint => ({
    text: p.text,
    facts: [...(p.facts ?? []), ...(p.findingsByAge ? findingIds() : [])].flatMap(factRef),
    items: [...(p.items ?? [])],
    ...(p.action ? { action: p.action } : {}),
    ...(p.instead ? { instead: p.instead } : {}),
  });

  return { point, used, showsFindingsByAge: () => findingsByAge };
}
