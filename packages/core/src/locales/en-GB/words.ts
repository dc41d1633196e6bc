import type { EnglishWords } from '../en/words.js';

/** British English: the NHS's services and words. */
export const words: EnglishWords = {
  locale: 'en-GB',
  name: 'British English',
  american: false,
  emergency: { number: '999', service: 'A&E' },
  urgent: { line: 'NHS 111', place: 'an urgent GP appointment' },
  urgentAction: ({ line, place }) => `Call ${line} or get ${place} today.`,
  doctor: 'GP',
  poo: 'poo',
  appointment: 'GP appointment',
  physio: 'physio',
  practice: 'GP practice',
  paracetamol: 'Paracetamol',
  workNote: 'Your GP can give you a fit note that says what changes at work would help.',
  emergencyDepartment: 'emergency department',
  signOff: 'With best wishes,',
};
