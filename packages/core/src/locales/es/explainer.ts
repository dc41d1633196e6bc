import { radiationFactId } from '../../evidence/facts.js';
import type { AboutStatements, ExplainerContent, PointContent, SignLists } from '../../explainer/content.js';
import type { EmergencyContact } from '../../questionnaire/content.js';
import type { SpanishWords } from './words.js';

/**
 * Every word of the benefits-versus-harms explainer (`<sdm-benefits-harms>`) in Spanish, shared
 * by es-ES and es-US: a translation of the English `build` in explainer/content.ts. Fact ids and
 * structure are exactly the English ones; only the words are Spanish. Regional words (the
 * doctor, the appointment) come from `SpanishWords`; the signs and their actions come ready-made
 * in `SignLists`, from the Spanish plan catalog.
 */

/** Default "Sobre esta información" statements: honest placeholders, data a deployer can override. */
export const aboutStatements: AboutStatements = {
  authorship: 'Esta guía la ha escrito el proyecto de código abierto Scanwise.',
  funding: 'Financiación: no hay financiación de fuera.',
  conflicts: 'Conflictos de intereses: no se declara ninguno.',
  updatePolicy:
    'Revisamos esta información al menos una vez al año, y antes si sale un estudio nuevo importante. Cada versión dice cuándo se publicó y cuándo hay que revisarla de nuevo.',
};

const XRAY = radiationFactId('xray');
const CT = radiationFactId('ct');
const MRI = radiationFactId('mri');
const LEADS_TO_MORE = ['xray-more-visits', 'surgery-after-early-mri', 'surgery-after-early-xray'] as const;

