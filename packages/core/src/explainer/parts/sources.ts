import { briefCitation, citationHref, citationsFor, formatCitation } from '../../evidence/registry.js';
import type { Fact } from '../../evidence/types.js';
import type { ExplainerContent } from '../content.js';
import type { ExplainerModel, ExplainerSource } from '../types.js';

/** The words around the sources list. */
export function sourceLabels({ sources }: ExplainerContent): ExplainerModel['sourceLabels'] {
  return { heading: sources.heading, checked: sources.checkedLabel, toBeChecked: sources.toBeChecked };
}

/** Each citation used, once, with the facts that use it and the dates they were checked. */
export function sourcesFor(used: readonly Fact[]): ExplainerSource[] {
  const unique = [...new Map(used.map((f) => [f.id, f])).values()];
  return citationsFor(unique).map((c) => {
    const own = unique.filter((f) => f.citationId === c.id);
    const href = citationHref(c);
    return {
      id: c.id,
      short: c.short,
      reference: formatCitation(c),
      brief: briefCitation(c),
      ...(href ? { href } : {}),
      unverified: [...(c.unverified ?? [])],
      language: c.language ?? 'en',
      factIds: own.map((f) => f.id),
      checked: [...new Set(own.map((f) => f.checked))].sort(),
      citation: c,
    };
  });
}
