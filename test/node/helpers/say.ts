/**
 * What a test looks for in each language, written out by hand (never read from the packs, so a
 * pack that loses or changes a clinical phrase fails): headings, the phrases that carry a
 * clinical rule, and the words a rule forbids. One row per language in the registry; a new
 * language adds its row here, and every table-driven test then runs for it.
 */
export interface Say {
  /** The emergency heading of the explainer and the plan. */
  getHelpNow: string;
  /** "You need to be seen today", anywhere in a text. */
  seenToday: RegExp;
  /** "You need to be seen now". */
  seenNow: RegExp;
  /** The emergency guidance's "a scan or an urgent check". */
  urgentCheck: RegExp;
  /** A mention of radiation or a dose. */
  radiation: RegExp;
  /** Words that would size a risk the figures do not size (small, tiny, safe…). */
  sizeWords: RegExp;
  /** "Go to" before an emergency service. */
  goTo: string;
  /** The Tier 1 action with a service and a number, from its start. */
  emergencyAction: (service: string, number: string) => RegExp;
  /** The emergency number worded for a reader whose region is not known (no number guessed). */
  localNumber: string;
  /** Both tiers' actions for a reader whose region is not known, in the language's first locale. */
  unknownRegion: { tier1: string; tier2: string };
  /** "call {number} now", anywhere. */
  callNow: (number: string) => RegExp;
  /** Pain relief as NICE NG59 words it (ibuprofen, an anti-inflammatory, if safe, ask a pharmacist). */
  painRelief: RegExp[];
  /** The words around an age threshold in a sign ("under 20", "over 50"). */
  ageWords: RegExp;
  /** The most words the plan's opening card may have besides the clinician's own (issue #12). */
  cardWords: number;
  /** A page's and a plan's own services, in this language. */
  overrides: { pageService: string; pageLine: string; planPlace: string };
}

/** "a" before a Spanish noun phrase, with "a el" joined into "al". */
const a = (phrase: string) => (/^el\s/.test(phrase) ? `al ${phrase.slice(3)}` : `a ${phrase}`);
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

export const SAY: Record<'en' | 'es', Say> = {
  en: {
    getHelpNow: 'Get help now',
    seenToday: /need to be seen today/i,
    seenNow: /need to be seen now/i,
    urgentCheck: /scan or an urgent check/,
    radiation: /radiation|dose/i,
    sizeWords: /\b(small|tiny|low|large|huge|slight(ly)?|minimal|negligible|safe)\b/i,
    goTo: 'Go to',
    emergencyAction: (service, number) => new RegExp(`^Go to ${escape(service)} or call ${escape(number)} now\\.`),
    localNumber: 'your local number for an ambulance',
    unknownRegion: {
      tier1: 'Go to the nearest hospital or call your local number for an ambulance now. Do not wait for a GP appointment.',
      tier2: 'Call your GP practice or get an urgent appointment today.',
    },
    callNow: (number) => new RegExp(`call ${escape(number)} now`),
    painRelief: [/ibuprofen/i, /anti-inflammatory/, /safe for you/, /pharmacist/],
    ageWords: /under|over/,
    cardWords: 110,
    overrides: { pageService: 'the emergency department', pageLine: 'healthdirect', planPlace: 'a same-day clinic' },
  },
  es: {
    getHelpNow: 'Pida ayuda ahora',
    seenToday: /que le atiendan hoy/i,
    seenNow: /que le atiendan ahora/i,
    urgentCheck: /prueba de imagen o que un médico le vea con urgencia/,
    radiation: /radiaci[oó]n|dosis/i,
    sizeWords: /\b(pequeñ[oa]s?|diminut[oa]s?|baj[oa]s?|grandes?|enorme|leve|mínim[oa]|insignificante|segur[oa]s?)\b/i,
    goTo: 'Vaya a',
    emergencyAction: (service, number) => new RegExp(`^Vaya ${escape(a(service))} o llame al ${escape(number)} ahora\\.`),
    localNumber: 'número de emergencias de su zona',
    unknownRegion: {
      tier1: 'Vaya al hospital más cercano o llame al número de emergencias de su zona ahora. No espere a una cita con su médico.',
      tier2: 'Llame a su consultorio médico o vaya a una consulta urgente hoy.',
    },
    callNow: (number) => new RegExp(`llame al ${escape(number)} ahora`),
    painRelief: [/ibuprofeno/i, /antiinflamatorio/, /seguro para usted/, /farmacia/],
    ageWords: /menos de|más de|antes de|después de/,
    // Spanish takes about a sixth more words than English for the same content.
    cardWords: 130,
    overrides: { pageService: 'el servicio de urgencias', pageLine: 'la línea de salud', planPlace: 'una consulta sin cita' },
  },
};

/** The row for a locale's language. */
export const say = (locale: string): Say => SAY[locale.split('-')[0] as keyof typeof SAY];

/**
 * Each registry locale's own services and what its safety net says with them, written out:
 * the clinical table every component and letter is tested against.
 */
export const SERVICES = {
  'en-GB': {
    number: '999',
    service: 'A&E',
    line: 'NHS 111',
    place: 'an urgent GP appointment',
    tier1: 'Go to A&E or call 999 now. Do not wait for a GP appointment.',
    tier2: 'Call NHS 111 or get an urgent GP appointment today.',
    paracetamol: /Paracetamol on its own is not advised/,
  },
  'en-US': {
    number: '911',
    service: 'the emergency room',
    line: "your doctor's office",
    place: 'urgent care',
    tier1: "Go to the emergency room or call 911 now. Do not wait for a doctor's appointment.",
    tier2: "Call your doctor's office or go to urgent care today.",
    paracetamol: /Acetaminophen \(Tylenol\) on its own is not advised/,
  },
  'es-US': {
    number: '911',
    service: 'la sala de emergencias',
    line: 'el consultorio de su médico',
    place: 'un centro de atención de urgencia',
    tier1: 'Vaya a la sala de emergencias o llame al 911 ahora. No espere a una cita con su médico.',
    tier2: 'Llame al consultorio de su médico o vaya a un centro de atención de urgencia hoy.',
    paracetamol: /no se aconseja tomar solo acetaminofén \(Tylenol\)/,
  },
  'es-ES': {
    number: '112',
    service: 'urgencias',
    line: 'su centro de salud',
    place: 'una cita urgente con su médico de familia',
    tier1: 'Vaya a urgencias o llame al 112 ahora. No espere a una cita con su médico de familia.',
    tier2: 'Llame a su centro de salud o pida una cita urgente con su médico de familia para hoy.',
    paracetamol: /no se aconseja tomar solo paracetamol/,
  },
} as const;
