import { quoteInput, type InputMessages, type PlanDateName, type PlanListName, type PlanTextName } from '../../i18n/input-messages.js';

/** A value as a message shows it (see InputMessages.value). */
const value = (v: unknown): string => {
  if (v === undefined) return 'missing';
  if (v === null) return 'empty (null)';
  if (Array.isArray(v)) return 'a list';
  if (typeof v === 'string') return quoteInput(v);
  if (typeof v === 'object') return 'an object';
  return String(v);
};

const LISTS: Record<PlanListName, string> = { goals: 'goals', scanTriggers: 'scan or referral triggers' };

const TEXTS: Record<Exclude<PlanTextName, object>, string> = {
  arranged: 'what you arranged',
  reason: 'what you checked and why waiting is still safe',
  selfCareNote: 'self-care note',
  practiceName: "practice's name",
  practicePhone: "practice's phone number",
  clinicianName: "clinician's name",
  timeZone: 'time zone',
  emergencyNumber: 'emergency phone number',
  emergencyService: 'emergency service',
  urgentLine: 'same-day phone line',
  urgentPlace: 'same-day service',
};
const text = (what: PlanTextName) => (typeof what === 'object' ? `item ${what.item} of the ${LISTS[what.list]}` : TEXTS[what]);
/** A text as the subject of a sentence after "The": "the note of what you arranged". */
const theText = (what: PlanTextName) => (what === 'arranged' || what === 'reason' ? `note of ${TEXTS[what]}` : text(what));

const DATES: Record<PlanDateName, string> = {
  checkIn: 'check-in date',
  review: 'review date',
  by: 'date it should happen by',
  earlyReview: 'date of the earlier review',
};

const KIND: Record<string, string> = {
  boolean: 'yes or no (valueBoolean)',
  choice: 'one of its answer options (valueCoding)',
  text: 'text (valueString)',
};

