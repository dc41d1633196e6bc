/**
 * A new plan and its default timing (docs/evidence.md#review-timing), and the date arithmetic plans need.
 */
import { isIsoDate, todayIso } from '../dates.js';
import { SIGN_IDS, type SelfCareId, type SignId, type SignStatus } from './catalog.js';
import type { Plan } from './types.js';

/** Default timing (docs/evidence.md#review-timing): check-in at about 2 weeks, review at 4–6 weeks. */
export const CHECK_IN_DAYS = 14;
export const REVIEW_DAYS = 42;
/**
 * A review further ahead than this is flagged (12 weeks: the end of the subacute phase;
 * docs/evidence.md#review-timing).
 */
export const MAX_REVIEW_DAYS = 84;

/** The self-care steps a new plan starts with: the advice meant for everyone (docs/evidence.md#self-care-steps). */
export const DEFAULT_SELF_CARE: readonly SelfCareId[] = ['keep-active', 'walking', 'exercises', 'heat'];

const DAY_MS = 86_400_000;

/** The date `days` after an ISO date. */
export function addDays(iso: string, days: number): string {
  return new Date(Date.parse(iso) + days * DAY_MS).toISOString().slice(0, 10);
}

/** Whole days from one ISO date to another (negative when `to` is earlier). */
export const daysBetween = (from: string, to: string) => Math.round((Date.parse(to) - Date.parse(from)) / DAY_MS);

/** `today` when it is a real ISO date, else the current date (UTC). */
export const safeToday = (today: unknown): string => (isIsoDate(today) ? today : todayIso());

/** A new plan: nothing checked yet (every sign `not-asked`), check-in in 14 days, review in 42. */
export function defaultPlan(today: string): Plan {
  const start = safeToday(today);
  return {
    redFlags: Object.fromEntries(SIGN_IDS.map((id) => [id, 'not-asked'])) as Record<SignId, SignStatus>,
    decision: null,
    rechecked: [],
    selfCare: [...DEFAULT_SELF_CARE],
    selfCareNote: '',
    goals: [],
    checkIn: addDays(start, CHECK_IN_DAYS),
    review: addDays(start, REVIEW_DAYS),
    scanTriggers: [],
    practice: { name: '', phone: '', clinician: '' },
  };
}
