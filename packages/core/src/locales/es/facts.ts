import {
  FINDING_NAMES,
  findingFactId,
  facts as registry,
  radiationFactId,
  VERIFIED_FINDING_AGES,
  type FindingName,
  type ScanType,
} from '../../evidence/facts.js';
import type { FactText } from '../../evidence/types.js';

/**
 * The words of every registry figure in Spanish (es-ES, es-US), by fact id (docs/evidence.md).
 * One text for both regions: "médico" and "fisioterapeuta" are understood in both.
 *
 * How the icon-array sentence is built (messages.ts, `iconArray.sentence`):
 *   `${outOf} ${population} ${outcome} ${timeframe}.` + ` Las otras ${rest} ${others}.`
 * So, for `people` facts:
 * - `population` always starts with "personas" (the number phrase "Unas 80 de cada 100" agrees with it);
 * - `outcome` is a past-tense verb phrase in the number of the figure: singular for 1
 *   ("resultó tener"), plural otherwise ("tenían"); it also reads after the bold count in the legend;
 * - `others` is a plural verb phrase for everyone else ("no la tuvieron").
 * "low back pain" is "dolor en la parte baja de la espalda"; "back pain" is "dolor de espalda".
 */

/** Findings on scans of people with no back pain, by age: the outcome, and its name in a sentence. */
const FINDINGS: Record<FindingName, { outcome: string; name: string }> = {
  'disc-bulge': { outcome: 'tenían un abultamiento en un disco', name: 'un abultamiento en un disco' },
  'disc-degeneration': { outcome: 'tenían el disco gastado', name: '"desgaste" de disco (degeneración)' },
};

/** Radiation from one scan of the lower back, in everyday terms. */
const RADIATION: Record<ScanType, string> = {
  xray: 'Una radiografía de la parte baja de la espalda usa radiación. Es más o menos la radiación natural que todos recibimos en la vida diaria en 6 meses, como mucho.',
  ct: 'Un TAC de la parte baja de la espalda usa más radiación que una radiografía. Es más o menos la radiación natural que todos recibimos en la vida diaria en 2 años.',
  mri: 'Una resonancia magnética usa imanes y ondas de radio. No usa radiación como la de las radiografías y los TAC.',
};

const SEEING_GP_OR_PHYSIO = 'personas que van al médico o al fisioterapeuta con un dolor nuevo en la parte baja de la espalda';
const SEEING_GP_NEW = 'personas que van al médico con un dolor de espalda que empezó en las últimas 2 semanas';
const NEW_LOW_BACK_PAIN = 'personas con un dolor nuevo en la parte baja de la espalda';
const BACK_AT_WORK = 'volvieron a su trabajo o a lo que hacían antes';
const NOT_BACK_YET = 'aún no lo habían hecho';

/** The figure of a registry fact, so that no number is typed twice. */
const value = (id: string) => registry.find((f) => f.id === id)?.value;

