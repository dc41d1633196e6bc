import '@scanwise/core/locales/all';
import {
  localeText,
  LOCALES,
  BELIEF_THEMES,
  fromQuestionnaireResponse,
  isIsoDate,
  isItemId,
  isTier1Id,
  isWantScan,
  planWarnings,
  readProfile as readProfileInput,
  reviewConflicts,
  resolveLocale,
  score,
  todayIso,
  validateAnswers,
  validatePlan,
  wellFormed,
  type ExpectationProfile,
  type Locale,
  type Plan,
} from '@scanwise/core';

/** Which parts the letter holds. */
export interface LetterParts {
  /** The questionnaire summary for the clinician's copy. Default: false. */
  questionnaire?: boolean;
  /** The benefits-versus-harms explainer: `summary` (default), `full`, or `false` to leave it out. */
  explainer?: 'summary' | 'full' | false;
  /** The watchful-waiting plan. Default: true when a plan is given. */
  plan?: boolean;
}

export interface LetterPractice {
  name?: string;
  /** Address lines, as a list or one text with line breaks. */
  address?: string | string[];
  phone?: string;
  email?: string;
  /** Printed as text, never as a link. */
  website?: string;
}

export interface LetterClinician {
  name?: string;
  /** For example "GP" or "Physiotherapist". */
  role?: string;
}

/**
 * Everything a letter is made from: a plain object that survives JSON (the CLI reads it from a file).
 * Give the questionnaire's result as ONE of `profile`, `questionnaireResponse` (FHIR R4) or `answers`.
 */
export interface LetterInput {
  /**
   * A locale of the registry (`en-GB`, the default; `en-US`, `es-US`, `es-ES`). Also sets the
   * emergency number (999, 911, 112) unless the plan overrides it; a tag that only matches a
   * language (`es`) names no number of its own.
   */
  locale?: string;
  /** The letter's date, YYYY-MM-DD. Default: today. Plan dates are checked against it. */
  date?: string;
  patient?: { name?: string };
  practice?: LetterPractice;
  clinician?: LetterClinician;
  /** A short message from the clinician, printed after the greeting. Blank lines start new paragraphs. */
  message?: string;
  /** The questionnaire's profile (from `score()` or the element's `profile`). */
  profile?: unknown;
  /** A FHIR R4 QuestionnaireResponse to the Scanwise questionnaire. */
  questionnaireResponse?: unknown;
  /** The questionnaire's answers (the element's `answers` or form value). */
  answers?: unknown;
  /** The watchful-waiting plan (core's `Plan`). */
  plan?: unknown;
  include?: LetterParts;
  /** Paper size: `a4` or `letter`. Default: the locale's (`letter` for en-US and es-US, else `a4`). */
  paper?: 'a4' | 'letter';
  /** Only the letter's content (a `<style>` and an `<article>`), to put into a page of your own. */
  fragment?: boolean;
}

/** One thing wrong with the input, in plain words. `field` names where it is. */
export interface LetterProblem {
  field: string;
  message: string;
}

/** A checked letter input: every field present, every text trimmed. */
export interface Letter {
  locale: Locale;
  /**
   * False when the tag asked for only matched the language (`es`, `en-AU`): the letter then names
   * no emergency number of its own ("your local emergency number"), only the plan's.
   */
  regionKnown: boolean;
  date: string;
  patientName: string;
  practice: { name: string; address: string[]; phone: string; email: string; website: string };
  clinician: { name: string; role: string };
  message: string[];
  profile: ExpectationProfile | null;
  plan: Plan | null;
  include: { questionnaire: boolean; explainer: 'summary' | 'full' | null; plan: boolean };
  paper: 'a4' | 'letter';
  fragment: boolean;
}

/** The registry's locales, for messages: "en-GB", "en-US", "es-US" or "es-ES". */
export function localeList(): string {
  const quoted = LOCALES.map((l) => `"${l}"`);
  return `${quoted.slice(0, -1).join(', ')} or ${quoted.at(-1)}`;
}

export type LetterCheck =
  { ok: true; letter: Letter; warnings: LetterProblem[] } | { ok: false; problems: LetterProblem[]; warnings: LetterProblem[] };

