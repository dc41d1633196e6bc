import type { Messages } from '../../i18n/messages.js';

/** "a", "a o b", "a, b o c": allowed values, each in quotes (so "o" never needs to become "u"). */
const orList = (values: string[]) => {
  const quoted = values.map((v) => `"${v}"`);
  return quoted.length > 1 ? `${quoted.slice(0, -1).join(', ')} o ${quoted.at(-1)}` : (quoted[0] ?? '');
};

/**
 * Everything the components say that is not a fact, in Spanish (es-ES, es-US).
 *
 * The icon-array sentence: every Spanish fact's `population` starts with "personas", so the
 * number phrase agrees with it ("Unas 80 de cada 100 personas …"). "Unas 1" is not Spanish, so a
 * rounded 1 reads "Alrededor de 1". Spanish verbs agree with the count: each fact's `outcome` is
 * written in the number of its own figure (singular for 1, plural otherwise), and `others` in the
 * plural ("Las otras 99 no la tuvieron").
 */
export const messages: Messages = {
  localeFallback: (requested, used) => `Esto se muestra en ${used}, porque "${requested}" todavía no está disponible.`,
  needsClinicalReview: 'Esta es una traducción. Un profesional sanitario aún no la ha revisado.',
  inputProblemHeading: 'No se pudieron usar algunos de los datos. Por eso se muestra la versión general.',
  iconArray: {
    outOf: (count, total, approximate) => `${approximate ? (count === '1' ? 'Alrededor de ' : 'Unas ') : ''}${count} de cada ${total}`,
    sentence: ({ outOf, population, outcome, timeframe, rest, others, restCount }) =>
      `${outOf} ${population} ${outcome} ${timeframe}.` +
      (restCount > 1 ? ` Las otras ${rest} ${others}.` : restCount === 1 ? ` La otra persona ${others}.` : ''),
    fewerThanOne: (total, population, outcome, timeframe) => `Menos de 1 de cada ${total} ${population} ${outcome} ${timeframe}.`,
    who: 'Quién',
    when: 'Cuándo',
    source: 'Fuente',
    sourceNotGiven: 'Fuente no indicada',
    othersDefault: 'no',
    checked: (date) => `revisada el ${date}`,
    certainty: {
      high: 'Se basa en buenos estudios.',
      moderate: 'Es nuestro mejor cálculo: los estudios tienen algunos límites.',
      low: 'Es un cálculo aproximado: hay pocos estudios.',
    },
    rounded: 'Los números se redondean a personas enteras.',
    showTable: 'Ver estos números en una tabla',
    tableCaption: 'Los mismos números en una tabla',
    tableGroup: 'Grupo',
    tablePeople: 'Número de personas',
    total: 'Total',
  },
  errors: {
    heading: 'No se puede mostrar este gráfico de los números.',
    unknownFact: (id) => `No hay ninguna cifra llamada "${id}".`,
    notPeopleFact: (id) => `La cifra "${id}" no es un número de personas. Por eso no se puede dibujar como personas.`,
    missingCount: 'No se dio ninguna cifra: indique "fact", o "count" con "label".',
    notNumber: (field, value) => `"${field}" debería ser un número, pero es "${value}".`,
    notWhole: (field, value) => `"${field}" debería ser un número entero de personas, pero es ${value}.`,
    negative: (field, value) => `"${field}" no puede ser menor que cero, pero es ${value}.`,
    totalNotPositive: (value) => `"total" debería ser 1 o más, pero es ${value}.`,
    totalTooLarge: (value, max) => `"total" puede ser como máximo ${max}, pero es ${value}.`,
    countAboveTotal: (count, total) => `La cantidad (${count}) es mayor que el total (${total}).`,
    missingText: (field) => `Falta "${field}": cada cifra debe decir a quién se refiere y cuándo.`,
  },
  problems: {
    renderFailed: {
      heading: 'Lo sentimos, no se puede mostrar esta parte de la página.',
      message:
        'Algo falló por nuestra parte. No se ha perdido nada de lo que escribió. Vuelva a intentarlo más tarde, o pida ayuda en el lugar donde le atienden.',
    },
    settingsHeading: 'No se pudieron usar algunos ajustes de esta página. En su lugar se usan los habituales.',
    more: (count, formatted) => (count === 1 ? 'Hay 1 problema más, que no aparece aquí.' : `Hay ${formatted} problemas más, que no aparecen aquí.`),
    tooLong: (attribute, length, max) => `"${attribute}" tiene ${length} caracteres. Solo se usan los ${max} primeros.`,
    tooLongLeftOut: (attribute, length, max) => `"${attribute}" tiene ${length} caracteres, así que no se usa. Puede tener ${max} como máximo.`,
    notPhone: (attribute, value) => `"${attribute}" debería ser un número de teléfono, pero es ${value}. Se muestra el número habitual.`,
    unknownChoice: (attribute, value, allowed, fallback) => `"${attribute}" debería ser ${orList(allowed)}, pero es ${value}. Se usa "${fallback}".`,
    unsafeLink: (attribute) => `No se usa el enlace de "${attribute}": solo se pueden usar enlaces web (https: o http:).`,
    missingTarget: (attribute, id) => `"${attribute}" se refiere a ${id}, pero en esta página no hay nada con ese id.`,
    storageUnreadable: 'No se pudo leer la copia guardada en este navegador. Por eso esto empieza vacío.',
    storageUnavailable: 'Este navegador no guarda una copia. Si la página se vuelve a cargar, se pierde lo que escribió.',
    invalidJson: 'Los datos de esta parte de la página no son JSON válido, así que no se usan.',
    invalidToday: (value) => `"today" debe ser una fecha real escrita como AAAA-MM-DD, pero es ${value}. Se usa la fecha de hoy.`,
    invalidAge: (allowed, value) => `"age" debe ser una de estas edades: ${allowed}. Pero es ${value}.`,
    invalidPlan: (notJson, without) =>
      `No se pudo leer el plan: ${notJson ? 'el texto no es JSON válido' : 'no tiene revisión de señales de alarma ("redFlags")'}. ${
        without === 'summary' ? 'El resumen no dice lo que registra el plan.' : 'La guía se muestra sin él.'
      }`,
  },
};
