import { DEFAULT_LOCALE, isLocaleLoaded, type Locale } from '../locales/registry.js';
import {
  AGREE_CODES,
  buildQuestionnaire,
  questionnaireItems,
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
import type { Say, UnwordedProblem } from '../i18n/input-messages.js';
import {
  checkAnswers,
  isRecord,
  parseIfString,
  readWorry,
  type AnswerProblem,
  type Answers,
  type AnswersCheck,
  type AnswersResult,
} from './scoring.js';
import { wordAnswers } from './validate.js';

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
  const checked = checkAnswers(answers);
  const a = checked.ok ? checked.answers : checked.partial;
  const locale = options.locale ?? DEFAULT_LOCALE;
  // Each item's text in the locale's words, once they are loaded (the text is optional in FHIR).
  const defs = isLocaleLoaded(locale, ['base']) ? (buildQuestionnaire(locale).item ?? []) : questionnaireItems(null);
  const item = responseItems(defs, a);
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
/** Every item by linkId, made on first use from the Questionnaire's structure (it needs no words). */
function itemIndex(): Map<string, Placed> {
  items ??= indexItems(questionnaireItems(null), null);
  return items;
}

const STATUSES: readonly QuestionnaireResponseStatus[] = ['in-progress', 'completed', 'amended', 'entered-in-error', 'stopped'];

/**
 * Reads answers back from a QuestionnaireResponse (an object or a JSON string). Never throws.
 * Gives a plain-language problem, in `locale`'s words (default en-GB; its `input` words must be
 * loaded when there are problems: the elements load them, and on a server import
 * '@scanwise/core/locales/all'), for: input that is not an object, a resource that is not a
 * QuestionnaireResponse, a response to another questionnaire or version, an unknown or
 * repeated linkId, an item in the wrong group, an answer of the wrong type, and a code that
 * is not one of the item's answer options. On failure `partial` keeps every valid answer.
 * `fromQuestionnaireResponse(toQuestionnaireResponse(a))` gives back `a`.
 */
export function fromQuestionnaireResponse(qr: unknown, locale: Locale = DEFAULT_LOCALE): AnswersResult {
  return wordAnswers(checkQuestionnaireResponse(qr), locale);
}

/**
 * `fromQuestionnaireResponse` with its problems not worded yet (see `UnwordedProblem`): needs
 * no words, so it can run before a locale's words are loaded.
 */
export function checkQuestionnaireResponse(qr: unknown): AnswersCheck {
  const problems: UnwordedProblem<AnswerProblem>[] = [];
  const add = (field: string, say: Say) => problems.push({ field, say });
  const answers: Answers = { emergency: {}, items: {} };
  const done = (): AnswersCheck => (problems.length ? { ok: false, problems, partial: answers } : { ok: true, answers });

  const parsed = parseIfString(qr);
  if ('error' in parsed) {
    add('(input)', (w) => w.notJson('QuestionnaireResponse'));
    return done();
  }
  const r = parsed.value;
  if (!isRecord(r)) {
    add('(input)', (w) => w.notObject('QuestionnaireResponse', r));
    return done();
  }
  if (r.resourceType !== 'QuestionnaireResponse') {
    const type = r.resourceType;
    add('resourceType', (w) => (type === undefined ? w.noResourceType('QuestionnaireResponse') : w.otherResource('QuestionnaireResponse', type)));
    return done();
  }
  if (typeof r.questionnaire !== 'string') {
    add('questionnaire', (w) => w.response.noQuestionnaire(QUESTIONNAIRE_CANONICAL));
    return done();
  }
  const [url, version] = r.questionnaire.split('|');
  if (url !== QUESTIONNAIRE_URL) {
    add('questionnaire', (w) => w.response.otherQuestionnaire(url));
    return done();
  }
  if (version !== undefined && version !== QUESTIONNAIRE_VERSION) {
    add('questionnaire', (w) => w.response.otherVersion(version, QUESTIONNAIRE_VERSION));
  }
  const status = r.status;
  if (!STATUSES.includes(status as QuestionnaireResponseStatus)) {
    add('status', (w) => w.response.status(STATUSES, status));
  } else if (status === 'entered-in-error') {
    add('status', (w) => w.response.enteredInError);
  }

  const seen = new Set<string>();

  /** The value of an item's answer, or undefined when it has none or it is wrong (with a problem). */
  const readAnswer = (def: QuestionnaireItem, answer: unknown): boolean | string | undefined => {
    const id = def.linkId;
    if (answer === undefined || (Array.isArray(answer) && answer.length === 0)) return undefined;
    if (!Array.isArray(answer)) {
      add(id, (w) => w.response.answerNotList(id, answer));
      return undefined;
    }
    if (answer.length > 1) {
      const count = answer.length;
      add(id, (w) => w.response.oneAnswer(id, count));
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
      const type = def.type;
      add(id, (w) => w.response.answerType(id, type, value));
      return undefined;
    }
    const options = (def.answerOption ?? []).flatMap((o) => (o.valueCoding ? [o.valueCoding] : []));
    const { code, system } = coding;
    const match = options.find((o) => o.code === code && (system === undefined || system === o.system));
    if (match?.code) return match.code;
    const codes = options.map((o) => o.code ?? '');
    const optionSystem = String(options[0]?.system);
    add(id, (w) => w.response.notAnOption(id, code, system, codes, optionSystem));
    return undefined;
  };

  const walk = (list: unknown, parent: string | null, path: string): void => {
    if (list === undefined) return;
    if (!Array.isArray(list)) {
      add(path, (w) => w.response.itemsNotList(path, list));
      return;
    }
    for (const [i, item] of list.entries()) {
      const where = `${path}[${i}]`;
      if (!isRecord(item)) {
        add(where, (w) => w.response.itemNotObject(where, item));
        continue;
      }
      const id = item.linkId;
      if (typeof id !== 'string') {
        add(where, (w) => w.response.noLinkId(where));
        continue;
      }
      const placed = itemIndex().get(id);
      if (!placed) {
        add(id, (w) => w.response.unknownLinkId(id));
        continue;
      }
      if (seen.has(id)) {
        add(id, (w) => w.response.repeated(id));
        continue;
      }
      seen.add(id);
      if (placed.parent !== parent) {
        const expected = placed.parent;
        add(id, (w) => w.response.wrongGroup(id, expected, parent));
      }
      const { def } = placed;
      if (def.type === 'group' || def.type === 'display') {
        const type = def.type;
        if (item.answer !== undefined) add(id, (w) => w.response.notAnswerable(id, type));
        if (def.type === 'group') walk(item.item, id, `${where}.item`);
        continue;
      }
      if (item.item !== undefined) add(id, (w) => w.response.questionHoldsItems(id));
      const value = readAnswer(def, item.answer);
      if (value !== undefined) store(id, value, answers);
    }
  };
  walk(r.item, null, 'item');

  return done();
}
