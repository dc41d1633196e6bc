import { cutText } from '../text.js';

/**
 * The words of the problems core's readers find in input from outside (`validateAnswers`,
 * `fromQuestionnaireResponse`, `validatePlan`, `fromCarePlan`, `validateProfile`) and of the
 * plan's warnings (`planWarnings`): the `input` part of each locale's pack.
 *
 * Every function takes the values as they were found and words them itself with `value` (a
 * text quoted and cut short, "a list", "missing"…), so each language words a value as its
 * sentence needs. Field names, ids, codes and allowed values are data: they are quoted as they
 * are, in every language. Dates are given as YYYY-MM-DD, as the input has them.
 */

/** What was read, as a message names it: the answers, a FHIR resource, a profile or a plan. */
export type InputName = 'answers' | 'QuestionnaireResponse' | 'CarePlan' | 'profile' | 'plan';

/** A FHIR resource core reads. */
export type ResourceName = 'QuestionnaireResponse' | 'CarePlan';

/** A list of texts in a plan. */
export type PlanListName = 'goals' | 'scanTriggers';

/**
 * A free text of a plan: the decision's (`arranged`, `reason`), the self-care note, the
 * practice's, the time zone and the service overrides; or item `item` (from 1) of a list.
 */
export type PlanTextName =
  | 'arranged'
  | 'reason'
  | 'selfCareNote'
  | 'practiceName'
  | 'practicePhone'
  | 'clinicianName'
  | 'timeZone'
  | 'emergencyNumber'
  | 'emergencyService'
  | 'urgentLine'
  | 'urgentPlace'
  | { item: number; list: PlanListName };

/** A date of a plan: the check-in, the review, and the decision's `by` and earlier `review`. */
export type PlanDateName = 'checkIn' | 'review' | 'by' | 'earlyReview';

/** A part of a CarePlan that may be given only once. `id` names it: a code, a url, a reference. */
export type CarePlanPartKind = 'part' | 'sign' | 'extension' | 'decision' | 'activity' | 'goal';

export interface InputMessages {
  /**
   * A value as a message shows it: a text quoted and cut short (`quoteInput`), a number or
   * true/false as it is, else what it is ("a list", "an object", "empty (null)", "missing").
   */
  value: (value: unknown) => string;
  /** The text given for `what` is not JSON. */
  notJson: (what: InputName) => string;
  /** `what` is not an object (`value`: what it is). */
  notObject: (what: Exclude<InputName, 'plan'>, value: unknown) => string;
  /** A part of the input (`field`, a path) is not an object. */
  fieldNotObject: (field: string, value: unknown) => string;
  /** A FHIR resource with no `resourceType`, where `expected` was expected. */
  noResourceType: (expected: ResourceName) => string;
  /** A FHIR resource of another type (`type`, as found). */
  otherResource: (expected: ResourceName, type: unknown) => string;

  /** The questionnaire's answers (`validateAnswers`). */
  answers: {
    /** The worry is not text. */
    worryNotText: (value: unknown) => string;
    /**
     * The worry is `length` characters long: its first `kept` are kept. `kept` is below `max`
     * when cutting at `max` would split a letter or an emoji.
     */
    worryTooLong: (length: number, kept: number, max: number) => string;
    /** A key the answers do not have: left out. */
    unknownField: (key: string) => string;
    /** No emergency question has this id. */
    unknownEmergency: (id: string) => string;
    /** The answer to emergency question `id` is not true or false. */
    emergencyNotYesNo: (id: string, value: unknown) => string;
    /** `emergency` is not an object. */
    emergencyNotObject: (value: unknown) => string;
    /** No belief question has this id. */
    unknownItem: (id: string) => string;
    /** The answer to belief question `id` is not a whole number from 1 to 5. */
    itemNotLikert: (id: string, value: unknown) => string;
    /** `items` is not an object. */
    itemsNotObject: (value: unknown) => string;
    /** `wantScan` is not "yes", "no" or "not-sure". */
    wantScanInvalid: (value: unknown) => string;
  };

  /** A FHIR QuestionnaireResponse (`fromQuestionnaireResponse`). */
  response: {
    /** It names no questionnaire: it should name `canonical`. */
    noQuestionnaire: (canonical: string) => string;
    /** It answers another questionnaire (`url`): nothing is read. */
    otherQuestionnaire: (url: unknown) => string;
    /** It answers another version (`version`) than the one read (`ours`). */
    otherVersion: (version: unknown, ours: string) => string;
    /** Its status is not one of `allowed`. */
    status: (allowed: readonly string[], value: unknown) => string;
    /** It is marked "entered-in-error". */
    enteredInError: string;
    /** The `answer` of item `id` is not a list. */
    answerNotList: (id: string, value: unknown) => string;
    /** Item `id` has `count` answers, not one. */
    oneAnswer: (id: string, count: number) => string;
    /** The answer to item `id` is not of its type (`type`: boolean, choice or text). */
    answerType: (id: string, type: string, value: unknown) => string;
    /**
     * The answer to item `id` is a code (`code`, from `system` when one is given) that is not one
     * of its `options` (codes from `optionSystem`).
     */
    notAnOption: (id: string, code: unknown, system: unknown, options: readonly string[], optionSystem: string) => string;
    /** `path` is not a list of items. */
    itemsNotList: (path: string, value: unknown) => string;
    /** The item at `where` is not an object. */
    itemNotObject: (where: string, value: unknown) => string;
    /** The item at `where` has no linkId. */
    noLinkId: (where: string) => string;
    /** No question of the questionnaire has this linkId. */
    unknownLinkId: (id: string) => string;
    /** Item `id` is given again: only the first was read. */
    repeated: (id: string) => string;
    /** Item `id` is in group `found` (null: the top level), not in `expected`. */
    wrongGroup: (id: string, expected: string | null, found: string | null) => string;
    /** Item `id` is a group or information only, yet has an answer. */
    notAnswerable: (id: string, type: 'group' | 'display') => string;
    /** Question `id` holds other items. */
    questionHoldsItems: (id: string) => string;
  };

