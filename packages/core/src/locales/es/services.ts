import type { ServiceContacts } from '../../plan/signs.js';
import type { SpanishWords } from './words.js';

/** The services for a reader whose region is not known (plain `es`, es-MX…): no number is guessed. */
export const unknownRegionServices = (w: SpanishWords): ServiceContacts => ({
  emergency: { number: 'número de emergencias de su zona', service: 'el hospital más cercano' },
  urgent: { line: `su ${w.practice}`, place: 'una consulta urgente' },
});
