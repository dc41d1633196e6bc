import { localeText } from '../../locales/registry.js';
import { citationHref, citationOf, getFact } from '../../evidence/registry.js';
import { RECOVERY_FACT_IDS } from '../recovery.js';
import type { RecoveryFact } from '../types.js';
import type { Section, SectionContext } from './context.js';

/**
 * "What to expect": the registry's recovery figures (RECOVERY_FACT_IDS), each with its
 * statement, caveat, certainty in the locale's words and source. A figure missing from the registry is
 * left out.
 */
export function recoverySection({ t, locale }: SectionContext): Section<'recovery'> {
  const words = localeText(locale).messages.iconArray;
  const facts = RECOVERY_FACT_IDS.flatMap((id): RecoveryFact[] => {
    const fact = getFact(id);
    if (!fact) return [];
    const caveat = fact.caveat ? localeText(locale).facts.caveat[fact.id] : undefined;
    const cited = citationOf(fact);
    const source = cited ? { short: cited.short, href: citationHref(cited) ?? null } : null;
    return [
      {
        id,
        statement: localeText(locale).facts.text[fact.id]?.statement ?? '',
        ...(caveat ? { caveat } : {}),
        certaintyText: words.certainty[fact.certainty],
        source,
      },
    ];
  });
  return {
    id: 'recovery',
    heading: t.recovery.heading,
    intro: t.recovery.intro,
    facts,
    sourceLabels: { source: words.source, notGiven: words.sourceNotGiven },
  };
}
