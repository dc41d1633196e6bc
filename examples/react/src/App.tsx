import { defaultPlan, type ExpectationProfile, type Plan, type QuestionnaireResponse } from '@scanwise/core';
import type { SdmImagingQuestionnaire as QuestionnaireElement } from '@scanwise/elements';
import { SdmBenefitsHarms, SdmImagingQuestionnaire, SdmWatchfulWaitingPlan } from '@scanwise/react';
import { useRef, useState } from 'react';

/** Where the answers go: your portal's own FHIR server (here, the page's own origin). */
async function saveResponse(response: QuestionnaireResponse): Promise<void> {
  await fetch('/fhir/QuestionnaireResponse', {
    method: 'POST',
    headers: { 'content-type': 'application/fhir+json' },
    body: JSON.stringify(response),
  });
}

/** The plan the clinician agreed: here built in code; in a portal, read from your record. */
const agreedPlan: Plan = {
  ...defaultPlan('2026-12-02'),
  selfCare: ['keep-active', 'heat', 'walking'],
  goals: ['Walk the dog every morning'],
};

export function App() {
  const questionnaire = useRef<QuestionnaireElement>(null);
  const [profile, setProfile] = useState<ExpectationProfile | null>(null);
  const [sent, setSent] = useState(false);

  return (
    <main>
      <h1>Before your visit</h1>
      <SdmImagingQuestionnaire
        ref={questionnaire}
        emergencyNumber="999"
        onSdmProfile={() => setProfile(questionnaire.current?.profile ?? null)}
        onSdmComplete={(e) => {
          setSent(true);
          void saveResponse(e.detail.questionnaireResponse);
        }}
        onSdmError={(e) => console.warn('Scanwise:', e.detail.code, e.detail.message)}
      />
      {sent && <p role="status">Your answers were sent to the practice.</p>}

      <h2>Scan now, or wait and watch</h2>
      <SdmBenefitsHarms profile={profile} variant="summary" />

      <h2>Your plan</h2>
      <SdmWatchfulWaitingPlan plan={agreedPlan} today="2026-12-02" />
    </main>
  );
}
