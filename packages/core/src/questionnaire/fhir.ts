import { DEFAULT_LOCALE, isLocaleLoaded, LOCALES, type Locale } from '../locales/registry.js';
import {
  AGREE_CODES,
  buildQuestionnaire,
  isItemId,
  isTier1Id,
  isWantScan,
  QUESTIONNAIRE_URL,
  QUESTIONNAIRE_VERSION,
  WANT_SCAN_ID,
  WORRY_ID,
  type Likert,
} from './definition.js';
import type {
  QuestionnaireItem,
  QuestionnaireResponse,
  QuestionnaireResponseItem,
  QuestionnaireResponseItemAnswer,
  QuestionnaireResponseStatus,
} from './fhir-types.js';
import {
  describe,
  isRecord,
  parseIfString,
  problemText,
  readWorry,
  validateAnswers,
  type AnswerProblem,
  type Answers,
  type AnswersResult,
} from './scoring.js';

/** `QuestionnaireResponse.questionnaire`: our canonical URL with its version. */
export const QUESTIONNAIRE_CANONICAL = `${QUESTIONNAIRE_URL}|${QUESTIONNAIRE_VERSION}`;

export interface ResponseOptions {
  /** 'in-progress' (the default) for partial saves, 'completed' on submit. */
  status?: 'in-progress' | 'completed';
  /** When the answers were given, as a FHIR dateTime, e.g. `new Date().toISOString()`. Left out if not given. */
  authored?: string;
  /** The language of the item texts and answer displays (default en-GB). */
  locale?: Locale;
}

/** The value an item holds in `answers`: a yes/no, an answer code, or text. */
function valueOf(linkId: string, a: Answers): boolean | string | undefined {
  if (isTier1Id(linkId)) return a.emergency[linkId];
  if (isItemId(linkId)) {
    const n = a.items[linkId];
    return n === undefined ? undefined : AGREE_CODES[n - 1];
  }
  if (linkId === WANT_SCAN_ID) return a.wantScan;
  if (linkId === WORRY_ID) return a.worry;
  return undefined;
}

/** Stores a value read from a response into `answers`. Values were checked against the item first. */
function store(linkId: string, value: boolean | string, a: Answers): void {
  if (isTier1Id(linkId) && typeof value === 'boolean') a.emergency[linkId] = value;
  else if (isItemId(linkId)) {
    const n = (AGREE_CODES as readonly string[]).indexOf(String(value)) + 1;
    if (n >= 1) a.items[linkId] = n as Likert;
  } else if (linkId === WANT_SCAN_ID && isWantScan(value)) a.wantScan = value;
  else if (linkId === WORRY_ID && typeof value === 'string') a.worry = value;
}

function responseAnswer(def: QuestionnaireItem, value: boolean | string): QuestionnaireResponseItemAnswer | undefined {
  if (def.type === 'boolean' && typeof value === 'boolean') return { valueBoolean: value };
  if (def.type === 'text' && typeof value === 'string') return { valueString: value };
  const coding = def.answerOption?.find((o) => o.valueCoding?.code === value)?.valueCoding;
  return coding ? { valueCoding: { ...coding } } : undefined;
}

function responseItems(defs: readonly QuestionnaireItem[], a: Answers): QuestionnaireResponseItem[] {
  return defs.flatMap((def): QuestionnaireResponseItem[] => {
    const base = { linkId: def.linkId, ...(def.text ? { text: def.text } : {}) };
    if (def.type === 'group') {
      const item = responseItems(def.item ?? [], a);
      return item.length ? [{ ...base, item }] : [];
    }
    const value = valueOf(def.linkId, a);
    const answer = value === undefined ? undefined : responseAnswer(def, value);
    return answer ? [{ ...base, answer: [answer] }] : [];
  });
}

/**
 * The answers as a FHIR R4 QuestionnaireResponse to our Questionnaire. Items mirror the
 * Questionnaire's linkIds and nesting; unanswered items and groups with no answers are left out;
 * the display item `rf1-emergency` is never answered. Invalid parts of `answers` are left out
 * (see `validateAnswers`); never throws.
 *
 * Theme means are NOT written into the response: a response may only hold linkIds its
 * Questionnaire defines, and calculated read-only items would need a FHIRPath `ordinal()`/
 * `weight()` expression that renderers support unevenly. Use `score(answers)` for the means.
 */
