import type { AgreeCode, ItemId, Tier1Id, WantScan } from './ids.js';

/** Where to send someone with an emergency sign: the number to call and the place to go. */
export interface EmergencyContact {
  /** The phone number, e.g. "999" or "911". */
  number: string;
  /** The place, worded to follow "Go to", e.g. "A&E" or "the emergency room". */
  service: string;
}

/**
 * Every word of the imaging-expectation questionnaire, in one locale: the belief items, and an
 * emergency self-check of the Tier 1 signs only (docs/evidence.md#tier-1-signs).
 *
 * The belief items are our own wording (CC BY 4.0). They are a DRAFT and UNVALIDATED:
 * not yet through cognitive interviews, content validity or test–retest checks.
 * Plain language and short sentences: each locale's text reads at grade 6 or lower as a whole,
 * and each string at grade 8 or lower (test/node/questionnaire.test.ts). No reverse-coded items.
 * The emergency questions each ask about something new, because long-standing symptoms
 * are not an emergency sign in themselves.
 */
export interface QuestionnaireContent {
  /** The title patients see. */
  title: string;
  /** The question above the belief items. */
  stem: string;
  /** Says once what "scan" means. */
  scanHelp: string;
  /** The 5-point agreement scale, 1 (sd) to 5 (sa). */
  scale: Record<AgreeCode, string>;
  /** The 12 belief statements. */
  items: Record<ItemId, string>;
  emergency: {
    /** The heading of the emergency self-check, shown before its questions. */
    intro: string;
    /** One yes/no question per Tier 1 sign. */
    signs: Record<Tier1Id, string>;
    yes: string;
    no: string;
    /** The locale's emergency number and service. Deployers can override either. */
    contact: EmergencyContact;
    /** What to do after any "yes", worded around an emergency contact. */
    instructions: (contact: EmergencyContact) => string;
  };
  wantScan: { question: string; options: Record<WantScan, string> };
  worry: { question: string; hint: string };
}

/** A contact with the number or service given instead of its own; a blank one keeps its own. */
export function withContact(own: EmergencyContact, given: Partial<EmergencyContact> = {}): EmergencyContact {
  return { number: given.number?.trim() || own.number, service: given.service?.trim() || own.service };
}
