import { unknownRegionServices } from './services.js';
import type { TextLimitWords } from '../../i18n/text-limit.js';
import type { PlanCatalog } from '../../plan/catalog.js';
import type { ServiceContacts, SignTier, UrgentContact } from '../../plan/signs.js';
import type { EmergencyContact } from '../../questionnaire/content.js';
import { emergencyUnderWay, signActions, signWording } from './signs.js';
import { a, type SpanishWords } from './words.js';

/**
 * The watchful-waiting plan in Spanish (es-ES, es-US): a translation of core's `buildCatalog`
 * (plan/catalog.ts), same clinical meaning, plain words for the patient. Regional words come
 * only from `SpanishWords`; no figure is typed here (the recovery figures come from the
 * evidence registry). The clinician's form (`edit`) may be more technical.
 */

const lowerFirst = (s: string) => `${s[0]!.toLowerCase()}${s.slice(1)}`;
const upperFirst = (s: string) => `${s[0]!.toUpperCase()}${s.slice(1)}`;

/** Numbers in the language's style (Intl's "es": "2000", "20.000"), as the questionnaire UI writes them. */
/** Every word of the watchful-waiting plan in a Spanish locale. Functions fill in dates and services. */
export function plan(w: SpanishWords, limit: TextLimitWords): PlanCatalog {
  const services: ServiceContacts = { emergency: w.emergency, urgent: w.urgent };
  const emergencyAction = (emergency: EmergencyContact) => signActions(w, { emergency, urgent: services.urgent })[1];
  const urgentAction = (urgent: UrgentContact) => signActions(w, { emergency: services.emergency, urgent })[2];
  const tiers: Record<SignTier, { heading: string; when: string }> = {
    1: { heading: 'Pida ayuda ahora', when: 'Si tiene dolor de espalda y al menos una de estas señales:' },
    2: { heading: 'Pida ayuda hoy', when: 'Si tiene dolor de espalda y alguna de estas señales:' },
  };

  return {
    title: 'Su plan para el dolor de espalda',
    signs: signWording(w),
    selfCare: {
      'keep-active': {
        title: 'Siga en movimiento',
        brief: 'Haga un poco más cada día.',
        why: 'Moverse ayuda a que el dolor de espalda mejore antes que quedarse en la cama.',
        hints: {
          'first-days': 'Siga con sus tareas diarias lo mejor que pueda. Descanse ratos cortos si lo necesita, pero no se quede en la cama.',
          'until-check-in': 'Haga un poco más cada día. Es normal que le duela algo al moverse. No quiere decir que se esté haciendo daño.',
          'until-review': 'Vuelva poco a poco a todas sus actividades de siempre.',
        },
      },
      walking: {
        title: 'Camine todos los días',
        brief: 'Llegue un poco más lejos cada día.',
        why: 'Caminar es una forma sencilla y segura de seguir en movimiento.',
        hints: {
          'first-days': 'Dé paseos cortos varias veces al día.',
          'until-check-in': 'Camine un poco más lejos o un poco más de tiempo cada día.',
          'until-review': 'Intente caminar tanto como antes de tener dolor de espalda.',
        },
      },
      exercises: {
        title: 'Haga ejercicio y estire la espalda',
        brief: 'Empiece con suavidad, con lo que le resulte cómodo.',
        why: 'El ejercicio suave ayuda a que la espalda se mueva mejor. Nadar, el yoga o el pilates también pueden ayudar.',
        hints: {
          'first-days': 'Pruebe a estirarse con suavidad, solo lo que le siente bien.',
          'until-check-in': `Añada unos ejercicios fáciles para la espalda. Pida a su ${w.doctor} o a un ${w.physio} que le enseñe algunos.`,
          'until-review': 'Pruebe algo que le guste, como nadar, yoga o pilates.',
        },
      },
      heat: {
        title: 'Pruebe el calor o el frío',
        brief: 'Úselo ratos cortos, si le ayuda.',
        why: 'Una bolsa de calor o de frío puede aliviar el dolor durante un rato.',
        hints: {
          'first-days':
            'Use una almohadilla de calor, una bolsa de agua caliente o una bolsa de frío durante ratos cortos. Envuélvala en una toalla para no dañar la piel.',
          'until-check-in': 'Use calor o frío antes de moverse o de hacer ejercicio, si le ayuda.',
          'until-review': 'Siga con ello si le ayuda a moverse más.',
        },
      },
      work: {
        title: 'Siga trabajando, o vuelva pronto',
        brief: 'No hace falta que ya no tenga dolor.',
        why: 'Trabajar, aunque tenga algo de dolor, suele ayudarle a mejorar. No hace falta que ya no tenga dolor para volver.',
        hints: {
          'first-days': 'Si puede, siga trabajando. Pregunte si puede hacer tareas más ligeras durante un tiempo.',
          'until-check-in': `Si ha dejado de ir al trabajo, planee su vuelta con su jefe. ${w.workNote}`,
          'until-review': 'Vuelva poco a poco a su horario y sus tareas de siempre.',
        },
      },
      'pain-relief': {
        title: 'Use con cuidado los medicamentos para el dolor',
        brief: 'Pregunte en la farmacia qué es seguro para usted.',
        why: 'Los medicamentos para el dolor pueden ayudarle a seguir en movimiento. No curan la causa, y solo ayudan un poco.',
        hints: {
          'first-days':
            'El ibuprofeno puede ayudar, si es seguro para usted. Es un antiinflamatorio que calma el dolor. Pregunte antes en la farmacia.',
          'until-check-in': `Tome la dosis más baja que le sirva, durante el menor tiempo posible. Para el dolor de espalda no se aconseja tomar solo ${lowerFirst(w.paracetamol)}.`,
          'until-review': `Intente tomar menos a medida que mejore. Si todavía los necesita, hable con su ${w.doctor}.`,
        },
      },
      'stay-positive': {
        title: 'Confíe en que va a mejorar',
        brief: 'La mayoría de los dolores de espalda mejoran mucho en pocas semanas.',
        why: 'La mayoría de los dolores de espalda mejoran mucho en pocas semanas. Las personas que esperan mejorar suelen mejorar antes.',
        hints: {
          'first-days': 'El dolor no quiere decir que su espalda esté dañada. Que duela no significa que haya daño.',
          'until-check-in': 'Fíjese en las cosas que ya puede hacer y que al principio no podía.',
          'until-review': 'Puede tener días con más dolor. Suelen pasar, así que siga con su plan.',
        },
      },
    },
    services,
    emergencyAction,
    urgentAction,
    needsToBeSeen: {
      emergency: {
        heading: 'Hace falta que le atiendan ahora',
        reason: 'Hay que ver esto en el hospital ya. Allí verán qué pruebas necesita, como una prueba de imagen.',
      },
      urgent: {
        heading: 'Hace falta que le atiendan hoy',
        reason: 'Esto hay que revisarlo hoy. El médico decidirá qué pruebas necesita, como una prueba de imagen.',
      },
      found: 'Lo que hemos encontrado:',
      reported: 'Lo que usted nos ha dicho:',
      arranged: 'Lo que hemos organizado para usted:',
      underWay: emergencyUnderWay,
    },
    glance: {
      heading: 'Su plan de un vistazo',
      arranged: { label: 'Lo que hemos organizado para usted', text: 'Debería hacerse, como muy tarde, el:' },
      // "tres": the model's GLANCE_STEPS.
      steps: { all: 'Qué hacer', first: 'Los tres pasos más importantes' },
      help: {
        heading: 'Cuándo pedir ayuda',
        when: {
          1: `Si tiene una señal de “${tiers[1].heading}”:`,
          2: `Si tiene una señal de “${tiers[2].heading}”:`,
        },
      },
    },
    arranged: {
      heading: 'Qué pasa ahora',
      intro: 'Hoy hemos encontrado una señal que hay que mirar más de cerca. Por eso hemos organizado esto para usted:',
      by: (date) => `Debe ser el ${date} o antes.`,
      chase: `Si para entonces no sabe nada, llame a su ${w.practice}.`,
    },
    earlyReview: {
      heading: 'Por qué esperar sigue siendo lo correcto para usted',
      intro: 'Hoy hemos encontrado una señal que había que mirar más de cerca:',
      reasonIntro: 'La hemos revisado. Por esto es seguro esperar:',
      next: (date) => `Le veremos antes, el ${date}. Si empeora antes de esa fecha, no espere. Siga las señales de alarma de este plan.`,
    },
    safetyNet: {
      heading: 'Señales de alarma que debe vigilar',
      intro: 'Guarde esta lista. Estas señales son raras, pero si tiene una, actúe enseguida.',
      whileWaiting: 'Mientras espera a que le atiendan, vigile también estas señales.',
      tiers,
    },
    checked: {
      heading: 'Lo que hemos revisado hoy',
      intro: 'Hemos buscado señales de una causa grave del dolor de espalda.',
      status: { found: 'Lo hemos encontrado', noted: 'Lo hemos anotado', absent: 'Revisado: no encontrado', 'not-asked': 'No revisado hoy' },
      groups: {
        found: 'Hemos encontrado:',
        noted: 'Hemos anotado esto. Por sí solo, no es una señal de alarma:',
        absent: 'Hemos buscado estas señales y no las hemos encontrado:',
        'not-asked': 'Hoy no hemos revisado estas:',
      },
      summary: {
        all: 'Hemos buscado todas las señales de alarma de este plan y no hemos encontrado ninguna.',
        some: 'No hemos encontrado ninguna de las señales que hemos buscado.',
        none: 'Hoy no se anotó ninguna de estas señales como revisada.',
        found: 'En este plan está lo que hemos decidido sobre lo que encontramos.',
      },
    },
    recovery: {
      heading: 'Qué puede esperar',
      intro:
        'La mayoría de los dolores de espalda mejoran mucho por sí solos. Esto dicen los estudios sobre las personas con un dolor de espalda nuevo.',
    },
    steps: {
      heading: 'Su plan, paso a paso',
      intro: 'Estos son los pasos que hemos acordado. Es normal que le duela un poco al hacerlos.',
      phase: (phase, { checkIn, review }) =>
        ({
          'first-days': 'Desde hoy',
          'until-check-in': `Hasta su control, el ${checkIn}`,
          'until-review': `Desde su control hasta su revisión, el ${review}`,
        })[phase],
      noteHeading: 'Otros consejos para usted',
    },
    dates: {
      heading: 'Sus fechas',
      early: { label: 'Su revisión adelantada', text: 'Volvemos a revisar la señal que hemos encontrado hoy.' },
      checkIn: { label: 'Su control', text: 'Fíjese en cómo va su espalda. ¿Está mejorando?' },
      review: { label: 'Su revisión', text: `Acuda a su ${w.doctor} o ${w.physio} para hablar de cómo va.` },
      atReview:
        'En la revisión, vemos cómo está y acordamos con usted los siguientes pasos. Si para entonces ya está bien, puede llamar para cancelarla.',
    },
    routineReview: {
      heading: 'Cuándo pedir cita antes',
      intro: `Pida una cita normal con su ${w.doctor} o un ${w.physio} si:`,
      items: (checkIn) => [
        `su espalda no está claramente mejor en su control, el ${checkIn}`,
        'todavía le limita en lo que puede hacer después de un mes más o menos',
        'el dolor no le deja hacer sus actividades diarias',
        'le cuesta llevarlo bien',
      ],
    },
    scanTriggers: {
      heading: 'Cuándo volveríamos a pensar en una prueba de imagen',
      intro: 'Volveríamos a pensar en una prueba de imagen o en enviarle a otro profesional si:',
      defaults: (review) => ['tiene alguna de las señales de alarma de este plan', `no ha mejorado para su revisión, el ${review}`],
    },
    goals: { heading: 'Sus objetivos', intro: 'Lo que quiere volver a hacer:' },
    contacts: {
      heading: 'A quién contactar',
      practice: (name) => `Su ${w.practice}: ${name}`,
      phone: (phone) => `Teléfono: ${phone}`,
      clinician: (name) => `Le atendió: ${name}`,
      emergency: ({ number, service }) => `Emergencias: llame al ${number} o vaya ${a(service)}.`,
      urgent: (c) => `Si necesita ayuda el mismo día, ${lowerFirst(urgentAction(c))}`,
    },
    tailoring: {
      threat: 'Primero, esto es lo que hemos revisado hoy y las señales que debe vigilar. Si tiene alguna, sabrá qué hacer.',
      navigation: 'Aquí tiene sus próximos pasos y sus fechas, para que sepa qué pasa después.',
      legitimacy: {
        heading: 'Un informe escrito de su consulta',
        intro: 'Puede enseñarlo en su trabajo o a su familia.',
        statement: ({ date, clinician, practice, coverage, found, checkIn, review }) => {
          const who = clinician || `su ${w.doctor}`;
          const where = practice ? ` en ${practice}` : '';
          const checks = found
            ? 'Buscamos señales de una causa grave. Encontramos una y la miramos con cuidado. Acordamos que esperar sigue siendo lo correcto.'
            : {
                all: 'Buscamos señales de una causa grave. No había ninguna.',
                some: 'Buscamos algunas señales de una causa grave. No había ninguna.',
                none: '',
              }[coverage];
          return [
            `El ${date}, ${who}${where} le atendió por su dolor de espalda.`,
            'Su dolor es real, y le creemos.',
            checks,
            found
              ? ''
              : 'El diagnóstico es dolor lumbar inespecífico: dolor en la parte baja de la espalda sin una causa concreta. Es el tipo más común de dolor de espalda.',
            'No hace falta una prueba de imagen para demostrar que su dolor es real.',
            `Acordamos un plan para ayudarle a volver a la normalidad. Tiene un control el ${checkIn} y una revisión el ${review}.`,
          ].filter(Boolean);
        },
      },
    },
    ui: {
      addToCalendar: 'Guarde sus fechas en su calendario',
      calendarHint: 'Esto guarda un archivo con las fechas de su control y su revisión. Su calendario le avisará el día antes.',
      showAllSigns: 'Ver todas las señales que hemos buscado',
      problemHeading: 'Algunas partes de este plan no se han podido usar. Se muestra el resto.',
    },
    unknownRegionServices: unknownRegionServices(w),
    edit: {
      heading: 'Preparar el plan',
      intro:
        'El paciente ve el plan en palabras sencillas. Si marca una señal como presente, se le pedirá su decisión, y el paciente verá esa decisión.',
      redFlags: {
        legend: 'Revisión de señales de alarma',
        hint: 'Registre cada señal. "No preguntado" se muestra al paciente como "no revisado hoy", nunca como "no encontrado".',
        tiers: {
          1: 'Nivel 1: señales de emergencia (actuar ya)',
          2: 'Nivel 2: señales para atender el mismo día',
          background: 'Factor de riesgo de fondo (solo se anota)',
        },
        backgroundHint: 'Se registra para la revisión. Por sí solo nunca hace urgente el plan, y no está en las señales de alarma del paciente.',
        status: { absent: 'Revisado: ausente', present: 'Presente', 'not-asked': 'No preguntado' },
        rechecked: 'Preguntado de nuevo: ausente',
        conflict:
          'El paciente respondió que sí a esto en el cuestionario. Regístrelo como presente, o pregunte de nuevo y registre "Preguntado de nuevo: ausente".',
      },
      triage: {
        emergency:
          'Hay una señal de nivel 1 presente: es una derivación de emergencia. Escriba lo que ha organizado. El paciente lo verá, y se le dirá que llame ahora al número de emergencias si aún no está en marcha.',
        urgent: 'Hay una señal de nivel 2 presente. Registre su decisión abajo. Hasta entonces, el paciente verá el consejo de que le atiendan hoy.',
        referral:
          'Hay una señal de nivel 2 presente, y se han pedido pruebas o una derivación. El paciente verá lo que ha organizado, los pasos para cuidarse en casa y las señales de alarma.',
        'early-review':
          'Hay una señal de nivel 2 presente, y esperar sigue siendo lo correcto. El paciente verá el plan con su motivo y la revisión adelantada.',
        conflict:
          'El paciente indicó en el cuestionario una señal de emergencia que esta revisión no registra como presente. Hasta que la registre, el paciente verá el consejo de emergencia.',
      },
      decision: {
        legend: 'Su decisión',
        kinds: {
          emergency: 'Derivación de emergencia',
          referral: 'Pruebas o derivación pedidas',
          wait: 'Valorado: esperar sigue siendo lo correcto',
        },
        arranged: 'Lo que ha organizado (el paciente lo ve)',
        arrangedHint:
          'En palabras sencillas, por ejemplo: "Hemos llamado a una ambulancia para llevarle al hospital" o "Una resonancia magnética en el Hospital Central".',
        by: 'Fecha límite',
        reason: 'Lo que ha comprobado, y por qué esperar sigue siendo seguro (el paciente lo ve)',
        reasonHint: 'En palabras sencillas, por ejemplo: "Su temperatura y sus análisis de sangre eran normales."',
        review: 'Revisión adelantada',
        reviewHint: 'Normalmente a los 7 días, y no más tarde de 14.',
      },
      selfCare: {
        legend: 'Pasos para cuidarse en casa',
        note: 'Sus propios consejos (opcional)',
        noteHint: 'El paciente lo ve como "Otros consejos para usted".',
      },
      goals: { label: 'Los objetivos del paciente', hint: 'Uno por línea, con sus palabras: lo que quiere volver a hacer.' },
      dates: {
        legend: 'Fechas',
        checkIn: 'Control',
        review: 'Revisión',
        hint: 'Normalmente un control a las 2 semanas más o menos, y una revisión entre las 4 y las 6 semanas.',
      },
      scanTriggers: {
        label: 'Qué le haría pedir una prueba de imagen o una derivación',
        hint: 'Uno por línea. Déjelo vacío para mostrar la lista estándar.',
      },
      practice: {
        legend: `${upperFirst(w.practice)} y profesional sanitario`,
        name: `Nombre del ${w.practice}`,
        phone: 'Teléfono',
        clinician: 'Profesional sanitario',
      },
      warningsHeading: 'Revise esto antes de compartir el plan',
      errorsHeading: 'Corrija esto antes de compartir el plan',
      limit,
    },
    ical: {
      calendarName: 'Plan para el dolor de espalda',
      earlyReviewSummary: 'Dolor de espalda: revisión antes',
      earlyReviewText: `Vuelva a ver a su ${w.doctor} por la señal que encontramos, como acordamos.`,
      checkInSummary: 'Dolor de espalda: control',
      reviewSummary: 'Dolor de espalda: revisión',
      checkInText: `Fíjese en cómo va su espalda. Si no está claramente mejor, pida una cita normal con su ${w.doctor} o ${w.physio}.`,
      reviewText: `Acuda a su ${w.doctor} o ${w.physio} para hablar de cómo va su espalda.`,
      contact: (practice, phone) => `Contacto: ${[practice, phone].filter(Boolean).join(', ')}.`,
      warning: (c) =>
        `No espere a esta fecha si tiene una señal de alarma de su plan. Para las señales que necesitan ayuda ahora: ${lowerFirst(emergencyAction(c))}`,
      alarm: (summary) => `Mañana: ${summary}`,
    },
  };
}
