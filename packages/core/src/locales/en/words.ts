import type { EmergencyContact } from '../../questionnaire/content.js';
import type { UrgentContact } from '../../plan/signs.js';

/**
 * The words that differ between the English locales (en-GB, en-US); every other word is the
 * shared English text in this folder.
 */
export interface EnglishWords {
  /** The locale's tag, for numbers and dates (`Intl`). */
  locale: string;
  /** The locale's own name, for notices: "British English". */
  name: string;
  /** American spelling and health-service words where the shared text has two versions. */
  american: boolean;
  /** Emergency number and place, worded to follow "Go to": 999 and A&E, 911 and the emergency room. */
  emergency: EmergencyContact;
  /** Same-day services: a phone line worded to follow "Call", and a place or appointment. */
  urgent: UrgentContact;
  /** The Tier 2 action with a same-day contact: "Call NHS 111 or get an urgent GP appointment today." */
  urgentAction: (c: UrgentContact) => string;
  /** The usual first contact: "GP" or "doctor". */
  doctor: string;
  /** Having a bowel movement, to follow "cough, sneeze or". */
  poo: string;
  /** A routine appointment, to follow "wait for a": "GP appointment". */
  appointment: string;
  /** "physio" or "physical therapist". */
  physio: string;
  /** Where the doctor works: "GP practice" or "doctor's office". */
  practice: string;
  /** The local name of paracetamol. */
  paracetamol: string;
  /** How the doctor can support changes at work. */
  workNote: string;
  /** The emergency department, for a reader whose region is unknown: "emergency department". */
  emergencyDepartment: string;
  /** The letter's sign-off: "With best wishes," or "Sincerely,". */
  signOff: string;
}