/** Thrown by `renderLetter` and `renderPdf` when the input cannot make a safe letter. */
export class LetterInputError extends Error {
  readonly problems: LetterProblem[];
  constructor(problems: LetterProblem[]) {
    super(`The letter could not be made:\n${problems.map((p) => `- ${p.field}: ${p.message}`).join('\n')}`);
    this.name = 'LetterInputError';
    this.problems = problems;
  }
}

const INPUT_FIELDS = [
  'locale',
  'date',
  'patient',
  'practice',
  'clinician',
  'message',
  'profile',
  'questionnaireResponse',
  'answers',
  'plan',
  'include',
  'paper',
  'fragment',
];
const LIMITS = { text: 200, addressLines: 8, message: 4000 } as const;

const isRecord = (x: unknown): x is Record<string, unknown> => typeof x === 'object' && x !== null && !Array.isArray(x);

function kind(value: unknown): string {
  if (value === undefined) return 'missing';
  if (value === null) return 'empty (null)';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'string') return `the text ${JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value)}`;
  if (typeof value === 'object') return 'an object';
  return String(value);
}

type Add = (field: string, message: string) => void;

function text(value: unknown, field: string, what: string, add: Add, max: number = LIMITS.text): string {
  if (value == null) return '';
  if (typeof value !== 'string') {
    add(field, `The ${what} should be text, but it is ${kind(value)}.`);
    return '';
  }
  // Well formed: a lone surrogate (half an emoji) becomes U+FFFD, as core keeps text.
  const t = wellFormed(value).trim();
  if (t.length > max) add(field, `The ${what} is ${t.length} characters long. It can be at most ${max}.`);
  return t;
}

