import {
  quoteInput,
  type InputMessages,
  type InputName,
  type PlanDateName,
  type PlanListName,
  type PlanTextName,
} from '../../i18n/input-messages.js';
import { de } from './words.js';

/**
 * A value as a message shows it (see InputMessages.value): a noun phrase ("una lista"). After
 * "pero", a message says what was received instead (`got`), which fits any subject.
 */
const value = (v: unknown): string => {
  if (v === undefined) return 'nada';
  if (v === null) return 'un valor vacío (null)';
  if (Array.isArray(v)) return 'una lista';
  if (typeof v === 'string') return quoteInput(v);
  if (typeof v === 'object') return 'un objeto';
  return String(v);
};
/** "se recibió una lista", "no se recibió nada": what was found instead, after "pero". */
const got = (v: unknown): string => (v === undefined ? 'no se recibió nada' : `se recibió ${value(v)}`);
const cap = (s: string): string => s.charAt(0).toUpperCase() + s.slice(1);

const NAMES: Record<InputName, string> = {
  answers: 'las respuestas',
  QuestionnaireResponse: 'el QuestionnaireResponse',
  CarePlan: 'el CarePlan',
  profile: 'el perfil',
  plan: 'el plan',
};

const LISTS: Record<PlanListName, string> = {
  goals: 'los objetivos',
  scanTriggers: 'los motivos para pedir una prueba de imagen o una derivación',
};

const TEXTS: Record<Exclude<PlanTextName, object>, string> = {
  arranged: 'lo que ha organizado',
  reason: 'lo que ha comprobado y por qué esperar sigue siendo seguro',
  selfCareNote: 'la nota de cuidados en casa',
  practiceName: 'el nombre del centro médico',
  practicePhone: 'el teléfono del centro médico',
  clinicianName: 'el nombre del profesional sanitario',
  timeZone: 'la zona horaria',
  emergencyNumber: 'el número de emergencias',
  emergencyService: 'el servicio de emergencias',
  urgentLine: 'el teléfono de atención en el día',
  urgentPlace: 'el servicio de atención en el día',
};
const text = (what: PlanTextName) => (typeof what === 'object' ? `el elemento ${what.item} de ${LISTS[what.list]}` : TEXTS[what]);

const DATES: Record<PlanDateName, string> = {
  checkIn: 'la fecha del control',
  review: 'la fecha de la revisión',
  by: 'la fecha límite',
  earlyReview: 'la fecha de la revisión adelantada',
};

const KIND: Record<string, string> = {
  boolean: 'sí o no (valueBoolean)',
  choice: 'una de sus opciones de respuesta (valueCoding)',
  text: 'un texto (valueString)',
};

/** A sign's status as the plan's form words it ("Presente", "No preguntado"), in lower case. */
const STATUS: Record<string, string> = { absent: 'ausente', present: 'presente', 'not-asked': 'no preguntado' };

