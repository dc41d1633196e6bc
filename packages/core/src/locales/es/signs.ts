import { AGE_THRESHOLDS, type ServiceContacts, type SignId, type SignText, type SignTier } from '../../plan/signs.js';
import type { EmergencyContact } from '../../questionnaire/content.js';
import { a, type SpanishWords } from './words.js';

/**
 * The red-flag signs in Spanish (es-ES, es-US): a translation of core's plan/signs.ts, same
 * clinical meaning, plain words (docs/evidence.md#red-flag-signs). Regional words come only
 * from `SpanishWords`; ages come from AGE_THRESHOLDS.
 */

const { young, older, fracture } = AGE_THRESHOLDS;

/** Every sign's words: a short label and the patient's "watch for" line. */
export function signWording(w: SpanishWords): Record<SignId, SignText> {
  return {
    // Tier 1 signs (docs/evidence.md#tier-1-signs), the same signs the questionnaire asks about.
    'rf1-saddle': {
      label: 'Adormecimiento o sensación rara nueva en los genitales, las nalgas o la parte interna de los muslos',
      watch:
        'Nota por primera vez adormecimiento, hormigueo o una sensación rara en los genitales, las nalgas o la parte interna de los muslos. O nota algo distinto al limpiarse.',
    },
    'rf1-bladder': {
      label: 'Problemas nuevos para orinar: chorro débil o que no sale, o escapes de orina',
      watch:
        'Tiene problemas nuevos al orinar. Le cuesta empezar, o el chorro es débil o no sale. O no nota la orina al salir, no sabe si tiene la vejiga llena, o se le escapa.',
    },
    'rf1-bowel': {
      label: 'Pérdida nueva del control de las heces o de la sensación al evacuar',
      watch: 'Tiene problemas nuevos con las heces. No las puede aguantar, o no nota cuándo salen.',
    },
    'rf1-sexual': {
      label: 'Cambio nuevo en la función sexual',
      watch: 'Un cambio nuevo en su vida sexual. Siente menos en los genitales, o le cuesta tener una erección o eyacular.',
    },
    'rf1-both-legs': {
      label: 'Dolor, adormecimiento o debilidad en las dos piernas',
      watch: 'Dolor, hormigueo, adormecimiento o debilidad nuevos en las dos piernas. O dolor en una pierna que pasa a las dos.',
    },
    'rf1-weakness': {
      label: 'Debilidad en las piernas que es fuerte o va a peor',
      watch: 'Debilidad en las piernas que es fuerte o va a peor. O, de repente, nota las piernas pesadas o flojas, o le cuesta caminar.',
    },
    'rf1-injury': {
      label: 'Dolor después de una lesión grave, como un accidente de coche',
      watch: 'Dolor de espalda que empieza después de una lesión grave, como un accidente de coche o una caída desde lo alto.',
    },
    'rf1-chest': {
      label: 'Dolor en el pecho además del dolor de espalda',
      watch: 'Dolor en el pecho además de su dolor de espalda.',
    },
    // Tier 2 signs (docs/evidence.md#tier-2-signs).
    'rf2-fever': {
      label: 'Fiebre, escalofríos o sentirse mal. O una infección por bacterias hace poco.',
      watch: 'Tiene fiebre o escalofríos, o se siente mal en general. O ha tenido hace poco una infección por bacterias.',
    },
    'rf2-cancer': {
      label: 'Cáncer en el pasado, y este dolor de espalda es nuevo',
      watch: 'Ha tenido cáncer alguna vez, y este dolor de espalda es nuevo.',
    },
    'rf2-weight': {
      label: 'Pérdida de peso sin una causa clara',
      watch: 'Pierde peso y no sabe por qué.',
    },
    'rf2-immune': {
      label: 'Defensas bajas, o se inyecta drogas',
      watch: 'Tiene las defensas bajas, por ejemplo por algunos medicamentos o por el VIH. O se inyecta drogas.',
    },
    'rf2-fracture-risk': {
      label: `Huesos débiles, pastillas de corticoides durante mucho tiempo, o más de ${fracture} años, con una caída, un golpe o un dolor fuerte y repentino`,
      watch: `Tiene los huesos débiles, toma pastillas de corticoides desde hace mucho tiempo, o tiene más de ${fracture} años. Y sufre una caída, un golpe o un dolor fuerte de repente.`,
    },
    'rf2-lump': {
      label: 'Un bulto o hinchazón en la espalda, o un cambio en su forma',
      watch: 'Un bulto o una hinchazón en la espalda, o su espalda cambia de forma.',
    },
    'rf2-constant': {
      label: 'Dolor todo el tiempo, que no mejora con el reposo, o que empeora por la noche',
      watch: 'Dolor que no se va nunca, que no mejora al descansar o acostarse, o que empeora por la noche.',
    },
    'rf2-cough': {
      label: 'Dolor que empeora al toser o estornudar, o dolor arriba, entre los omóplatos',
      watch: 'Dolor que empeora cuando tose, estornuda o hace fuerza al ir al baño. O dolor sobre todo arriba, entre los omóplatos.',
    },
    // A background risk factor, not a warning sign on its own (docs/evidence.md#background-risk-factors).
    'rf2-age': {
      label: `Dolor de espalda nuevo antes de los ${young} años o después de los ${older}`,
      watch: `Si tiene menos de ${young} años o más de ${older}, y este tipo de dolor de espalda es nuevo para usted, dígaselo a su ${w.doctor}.`,
    },
  };
}

/**
 * What to do for each tier, with the services given: one wording for the plan's safety net,
 * the explainer's lists and the letters. "llame al {number}" reads well with a number ("llame
 * al 112") and with the unknown-region wording ("llame al número de emergencias de su zona").
 */
export function signActions(w: SpanishWords, services: ServiceContacts): Record<SignTier, string> {
  const { number, service } = services.emergency;
  return {
    1: `Vaya ${a(service)} o llame al ${number} ahora. No espere a ${w.appointment}.`,
    2: w.urgentAction(services.urgent),
  };
}

/** The action beside an emergency referral the clinician has already arranged. */
export function emergencyUnderWay({ number, service }: EmergencyContact): string {
  return `Si esto aún no está en marcha, vaya ${a(service)} o llame al ${number} ahora.`;
}