function unknownKeys(raw: Record<string, unknown>, known: readonly string[], where: string, add: Add): void {
  for (const key of Object.keys(raw)) {
    if (!known.includes(key)) {
      add(where ? `${where}.${key}` : key, `"${key}" is not something a letter${where ? `'s "${where}"` : ''} can hold. Check the spelling.`);
    }
  }
}

function object(value: unknown, field: string, add: Add): Record<string, unknown> {
  if (value == null) return {};
  if (isRecord(value)) return value;
  add(field, `"${field}" should be an object, but it is ${kind(value)}.`);
  return {};
}

/** A profile from any of the three ways to give one, or null. Problems with it are in `locale`'s words. */
function readProfile(raw: Record<string, unknown>, add: Add, locale: Locale): ExpectationProfile | null {
  const given = (['profile', 'questionnaireResponse', 'answers'] as const).filter((k) => raw[k] != null);
  if (given.length > 1) {
    add(
      given[1]!,
      `Give the questionnaire's result only once: as "profile", "questionnaireResponse" or "answers", not as ${given.map((g) => `"${g}"`).join(' and ')}.`,
    );
    return null;
  }
  const which = given[0];
  if (!which) return null;
  const value = raw[which];
  const report = (problems: LetterProblem[]) => problems.forEach((p) => add(`${which}.${p.field}`.replace(/\.\(input\)$/, ''), p.message));
  if (which === 'questionnaireResponse') {
    const r = fromQuestionnaireResponse(value, locale);
    if (!r.ok) report(r.problems);
    return r.ok ? score(r.answers) : null;
  }
  if (which === 'answers') {
    const r = validateAnswers(value, locale);
    if (!r.ok) report(r.problems);
    return r.ok ? score(r.answers) : null;
  }
  // A profile (its JSON text too): scored again from its answers when it carries them, so every part agrees.
  const read = readProfileInput(value, locale);
  if (read.problems.length || !read.profile) {
    report(read.problems);
    return null;
  }
  const p = read.profile;
  if (isRecord(p.answers)) {
    const r = validateAnswers(p.answers, locale);
    if (!r.ok) {
      report(r.problems.map((q) => ({ field: `answers.${q.field}`, message: q.message })));
      return null;
    }
    const rescored = score(r.answers);
    if (rescored.triage !== p.triage) {
      add(
        'profile.triage',
        'The profile\u2019s emergency result does not match its answers. Send the answers again, or the profile as the questionnaire gave it.',
      );
      return null;
    }
    return rescored;
  }
  // No answers: the parts validateProfile checks as given, and every other part only when it is
  // what it should be (a theme's mean, the lists of items and signs), else as none.
  const flags: Record<string, unknown> = isRecord(p.flags) ? p.flags : {};
  const list = <T>(x: unknown, ok: (y: unknown) => y is T): T[] => (Array.isArray(x) ? x.filter(ok) : []);
  return {
    ...p,
    themes: Object.fromEntries(
      BELIEF_THEMES.map((t) => {
        const s: Record<string, unknown> = isRecord(p.themes[t]) ? p.themes[t] : {};
        return [
          t,
          {
            level: p.themes[t].level,
            mean: typeof s.mean === 'number' && Number.isFinite(s.mean) ? s.mean : null,
            answered: Number.isInteger(s.answered) ? (s.answered as number) : 0,
          },
        ];
      }),
    ) as ExpectationProfile['themes'],
    flags: {
      stronglyAgreed: list(flags.stronglyAgreed, isItemId),
      emergencyUnanswered: list(flags.emergencyUnanswered, isTier1Id),
      emergencySigns: list(flags.emergencySigns, isTier1Id),
      harmsUnderestimated: flags.harmsUnderestimated === true,
      emergency: flags.emergency === true,
    },
    wantScan: isWantScan(p.wantScan) ? p.wantScan : null,
    worry: typeof p.worry === 'string' ? wellFormed(p.worry) : null,
    answers: { emergency: {}, items: {} },
  };
}

/**
 * Checks a letter's input. Never throws. Problems stop the letter (nothing is printed from an
 * input that is partly wrong: a patient letter must say exactly what the clinician meant);
 * warnings (a review date in the past, red-flag signs not recorded) do not.
 */
export function checkLetter(input: unknown, today: string = todayIso()): LetterCheck {
  const problems: LetterProblem[] = [];
  const warnings: LetterProblem[] = [];
  const add: Add = (field, message) => problems.push({ field, message });
  if (!isRecord(input)) {
    return { ok: false, problems: [{ field: '(input)', message: `The letter's data should be an object, but it is ${kind(input)}.` }], warnings };
  }
  const raw = input;
  unknownKeys(raw, INPUT_FIELDS, '', add);

  // Locale
  let locale: Locale = 'en-GB';
  let regionKnown = true;
  if (raw.locale != null) {
    if (typeof raw.locale !== 'string') add('locale', `The locale should be text such as "en-GB", but it is ${kind(raw.locale)}.`);
    else {
      const r = resolveLocale(raw.locale);
      locale = r.locale;
      if (r.match === 'fallback') add('locale', `There is no letter text for "${raw.locale}". Use ${localeList()}.`);
      else if (r.match === 'language') {
        regionKnown = false;
        warnings.push({
          field: 'locale',
          message: `"${raw.locale}" is printed in ${localeText(r.locale).name} with no emergency number of its own ("your local emergency number"). Add the patient's emergency number to the plan's services.`,
        });
      }
    }
  }

  // Date
  let date = today;
  if (raw.date != null) {
    if (isIsoDate(raw.date)) date = raw.date;
    else add('date', `The letter's date should be written as YYYY-MM-DD (for example 2026-12-07), but it is ${kind(raw.date)}.`);
  }

  const patient = object(raw.patient, 'patient', add);
  unknownKeys(patient, ['name'], 'patient', add);
  const practiceRaw = object(raw.practice, 'practice', add);
  unknownKeys(practiceRaw, ['name', 'address', 'phone', 'email', 'website'], 'practice', add);
  const clinicianRaw = object(raw.clinician, 'clinician', add);
  unknownKeys(clinicianRaw, ['name', 'role'], 'clinician', add);

  let address: string[] = [];
  const a = practiceRaw.address;
  if (typeof a === 'string') address = wellFormed(a).split(/\r?\n/);
  else if (Array.isArray(a)) address = a.map((line, i) => text(line, `practice.address[${i}]`, `address line ${i + 1}`, add));
  else if (a != null) add('practice.address', `The practice's address should be text or a list of lines, but it is ${kind(a)}.`);
  address = address.map((l) => l.trim()).filter(Boolean);
  if (address.length > LIMITS.addressLines)
    add('practice.address', `The address has ${address.length} lines. It can have at most ${LIMITS.addressLines}.`);

  const practice = {
    name: text(practiceRaw.name, 'practice.name', "practice's name", add),
    address,
    phone: text(practiceRaw.phone, 'practice.phone', "practice's phone number", add),
    email: text(practiceRaw.email, 'practice.email', "practice's email address", add),
    website: text(practiceRaw.website, 'practice.website', "practice's website", add),
  };
  const clinician = {
    name: text(clinicianRaw.name, 'clinician.name', "clinician's name", add),
    role: text(clinicianRaw.role, 'clinician.role', "clinician's role", add),
  };
  const patientName = text(patient.name, 'patient.name', "patient's name", add);
  const message = text(raw.message, 'message', 'message', add, LIMITS.message)
    .split(/\r?\n\s*\r?\n/)
    .map((p) => p.trim())
    .filter(Boolean);

  const profile = readProfile(raw, add, locale);

  // Plan
  let plan: Plan | null = null;
  if (raw.plan != null) {
    const r = validatePlan(raw.plan, date, locale);
    if (r.ok) {
      plan = r.plan;
      // The letter's practice and clinician fill the plan's contact lines when it has none, and the other way round.
      plan.practice = {
        name: plan.practice.name || practice.name,
        phone: plan.practice.phone || practice.phone,
        clinician: plan.practice.clinician || clinician.name,
      };
      practice.name ||= plan.practice.name;
      practice.phone ||= plan.practice.phone;
      clinician.name ||= plan.practice.clinician;
      for (const w of planWarnings(plan, date, locale)) warnings.push({ field: `plan.${w.field}`, message: w.message });
      // A Tier 1 "yes" in the questionnaire that the review has not settled: the plan is not ready to send.
      for (const p of reviewConflicts(plan, profile, locale)) add(`plan.${p.field}`, p.message);
    } else {
      for (const p of r.problems) add(p.field === '(input)' ? 'plan' : `plan.${p.field}`, p.message);
    }
  }

  // Parts
  const inc = object(raw.include, 'include', add);
  unknownKeys(inc, ['questionnaire', 'explainer', 'plan'], 'include', add);
  const flag = (key: 'questionnaire' | 'plan', fallback: boolean): boolean => {
    const v = inc[key];
    if (v == null) return fallback;
    if (typeof v === 'boolean') return v;
    add(`include.${key}`, `"include.${key}" should be true or false, but it is ${kind(v)}.`);
    return fallback;
  };
  const include = {
    questionnaire: flag('questionnaire', false),
    plan: flag('plan', raw.plan != null),
    explainer: 'summary' as 'summary' | 'full' | null,
  };
  const ex = inc.explainer;
  if (ex === false || ex === 'none') include.explainer = null;
  else if (ex === 'full' || ex === 'summary') include.explainer = ex;
  else if (ex === true || ex == null) include.explainer = 'summary';
  else add('include.explainer', `"include.explainer" should be "summary", "full" or false, but it is ${kind(ex)}.`);

  if (include.plan && raw.plan == null) add('plan', 'The letter should hold the plan ("include.plan" is true), but there is no "plan".');
  if (include.questionnaire && !profile && !problems.some((p) => /^(profile|answers|questionnaireResponse)/.test(p.field))) {
    add(
      'include.questionnaire',
      'The letter should hold the questionnaire summary, but there is no "profile", "questionnaireResponse" or "answers".',
    );
  }
  if (!include.plan && !include.explainer && !include.questionnaire)
    add('include', 'The letter would be empty: include the plan, the explainer or the questionnaire summary.');

  let paper: 'a4' | 'letter' = localeText(locale).letter.paper;
  if (raw.paper != null) {
    if (raw.paper === 'a4' || raw.paper === 'letter') paper = raw.paper;
    else add('paper', `The paper size should be "a4" or "letter", but it is ${kind(raw.paper)}.`);
  }
  if (raw.fragment != null && typeof raw.fragment !== 'boolean')
    add('fragment', `"fragment" should be true or false, but it is ${kind(raw.fragment)}.`);

  if (problems.length) return { ok: false, problems, warnings };
  return {
    ok: true,
    warnings,
    letter: {
      locale,
      regionKnown,
      date,
      patientName,
      practice,
      clinician,
      message,
      profile,
      plan,
      include,
      paper,
      fragment: raw.fragment === true,
    },
  };
}
