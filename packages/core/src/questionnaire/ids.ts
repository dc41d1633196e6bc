/**
 * The ids of the imaging-expectation questionnaire: its belief themes and items, the Tier 1
 * emergency signs, the other items' linkIds and the answer codes. Both the words
 * (content.ts) and the FHIR Questionnaire (definition.ts) are keyed by these.
 */
import { isOneOf } from '../one-of.js';

/** The three belief themes, four draft items each: legitimacy, threat, navigation. */
export const BELIEF_THEMES = ['leg', 'thr', 'nav'] as const;
export type BeliefTheme = (typeof BELIEF_THEMES)[number];

/** The four belief items of each theme, in the order asked. */
export const THEME_ITEMS = {
  leg: ['leg-1', 'leg-2', 'leg-3', 'leg-4'],
  thr: ['thr-1', 'thr-2', 'thr-3', 'thr-4'],
  nav: ['nav-1', 'nav-2', 'nav-3', 'nav-4'],
} as const satisfies Record<BeliefTheme, readonly string[]>;
export type ItemId = (typeof THEME_ITEMS)[BeliefTheme][number];

/** All 12 belief items, theme by theme. */
export const ITEM_IDS: readonly ItemId[] = BELIEF_THEMES.flatMap((theme) => THEME_ITEMS[theme]);

/** The eight Tier 1 emergency signs (docs/evidence.md#tier-1-signs), in the order asked. */
export const TIER1_IDS = [
  'rf1-saddle',
  'rf1-bladder',
  'rf1-bowel',
  'rf1-sexual',
  'rf1-both-legs',
  'rf1-weakness',
  'rf1-injury',
  'rf1-chest',
] as const;
export type Tier1Id = (typeof TIER1_IDS)[number];

/** linkIds of the other items. */
export const EMERGENCY_GROUP_ID = 'emergency-check';
export const EMERGENCY_DISPLAY_ID = 'rf1-emergency';
export const WANT_SCAN_ID = 'want-scan';
export const WORRY_ID = 'worry-text';

/** Agreement codes; a code's position + 1 is its score (sd = 1 … sa = 5). */
export const AGREE_CODES = ['sd', 'd', 'ns', 'a', 'sa'] as const;
export type AgreeCode = (typeof AGREE_CODES)[number];
/** A belief item's score: 1 Strongly disagree … 5 Strongly agree. */
export type Likert = 1 | 2 | 3 | 4 | 5;

export const WANT_SCAN_CODES = ['yes', 'no', 'not-sure'] as const;
export type WantScan = (typeof WANT_SCAN_CODES)[number];

export const isTier1Id = (x: unknown): x is Tier1Id => isOneOf(TIER1_IDS, x);
export const isItemId = (x: unknown): x is ItemId => isOneOf(ITEM_IDS, x);
export const isWantScan = (x: unknown): x is WantScan => isOneOf(WANT_SCAN_CODES, x);

export type ThemeLevel = 'low' | 'mixed' | 'high' | 'not-scored';

/** The longest free-text worry kept, in characters (UTF-16 units, as the box's `maxlength` counts them). */
export const WORRY_MAX_LENGTH = 2000;
