import { a, type SpanishWords } from '../es/words.js';

/** Spain: 112, urgencias, and the centro de salud for same-day care. */
export const words: SpanishWords = {
  locale: 'es-ES',
  name: 'español (España)',
  paper: 'a4',
  emergency: { number: '112', service: 'urgencias' },
  urgent: { line: 'su centro de salud', place: 'una cita urgente con su médico de familia' },
  doctor: 'médico de familia',
  appointment: 'una cita con su médico de familia',
  physio: 'fisioterapeuta',
  practice: 'centro de salud',
  paracetamol: 'Paracetamol',
  workNote: 'Su médico de familia puede hacerle un informe que diga qué cambios en el trabajo le ayudarían.',
  urgentAction: ({ line, place }) => `Llame ${a(line)} o pida ${place} para hoy.`,
};
