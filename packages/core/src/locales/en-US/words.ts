import type { EnglishWords } from '../en/words.js';

/** American English: US services and words. */
export const words: EnglishWords = {
  locale: 'en-US',
  name: 'American English',
  american: true,
  emergency: { number: '911', service: 'the emergency room' },
  urgent: { line: "your doctor's office", place: 'urgent care' },
  urgentAction: ({ line, place }) => `Call ${line} or go to ${place} today.`,
  doctor: 'doctor',
  poo: 'have a bowel movement',
  appointment: "doctor's appointment",
  physio: 'physical therapist',
  practice: "doctor's office",
  paracetamol: 'Acetaminophen (Tylenol)',
  workNote: 'Your doctor can write a note that says what changes at work would help.',
  emergencyDepartment: 'emergency room',
  signOff: 'Sincerely,',
};