  /** A plan (`validatePlan`). */
  plan: {
    /** The plan is not an object. */
    notObject: (value: unknown) => string;
    /** Reading part of it threw (a getter or a proxy). */
    unreadable: string;
    /** A key the plan (`where` empty) or its part `where` does not have: left out. */
    unknownField: (key: string, where: string) => string;
    /** A free text is not text. */
    textNotText: (what: PlanTextName, value: unknown) => string;
    /** A free text is `length` characters long: its first `kept` are kept (`max` the most; fewer when a letter would be split). */
    textTooLong: (what: PlanTextName, length: number, kept: number, max: number) => string;
    /** A list of texts is not a list. */
    listNotList: (list: PlanListName, value: unknown) => string;
    /** A list has `count` items: its first `max` are kept. */
    listTooLong: (list: PlanListName, count: number, max: number) => string;
    /** A date is not text. */
    dateNotText: (what: PlanDateName, value: unknown) => string;
    /** A date is not written as YYYY-MM-DD. */
    dateNotWritten: (what: PlanDateName, value: string) => string;
    /** A date (`value`) with no such month. */
    dateNoMonth: (what: PlanDateName, value: string, month: number) => string;
    /** A date (`value`) past the end of its month, which has `days` days. */
    dateNoDay: (what: PlanDateName, value: string, days: number) => string;
    /** The review (`review`) is before the check-in (`checkIn`). */
    reviewBeforeCheckIn: (review: string, checkIn: string) => string;
    /** `redFlags` is not an object. */
    redFlagsNotObject: (value: unknown) => string;
    /** No red-flag sign has this id. */
    unknownSign: (id: string) => string;
    /** Sign `id`'s status is not "absent", "present" or "not-asked": it is shown as not checked. */
    signStatus: (id: string, value: unknown) => string;
    /** No decision where the review calls for one: for a Tier 1 sign (`emergency`) or a Tier 2 one (`tier2`). */
    decisionMissing: (need: 'emergency' | 'tier2') => string;
    /** `decision` is not an object. */
    decisionNotObject: (value: unknown) => string;
    /** The decision's kind is not "emergency", "referral" or "wait". */
    decisionKind: (value: unknown) => string;
    /** A decision where no sign is present: left out. */
    decisionNotNeeded: string;
    /** A Tier 1 sign is present, but the decision is not an emergency referral. */
    decisionMustBeEmergency: string;
    /** No Tier 1 sign is present, but the decision is an emergency referral. */
    decisionNotEmergency: string;
    /** A text the decision needs is missing. */
    decisionTextMissing: (what: 'arranged' | 'reason') => string;
    /** A date the decision needs is missing. */
    decisionDateMissing: (what: 'by' | 'earlyReview') => string;
    /** `rechecked` is not a list. */
    recheckedNotList: (value: unknown) => string;
    /** An entry of `rechecked` is not a Tier 1 sign. */
    recheckedNotTier1: (id: unknown) => string;
    /** Sign `id` is marked asked again, but the review records it as `status` ("present", "not-asked"). */
    recheckedNotAbsent: (id: string, status: string) => string;
    /** `selfCare` is not a list. */
    selfCareNotList: (value: unknown) => string;
    /** No self-care step has this id. */
    unknownSelfCare: (id: unknown) => string;
    /** `practice` is not an object. */
    practiceNotObject: (value: unknown) => string;
    /** The emergency phone number (`value`) is not a phone number: the usual one is shown. */
    notPhone: (value: string) => string;
    /** Not a time zone name. */
    notTimeZone: (value: string) => string;
  };

  /** Things worth a second look in a plan that do not stop it being used (`planWarnings`). */
  planWarnings: {
    /** The check-in (`date`) is in the past. */
    checkInPast: (date: string) => string;
    /** The review (`date`) is before `today`. */
    reviewPast: (date: string, today: string) => string;
    /** The review (`date`) is more than 12 weeks away. */
    reviewFar: (date: string) => string;
    /** The earlier review (`date`) is in the past. */
    earlyReviewPast: (date: string) => string;
    /** The earlier review (`date`) is more than `maxDays` away; `usualDays` is usual. */
    earlyReviewFar: (date: string, maxDays: number, usualDays: number) => string;
    /** The date the tests or referral should happen by (`date`) is in the past. */
    byPast: (date: string) => string;
    /** `count` of the `total` signs are not recorded as checked: `labels`, their names in the locale, joined. */
    signsNotAsked: (count: number, total: number, labels: readonly string[]) => string;
  };

