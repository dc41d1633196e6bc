/**
 * What every section builder reads (sections/*.ts): the plan, already checked, with its words
 * and services for one locale; and the small pieces several sections share.
 */
import type { Locale } from '../../locales/registry.js';
import { isBackground, SIGN_IDS, tierOf, type PlanCatalog, type ServiceContacts, type SignId, type SignTier } from '../catalog.js';
import type { DateLine, Plan, PlanSection, PlanSectionId, SignLine } from '../types.js';

export interface SectionContext {
  /** The plan, valid (see `soundPlan`). */
  plan: Plan;
  locale: Locale;
  /** The plan's words in `locale`. */
  t: PlanCatalog;
  /** The services to name: the locale's, with the page's and the plan's overrides. */
  services: ServiceContacts;
  /** An ISO date in the locale's style, e.g. "7 December 2026". */
  date: (iso: string) => string;
}

/** The section of a model with this id, typed. */
export type Section<K extends PlanSectionId> = Extract<PlanSection, { id: K }>;

/** A sign, worded for where it is shown. */
export const signLine = (id: SignId, text: string): SignLine => ({ id, tier: tierOf(id), text });

/** The signs the review found: present, and not a background risk factor (age). */
export const foundSigns = (plan: Plan): SignId[] => SIGN_IDS.filter((id) => plan.redFlags[id] === 'present' && !isBackground(id));

/** What to do if a sign of this tier comes: call the emergency number, or get help today. */
export const tierAction = ({ t, services }: SectionContext, tier: SignTier): string =>
  tier === 1 ? t.emergencyAction(services.emergency) : t.urgentAction(services.urgent);

/** A date with its label and text, e.g. the review. */
export const dateLine = ({ date }: SectionContext, iso: string, words: { label: string; text: string }): DateLine => ({
  iso,
  formatted: date(iso),
  ...words,
});
