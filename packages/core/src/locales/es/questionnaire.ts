import type { QuestionnaireContent } from '../../questionnaire/content.js';
import { a, type SpanishWords } from './words.js';

/**
 * Every word of the questionnaire in Spanish (es-ES, es-US): a translation of the English, same
 * meaning, plain words. The belief items are a DRAFT and UNVALIDATED, in Spanish as in English.
 * Regional words come only from `SpanishWords`.
 */
export function questionnaire(w: SpanishWords): QuestionnaireContent {
  return {
    title: 'Lo que usted piensa sobre las pruebas de imagen',
    stem: '¿Cuánto está de acuerdo con cada frase?',
    scanHelp: 'Una prueba de imagen es una radiografía, un TAC o una resonancia magnética de la espalda.',
    scale: {
      sd: 'Totalmente en desacuerdo',
      d: 'En desacuerdo',
      ns: 'No lo sé',
      a: 'De acuerdo',
      sa: 'Totalmente de acuerdo',
    },
    items: {
      'leg-1': 'Una prueba de imagen demostraría a los demás que mi dolor es real.',
      'leg-2': 'Me preocupa que mi médico no me crea si no me hago una prueba de imagen.',
      'leg-3': 'Si no me hacen una prueba de imagen, siento que no me toman en serio.',
      'leg-4': 'Para tratar bien el dolor de espalda, hay que hacerse una prueba de imagen.',
      'thr-1': 'Me preocupa que se pase por alto un problema grave.',
      'thr-2': 'No estaré en calma hasta que una prueba de imagen muestre que no tengo nada malo.',
      'thr-3': 'Me da miedo no saber qué le pasa a mi espalda.',
      'thr-4': 'Una prueba de imagen no me puede hacer ningún daño.',
      'nav-1': 'Una prueba de imagen mostrará de dónde viene mi dolor.',
      'nav-2': 'Mi médico necesita una prueba de imagen para saber cómo tratar mi espalda.',
      'nav-3': 'Sin una prueba de imagen, no sé qué va a pasar después con mi atención.',
      'nav-4': `Necesito una prueba de imagen para tener otra ayuda: ir al ${w.physio}, ver a un médico de la espalda o tener días libres del trabajo.`,
    },
    emergency: {
      intro: 'Primero, una comprobación rápida de seguridad. ¿Tiene alguno de estos problemas nuevos junto con su dolor de espalda?',
      signs: {
        'rf1-saddle':
          '¿Ha empezado a notar adormecimiento, hormigueo o una sensación rara en los genitales, las nalgas o la parte interna de los muslos? ¿O nota algo distinto al limpiarse?',
        'rf1-bladder':
          '¿Ha empezado a tener problemas al orinar? Por ejemplo, le cuesta empezar, el chorro es débil o no sale, no nota la orina al salir, no sabe si tiene la vejiga llena, o se le escapa.',
        'rf1-bowel': '¿Ha empezado a tener problemas con las heces? Por ejemplo, no las puede aguantar, o no nota cuándo salen.',
        'rf1-sexual':
          '¿Ha notado un cambio nuevo en su vida sexual? Por ejemplo, siente menos en los genitales, o le cuesta tener una erección o eyacular.',
        'rf1-both-legs':
          '¿Ha empezado a tener dolor, hormigueo, adormecimiento o debilidad en las dos piernas? ¿O el dolor de una pierna ha pasado a las dos?',
        'rf1-weakness':
          '¿Ha empezado a notar debilidad en las piernas que es fuerte o va a peor? ¿O de repente nota las piernas pesadas o flojas, o le cuesta caminar?',
        'rf1-injury':
          '¿Empezó su dolor de espalda después de una lesión grave reciente? Por ejemplo, un accidente de coche o una caída desde lo alto.',
        'rf1-chest': '¿Ha empezado a tener dolor en el pecho, además del dolor de espalda?',
      },
      yes: 'Sí',
      no: 'No',
      contact: w.emergency,
      instructions: ({ number, service }) =>
        `Vaya ${a(service)} o llame al ${number} ahora. Hay que revisar enseguida lo que nos cuenta. ` +
        `No espere a ${w.appointment}. No hace falta que termine estas preguntas.`,
    },
    wantScan: {
      question: '¿Quiere hacerse una prueba de imagen de la espalda?',
      options: { yes: 'Sí', no: 'No', 'not-sure': 'No lo sé' },
    },
    worry: {
      question: '¿Qué es lo que más le preocupa de su espalda?',
      hint: 'No tiene que responder a esta pregunta.',
    },
  };
}