/** The problems core's readers find in input, in Spanish (es-ES, es-US). */
export const inputMessages: InputMessages = {
  value,
  notJson: (what) => `No se pudieron leer los datos ${de(NAMES[what])}: el texto no es JSON válido.`,
  notObject: (what, v) => `Los datos ${de(NAMES[what])} deberían ser un objeto, pero ${got(v)}.`,
  fieldNotObject: (field, v) => `"${field}" debería ser un objeto, pero ${got(v)}.`,
  noResourceType: (expected) => `Esto no es un ${expected} de FHIR: no tiene "resourceType".`,
  otherResource: (expected, type) => `Esto es un recurso ${value(type)} de FHIR, no un ${expected}.`,

  answers: {
    worryNotText: (v) => `La respuesta sobre lo que más le preocupa debería ser un texto, pero ${got(v)}.`,
    worryTooLong: (length, kept, max) =>
      `La respuesta sobre lo que más le preocupa tiene ${length} caracteres. Solo se guardan los ${kept} primeros` +
      (kept < max ? `, para no partir ninguna letra ni emoji (el máximo es ${max}).` : '.'),
    unknownField: (key) => `${value(key)} no forma parte de las respuestas, así que se ha dejado fuera.`,
    unknownEmergency: (id) => `No hay ninguna pregunta de emergencia llamada ${value(id)}.`,
    emergencyNotYesNo: (id, v) => `La respuesta a "${id}" debería ser true (sí) o false (no), pero ${got(v)}.`,
    emergencyNotObject: (v) => `"emergency" debería ser un objeto con respuestas de sí o no, pero ${got(v)}.`,
    unknownItem: (id) => `No hay ninguna pregunta llamada ${value(id)}.`,
    itemNotLikert: (id, v) =>
      `La respuesta a "${id}" debería ser un número entero del 1 (totalmente en desacuerdo) al 5 (totalmente de acuerdo), pero ${got(v)}.`,
    itemsNotObject: (v) => `"items" debería ser un objeto con respuestas del 1 al 5, pero ${got(v)}.`,
    wantScanInvalid: (v) => `"wantScan" debería ser "yes", "no" o "not-sure", pero ${got(v)}.`,
  },

  response: {
    noQuestionnaire: (canonical) => `La respuesta no dice a qué cuestionario responde. Debería decir "${canonical}".`,
    otherQuestionnaire: (url) => `La respuesta es de otro cuestionario (${value(url)}), así que no se han leído sus respuestas.`,
    otherVersion: (version, ours) => `La respuesta es de la versión ${value(version)} del cuestionario; aquí se lee la versión ${ours}.`,
    status: (allowed, v) => `El estado de la respuesta debería ser uno de estos: ${allowed.join(', ')}, pero ${got(v)}.`,
    enteredInError: 'La respuesta está marcada como "entered-in-error" (introducida por error), así que no se deben usar sus respuestas.',
    answerNotList: (id, v) => `La respuesta a "${id}" debería ser una lista, pero ${got(v)}.`,
    oneAnswer: (id, count) => `"${id}" admite una sola respuesta, pero tiene ${count}.`,
    answerType: (id, type, v) => `La respuesta a "${id}" debería ser ${KIND[type] ?? type}, pero ${got(v)}.`,
    notAnOption: (id, code, system, options, optionSystem) =>
      `La respuesta a "${id}" es ${value(code)}${system === undefined ? '' : ` de ${value(system)}`}, ` +
      `que no es ninguna de sus opciones: ${options.join(', ')} de "${optionSystem}".`,
    itemsNotList: (path, v) => `"${path}" debería ser una lista de elementos, pero ${got(v)}.`,
    itemNotObject: (where, v) => `Cada elemento debería ser un objeto, pero en ${where} ${got(v)}.`,
    noLinkId: (where) => `${where} no tiene linkId, así que no se puede relacionar con ninguna pregunta.`,
    unknownLinkId: (id) => `No hay ninguna pregunta llamada ${value(id)} en este cuestionario.`,
    repeated: (id) => `"${id}" aparece más de una vez; solo se ha leído la primera vez.`,
    wrongGroup: (id, expected, found) => {
      const name = (g: string | null) => (g ? `"${g}"` : 'el nivel superior');
      return `"${id}" debería estar en ${name(expected)}, no en ${name(found)}.`;
    },
    notAnswerable: (id, type) => `"${id}" es ${type === 'group' ? 'un grupo de preguntas' : 'solo información'} y no puede tener respuesta.`,
    questionHoldsItems: (id) => `"${id}" es una pregunta y no debería contener otros elementos.`,
  },

  plan: {
    notObject: (v) => `El plan debería ser un objeto, pero ${got(v)}.`,
    unreadable: 'No se pudo leer una parte del plan, así que se ha dejado fuera.',
    unknownField: (key, where) => `${value(key)} no forma parte ${where ? `de "${where}"` : 'de un plan'}, así que se ha dejado fuera.`,
    textNotText: (what, v) => `${cap(text(what))} debería ser un texto, pero ${got(v)}.`,
    textTooLong: (what, length, kept, max) =>
      `${cap(text(what))} tiene ${length} caracteres. Solo se guardan los ${kept} primeros${
        kept < max ? `, para no partir ninguna letra ni emoji (el máximo es ${max})` : ''
      }.`,
    listNotList: (list, v) => `Se esperaba una lista de textos en ${LISTS[list]}, pero ${got(v)}.`,
    listTooLong: (list, count, max) => `Hay ${count} elementos en ${LISTS[list]}. Solo se guardan los ${max} primeros.`,
    dateNotText: (what, v) => `${cap(DATES[what])} debería ser una fecha escrita como AAAA-MM-DD, pero ${got(v)}.`,
    dateNotWritten: (what, v) => `${cap(DATES[what])} (${value(v)}) no está escrita como AAAA-MM-DD (por ejemplo, 2026-12-07).`,
    dateNoMonth: (what, v, month) => `${cap(DATES[what])} (${v}) no es una fecha real: no existe el mes ${month}.`,
    dateNoDay: (what, v, days) => `${cap(DATES[what])} (${v}) no es una fecha real: ese mes solo tiene ${days} días.`,
    reviewBeforeCheckIn: (review, checkIn) =>
      `La fecha de la revisión (${review}) es anterior a la del control (${checkIn}). Elija una fecha de revisión igual o posterior a la del control.`,
    redFlagsNotObject: (v) => `"redFlags" debería ser un objeto con una entrada por señal, pero ${got(v)}.`,
    unknownSign: (id) => `No hay ninguna señal de alarma llamada ${value(id)}.`,
    signStatus: (id, v) => `La señal "${id}" debería ser "absent", "present" o "not-asked", pero ${got(v)}. Se muestra como no revisada.`,
    decisionMissing: (need) =>
      need === 'emergency'
        ? 'Hay una señal de nivel 1 registrada como presente, así que es una derivación de emergencia. Registre lo que ha organizado.'
        : 'Hay una señal de nivel 2 registrada como presente. Registre su decisión: pruebas o derivación pedidas (qué, y para cuándo), o valorado y esperar sigue siendo lo correcto (por qué, con una revisión adelantada).',
    decisionNotObject: (v) => `"decision" debería ser un objeto con "kind", pero ${got(v)}.`,
    decisionKind: (v) => `El tipo de decisión ("kind") debería ser "emergency", "referral" o "wait", pero ${got(v)}.`,
    decisionNotNeeded: 'Hay una decisión registrada, pero ninguna señal de la revisión está presente, así que se ha dejado fuera.',
    decisionMustBeEmergency: 'Hay una señal de nivel 1 presente, así que la decisión debe ser una derivación de emergencia (kind "emergency").',
    decisionNotEmergency: 'No hay ninguna señal de nivel 1 presente, así que la decisión es "referral" o "wait", no "emergency".',
    decisionTextMissing: (what) => `Escriba ${TEXTS[what]}.`,
    decisionDateMissing: (what) => `Indique ${DATES[what]}.`,
    recheckedNotList: (v) => `"rechecked" debería ser una lista de identificadores de señales de nivel 1, pero ${got(v)}.`,
    recheckedNotTier1: (id) => `${value(id)} no es una señal de nivel 1, así que se ha dejado fuera "preguntado de nuevo".`,
    recheckedNotAbsent: (id, status) =>
      `"${id}" está marcado como "preguntado de nuevo: ausente", pero la revisión lo registra como ${STATUS[status] ?? status}. Se ha dejado fuera.`,
    selfCareNotList: (v) => `"selfCare" debería ser una lista de pasos para cuidarse en casa, pero ${got(v)}.`,
    unknownSelfCare: (id) => `No hay ningún paso para cuidarse en casa llamado ${value(id)}.`,
    practiceNotObject: (v) => `"practice" debería ser un objeto con un nombre, un teléfono y un profesional sanitario, pero ${got(v)}.`,
    notPhone: (v) => `El número de emergencias ${value(v)} no es un número de teléfono, así que se muestra el número habitual.`,
    notTimeZone: (v) => `${value(v)} no es el nombre de una zona horaria, como "Europe/Madrid" o "America/New_York".`,
  },

  planWarnings: {
    checkInPast: (date) => `La fecha del control (${date}) ya ha pasado.`,
    reviewPast: (date, today) => `La fecha de la revisión (${date}) ya ha pasado. Elija hoy (${today}) o una fecha posterior.`,
    reviewFar: (date) =>
      `La fecha de la revisión (${date}) es dentro de más de 12 semanas. Si no hay una mejoría clara, lo habitual es una revisión entre las 4 y las 6 semanas.`,
    earlyReviewPast: (date) => `La revisión adelantada (${date}) ya ha pasado.`,
    earlyReviewFar: (date, maxDays, usualDays) =>
      `La revisión adelantada (${date}) es dentro de más de ${maxDays} días. Después de una señal así, lo habitual es una revisión a los ${usualDays} días.`,
    byPast: (date) => `La fecha límite de las pruebas o la derivación (${date}) ya ha pasado.`,
    signsNotAsked: (count, total, labels) =>
      count === 1
        ? `1 de las ${total} señales de alarma no está registrada como revisada: ${labels.join('; ')}. El plan la muestra como "no revisado hoy".`
        : `${count} de las ${total} señales de alarma no están registradas como revisadas: ${labels.join('; ')}. El plan las muestra como "no revisado hoy".`,
  },

  carePlan: {
    notScanwise: (canonical) =>
      `Este CarePlan no es un plan de espera vigilada de Scanwise: su "instantiatesCanonical" debería contener "${canonical}".`,
    otherVersion: (version, ours) => `El CarePlan se escribió para la versión ${value(version)} del plan; aquí se lee la versión ${ours}.`,
    enteredInError: 'El CarePlan está marcado como "entered-in-error" (introducido por error), así que no se debe usar.',
    modifier: 'El CarePlan tiene una extensión modificadora (modifierExtension) que puede cambiar lo que significa, así que no se ha leído.',
    unreadable: 'No se pudo leer una parte del CarePlan, así que se ha dejado fuera.',
    duplicate: (kind, id) => {
      const what = {
        part: `La parte "${String(id)}"`,
        sign: `La señal "${String(id)}"`,
        extension: `La extensión ${value(id)}`,
        decision: 'La decisión del profesional sanitario',
        activity: `La actividad "${String(id)}"`,
        goal: `El objetivo ${value(id)}`,
      }[kind];
      return `${what} aparece más de una vez; solo se ha leído la primera vez.`;
    },
    notExtension: (field, v) => `"${field}" debería ser una extensión, pero ${got(v)}.`,
    extensionNoUrl: (field, v) => `"${field}" debería ser una extensión con "url", pero ${got(v)}.`,
    unknownPart: (url, names) => `${value(url)} no es una parte de esta extensión, así que se ha dejado fuera. Sus partes son: ${names.join(', ')}.`,
    unknownExtension: (url) => `${value(url)} no es una extensión que Scanwise conozca, así que se ha dejado fuera.`,
    redFlagIncomplete: (field) => `La entrada de señal de alarma "${field}" debería tener "sign" y "status", así que se ha dejado fuera.`,
    signsUnrecorded: (ids, all) =>
      all
        ? 'El CarePlan no registra ninguna señal de alarma. Se muestran como no revisadas.'
        : `El CarePlan no registra estas señales de alarma: ${ids.join(', ')}. Se muestran como no revisadas.`,
    activityReference: (field) => `"${field}" remite a otro recurso, que no se puede leer desde aquí, así que se ha dejado fuera.`,
    activityNoDetail: (field, v) => `"${field}" debería ser una actividad con "detail", pero ${got(v)}.`,
    activityModifier: (field) =>
      `"${field}" tiene un modificador (modifierExtension o doNotPerform) que cambia lo que significa, así que se ha dejado fuera.`,
    notPeriod: (field, v) => `"${field}" debería ser un periodo, pero ${got(v)}.`,
    activityMissing: (what, code) =>
      `El CarePlan no tiene ${what === 'checkIn' ? 'control' : 'revisión'} (una actividad con el código "${code}"), así que se usa la fecha habitual.`,
    goalNotReference: (field, v) => `"${field}" debería ser una referencia a un objetivo, pero ${got(v)}.`,
    goalOutside: (target) => `El objetivo ${value(target)} está fuera del CarePlan, así que no se pudo leer.`,
    goalNotContained: (target) => `El objetivo ${value(target)} no está entre los recursos que contiene el CarePlan.`,
    goalNoText: (target) => `El objetivo ${value(target)} no tiene texto (description.text), así que se ha dejado fuera.`,
    notList: (field, v) => `"${field}" debería ser una lista, pero ${got(v)}.`,
    tooMany: (field, count, max) => `"${field}" tiene ${count} entradas. Un plan tiene muchas menos, así que solo se han leído las ${max} primeras.`,
    notText: (field, v) => `"${field}" debería ser un texto, pero ${got(v)}.`,
    notDate: (field, v) => `"${field}" debería ser una fecha real escrita como AAAA-MM-DD, pero ${got(v)}.`,
    notCoding: (field, v) => `"${field}" debería ser una codificación (coding), pero ${got(v)}.`,
    unknownCode: (field, code, system, ourSystem) =>
      `El código ${value(code)}${system === undefined ? '' : ` de ${value(system)}`} en "${field}" no es uno que Scanwise conozca, así que se ha dejado fuera. Aquí sus códigos son de "${ourSystem}".`,
  },

  profile: {
    themesNotObject: (v) => `"themes" debería ser un objeto con un nivel para cada tema, pero ${got(v)}. No se adapta el contenido.`,
    themeLevel: (theme, v) =>
      `El nivel del tema "${theme}" debería ser "low", "mixed", "high" o "not-scored", pero ${got(v)}. Se toma como sin puntuar.`,
    flagNotBoolean: (flag, v) =>
      `"flags.${flag}" debería ser true o false, pero ${got(v)}. ${
        flag === 'emergency'
          ? 'Los consejos de emergencia solo se muestran si el triaje o las señales indicadas informan de una emergencia.'
          : 'Se toma como false.'
      }`,
    emergencySigns: (v) => `"flags.emergencySigns" debería ser una lista de identificadores de preguntas de emergencia, pero ${got(v)}.`,
    triage: (v) => `"triage" debería ser "emergency" o "routine", pero ${got(v)}.`,
    triageConflict: 'El perfil dice a la vez que hay y que no hay una señal de emergencia. Se toma como una emergencia.',
  },
};
