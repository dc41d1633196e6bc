import type { Locale } from '@scanwise/core';

/**
 * The few words of the letter itself (around the components, whose words come from core).
 * Plain language, short sentences.
 */
export interface LetterText {
  title: string;
  dear: (name: string) => string;
  dearNoName: string;
  intro: string;
  introNeedsToBeSeen: string;
  dateLabel: string;
  patientLabel: string;
  phoneLabel: string;
  emailLabel: string;
  webLabel: string;
  signOff: string;
  clinicianCopy: string;
  clinicianCopyNote: string;
  explainerLeftOut: string;
  explainerLeftOutTests: string;
  sourcesHeading: string;
  sourcesIntro: string;
  contentVersion: (version: string, published: string) => string;
  page: string;
  of: string;
  sourcesShort: string;
}

const enGB: LetterText = {
  title: 'About your back pain',
  dear: (name) => `Dear ${name},`,
  dearNoName: 'Hello,',
  intro: 'Thank you for coming to see us about your back. This letter sets out what we talked about and the plan we made together. Please keep it.',
  introNeedsToBeSeen: 'Thank you for coming to see us about your back. Please read the first part of this letter now.',
  dateLabel: 'Date',
  patientLabel: 'For',
  phoneLabel: 'Phone',
  emailLabel: 'Email',
  webLabel: 'Website',
  signOff: 'With best wishes,',
  clinicianCopy: 'For the clinician: questionnaire summary',
  clinicianCopyNote: 'This part is for the clinician\u2019s copy of the letter.',
  explainerLeftOut: 'The guide about scans is left out of this letter, because you need to be seen first.',
  explainerLeftOutTests: 'The guide about scans is left out of this letter, because we have arranged tests for you.',
  sourcesHeading: 'Where the numbers come from',
  sourcesIntro: 'Each number in this letter comes from one of these studies.',
  contentVersion: (version, published) => `Scanwise content ${version}, ${published}`,
  page: 'Page',
  of: 'of',
  sourcesShort: 'Sources',
};

const enUS: LetterText = {
  ...enGB,
  dearNoName: 'Hello,',
  signOff: 'Sincerely,',
};

/** The letter's words for a locale. */
export function letterText(locale: Locale): LetterText {
  return locale === 'en-US' ? enUS : enGB;
}

const dateFormats = new Map<Locale, Intl.DateTimeFormat>();

/**
 * A YYYY-MM-DD date written for the locale: the same text as core's `formatDate`, with the
 * formatter kept (making an `Intl.DateTimeFormat` costs far more than using one).
 */
export function letterDate(iso: string, locale: Locale): string {
  let f = dateFormats.get(locale);
  if (!f) {
    f = new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: 'UTC' });
    dateFormats.set(locale, f);
  }
  const [y, m, d] = iso.split('-').map(Number);
  return f.format(new Date(Date.UTC(y ?? 1970, (m ?? 1) - 1, d ?? 1)));
}
