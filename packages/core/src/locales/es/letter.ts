import type { LetterText } from '../letter-text.js';
import type { SpanishWords } from './words.js';

/**
 * The few words of the letter itself in Spanish (es-ES, es-US). Spanish letters open with a
 * colon ("Hola, Ana:"); "Hola" needs no gender, which "Estimado/Estimada" would.
 */
export function letter(w: SpanishWords): LetterText {
  return {
    paper: w.paper,
    title: 'Sobre su dolor de espalda',
    dear: (name) => `Hola, ${name}:`,
    dearNoName: 'Hola:',
    intro: 'Gracias por venir a vernos por su espalda. En esta carta está lo que hablamos y el plan que acordamos. Guárdela, por favor.',
    introNeedsToBeSeen: 'Gracias por venir a vernos por su espalda. Lea ahora la primera parte de esta carta, por favor.',
    dateLabel: 'Fecha',
    patientLabel: 'Para',
    phoneLabel: 'Teléfono',
    emailLabel: 'Correo electrónico',
    webLabel: 'Sitio web',
    signOff: 'Un cordial saludo,',
    clinicianCopy: 'Para el profesional sanitario: resumen del cuestionario',
    clinicianCopyNote: 'Esta parte es para la copia de la carta del profesional sanitario.',
    explainerLeftOut: 'La guía sobre las pruebas de imagen no está en esta carta, porque antes tienen que atenderle.',
    explainerLeftOutTests: 'La guía sobre las pruebas de imagen no está en esta carta, porque ya le hemos pedido unas pruebas.',
    sourcesHeading: 'De dónde vienen los números',
    sourcesIntro: 'Cada número de esta carta viene de uno de estos estudios.',
    contentVersion: (version, published) => `Contenido de Scanwise ${version}, ${published}`,
    page: 'Página',
    of: 'de',
    sourcesShort: 'Fuentes',
  };
}