export function explainer(w: SpanishWords, contact: EmergencyContact, signs: SignLists): ExplainerContent {
  const doctor = w.doctor;
  // Points used in more than one place are written once.
  const seriousRare: PointContent = { text: 'Las causas graves del dolor de espalda son raras.', facts: ['serious-cause'] };
  const wholePicture: PointContent = {
    text: 'Muchas personas tienen una de estas señales y no tienen ninguna causa grave. Por eso miramos todo en conjunto, no una sola respuesta.',
    facts: ['red-flag-answers'],
  };
  const signsWeCheck: PointContent = {
    text: 'Le preguntamos por su salud y le revisamos la espalda. Buscamos señales de una causa grave, como:',
    items: signs.tier2,
  };
  const mention: PointContent = { text: signs.mention };
  const notForYou =
    'Nuestra guía habla de pruebas de imagen y de esperar. Es para el dolor de espalda sin señales de alarma. Ahora mismo no es para usted.';
  const decisionQuestion = '¿Debo hacerme una prueba de imagen ahora, o esperar y vigilar con un plan?';
  const leadsToMore = 'Una prueba de imagen puede llevar a más visitas y más pruebas. A veces lleva a una operación, sin mejores resultados.';

  return {
    title: 'Dolor de espalda: ¿debo hacerme una prueba de imagen?',
    decisionQuestion,
    sections: {
      condition: {
        heading: 'Sobre el dolor en la parte baja de la espalda',
        points: [
          { text: 'Este dolor se siente entre las costillas de abajo y la parte alta de las piernas.' },
          {
            text: 'La mayoría de las veces no se encuentra una causa concreta, y no hay señales de nada grave. Los médicos lo llaman dolor de espalda “inespecífico”.',
          },
          { text: 'Puede doler mucho. Pero el dolor no significa que su espalda esté dañada.' },
        ],
      },
      decision: {
        heading: 'La decisión',
        points: [
          { text: decisionQuestion },
          { text: 'Hay dos opciones. Esta guía explica las ventajas y las desventajas de cada una, de la misma forma.' },
          {
            text: `La mayoría de las personas con dolor de espalda y sin señales de alarma no necesita una prueba de imagen. Así lo dicen las guías médicas. Pero puede hablarlo con su ${doctor} y decidir juntos.`,
          },
          { text: 'Piense en lo que más le importa. Por ejemplo, tener una respuesta segura ahora, o evitar pruebas de más.' },
        ],
      },
      'natural-history': {
        heading: 'Qué suele pasar con el dolor de espalda',
        points: [
          {
            text: 'En la mayoría de las personas, el dolor de espalda mejora mucho en pocas semanas.',
            facts: ['pain-halves-first-month', 'mean-pain-6-weeks'],
          },
          {
            text: 'La mayoría de las personas vuelve pronto al trabajo y a su vida de siempre.',
            facts: ['back-at-work-2-weeks', 'back-at-work-3-months'],
          },
          { text: 'Algunas personas siguen con algo de dolor después de un año, pero a menudo es leve.', facts: ['recovered-1-year'] },
          {
            text: 'El dolor de espalda a menudo vuelve en algún momento. Cuando vuelve, suele calmarse otra vez.',
            facts: ['another-episode-1-year'],
          },
          { text: 'Seguir en movimiento suele ayudar más que quedarse en la cama.' },
        ],
      },
      'serious-causes': {
        heading: 'Cómo buscamos causas graves sin una prueba de imagen',
        points: [
          seriousRare,
          signsWeCheck,
          mention,
          wholePicture,
          { text: 'Si encontramos una señal de una causa grave, pedimos una prueba de imagen u otras pruebas.' },
        ],
      },
      'checked-today': {
        heading: 'Lo que hemos revisado hoy',
        // The first point is the linked plan's result (checkedToday), put in by the model.
        points: [
          { text: 'Su plan nombra cada señal que hemos revisado. También dice qué señales vigilar a partir de ahora.' },
          seriousRare,
          wholePicture,
        ],
      },
      'looks-for': {
        heading: `Qué busca su ${doctor}`,
        points: [
          {
            text: `Su ${doctor} le pregunta por su salud y le revisa la espalda. Busca señales de una causa grave, como:`,
            items: signs.tier2,
          },
          mention,
          seriousRare,
          wholePicture,
        ],
      },
      'scan-triggers': {
        heading: 'Cuándo haría falta una prueba de imagen',
        points: [
          {
            text: 'Si tiene alguna de estas señales, quizá necesite ya una prueba de imagen u otras pruebas:',
            items: signs.tier1,
            action: signs.actions[1],
          },
          {
            text: 'Si tiene alguna de estas señales, debe ver pronto a un médico. Puede que necesite una prueba de imagen:',
            items: signs.tier2,
            action: signs.actions[2],
          },
          {
            text: 'Si no ha mejorado para su revisión, hablaremos de qué hacer. Una prueba de imagen puede ayudar entonces, si se piensa en una inyección o una operación.',
          },
        ],
      },
      'what-a-scan-shows': {
        heading: 'Qué puede mostrar una prueba de imagen, y qué no',
        points: [
          {
            text: 'Una radiografía muestra los huesos. Un TAC muestra los huesos con más detalle. Una resonancia magnética muestra huesos, discos, nervios y otras partes blandas.',
          },
          { text: 'Una prueba de imagen es una foto de la forma de su espalda. No puede mostrar el dolor, ni de dónde viene.' },
          { text: 'Una prueba de imagen puede ayudar a encontrar causas graves poco comunes, como un hueso roto o una infección.' },
        ],
      },
      'if-scan-finds-something': {
        heading: 'Si la prueba de imagen encuentra algo',
        points: [
          {
            text: 'La mayoría de las pruebas de imagen en adultos muestran algún cambio, como un disco abultado o gastado. Estos cambios también son comunes en personas sin dolor de espalda.',
          },
          { text: 'La mayoría de las veces, no cambia nada. Recibe los mismos consejos y el mismo plan.' },
          { text: 'A veces, lo que se encuentra lleva a más pruebas, o a ver a un especialista de la espalda.' },
          { text: 'De vez en cuando, la prueba encuentra una causa grave que necesita tratamiento.' },
        ],
      },
      'if-scan-finds-nothing': {
        heading: 'Si la prueba de imagen no encuentra nada',
        points: [
          { text: 'Su plan sigue igual.' },
          {
            text: 'A muchas personas, una prueba de imagen normal no les da más calma. El dolor sigue siendo real, y lo más probable sigue siendo que mejore.',
          },
        ],
      },
      'findings-without-pain': {
        heading: 'Cambios que nunca darían problemas',
        points: [
          {
            text: 'Las pruebas de imagen a menudo encuentran cambios que nunca le habrían dado problemas. Son parte normal de hacerse mayor, como las arrugas de la piel.',
          },
          { text: 'Estos cambios son comunes en personas sin ningún dolor de espalda:', findingsByAge: true },
          { text: 'Cuando un cambio tiene nombre, puede costar dejar de preocuparse por él.' },
        ],
      },
      'harms-by-scan-type': {
        heading: 'Desventajas de cada tipo de prueba de imagen',
        points: [
          {
            text: 'Cualquier prueba de imagen puede encontrar cambios normales para su edad. Las palabras del informe pueden asustar.',
            facts: ['report-words-misunderstood'],
          },
          { text: leadsToMore, facts: LEADS_TO_MORE },
          { text: 'Las radiografías de la espalda usan radiación.', facts: [XRAY] },
          { text: 'Un TAC usa más radiación que una radiografía.', facts: [CT] },
          {
            text: 'Una resonancia magnética no usa radiación. Tiene que estar sin moverse un rato dentro de un tubo estrecho y con mucho ruido.',
            facts: [MRI],
          },
          { text: 'La radiación puede aumentar el riesgo de tener cáncer más adelante. Por eso los médicos solo la usan cuando ayuda.' },
        ],
      },
      'pain-is-real': {
        heading: 'Su dolor es real',
        points: [
          { text: 'Su dolor es real. Le creemos.' },
          { text: 'Una prueba de imagen no puede mostrar el dolor, y usted no la necesita para demostrarlo.' },
          { text: 'Muchas personas sin ningún dolor tienen cambios en una prueba de imagen. Por eso la prueba sirve poco para mostrar el dolor.' },
        ],
      },
      'care-without-scan': {
        heading: 'Cómo se elige su tratamiento sin una prueba de imagen',
        points: [
          { text: `Su ${doctor} elige su tratamiento. Para ello, escucha lo que usted le cuenta y le revisa la espalda.` },
          { text: 'Para la mayoría de las personas, el tratamiento sería el mismo, mostrara lo que mostrara la prueba.' },
          { text: 'Una prueba de imagen no es buena para saber de dónde viene el dolor de espalda.' },
          { text: 'Su plan explica los pasos siguientes: qué hacer cada semana, con quién hablar y cuándo veremos cómo está.' },
        ],
      },
      'harms-and-plan': {
        heading: 'Cómo una prueba de imagen ahora puede llevar a más pruebas',
        points: [
          {
            text: 'Muchas personas creen que una prueba de imagen no puede hacer ningún daño. Aquí verá cómo a veces sí puede, y qué le ofrece su plan a cambio.',
          },
          {
            text: 'Una prueba de imagen a menudo encuentra cambios normales para su edad. El informe puede darles nombres que asustan.',
            facts: ['report-words-misunderstood'],
            instead: 'Su plan le explica su dolor de espalda con palabras sencillas.',
          },
          {
            text: leadsToMore,
            facts: LEADS_TO_MORE,
            instead: 'Su plan tiene una fecha para ver cómo está, y señales claras que llevarían a una prueba de imagen.',
          },
          {
            text: 'Esperar una prueba de imagen y su informe puede retrasar su vuelta a la vida normal.',
            instead: 'Su plan le ayuda a volver a moverse desde hoy.',
          },
        ],
      },
      'questions-to-ask': {
        heading: 'Preguntas que puede hacer',
        points: [
          {
            text: `Puede preguntar a su ${doctor}:`,
            items: [
              '¿Qué me ha revisado hoy, y qué ha encontrado?',
              '¿Con una prueba de imagen me tratarían de otra forma?',
              '¿Qué podría salir mal si me hago una prueba de imagen?',
              '¿Qué puedo hacer para que mi espalda mejore?',
              '¿Qué señales indican que debo pedir ayuda antes?',
              '¿Cuándo veremos cómo voy?',
            ],
          },
        ],
      },
    },
    glance: {
      heading: 'Las dos opciones de un vistazo',
      intro: 'Las mismas preguntas, respondidas para las dos opciones.',
      columns: { 'scan-now': 'Hacerse una prueba de imagen ahora', 'wait-and-watch': 'Esperar y vigilar con un plan' },
      rows: {
        'better-sooner': {
          question: '¿Me ayudará a mejorar antes?',
          cells: { same: { text: 'No. Quienes se hacen una prueba de imagen enseguida no mejoran más rápido que quienes esperan.' } },
          both: ['early-scan-no-faster-recovery'],
        },
        cause: {
          question: '¿Mostrará qué me causa el dolor?',
          cells: {
            'scan-now': { text: 'Pocas veces. Una prueba de imagen muestra la forma de su espalda, no el dolor.' },
            'wait-and-watch': { text: `Su ${doctor} ve qué le ayudará. Para ello, escucha lo que usted le cuenta y le revisa la espalda.` },
          },
        },
        serious: {
          question: '¿Podría la prueba encontrar algo grave?',
          cells: {
            'scan-now': { text: 'Sí, si lo hay. Pero las causas graves son raras.' },
            'wait-and-watch': {
              text: `Su ${doctor} busca señales de alarma. Si aparece una, le harán una prueba de imagen u otras pruebas.`,
            },
          },
          both: ['serious-cause'],
        },
        'harmless-findings': {
          question: '¿Podría encontrar cosas que no son un problema?',
          cells: {
            'scan-now': {
              text: 'A menudo. Estos cambios son comunes en personas sin dolor de espalda, y el informe puede preocupar.',
              facts: ['no-pain-abnormal-disc'],
            },
            'wait-and-watch': { text: 'No. Sin prueba de imagen, no hay ningún informe que le preocupe.' },
          },
        },
        radiation: {
          question: '¿Y la radiación?',
          cells: {
            'scan-now': { text: 'Las radiografías y el TAC usan radiación. La resonancia magnética no.', facts: [XRAY, CT] },
            'wait-and-watch': { text: 'No hay radiación.' },
          },
        },
        'what-next': {
          question: '¿Qué podría pasar después?',
          cells: {
            'scan-now': {
              text: 'Más visitas y más pruebas. A veces, una operación, sin mejores resultados.',
              // The trial's two arms together: a compared figure is never shown for one arm only.
              facts: ['xray-more-visits', 'surgery-after-early-mri', 'surgery-after-early-xray'],
            },
            'wait-and-watch': {
              text: 'Usted sigue su plan. Si aparece una señal de alarma, o si no ha mejorado para su revisión, puede que le hagan una prueba de imagen o le envíen a un especialista.',
            },
          },
        },
        'how-soon': {
          question: '¿Cuándo me sentiré mejor?',
          cells: { same: { text: 'La mayoría de las personas está mucho mejor en pocas semanas, con o sin prueba de imagen.' } },
          both: ['pain-halves-first-month', 'back-at-work-2-weeks'],
        },
      },
      leads: {
        thr: {
          text: 'Quizá le preocupe que se pase por alto algo grave. Aquí verá cómo lo buscamos, con o sin prueba de imagen.',
          row: 'serious',
        },
        leg: { text: 'Su dolor es real. Una prueba de imagen no puede mostrar el dolor, y usted no la necesita para demostrarlo.', row: 'cause' },
        nav: { text: 'Quizá se pregunte qué pasa después si no se hace una prueba de imagen. Su plan explica cada paso.', row: 'what-next' },
      },
      bothLabel: 'Igual en las dos opciones:',
      more: 'Leer la guía completa',
      moreInLetter: 'Pídanos la guía completa, con más detalles y más cifras.',
      signsInPlan: 'Las señales de alarma, y qué hacer si aparecen, están en su plan.',
      figuresInPlan: 'Cuántas personas mejoran, y en cuánto tiempo, está en su plan, en “Qué puede esperar”.',
    },
    comparison: {
      heading: 'Sus dos opciones',
      intro: 'Las dos opciones se explican de la misma forma, para que pueda compararlas.',
      sectionHeadings: {
        whatHappens: 'Qué pasa',
        goodPoints: 'Ventajas',
        downsides: 'Desventajas',
        whatItIsLike: 'Cómo es',
      },
      options: {
        'scan-now': {
          title: 'Hacerse una prueba de imagen ahora',
          sections: {
            whatHappens: [
              { text: 'Le hacen una radiografía, un TAC o una resonancia magnética de la parte baja de la espalda.' },
              { text: `Un especialista en pruebas de imagen escribe un informe. Su ${doctor} lo revisa con usted.` },
              { text: 'Después, lo más frecuente es que su tratamiento sea el mismo que sin la prueba.' },
            ],
            goodPoints: [
              { text: 'Algunas personas se sienten más tranquilas durante un tiempo después de la prueba.' },
              { text: 'Si hay una causa grave poco común, la prueba puede ayudar a verla.', facts: ['serious-cause'] },
              { text: 'Ve una imagen de su espalda, y a algunas personas eso les ayuda.' },
            ],
            downsides: [
              { text: 'No le ayuda a mejorar más rápido.', facts: ['early-scan-no-faster-recovery'] },
              { text: 'A menudo encuentra cambios normales para su edad. Estos cambios pueden preocupar.', facts: ['no-pain-abnormal-disc'] },
              { text: leadsToMore, facts: LEADS_TO_MORE },
              { text: 'Las radiografías y el TAC usan radiación. La resonancia magnética no.', facts: [XRAY, CT] },
            ],
            whatItIsLike: [
              { text: 'Puede que tenga que esperar para la prueba, y después para el informe.' },
              { text: 'El informe puede usar palabras como “desgaste” o “degeneración”. Suelen sonar peor de lo que son.' },
              { text: 'Si la prueba no muestra nada, puede que aún se pregunte por qué le duele.' },
            ],
          },
        },
        'wait-and-watch': {
          title: 'Esperar y vigilar con un plan, y hacerse una prueba más tarde si aparece una señal acordada',
          sections: {
            whatHappens: [
              { text: `Su ${doctor} mira si tiene señales de una causa grave.` },
              { text: 'Recibe un plan: cómo cuidar su espalda, qué señales vigilar y una fecha para ver cómo está.' },
              { text: 'Se hace una prueba de imagen más tarde si aparece una señal acordada. También si no mejora como se espera.' },
            ],
            goodPoints: [
              {
                text: 'Tiene la misma probabilidad de mejorar que con una prueba de imagen. La mayoría de las personas está mucho mejor en pocas semanas.',
                facts: ['early-scan-no-faster-recovery', 'pain-halves-first-month'],
              },
              { text: 'Evita la radiación, y los informes que hablan de cambios normales para su edad.' },
              { text: 'Si hace falta, puede hacerse una prueba de imagen más tarde.' },
            ],
            downsides: [
              { text: 'No tiene una imagen de su espalda. A algunas personas les cuesta no saberlo con seguridad.' },
              { text: 'Esperar puede ser duro mientras sigue con dolor.' },
              { text: `Puede sentir que no le toman en serio. Si es así, por favor, dígaselo a su ${doctor}.` },
              {
                text: 'De vez en cuando, una causa grave aparece más tarde, no en la primera visita. Por eso su plan nombra señales que vigilar.',
              },
            ],
            whatItIsLike: [
              { text: 'Sigue con su vida de siempre todo lo que pueda, aunque le duela un poco.' },
              { text: 'Vigila unas pocas señales que acordamos. Y sabe qué hacer si aparece una.' },
              { text: `Tiene ${w.appointment} en una fecha fijada, para ver cómo va.` },
            ],
          },
        },
      },
    },
    emergency: {
      heading: 'Pida ayuda ahora',
      action: signs.actions[1],
      points: [
        'Nos ha dicho que tiene una señal nueva que hay que revisar enseguida.',
        'Puede que necesite una prueba de imagen o que un médico le vea con urgencia. Lo decidirá el equipo que le atienda.',
        'Si puede, cuénteles qué ha notado y cuándo empezó.',
        notForYou,
      ],
      contact,
    },
    planFirst: {
      emergency: {
        heading: 'Hace falta que le atiendan ahora',
        action: signs.underWay,
        points: ['Hoy hemos encontrado una señal que hay que revisar en el hospital enseguida. Su plan dice qué hemos organizado.', notForYou],
      },
      urgent: {
        heading: 'Hace falta que le atiendan hoy',
        action: signs.actions[2],
        points: [
          'Hoy hemos encontrado una señal que hay que revisar pronto. El médico decidirá qué pruebas necesita, como una prueba de imagen.',
          notForYou,
        ],
      },
      referral: {
        heading: 'Primero, su plan',
        action: 'Hemos pedido pruebas para usted, o una cita con un especialista. Su plan dice qué pasa ahora.',
        points: [notForYou],
      },
    },
    checkedToday: {
      all: 'Hoy le hemos preguntado por su salud y le hemos revisado la espalda. Buscábamos señales de una causa grave. No hemos encontrado ninguna.',
      some: 'Hoy le hemos preguntado por su salud y le hemos revisado la espalda. Buscábamos algunas señales de una causa grave. No hemos encontrado ninguna de ellas.',
      found:
        'Hoy hemos encontrado una señal que había que mirar más de cerca. La hemos revisado, y esperar con un plan sigue siendo lo correcto para usted.',
    },
    findingAges: {
      label: 'Elija la edad más cercana a la suya',
      noAge: 'Elija su edad para ver las cifras de las personas de su edad.',
    },
    about: {
      heading: 'Sobre esta información',
      versionLabel: 'Versión',
      publishedLabel: 'Publicada',
      reviewByLabel: 'Se revisará de nuevo antes de',
      evidence:
        'Todas las cifras de esta guía salen de estudios publicados. La lista de fuentes muestra de dónde sale cada cifra y cuándo la revisamos por última vez.',
      status: 'Esto es un borrador. Todavía no se ha probado con pacientes.',
      notAdvice: `Esta guía no sustituye los consejos de su ${doctor}.`,
      statements: aboutStatements,
    },
    sources: {
      heading: 'Fuentes',
      checkedLabel: 'Revisado',
      toBeChecked: 'Por revisar',
    },
  };
}
