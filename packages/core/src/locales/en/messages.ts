import type { Messages } from '../../i18n/messages.js';

/** "a", "a or b", "a, b or c": allowed values, each in quotes. */
const orList = (values: string[]) => {
  const quoted = values.map((v) => `"${v}"`);
  return quoted.length > 1 ? `${quoted.slice(0, -1).join(', ')} or ${quoted.at(-1)}` : (quoted[0] ?? '');
};

/** Everything the components say that is not a fact, in English. */
export const messages: Messages = {
  localeFallback: (requested, used) => `This is shown in ${used}, because "${requested}" is not available yet.`,
  needsClinicalReview: 'This translation has not yet been checked by a clinician.',
  inputProblemHeading: 'Some of the details given could not be used, so this shows the general version.',
  iconArray: {
    outOf: (count, total, approximate) => `${approximate ? 'About ' : ''}${count} out of ${total}`,
    sentence: ({ outOf, population, outcome, timeframe, rest, others, restCount }) =>
      `${outOf} ${population} ${outcome} ${timeframe}.` + (restCount > 0 ? ` The other ${rest} ${others}.` : ''),
    fewerThanOne: (total, population, outcome, timeframe) => `Fewer than 1 out of ${total} ${population} ${outcome} ${timeframe}.`,
    who: 'Who',
    when: 'When',
    source: 'Source',
    sourceNotGiven: 'Source not given',
    othersDefault: 'did not',
    checked: (date) => `checked ${date}`,
    certainty: {
      high: 'Based on good research.',
      moderate: 'Our best guess: the research has some limits.',
      low: 'A rough guess: there is not much research.',
    },
    rounded: 'Numbers are rounded to whole people.',
    showTable: 'Show these numbers as a table',
    tableCaption: 'The same numbers as a table',
    tableGroup: 'Group',
    tablePeople: 'Number of people',
    total: 'Total',
  },
  errors: {
    heading: 'This picture of the numbers cannot be shown.',
    unknownFact: (id) => `There is no figure called "${id}".`,
    notPeopleFact: (id) => `The figure "${id}" is not a number of people, so it cannot be drawn as people.`,
    missingCount: 'No figure was given: set "fact", or "count" with "label".',
    notNumber: (field, value) => `"${field}" should be a number, but it is "${value}".`,
    notWhole: (field, value) => `"${field}" should be a whole number of people, but it is ${value}.`,
    negative: (field, value) => `"${field}" cannot be below zero, but it is ${value}.`,
    totalNotPositive: (value) => `"total" should be 1 or more, but it is ${value}.`,
    totalTooLarge: (value, max) => `"total" can be at most ${max}, but it is ${value}.`,
    countAboveTotal: (count, total) => `The count (${count}) is more than the total (${total}).`,
    missingText: (field) => `"${field}" is needed: every figure must say who it is about and when.`,
  },
  problems: {
    renderFailed: {
      heading: 'Sorry, this part of the page cannot be shown.',
      message: 'Something went wrong on our side. Nothing you put in has been lost. Please try again later, or ask your clinic for help.',
    },
    settingsHeading: 'Some settings on this page could not be used. The usual ones are used instead.',
    more: (count, formatted) =>
      count === 1 ? 'There is 1 more problem, not listed here.' : `There are ${formatted} more problems, not listed here.`,
    tooLong: (attribute, length, max) => `"${attribute}" is ${length} characters long. Only the first ${max} are used.`,
    tooLongLeftOut: (attribute, length, max) => `"${attribute}" is ${length} characters long, so it is not used. It can have ${max} at most.`,
    notPhone: (attribute, value) => `"${attribute}" should be a phone number, but it is ${value}. The usual number is shown.`,
    unknownChoice: (attribute, value, allowed, fallback) => `"${attribute}" should be ${orList(allowed)}, but it is ${value}. "${fallback}" is used.`,
    unsafeLink: (attribute) => `The link in "${attribute}" is not used: only web links (https: or http:) can be used.`,
    missingTarget: (attribute, id) => `"${attribute}" names ${id}, but there is nothing with that id on this page.`,
    storageUnreadable: 'The copy kept in this browser could not be read, so this starts empty.',
    storageUnavailable: 'This browser will not keep a copy, so what you put in is lost if the page reloads.',
    invalidJson: 'The data in this part of the page is not valid JSON, so it is not used.',
    invalidToday: (value) => `"today" should be a real date written as YYYY-MM-DD, but it is ${value}. The current date is used.`,
    invalidAge: (allowed, value) => `"age" must be one of ${allowed}, but it is ${value}.`,
    invalidPlan: (notJson, without) =>
      `The plan could not be read: ${notJson ? 'the text is not valid JSON' : 'it has no red-flag review ("redFlags")'}. ${
        without === 'summary' ? 'The summary does not say what the plan records.' : 'The guide is shown without it.'
      }`,
  },
};