  /** A FHIR CarePlan (`fromCarePlan`); `field` is a path in it. */
  carePlan: {
    /** This CarePlan is not a Scanwise plan: it should instantiate `canonical`. */
    notScanwise: (canonical: string) => string;
    /** It was written for another version (`version`) than the one read (`ours`). */
    otherVersion: (version: unknown, ours: string) => string;
    /** It is marked "entered-in-error". */
    enteredInError: string;
    /** It has a modifier extension: not read. */
    modifier: string;
    /** Reading part of it threw (a getter or a proxy). */
    unreadable: string;
    /** A part given more than once (`kind`, named by `id`): only the first was read. */
    duplicate: (kind: CarePlanPartKind, id: unknown) => string;
    /** `field` is not an extension. */
    notExtension: (field: string, value: unknown) => string;
    /** `field` is not an extension with a url. */
    extensionNoUrl: (field: string, value: unknown) => string;
    /** A part (`url`) this extension does not have; its parts are `names`. */
    unknownPart: (url: unknown, names: readonly string[]) => string;
    /** An extension Scanwise does not know (`url`). */
    unknownExtension: (url: unknown) => string;
    /** The red-flag entry `field` lacks its sign or its status. */
    redFlagIncomplete: (field: string) => string;
    /** Signs not recorded at all: every one (`all`), or these (`ids`). */
    signsUnrecorded: (ids: readonly string[], all: boolean) => string;
    /** Activity `field` refers to another resource. */
    activityReference: (field: string) => string;
    /** Activity `field` has no detail. */
    activityNoDetail: (field: string, value: unknown) => string;
    /** Activity `field` has a modifier. */
    activityModifier: (field: string) => string;
    /** `field` is not a period. */
    notPeriod: (field: string, value: unknown) => string;
    /** No check-in or review activity (coded `code`): the usual date is used. */
    activityMissing: (what: 'checkIn' | 'review', code: string) => string;
    /** `field` is not a reference to a goal. */
    goalNotReference: (field: string, value: unknown) => string;
    /** A goal (`target`) kept outside the CarePlan. */
    goalOutside: (target: unknown) => string;
    /** A goal (`target`) not among the contained resources. */
    goalNotContained: (target: unknown) => string;
    /** A goal (`target`) with no text. */
    goalNoText: (target: unknown) => string;
    /** `field` is not a list. */
    notList: (field: string, value: unknown) => string;
    /** `field` has `count` entries: the first `max` were read. */
    tooMany: (field: string, count: number, max: number) => string;
    /** `field` is not text. */
    notText: (field: string, value: unknown) => string;
    /** `field` is not a real YYYY-MM-DD date. */
    notDate: (field: string, value: unknown) => string;
    /** `field` is not a coding. */
    notCoding: (field: string, value: unknown) => string;
    /** The code at `field` (`code`, from `system` when given) is not one Scanwise knows there (codes from `ourSystem`). */
    unknownCode: (field: string, code: unknown, system: unknown, ourSystem: string) => string;
  };

  /** A profile handed to the explainer or the plan (`validateProfile`). */
  profile: {
    /** `themes` is not an object: no tailoring is used. */
    themesNotObject: (value: unknown) => string;
    /** A theme's level is not one of its levels: taken as not scored. */
    themeLevel: (theme: string, value: unknown) => string;
    /** A flag is not true or false (and what is done instead). */
    flagNotBoolean: (flag: 'emergency' | 'harmsUnderestimated', value: unknown) => string;
    /** `flags.emergencySigns` is not a list of emergency question ids. */
    emergencySigns: (value: unknown) => string;
    /** `triage` is not "emergency" or "routine". */
    triage: (value: unknown) => string;
    /** Some parts report an emergency and others do not: taken as one. */
    triageConflict: string;
  };
}

/** A message about input, worded when it is read: `say(localeText(locale).input)`. */
export type Say = (words: InputMessages) => string;

/**
 * A problem with input whose words are left for later: `say` words it in any locale. What the
 * `check…` readers (`checkPlan`, `checkAnswers`, `checkQuestionnaireResponse`, `checkProfile`)
 * give, for code that reads input before the words of the language it will show it in are
 * loaded (the elements): their `validate…` twins give the same problems worded (`wordProblems`).
 */
export type UnwordedProblem<P extends { message: string }> = Omit<P, 'message'> & { say: Say };

/** A text as a message quotes it: in double quotes (JSON), cut short after 40 characters, never inside an emoji. */
export function quoteInput(text: string): string {
  return JSON.stringify(text.length > 40 ? `${cutText(text, 40)}…` : text);
}
