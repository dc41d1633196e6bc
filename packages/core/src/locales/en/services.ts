import type { ServiceContacts } from '../../plan/signs.js';
import type { EnglishWords } from './words.js';

/** The services for a reader whose region is not known: no number is guessed. */
export const unknownRegionServices = (w: EnglishWords): ServiceContacts => ({
  emergency: { number: 'your local number for an ambulance', service: 'the nearest hospital' },
  urgent: { line: `your ${w.practice}`, place: 'an urgent appointment' },
});
