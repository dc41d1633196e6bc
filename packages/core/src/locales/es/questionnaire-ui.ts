import type { QuestionnaireUi } from '../../i18n/questionnaire-ui.js';
import type { TextLimitWords } from '../../i18n/text-limit.js';
import type { SpanishWords } from './words.js';

/** Numbers in plain Spanish style ("2000", "20.000"), for when the pack gives no formatter of its own. */
/**
 * The questionnaire's working words in Spanish (es-ES, es-US). `limit` defaults to the Spanish
 * text-limit words with plain Spanish numbers; a pack can pass its own, with its region's numbers.
 *
 * The `clinician.inPlan` strings are the plan's edit-mode words (`edit.redFlags` and
 * `edit.decision.kinds` in locales/es/plan.ts), word for word.
 */
export function questionnaireUi(w: SpanishWords, limit: TextLimitWords): QuestionnaireUi {
  const noneOfThese = 'No tengo ninguno de estos problemas';
  return {
    noneOfThese,
    continue: 'Continuar',
    next: 'Siguiente',
    back: 'Atrás',
    review: 'Revise sus respuestas',
    reviewHeading: 'Revise sus respuestas',
    reviewIntro: 'Puede cambiar cualquier respuesta antes de enviarlas.',
    change: (question) => `Cambiar su respuesta a la pregunta: ${question}`,
    notAnswered: 'Sin responder',
    submit: 'Enviar mis respuestas',
    doneHeading: 'Gracias',
    doneBody: `Sus respuestas están guardadas. Su ${w.doctor} o su ${w.physio} las comentará con usted.`,
    startAgain: 'Empezar de nuevo',
    progress: (n, total) => `Pregunta ${n} de ${total}`,
    answeredProgress: (n, total) => `${n} de ${total} respondidas`,
    emergencyHeading: 'Necesita ayuda ahora',
    // The region is unknown: no number is guessed, and no regional service is named.
    genericEmergency:
      'Pida ayuda ahora: llame al número de emergencias de su zona o vaya al hospital más cercano. Hay que revisar enseguida lo que nos cuenta.',
    changedMind: 'Si eligió "Sí" por error, cámbielo a "No".',
    problemsHeading: 'Hay un problema',
    answerThis: 'Elija una respuesta, por favor.',
    answerSafety: `Responda a todas las preguntas de seguridad, o elija "${noneOfThese}".`,
    requiredMissing: 'Responda a todas las preguntas, por favor.',
    badAnswersHeading: 'No se pudieron usar algunas respuestas guardadas.',
    optional: '(opcional)',
    limit,
    clinician: {
      heading: 'Expectativas sobre las pruebas de imagen: resumen para el profesional sanitario',
      // The signs are the patient's questions: most end in "?", so no full stop is added after them.
      emergency: (signs) => `SEÑAL DE EMERGENCIA INDICADA: ${signs}${/[.?!]$/.test(signs) ? '' : '.'} Valore al paciente ahora.`,
      safetyUnanswered: (n) =>
        n === 1
          ? `${n} pregunta de seguridad sobre emergencias no tiene respuesta: pregunte por ella.`
          : `${n} preguntas de seguridad sobre emergencias no tienen respuesta: pregunte por ellas.`,
      safetyClear: 'No indica ninguna señal de emergencia (respondió "No" a las 8 preguntas de seguridad).',
      theme: {
        leg: 'Legitimidad (la prueba como demostración)',
        thr: 'Amenaza (miedo a que se pase algo por alto)',
        nav: 'Orientación (la prueba como mapa)',
      },
      level: { low: 'Bajo', mixed: 'Mixto', high: 'Alto', 'not-scored': 'Sin puntuar (menos de 3 de 4 respondidas)' },
      themeColumn: 'Creencia',
      levelColumn: 'Nivel',
      meanColumn: 'Media (1–5)',
      stronglyAgreed: 'Totalmente de acuerdo',
      noneStronglyAgreed: 'No estuvo totalmente de acuerdo con ninguna frase.',
      harmsUnderestimated: 'Cree que una prueba de imagen no le puede hacer ningún daño.',
      wantsScan: 'Quiere una prueba de imagen',
      worry: 'Lo que más le preocupa',
      noAnswer: 'Sin respuesta',
      prompts: 'En qué centrarse',
      prompt: {
        thr: 'Hable del miedo a que se pase por alto una causa grave. Diga qué exploró y por qué eso descarta las causas graves.',
        leg: 'Asegúrese de que la persona se siente escuchada, valorada y creída.',
        nav: 'Explique lo que una prueba de imagen puede mostrar y lo que no. Acuerden los siguientes pasos y quién se encarga de cada uno.',
        harms: 'Hable de los posibles daños de una prueba de imagen.',
      },
      unvalidated: 'Cuestionario en borrador, aún sin validar: úselo para guiar la conversación, no como medida.',
      inPlan: {
        heading: 'SEÑAL DE EMERGENCIA INDICADA en el cuestionario. Lo que registra la revisión de señales de alarma del plan:',
        present: (arranged) =>
          arranged
            ? `Registrado como presente: derivación de emergencia. Organizado: ${arranged}`
            : 'Registrado como presente: derivación de emergencia. Registre lo que ha organizado.',
        rechecked: 'Registrado como "Preguntado de nuevo: ausente".',
        conflict:
          'El paciente respondió que sí a esto en el cuestionario. Regístrelo como presente, o pregunte de nuevo y registre "Preguntado de nuevo: ausente".',
        noPlan:
          'Registre esto en la revisión de señales de alarma del plan: como presente (una derivación de emergencia), o pregunte de nuevo y registre "Preguntado de nuevo: ausente". Hasta entonces, el paciente verá el consejo de emergencia.',
        problemHeading: 'No se pudo usar el plan.',
      },
    },
  };
}
