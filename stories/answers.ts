// Sample answers for stories (not a story file: Storybook would list its exports as stories).
import { ITEM_IDS, TIER1_IDS, type Answers, type Likert, type Tier1Id } from '@scanwise/core';

export const noSigns = Object.fromEntries(TIER1_IDS.map((id) => [id, false]));

/** Answers where each theme's four items get one value (1–5), no emergency sign, "yes" to a scan. */
export function answersFor(leg: Likert, thr: Likert, nav: Likert, extra: Partial<Answers> = {}): Answers {
  const value = { leg, thr, nav } as const;
  return {
    emergency: noSigns,
    items: Object.fromEntries(ITEM_IDS.map((id) => [id, value[id.slice(0, 3) as keyof typeof value]])),
    wantScan: 'yes',
    ...extra,
  };
}

/** Answers as answersFor, where the patient also said yes to these emergency (Tier 1) signs. */
export function answersReporting(signs: readonly Tier1Id[], leg: Likert = 2, thr: Likert = 2, nav: Likert = 2): Answers {
  return answersFor(leg, thr, nav, { emergency: { ...noSigns, ...Object.fromEntries(signs.map((id) => [id, true])) } });
}