export function toQuestionnaireResponse(answers: Answers, options: ResponseOptions = {}): QuestionnaireResponse {
  const checked = validateAnswers(answers);
  const a = checked.ok ? checked.answers : checked.partial;
  const locale = options.locale ?? DEFAULT_LOCALE;
  const item = responseItems(buildQuestionnaire(locale).item ?? [], a);
  return {
    resourceType: 'QuestionnaireResponse',
    language: locale,
    questionnaire: QUESTIONNAIRE_CANONICAL,
    status: options.status ?? 'in-progress',
    ...(options.authored ? { authored: options.authored } : {}),
    ...(item.length ? { item } : {}),
  };
}

interface Placed {
  def: QuestionnaireItem;
  /** linkId of the enclosing group, or null at the top level. */
  parent: string | null;
}

/** Every item of our Questionnaire by linkId, with the group it sits in. */
function indexItems(defs: readonly QuestionnaireItem[], parent: string | null, into = new Map<string, Placed>()) {
  for (const def of defs) {
    into.set(def.linkId, { def, parent });
    indexItems(def.item ?? [], def.linkId, into);
  }
  return into;
}

let items: Map<string, Placed> | undefined;
/**
 * Every item by linkId, made on first use from any locale whose words are loaded (the
 * structure is the same in every locale).
 */
function itemIndex(): Map<string, Placed> {
  items ??= indexItems(buildQuestionnaire(LOCALES.find((l) => isLocaleLoaded(l, ['base'])) ?? DEFAULT_LOCALE).item ?? [], null);
  return items;
}

const STATUSES: readonly QuestionnaireResponseStatus[] = ['in-progress', 'completed', 'amended', 'entered-in-error', 'stopped'];

const KIND: Record<string, string> = {
  boolean: 'yes or no (valueBoolean)',
  choice: 'one of its answer options (valueCoding)',
  text: 'text (valueString)',
};

/**
 * Reads answers back from a QuestionnaireResponse (an object or a JSON string). Never throws.
 * Gives a plain-language problem for: input that is not an object, a resource that is not a
 * QuestionnaireResponse, a response to another questionnaire or version, an unknown or
 * repeated linkId, an item in the wrong group, an answer of the wrong type, and a code that
 * is not one of the item's answer options. On failure `partial` keeps every valid answer.
 * `fromQuestionnaireResponse(toQuestionnaireResponse(a))` gives back `a`.
 */
