// Sample answers for stories (not a story file: Storybook would list its exports as stories).
import { ITEM_IDS, TIER1_IDS, type Answers, type Likert } from '@scanwise/core';

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
