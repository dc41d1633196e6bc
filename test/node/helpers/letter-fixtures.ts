import { ITEM_IDS, SIGN_IDS, TIER1_IDS, type Answers, type ClinicalDecision, type Plan, type SignId, type SignStatus } from '@scanwise/core';
import type { LetterInput } from '@scanwise/letter';

/** A hostile string: markup, an attribute break-out, an entity and quotes of both kinds. */
export const HOSTILE = `<script>alert(1)</script><img src=x onerror="alert('x')"> & "quotes" 'single' &amp;`;

export const allAbsent = (): Record<SignId, SignStatus> => Object.fromEntries(SIGN_IDS.map((id) => [id, 'absent'])) as Record<SignId, SignStatus>;

export const noEmergency = (): Answers['emergency'] => Object.fromEntries(TIER1_IDS.map((id) => [id, false]));

/** Answers with every theme answered: threat high, the others low. */
export function answers(worry = 'That something serious is being missed.'): Answers {
  return {
    emergency: noEmergency(),
    items: Object.fromEntries(ITEM_IDS.map((id) => [id, id.startsWith('thr') ? 5 : 2])) as Answers['items'],
    wantScan: 'yes',
    worry,
  };
}

/** Each decision a clinician may record after finding a sign, complete. */
export const DECISIONS = {
  emergency: { kind: 'emergency', arranged: 'We called an ambulance to take you to City Hospital.' },
  referral: { kind: 'referral', arranged: 'An MRI scan and blood tests at City Hospital.', by: '2026-11-27' },
  wait: { kind: 'wait', reason: 'Your temperature and blood tests were normal.', review: '2026-11-30' },
} as const satisfies Record<string, ClinicalDecision>;

export function plan(overrides: Partial<Plan> = {}): Plan {
  return {
    redFlags: allAbsent(),
    decision: null,
    rechecked: [],
    selfCare: ['keep-active', 'walking', 'exercises', 'heat', 'work', 'pain-relief', 'stay-positive'],
    selfCareNote: 'Walk for 10 minutes twice a day.',
    goals: ['Pick up my grandchildren'],
    checkIn: '2026-12-07',
    review: '2027-01-04',
    scanTriggers: ['Pain spreads down both legs'],
    practice: { name: 'Riverside Health Centre', phone: '0117 496 0000', clinician: 'Dr Sam Patel' },
    ...overrides,
  };
}

export function input(overrides: Partial<LetterInput> = {}): LetterInput {
  return {
    locale: 'en-GB',
    date: '2026-11-23',
    patient: { name: 'Alex Taylor' },
    practice: { name: 'Riverside Health Centre', address: ['12 River Road', 'Bristol BS1 4XX'], phone: '0117 496 0000' },
    clinician: { name: 'Dr Sam Patel', role: 'GP' },
    answers: answers(),
    plan: plan(),
    include: { questionnaire: true, explainer: 'summary', plan: true },
    ...overrides,
  };
}

/** The text a reader sees: tags and style blocks out, entities decoded, spaces collapsed. */
export function textOf(html: string): string {
  return html
    .replace(/<style[\s\S]*?<\/style>/g, ' ')
    .replace(/<[^>]+>/g, ' ')
    .replace(/&#(\d+);/g, (_, n: string) => String.fromCodePoint(Number(n)))
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&')
    .replace(/\s+/g, ' ');
}