export function fromQuestionnaireResponse(qr: unknown): AnswersResult {
  const problems: AnswerProblem[] = [];
  const add = (field: string, message: string) => problems.push({ field, message });
  const answers: Answers = { emergency: {}, items: {} };
  const done = (): AnswersResult => (problems.length ? { ok: false, problems, partial: answers } : { ok: true, answers });

  const parsed = parseIfString(qr);
  if ('error' in parsed) {
    add('(input)', problemText.notJson('QuestionnaireResponse'));
    return done();
  }
  const r = parsed.value;
  if (!isRecord(r)) {
    add('(input)', problemText.notObject('QuestionnaireResponse', r));
    return done();
  }
  if (r.resourceType !== 'QuestionnaireResponse') {
    add(
      'resourceType',
      r.resourceType === undefined
        ? 'This is not a FHIR QuestionnaireResponse: it has no "resourceType".'
        : `This is a FHIR ${describe(r.resourceType)} resource, not a QuestionnaireResponse.`,
    );
    return done();
  }
  if (typeof r.questionnaire !== 'string') {
    add('questionnaire', `The response does not say which questionnaire it answers. It should say "${QUESTIONNAIRE_CANONICAL}".`);
    return done();
  }
  const [url, version] = r.questionnaire.split('|');
  if (url !== QUESTIONNAIRE_URL) {
    add('questionnaire', `The response answers another questionnaire (${describe(url)}), so its answers were not read.`);
    return done();
  }
  if (version !== undefined && version !== QUESTIONNAIRE_VERSION) {
    add('questionnaire', `The response is for version ${describe(version)} of the questionnaire; this reads version ${QUESTIONNAIRE_VERSION}.`);
  }
  if (!STATUSES.includes(r.status as QuestionnaireResponseStatus)) {
    add('status', `The response status should be one of ${STATUSES.join(', ')}, but it is ${describe(r.status)}.`);
  } else if (r.status === 'entered-in-error') {
    add('status', 'The response is marked "entered-in-error", so its answers should not be used.');
  }

  const seen = new Set<string>();

  /** The value of an item's answer, or undefined when it has none or it is wrong (with a problem). */
  const readAnswer = (def: QuestionnaireItem, answer: unknown): boolean | string | undefined => {
    const id = def.linkId;
    if (answer === undefined || (Array.isArray(answer) && answer.length === 0)) return undefined;
    if (!Array.isArray(answer)) {
      add(id, `The answer to "${id}" should be a list, but it is ${describe(answer)}.`);
      return undefined;
    }
    if (answer.length > 1) {
      add(id, `"${id}" takes one answer, but it has ${answer.length}.`);
      return undefined;
    }
    const value: unknown = answer[0];
    if (def.type === 'boolean' && isRecord(value) && typeof value.valueBoolean === 'boolean') return value.valueBoolean;
    if (def.type === 'text' && isRecord(value) && typeof value.valueString === 'string') {
      const kept = readWorry(value.valueString);
      if (kept.problem) add(id, kept.problem);
      return kept.worry;
    }
    const coding = isRecord(value) ? value.valueCoding : undefined;
    if (def.type !== 'choice' || !isRecord(coding)) {
      add(id, `The answer to "${id}" should be ${KIND[def.type] ?? def.type}, but it is ${describe(value)}.`);
      return undefined;
    }
    const options = (def.answerOption ?? []).flatMap((o) => (o.valueCoding ? [o.valueCoding] : []));
    const match = options.find((o) => o.code === coding.code && (coding.system === undefined || coding.system === o.system));
    if (match?.code) return match.code;
    add(
      id,
      `The answer to "${id}" is ${describe(coding.code)}${coding.system === undefined ? '' : ` from ${describe(coding.system)}`}, ` +
        `which is not one of its options: ${options.map((o) => o.code).join(', ')} from "${options[0]?.system}".`,
    );
    return undefined;
  };

  const walk = (list: unknown, parent: string | null, path: string): void => {
    if (list === undefined) return;
    if (!Array.isArray(list)) {
      add(path, `"${path}" should be a list of items, but it is ${describe(list)}.`);
      return;
    }
    for (const [i, item] of list.entries()) {
      const where = `${path}[${i}]`;
      if (!isRecord(item)) {
        add(where, `Each item should be an object, but ${where} is ${describe(item)}.`);
        continue;
      }
      const id = item.linkId;
      if (typeof id !== 'string') {
        add(where, `${where} has no linkId, so it cannot be matched to a question.`);
        continue;
      }
      const placed = itemIndex().get(id);
      if (!placed) {
        add(id, `There is no question called ${describe(id)} in this questionnaire.`);
        continue;
      }
      if (seen.has(id)) {
        add(id, `"${id}" appears more than once; only the first was read.`);
        continue;
      }
      seen.add(id);
      if (placed.parent !== parent) {
        const name = (g: string | null) => (g ? `"${g}"` : 'the top level');
        add(id, `"${id}" should be in ${name(placed.parent)}, not in ${name(parent)}.`);
      }
      const { def } = placed;
      if (def.type === 'group' || def.type === 'display') {
        if (item.answer !== undefined) {
          add(id, `"${id}" is ${def.type === 'group' ? 'a group of questions' : 'information only'} and cannot have an answer.`);
        }
        if (def.type === 'group') walk(item.item, id, `${where}.item`);
        continue;
      }
      if (item.item !== undefined) add(id, `"${id}" is a question and should not hold other items.`);
      const value = readAnswer(def, item.answer);
      if (value !== undefined) store(id, value, answers);
    }
  };
  walk(r.item, null, 'item');

  return done();
}
