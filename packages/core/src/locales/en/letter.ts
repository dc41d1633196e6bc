import type { LetterText } from '../letter-text.js';
import type { EnglishWords } from './words.js';

/** The letter's own words in English. */
export function letter(w: EnglishWords): LetterText {
  return {
    paper: w.american ? 'letter' : 'a4',
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
    signOff: w.signOff,
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
}
