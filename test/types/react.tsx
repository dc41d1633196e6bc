// Type tests for React (run by `npm run typecheck`): what a portal developer writes must compile,
// and every @ts-expect-error line must stay an error (tsc fails on an unused one).
import type {} from '@scanwise/elements/react-jsx';
import { defaultPlan, type ExpectationProfile, type Plan } from '@scanwise/core';
import type { SdmImagingQuestionnaire as QuestionnaireElement } from '@scanwise/elements';
import { SdmBenefitsHarms, SdmIconArray, SdmImagingQuestionnaire, SdmWatchfulWaitingPlan } from '@scanwise/react';
import { useRef, useState } from 'react';

export function Wrapped(): React.JSX.Element {
  const [profile, setProfile] = useState<ExpectationProfile | null>(null);
  const [plan, setPlan] = useState<Plan>(defaultPlan('2026-12-02'));
  const questionnaire = useRef<QuestionnaireElement>(null);
  return (
    <>
      <SdmImagingQuestionnaire
        ref={questionnaire}
        id="q"
        mode="step"
        emergencyNumber="999"
        onChange={(e) => console.log(e.detail.answers.wantScan)}
        onSdmComplete={(e) => {
          setProfile(e.detail.profile);
          console.log(e.detail.questionnaireResponse.resourceType);
        }}
        onSdmEmergency={(e) => console.log(e.detail.signs, e.detail.instructions)}
        onSdmError={(e) => console.log(e.detail.code, e.detail.problems, e.detail.count)}
      />
      <SdmBenefitsHarms profile={profile} plan={plan} variant="summary" />
      <SdmWatchfulWaitingPlan mode="edit" plan={plan} today="2026-12-02" onChange={(e) => setPlan(e.detail.plan)} />
      <SdmIconArray fact="xray-more-visits" />
      {/* @ts-expect-error: mode is 'all' or 'step' */}
      <SdmImagingQuestionnaire mode="wizard" />
      {/* @ts-expect-error: the questionnaire's change carries answers, not a plan */}
      <SdmImagingQuestionnaire onChange={(e) => e.detail.plan} />
      {/* @ts-expect-error: profile is an ExpectationProfile, not a string */}
      <SdmBenefitsHarms profile="high" />
    </>
  );
}

export function RawTags(): React.JSX.Element {
  const plan = defaultPlan('2026-12-02');
  return (
    <>
      <sdm-imaging-questionnaire
        id="q"
        mode="all"
        emergency-number="999"
        onsdm-complete={(e) => console.log(e.detail.questionnaireResponse.status)}
        onsdm-emergency={(e) => console.log(e.detail.signs)}
        onsdm-error={(e) => console.log(e.detail.code)}
      />
      <sdm-benefits-harms for="q" variant="summary" class="card" />
      <sdm-watchful-waiting-plan plan={plan} mode="view" urgent-line="111" />
      <sdm-icon-array fact="xray-more-visits" source-href="https://example.org" />
      {/* @ts-expect-error: variant is 'full' or 'summary' */}
      <sdm-benefits-harms variant="long" />
      {/* @ts-expect-error: sdm-complete's detail has no plan */}
      <sdm-imaging-questionnaire onsdm-complete={(e) => e.detail.plan} />
      {/* @ts-expect-error: an unknown element property */}
      <sdm-icon-array facts="x" />
    </>
  );
}