const text: Record<string, FactText> = {
  'serious-cause': {
    statement:
      'Alrededor de 1 de cada 100 personas que van al médico o al fisioterapeuta con un dolor nuevo en la parte baja de la espalda resulta tener una causa grave. Las otras 99, no.',
    population: SEEING_GP_OR_PHYSIO,
    timeframe: 'durante el año siguiente',
    // Singular: the figure is 1 ("Alrededor de 1 de cada 100 personas … resultó …").
    outcome: 'resultó tener una causa grave',
    others: 'no la tuvieron',
  },
  'red-flag-answers': {
    statement:
      'Unas 80 de cada 100 personas con un dolor nuevo en la parte baja de la espalda dicen que sí a una o más preguntas sobre señales de alarma. Pero solo alrededor de 1 de ellas tiene una causa grave. Por eso su médico mira el conjunto, no una sola respuesta.',
    population: SEEING_GP_OR_PHYSIO,
    timeframe: 'en su primera visita',
    outcome: 'dijeron que sí a una o más preguntas sobre señales de alarma',
    others: 'dijeron que no a todas',
  },
  'no-pain-abnormal-disc': {
    statement:
      'Piense en personas adultas sin dolor de espalda. En una resonancia magnética, unas 64 de cada 100 tienen un disco o más que no se ve "normal".',
    population: 'personas adultas sin dolor de espalda',
    timeframe: 'en una resonancia magnética',
    outcome: 'tenían un disco o más que no se veía "normal"',
    others: 'tenían discos normales',
  },
  'back-at-work-2-weeks': {
    statement:
      'Unas 50 de cada 100 personas con un dolor nuevo en la parte baja de la espalda vuelven a su trabajo o actividad habitual en 2 semanas.',
    population: SEEING_GP_NEW,
    timeframe: 'en 2 semanas',
    outcome: BACK_AT_WORK,
    others: NOT_BACK_YET,
  },
  'back-at-work-3-months': {
    statement: 'Unas 83 de cada 100 personas con un dolor nuevo en la parte baja de la espalda vuelven a su trabajo o actividad habitual en 3 meses.',
    population: SEEING_GP_NEW,
    timeframe: 'en 3 meses',
    outcome: BACK_AT_WORK,
    others: NOT_BACK_YET,
  },
  'recovered-1-year': {
    statement:
      'Unas 72 de cada 100 personas con un dolor nuevo en la parte baja de la espalda ya no tienen dolor y hacen vida normal en un año. Muchas de las demás aún tienen algo de dolor leve.',
    population: SEEING_GP_NEW,
    timeframe: 'en un año',
    outcome: 'quedaron sin dolor y volvieron del todo a su vida normal',
    others: 'aún tenían algo de dolor o de limitación',
  },
  'another-episode-1-year': {
    statement:
      'Unas 33 de cada 100 personas que se recuperan vuelven a tener dolor de espalda en un año. Las recaídas son frecuentes y suelen mejorar otra vez.',
    population: 'personas que se recuperaron de un episodio de dolor en la parte baja de la espalda',
    timeframe: 'en un año',
    outcome: 'volvieron a tener dolor de espalda',
    others: 'no lo tuvieron otra vez',
  },
  'surgery-after-early-mri': {
    statement:
      'En un estudio, unas 5 de cada 100 personas que se hicieron pronto una resonancia magnética se operaron de la espalda más tarde. No se recuperaron antes.',
    population: 'personas con dolor en la parte baja de la espalda que se hicieron una resonancia magnética como primera prueba de imagen',
    timeframe: 'en un año',
    outcome: 'se operaron de la espalda',
    others: 'no se operaron',
  },
  'surgery-after-early-xray': {
    statement: 'En el mismo estudio, unas 2 de cada 100 personas que se hicieron una radiografía en su lugar se operaron de la espalda más tarde.',
    population: 'personas con dolor en la parte baja de la espalda que se hicieron una radiografía como primera prueba de imagen',
    timeframe: 'en un año',
    outcome: 'se operaron de la espalda',
    others: 'no se operaron',
  },
  'pain-halves-first-month': {
    statement: 'De media, el dolor y lo mucho que le limita bajan más de la mitad (un 58\u00a0%) en el primer mes.',
    population: NEW_LOW_BACK_PAIN,
    timeframe: 'en el primer mes',
  },
  'mean-pain-6-weeks': {
    statement: 'En una escala de dolor de 0 a 100, la puntuación media baja de unos 52 a unos 23 en 6 semanas.',
    population: NEW_LOW_BACK_PAIN,
    timeframe: 'en 6 semanas',
  },
  'early-scan-no-faster-recovery': {
    statement: 'Hay 6 estudios con 1804 personas. Quienes se hicieron una prueba de imagen enseguida no mejoraron más rápido que los demás.',
    population: 'personas con dolor en la parte baja de la espalda y sin señales de una causa grave',
    timeframe: 'de 3 meses a un año',
  },
  'xray-more-visits': {
    statement: 'En un estudio, las personas que se hicieron una radiografía no estaban mejor a los 3 meses. Volvieron al médico más veces.',
    population: 'personas que van al médico con dolor en la parte baja de la espalda',
    timeframe: 'durante 3 meses',
  },
  'report-words-misunderstood': {
    statement:
      'Se hizo una encuesta a 677 personas adultas. Les preguntaron qué quiere decir "degeneración discal" en el informe de una prueba de imagen. Como mucho, 35 de cada 100 lo sabían. Palabras así hicieron que mucha gente se preocupara más de lo que hacía falta.',
    population: 'personas adultas que leen palabras de informes de pruebas de imagen de la espalda',
    timeframe: 'en una encuesta',
  },
};

for (const finding of FINDING_NAMES) {
  const { outcome, name } = FINDINGS[finding];
  for (const age of VERIFIED_FINDING_AGES) {
    const id = findingFactId(finding, age);
    text[id] = {
      statement: `Piense en personas de ${age} años sin dolor de espalda. Si se hacen una prueba de imagen, unas ${value(id)} de cada 100 tienen ${name}.`,
      population: `personas de ${age} años sin dolor de espalda`,
      timeframe: 'en una resonancia o un TAC',
      outcome,
      others: 'no lo tenían',
    };
  }
}

for (const scan of Object.keys(RADIATION) as ScanType[]) {
  text[radiationFactId(scan)] = {
    statement: RADIATION[scan],
    population: 'personas adultas que se hacen una prueba de imagen de la parte baja de la espalda',
    timeframe: 'en una sola prueba de imagen',
  };
}

/** The Spanish words of every registry figure, by fact id. */
export const factText: Record<string, FactText> = text;

const ONE_TRIAL = 'Esto viene de un solo estudio. No sabemos con seguridad si la diferencia es real.';

/** The caveats some figures must show, by fact id. */
export const factCaveat: Record<string, string> = {
  'surgery-after-early-mri': ONE_TRIAL,
  'surgery-after-early-xray': ONE_TRIAL,
};
