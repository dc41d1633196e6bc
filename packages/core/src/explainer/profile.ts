/**
 * Reading the questionnaire's profile for the explainer: what tailors it (`readTailoring`), and
 * what is wrong with a profile handed to it (`validateProfile`, `readProfile`, `checkProfile`).
 */
import type { Say, UnwordedProblem } from '../i18n/input-messages.js';
import { wordProblems } from '../i18n/input-problems.js';
import { DEFAULT_LOCALE, type Locale } from '../locales/registry.js';
import { BELIEF_THEMES, isTier1Id, type BeliefTheme, type Tier1Id } from '../questionnaire/ids.js';
import { isRecord, parseIfString, type ExpectationProfile, type ThemeLevel } from '../questionnaire/scoring.js';
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
 * Checks a profile handed to the explainer. Never throws. Returns plain-language problems, in
 * `locale`'s words (default en-GB; its `input` words must be loaded when there are problems: the
 * elements load them, and on a server import '@scanwise/core/locales/all'). Empty when the
 * profile is sound, or when there is no profile at all. Whatever it finds, `explainerModel`
 * still works: unreadable parts are ignored, and the neutral default is shown.
 */
export function validateProfile(input: unknown, locale: Locale = DEFAULT_LOCALE): ProfileProblem[] {
  return wordProblems(checkProfile(input).problems, locale);
}

/**
 * A profile handed to a component from outside (a property, a linked questionnaire), read once
 * for a component that follows it (the explainer, the plan): the profile to use, its JSON text
 * parsed (null when there is none, or it is not an object), and its problems (`validateProfile`,
 * in `locale`'s words). Never throws on JSON data. Readers of the profile still read each part
 * leniently: a part that is not as it should be counts as missing.
 */
export function readProfile(input: unknown, locale: Locale = DEFAULT_LOCALE): { profile: ExpectationProfile | null; problems: ProfileProblem[] } {
  const { profile, problems } = checkProfile(input);
  return { profile, problems: wordProblems(problems, locale) };
}

/**
 * `readProfile` with its problems not worded yet (see `UnwordedProblem`): needs no words, so it
 * can run before a locale's words are loaded.
 */
export function checkProfile(input: unknown): { profile: ExpectationProfile | null; problems: UnwordedProblem<ProfileProblem>[] } {
  const parsed = parseIfString(input);
  const profile = 'value' in parsed && isRecord(parsed.value) ? (parsed.value as unknown as ExpectationProfile) : null;
  return { profile, problems: profileProblems(input) };
}

function profileProblems(input: unknown): UnwordedProblem<ProfileProblem>[] {
  const problems: UnwordedProblem<ProfileProblem>[] = [];
  const add = (field: string, say: Say) => problems.push({ field, say });
  if (input === null || input === undefined) return problems;

  const parsed = parseIfString(input);
  if ('error' in parsed) {
    add('(input)', (w) => w.notJson('profile'));
    return problems;
  }
  const raw = parsed.value;
  if (!isRecord(raw)) {
    add('(input)', (w) => w.notObject('profile', raw));
    return problems;
  }

  const { themes, flags, triage } = raw;
  if (!isRecord(themes)) {
    add('themes', (w) => w.profile.themesNotObject(themes));
  } else {
    for (const theme of BELIEF_THEMES) {
      const score = themes[theme];
      const level = isRecord(score) ? score.level : undefined;
      if (!THEME_LEVELS.includes(level as ThemeLevel)) add(`themes.${theme}.level`, (w) => w.profile.themeLevel(theme, level));
    }
  }

  if (!isRecord(flags)) {
    add('flags', (w) => w.fieldNotObject('flags', flags));
  } else {
    for (const flag of ['emergency', 'harmsUnderestimated'] as const) {
      const value = flags[flag];
      if (typeof value !== 'boolean') add(`flags.${flag}`, (w) => w.profile.flagNotBoolean(flag, value));
    }
    const signs = flags.emergencySigns;
    if (signs !== undefined && (!Array.isArray(signs) || !signs.every(isTier1Id))) {
      add('flags.emergencySigns', (w) => w.profile.emergencySigns(signs));
    }
  }

  if (!TRIAGE_LEVELS.includes(triage as string)) {
    add('triage', (w) => w.profile.triage(triage));
  }
  // Red flags always win: any one clear report of an emergency makes it one.
  const { emergency, signs } = readTailoring(raw);
  const reports = [isRecord(flags) && flags.emergency === true, triage === 'emergency', signs.length > 0];
  if (emergency && !reports.every(Boolean)) {
    add('triage', (w) => w.profile.triageConflict);
  }
  return problems;
}
