/**
 * The few words of a letter itself (around the components, whose words are the rest of the
 * pack). Plain language, short sentences.
 */
export interface LetterText {
  /** The paper the region prints on: US Letter in the United States, A4 elsewhere. */
  paper: 'a4' | 'letter';
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
