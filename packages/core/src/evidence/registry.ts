import { isIsoDate, todayIso } from '../dates.js';
import type { GuidePack } from '../locales/pack.js';
import { isLocaleLoaded, LOCALES, localeText, type Locale } from '../locales/registry.js';
import { citations } from './citations.js';
import { facts } from './facts.js';
import type { Citation, Fact, RegistryProblem } from './types.js';

// Built on first use, so a bundle that imports this module for a helper carries no facts.
let factMap: Map<string, Fact> | undefined;
let citationMap: Map<string, Citation> | undefined;
const factIndex = () => (factMap ??= new Map(facts.map((f) => [f.id, f])));
const citationIndex = () => (citationMap ??= new Map(citations.map((c) => [c.id, c])));

/** The fact with this id, or undefined when there is none. */
export function getFact(id: string): Fact | undefined {
  return factIndex().get(id);
}

/** The citation with this id, or undefined when there is none. */
export function getCitation(id: string): Citation | undefined {
  return citationIndex().get(id);
}

/** The citation a fact rests on. Every registry fact has one (checked by validateRegistry). */
export function citationOf(fact: Fact): Citation | undefined {
  return citationIndex().get(fact.citationId);
}

/** The citations behind these facts, once each, in the order first used. */
export function citationsFor(used: Iterable<Fact>): Citation[] {
  const out = new Map<string, Citation>();
  for (const fact of used) {
    const c = citationIndex().get(fact.citationId);
    if (c && !out.has(c.id)) out.set(c.id, c);
  }
  return [...out.values()];
}

/** A reader's link to the source: the DOI when there is one, else the source's URL. */
export function citationHref(c: Citation): string | undefined {
  return c.doi ? `https://doi.org/${c.doi}` : c.url;
}

/** A short reference, for a one-page summary or a letter: "Chou et al. 2009. Lancet 2009;373(9662):463–72. doi:…." */
export function briefCitation(c: Citation): string {
  return `${c.short}. ${c.journal} ${c.year};${c.volumePages}.${c.doi ? ` doi:${c.doi}.` : ''}`;
}

/** The full reference in one line, Vancouver style. */
export function formatCitation(c: Citation): string {
  const ids = [c.doi && `doi:${c.doi}`, c.pmid && `PMID ${c.pmid}`].filter(Boolean).join('. ');
  return `${c.authors.replace(/\.$/, '')}. ${c.title}. ${c.journal} ${c.year};${c.volumePages}.${ids ? ` ${ids}.` : ''}`;
}

export { isIsoDate };

/**
 * Checks a registry against the rules every number shown to a patient must meet
 * (docs/evidence.md#how-to-read-the-facts): a source for every number (IPDAS C2), how sure the
 * research is (IPDAS C5), and icon arrays out of 100 with the same denominator and time frame
 * within a comparison (IPDAS; Trevena 2013). Returns every problem found, in plain words; an
 * empty list means the registry is sound.
 * `today` is the date checked dates may not be after (defaults to now).
 */
/** The figures' words of every locale whose guide is loaded. */
function loadedFactTexts(): Partial<Record<Locale, GuidePack['facts']>> {
  return Object.fromEntries(LOCALES.filter((l) => isLocaleLoaded(l, ['guide'])).map((l) => [l, localeText(l).facts]));
}

export function validateRegistry(
  factList: readonly Fact[] = facts,
  citationList: readonly Citation[] = citations,
  today: string = todayIso(),
  texts: Partial<Record<Locale, GuidePack['facts']>> = loadedFactTexts(),
): RegistryProblem[] {
  const problems: RegistryProblem[] = [];
  const add = (id: string, problem: string) => problems.push({ id, problem });
  const citeIds = new Set<string>();

  for (const c of citationList) {
    if (citeIds.has(c.id)) add(c.id, 'two citations have this id');
    citeIds.add(c.id);
    for (const field of ['authors', 'title', 'journal', 'volumePages', 'short'] as const) {
      if (!c[field]?.trim()) add(c.id, `citation has no ${field}`);
    }
    if (!Number.isInteger(c.year) || c.year < 1900) add(c.id, 'citation has no valid year');
    if (!c.doi && !c.url) add(c.id, 'citation has neither a DOI nor a URL');
  }

  const used = new Set<string>();
  const seen = new Set<string>();
  const groups = new Map<string, Fact[]>();
  for (const f of factList) {
    if (seen.has(f.id)) add(f.id, 'two facts have this id');
    seen.add(f.id);
    if (!f.citationId) add(f.id, 'fact has no citation');
    else if (!citeIds.has(f.citationId)) add(f.id, `fact cites "${f.citationId}", which is not in the registry`);
    else used.add(f.citationId);
    if (!f.checked) add(f.id, 'fact has no checked date');
    else if (!isIsoDate(f.checked)) add(f.id, `checked date "${String(f.checked)}" is not a real YYYY-MM-DD date`);
    else if (f.checked > today) add(f.id, `checked date ${f.checked} is in the future`);
    if (!f.evidenceRef) add(f.id, 'fact does not say which section of the evidence review documents it (listed in docs/evidence.md)');
    if (!Number.isFinite(f.value)) add(f.id, 'fact value is not a number');
    if (f.kind === 'people') {
      if (f.denominator !== 100) add(f.id, 'a "people" fact must be out of 100, like every icon array (docs/evidence.md#how-to-read-the-facts)');
      if (!Number.isInteger(f.value) || f.value < 0 || f.value > (f.denominator ?? 0)) {
        add(f.id, 'a "people" fact must count whole people between 0 and its denominator');
      }
    }
    for (const [locale, words] of Object.entries(texts)) {
      const t = words.text[f.id];
      if (f.caveat && !words.caveat[f.id]?.trim()) add(f.id, `fact has no ${locale} caveat`);
      if (!t) {
        add(f.id, `fact has no ${locale} text`);
        continue;
      }
      for (const field of ['statement', 'population', 'timeframe'] as const) {
        if (!t[field]?.trim()) add(f.id, `fact has no ${locale} ${field}`);
      }
      if (f.kind === 'people' && (!t.outcome?.trim() || !t.others?.trim())) {
        add(f.id, `"people" fact has no ${locale} outcome or others`);
      }
    }
    if (f.compareGroup) groups.set(f.compareGroup, [...(groups.get(f.compareGroup) ?? []), f]);
  }

  for (const [group, members] of groups) {
    const first = members[0];
    if (!first) continue;
    if (members.length < 2) add(first.id, `compare group "${group}" has only one fact`);
    for (const other of members.slice(1)) {
      if (other.denominator !== first.denominator) {
        add(other.id, `compare group "${group}": denominator ${other.denominator} differs from ${first.id} (${first.denominator})`);
      }
      for (const [locale, words] of Object.entries(texts)) {
        if (words.text[other.id]?.timeframe !== words.text[first.id]?.timeframe) {
          add(other.id, `compare group "${group}": ${locale} time frame differs from ${first.id}`);
        }
      }
    }
  }

  for (const id of citeIds) if (!used.has(id)) add(id, 'citation is not used by any fact');
  return problems;
}
