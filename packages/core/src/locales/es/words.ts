import type { EmergencyContact } from '../../questionnaire/content.js';
import type { UrgentContact } from '../../plan/signs.js';

/**
 * The words that differ between the Spanish locales (es-ES, es-US); every other word is the
 * shared Spanish text. Services are worded to follow the verbs the text puts before them:
 * "Vaya a {service}", "llame al {number}", "Llame a {line}", "pida / vaya a {place}".
 * Use `a()` and `de()` to join them, so "a el" becomes "al" and "de el" becomes "del".
 */
export interface SpanishWords {
  /** The locale's tag, for numbers and dates (`Intl`). */
  locale: string;
  /** The locale's own name, for notices: "español (España)". */
  name: string;
  /** The paper the region prints letters on. */
  paper: 'a4' | 'letter';
  /** Emergency number and place: 112 and "urgencias" (es-ES), 911 and "la sala de emergencias" (es-US). */
  emergency: EmergencyContact;
  /** Same-day services: the centro de salud (es-ES), the doctor's office and urgent care (es-US). */
  urgent: UrgentContact;
  /** The usual first clinician: "médico de familia" (es-ES) or "médico" (es-US). */
  doctor: string;
  /** A routine appointment, to follow "No espere a": "una cita con su médico de familia". */
  appointment: string;
  /** "fisioterapeuta". */
  physio: string;
  /** Where the doctor works: "centro de salud" or "consultorio médico". */
  practice: string;
  /** The local name of paracetamol: "Paracetamol" or "Acetaminofén (Tylenol)". */
  paracetamol: string;
  /** How the doctor can support changes at work. */
  workNote: string;
  /** The Tier 2 action with a same-day contact. */
  urgentAction: (c: UrgentContact) => string;
}

/** "a" before a noun phrase, with "a el" joined into "al": a('el hospital') is "al hospital". */
export const a = (phrase: string): string => (/^el\s/i.test(phrase) ? `al ${phrase.slice(3)}` : `a ${phrase}`);

/** "de" before a noun phrase, with "de el" joined into "del". */
export const de = (phrase: string): string => (/^el\s/i.test(phrase) ? `del ${phrase.slice(3)}` : `de ${phrase}`);
