/**
 * Reading the questionnaire's profile for the explainer: what tailors it (`readTailoring`), and
 * what is wrong with a profile handed to it (`validateProfile`, `readProfile`).
 */
import { BELIEF_THEMES, isTier1Id, type BeliefTheme, type Tier1Id } from '../questionnaire/ids.js';
import { describe, isRecord, parseIfString, problemText, type ExpectationProfile, type ThemeLevel } from '../questionnaire/scoring.js';
import type { ProfileProblem } from './types.js';

const THEME_LEVELS: readonly ThemeLevel[] = ['low', 'mixed', 'high', 'not-scored'];
const TRIAGE_LEVELS = ['emergency', 'routine'];

/** What the explainer takes from a profile. */
export interface Tailoring {
  emergency: boolean;
  signs: Tier1Id[];
  high: Set<BeliefTheme>;
  harmsUnderestimated: boolean;
}

/**
 * Reads what tailoring needs from any input, never throwing. Only clear values count, except
 * that any clear sign of an emergency wins (DESIGN.md: red flags always win).
 */
export function readTailoring(input: unknown): Tailoring {
  const parsed = parseIfString(input);
  const raw = 'value' in parsed && isRecord(parsed.value) ? parsed.value : {};
  const themes = isRecord(raw.themes) ? raw.themes : {};
  const flags = isRecord(raw.flags) ? raw.flags : {};
  const signs = Array.isArray(flags.emergencySigns) ? flags.emergencySigns.filter(isTier1Id) : [];
  return {
    emergency: flags.emergency === true || raw.triage === 'emergency' || signs.length > 0,
    signs,
    high: new Set(BELIEF_THEMES.filter((t) => isRecord(themes[t]) && themes[t].level === 'high')),
    harmsUnderestimated: flags.harmsUnderestimated === true,
  };
}

/**
 * Checks a profile handed to the explainer. Never throws. Returns plain-language problems
 * (empty when the profile is sound, or when there is no profile at all). Whatever it finds,
 * `explainerModel` still works: unreadable parts are ignored, and the neutral default is shown.
 */
export function validateProfile(input: unknown): ProfileProblem[] {
  const problems: ProfileProblem[] = [];
  const add = (field: string, message: string) => problems.push({ field, message });
  if (input === null || input === undefined) return problems;

  const parsed = parseIfString(input);
  if ('error' in parsed) {
    add('(input)', problemText.notJson('profile'));
    return problems;
  }
  const raw = parsed.value;
  if (!isRecord(raw)) {
    add('(input)', problemText.notObject('profile', raw));
    return problems;
  }

  const { themes, flags, triage } = raw;
  if (!isRecord(themes)) {
    add('themes', `"themes" should be an object with a level for each theme, but it is ${describe(themes)}. No tailoring is used.`);
  } else {
    for (const theme of BELIEF_THEMES) {
      const score = themes[theme];
      const level = isRecord(score) ? score.level : undefined;
      if (!THEME_LEVELS.includes(level as ThemeLevel)) {
        add(
          `themes.${theme}.level`,
          `The level of the "${theme}" theme should be "low", "mixed", "high" or "not-scored", but it is ${describe(level)}. It is taken as not scored.`,
        );
      }
    }
  }

  if (!isRecord(flags)) {
    add('flags', `"flags" should be an object, but it is ${describe(flags)}.`);
  } else {
    const fallbacks = {
      emergency: 'Emergency guidance is shown only if the triage or the listed signs report an emergency.',
      harmsUnderestimated: 'It is taken as false.',
    };
    for (const [flag, fallback] of Object.entries(fallbacks)) {
      if (typeof flags[flag] !== 'boolean') {
        add(`flags.${flag}`, `"flags.${flag}" should be true or false, but it is ${describe(flags[flag])}. ${fallback}`);
      }
    }
    const signs = flags.emergencySigns;
    if (signs !== undefined && (!Array.isArray(signs) || !signs.every(isTier1Id))) {
      add('flags.emergencySigns', `"flags.emergencySigns" should be a list of emergency question ids, but it is ${describe(signs)}.`);
    }
  }

  if (!TRIAGE_LEVELS.includes(triage as string)) {
    add('triage', `"triage" should be "emergency" or "routine", but it is ${describe(triage)}.`);
  }
  // Red flags always win: any one clear report of an emergency makes it one.
  const { emergency, signs } = readTailoring(raw);
  const reports = [isRecord(flags) && flags.emergency === true, triage === 'emergency', signs.length > 0];
  if (emergency && !reports.every(Boolean)) {
    add('triage', 'The profile says both that there is and that there is not an emergency sign. It is taken as an emergency.');
  }
  return problems;
}

/**
 * A profile handed to a component from outside (a property, a linked questionnaire), read once
 * for a component that follows it (the explainer, the plan): the profile to use, its JSON text
 * parsed (null when there is none, or it is not an object), and its problems (`validateProfile`).
 * Never throws on JSON data. Readers of the profile still read each part leniently: a part that
 * is not as it should be counts as missing.
 */
export function readProfile(input: unknown): { profile: ExpectationProfile | null; problems: ProfileProblem[] } {
  const parsed = parseIfString(input);
  const profile = 'value' in parsed && isRecord(parsed.value) ? (parsed.value as unknown as ExpectationProfile) : null;
  return { profile, problems: validateProfile(input) };
}
