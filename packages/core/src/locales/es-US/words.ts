import { a, type SpanishWords } from '../es/words.js';

/** The United States: 911, the emergency room, and urgent care. */
export const words: SpanishWords = {
  locale: 'es-US',
  name: 'español (Estados Unidos)',
  paper: 'letter',
  emergency: { number: '911', service: 'la sala de emergencias' },
  urgent: { line: 'el consultorio de su médico', place: 'un centro de atención de urgencia' },
  doctor: 'médico',
  appointment: 'una cita con su médico',
  physio: 'fisioterapeuta',
  practice: 'consultorio médico',
  paracetamol: 'Acetaminofén (Tylenol)',
  workNote: 'Su médico puede escribirle una nota que diga qué cambios en el trabajo le ayudarían.',
  urgentAction: ({ line, place }) => `Llame ${a(line)} o vaya ${a(place)} hoy.`,
};