/** The problems core's readers find in input, in English. */
export const inputMessages: InputMessages = {
  value,
  notJson: (what) => `The ${what} could not be read: the text is not valid JSON.`,
  notObject: (what, v) => `The ${what} should be an object, but this is ${value(v)}.`,
  fieldNotObject: (field, v) => `"${field}" should be an object, but it is ${value(v)}.`,
  noResourceType: (expected) => `This is not a FHIR ${expected}: it has no "resourceType".`,
  otherResource: (expected, type) => `This is a FHIR ${value(type)} resource, not a ${expected}.`,

  answers: {
    worryNotText: (v) => `The worry should be text, but it is ${value(v)}.`,
    worryTooLong: (length, kept, max) =>
      `The worry is ${length} characters long. Only the first ${kept} are kept` +
      (kept < max ? `, so that no letter or emoji is split (the most is ${max}).` : '.'),
    unknownField: (key) => `${value(key)} is not part of the answers, so it was left out.`,
    unknownEmergency: (id) => `There is no emergency question called ${value(id)}.`,
    emergencyNotYesNo: (id, v) => `The answer to "${id}" should be true (yes) or false (no), but it is ${value(v)}.`,
    emergencyNotObject: (v) => `"emergency" should be an object of yes/no answers, but it is ${value(v)}.`,
    unknownItem: (id) => `There is no question called ${value(id)}.`,
    itemNotLikert: (id, v) =>
      `The answer to "${id}" should be a whole number from 1 (strongly disagree) to 5 (strongly agree), but it is ${value(v)}.`,
    itemsNotObject: (v) => `"items" should be an object of answers from 1 to 5, but it is ${value(v)}.`,
    wantScanInvalid: (v) => `"wantScan" should be "yes", "no" or "not-sure", but it is ${value(v)}.`,
  },

  response: {
    noQuestionnaire: (canonical) => `The response does not say which questionnaire it answers. It should say "${canonical}".`,
    otherQuestionnaire: (url) => `The response answers another questionnaire (${value(url)}), so its answers were not read.`,
    otherVersion: (version, ours) => `The response is for version ${value(version)} of the questionnaire; this reads version ${ours}.`,
    status: (allowed, v) => `The response status should be one of ${allowed.join(', ')}, but it is ${value(v)}.`,
    enteredInError: 'The response is marked "entered-in-error", so its answers should not be used.',
    answerNotList: (id, v) => `The answer to "${id}" should be a list, but it is ${value(v)}.`,
    oneAnswer: (id, count) => `"${id}" takes one answer, but it has ${count}.`,
    answerType: (id, type, v) => `The answer to "${id}" should be ${KIND[type] ?? type}, but it is ${value(v)}.`,
    notAnOption: (id, code, system, options, optionSystem) =>
      `The answer to "${id}" is ${value(code)}${system === undefined ? '' : ` from ${value(system)}`}, ` +
      `which is not one of its options: ${options.join(', ')} from "${optionSystem}".`,
    itemsNotList: (path, v) => `"${path}" should be a list of items, but it is ${value(v)}.`,
    itemNotObject: (where, v) => `Each item should be an object, but ${where} is ${value(v)}.`,
    noLinkId: (where) => `${where} has no linkId, so it cannot be matched to a question.`,
    unknownLinkId: (id) => `There is no question called ${value(id)} in this questionnaire.`,
    repeated: (id) => `"${id}" appears more than once; only the first was read.`,
    wrongGroup: (id, expected, found) => {
      const name = (g: string | null) => (g ? `"${g}"` : 'the top level');
      return `"${id}" should be in ${name(expected)}, not in ${name(found)}.`;
    },
    notAnswerable: (id, type) => `"${id}" is ${type === 'group' ? 'a group of questions' : 'information only'} and cannot have an answer.`,
    questionHoldsItems: (id) => `"${id}" is a question and should not hold other items.`,
  },

  plan: {
    notObject: (v) => `The plan should be an object, but it is ${value(v)}.`,
    unreadable: 'Part of the plan could not be read, so it was left out.',
    unknownField: (key, where) => `${value(key)} is not part of ${where ? `"${where}"` : 'a plan'}, so it was left out.`,
    textNotText: (what, v) => `The ${theText(what)} should be text, but it is ${value(v)}.`,
    textTooLong: (what, length, kept, max) =>
      `The ${theText(what)} is ${length} characters long. Only the first ${kept} are kept${
        kept < max ? `, so that no letter or emoji is split (the most is ${max})` : ''
      }.`,
    listNotList: (list, v) => `The ${LISTS[list]} should be a list of texts, but it is ${value(v)}.`,
    listTooLong: (list, count, max) => `The ${LISTS[list]} has ${count} items. Only the first ${max} are kept.`,
    dateNotText: (what, v) => `The ${DATES[what]} should be a date written as YYYY-MM-DD, but it is ${value(v)}.`,
    dateNotWritten: (what, v) => `The ${DATES[what]} (${value(v)}) is not written as YYYY-MM-DD (for example 2026-12-07).`,
    dateNoMonth: (what, v, month) => `The ${DATES[what]} (${v}) is not a real date: there is no month ${month}.`,
    dateNoDay: (what, v, days) => `The ${DATES[what]} (${v}) is not a real date: that month has only ${days} days.`,
    reviewBeforeCheckIn: (review, checkIn) =>
      `The review date (${review}) is before the check-in date (${checkIn}). Choose a review date on or after the check-in.`,
    redFlagsNotObject: (v) => `"redFlags" should be an object with one entry per sign, but it is ${value(v)}.`,
    unknownSign: (id) => `There is no red-flag sign called ${value(id)}.`,
    signStatus: (id, v) => `The sign "${id}" should be "absent", "present" or "not-asked", but it is ${value(v)}. It is shown as not checked.`,
    decisionMissing: (need) =>
      need === 'emergency'
        ? 'A Tier 1 sign is recorded as present, so this is an emergency referral. Record what you arranged.'
        : 'A Tier 2 sign is recorded as present. Record your decision: tests or referral arranged (what, and by when), or assessed and waiting is still right (why, with an earlier review).',
    decisionNotObject: (v) => `"decision" should be an object with a "kind", but it is ${value(v)}.`,
    decisionKind: (v) => `The decision's kind should be "emergency", "referral" or "wait", but it is ${value(v)}.`,
    decisionNotNeeded: 'A decision is recorded, but no sign in the review is present, so it was left out.',
    decisionMustBeEmergency: 'A Tier 1 sign is present, so the decision must be an emergency referral (kind "emergency").',
    decisionNotEmergency: 'No Tier 1 sign is present, so the decision is "referral" or "wait", not "emergency".',
    decisionTextMissing: (what) => `Write ${TEXTS[what]}.`,
    decisionDateMissing: (what) => `Give the ${DATES[what]}.`,
    recheckedNotList: (v) => `"rechecked" should be a list of Tier 1 sign ids, but it is ${value(v)}.`,
    recheckedNotTier1: (id) => `${value(id)} is not a Tier 1 sign, so "asked again" was left out.`,
    recheckedNotAbsent: (id, status) => `"${id}" is marked "asked again: absent", but the review records it as ${status}. It was left out.`,
    selfCareNotList: (v) => `"selfCare" should be a list of self-care steps, but it is ${value(v)}.`,
    unknownSelfCare: (id) => `There is no self-care step called ${value(id)}.`,
    practiceNotObject: (v) => `"practice" should be an object with a name, a phone and a clinician, but it is ${value(v)}.`,
    notPhone: (v) => `The emergency phone number ${value(v)} is not a phone number, so the usual number is shown.`,
    notTimeZone: (v) => `${value(v)} is not a time zone name such as "Europe/London" or "America/New_York".`,
  },

  planWarnings: {
    checkInPast: (date) => `The check-in date (${date}) is in the past.`,
    reviewPast: (date, today) => `The review date (${date}) is in the past. Choose today (${today}) or a later date.`,
    reviewFar: (date) => `The review date (${date}) is more than 12 weeks away. A review at 4 to 6 weeks is usual if things are not clearly better.`,
    earlyReviewPast: (date) => `The earlier review (${date}) is in the past.`,
    earlyReviewFar: (date, maxDays, usualDays) =>
      `The earlier review (${date}) is more than ${maxDays} days away. After a sign like this, a review in ${usualDays} days is usual.`,
    byPast: (date) => `The date the tests or referral should happen by (${date}) is in the past.`,
    signsNotAsked: (count, total, labels) =>
      `${count} of the ${total} red-flag signs are not recorded as checked: ${labels.join('; ')}. The plan shows them as "not checked today".`,
  },

  carePlan: {
    notScanwise: (canonical) => `This CarePlan is not a Scanwise watchful-waiting plan: its "instantiatesCanonical" should hold "${canonical}".`,
    otherVersion: (version, ours) => `The CarePlan was written for version ${value(version)} of the plan; this reads version ${ours}.`,
    enteredInError: 'The CarePlan is marked "entered-in-error", so it should not be used.',
    modifier: 'The CarePlan has a modifier extension that may change what it means, so it was not read.',
    unreadable: 'Part of the CarePlan could not be read, so it was left out.',
    duplicate: (kind, id) => {
      const what = {
        part: `The part "${String(id)}"`,
        sign: `The sign "${String(id)}"`,
        extension: `The extension ${value(id)}`,
        decision: "The clinician's decision",
        activity: `The activity "${String(id)}"`,
        goal: `The goal ${value(id)}`,
      }[kind];
      return `${what} is given more than once; only the first was read.`;
    },
    notExtension: (field, v) => `"${field}" should be an extension, but it is ${value(v)}.`,
    extensionNoUrl: (field, v) => `"${field}" should be an extension with a "url", but it is ${value(v)}.`,
    unknownPart: (url, names) => `${value(url)} is not a part of this extension, so it was left out. Its parts are: ${names.join(', ')}.`,
    unknownExtension: (url) => `${value(url)} is not an extension Scanwise knows, so it was left out.`,
    redFlagIncomplete: (field) => `The red-flag entry "${field}" should have a "sign" and a "status", so it was left out.`,
    signsUnrecorded: (ids, all) =>
      `The CarePlan does not record ${all ? 'any red-flag sign' : `these red-flag signs: ${ids.join(', ')}`}. They are shown as not checked.`,
    activityReference: (field) => `"${field}" refers to another resource, which cannot be read from here, so it was left out.`,
    activityNoDetail: (field, v) => `"${field}" should be an activity with a "detail", but it is ${value(v)}.`,
    activityModifier: (field) => `"${field}" has a modifier (modifierExtension or doNotPerform) that changes what it means, so it was left out.`,
    notPeriod: (field, v) => `"${field}" should be a period, but it is ${value(v)}.`,
    activityMissing: (what, code) =>
      `The CarePlan has no ${what === 'checkIn' ? 'check-in' : 'review'} (an activity coded "${code}"), so the usual date is used.`,
    goalNotReference: (field, v) => `"${field}" should be a reference to a goal, but it is ${value(v)}.`,
    goalOutside: (target) => `The goal ${value(target)} is kept outside the CarePlan, so it could not be read.`,
    goalNotContained: (target) => `The goal ${value(target)} is not among the CarePlan's contained resources.`,
    goalNoText: (target) => `The goal ${value(target)} has no text (description.text), so it was left out.`,
    notList: (field, v) => `"${field}" should be a list, but it is ${value(v)}.`,
    tooMany: (field, count, max) => `"${field}" has ${count} entries. A plan has far fewer, so only the first ${max} were read.`,
    notText: (field, v) => `"${field}" should be text, but it is ${value(v)}.`,
    notDate: (field, v) => `"${field}" should be a real date written as YYYY-MM-DD, but it is ${value(v)}.`,
    notCoding: (field, v) => `"${field}" should be a coding, but it is ${value(v)}.`,
    unknownCode: (field, code, system, ourSystem) =>
      `The code ${value(code)}${system === undefined ? '' : ` from ${value(system)}`} at "${field}" is not one Scanwise knows, so it was left out. Its codes here are from "${ourSystem}".`,
  },

  profile: {
    themesNotObject: (v) => `"themes" should be an object with a level for each theme, but it is ${value(v)}. No tailoring is used.`,
    themeLevel: (theme, v) =>
      `The level of the "${theme}" theme should be "low", "mixed", "high" or "not-scored", but it is ${value(v)}. It is taken as not scored.`,
    flagNotBoolean: (flag, v) =>
      `"flags.${flag}" should be true or false, but it is ${value(v)}. ${
        flag === 'emergency' ? 'Emergency guidance is shown only if the triage or the listed signs report an emergency.' : 'It is taken as false.'
      }`,
    emergencySigns: (v) => `"flags.emergencySigns" should be a list of emergency question ids, but it is ${value(v)}.`,
    triage: (v) => `"triage" should be "emergency" or "routine", but it is ${value(v)}.`,
    triageConflict: 'The profile says both that there is and that there is not an emergency sign. It is taken as an emergency.',
  },
};
