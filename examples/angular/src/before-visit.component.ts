import { Component, CUSTOM_ELEMENTS_SCHEMA } from '@angular/core';
import { defaultPlan, type QuestionnaireResponse } from '@scanwise/core';
import type { SdmCompleteDetail, SdmPlanChangeDetail } from '@scanwise/elements';
import '@scanwise/elements/define.js';

/**
 * The questionnaire, the explainer that follows it, and the plan, in an Angular component.
 * CUSTOM_ELEMENTS_SCHEMA lets the <sdm-*> tags in; with strictTemplates, `$event` is typed from
 * the element's own events, so a handler for the wrong detail does not compile.
 */
@Component({
  selector: 'app-before-visit',
  schemas: [CUSTOM_ELEMENTS_SCHEMA],
  template: `
    <sdm-imaging-questionnaire id="q" emergency-number="999" (sdm-complete)="onComplete($event)"></sdm-imaging-questionnaire>
    <sdm-benefits-harms for="q" variant="summary"></sdm-benefits-harms>
    <sdm-watchful-waiting-plan [plan]="plan" mode="edit" (change)="onPlan($event)"></sdm-watchful-waiting-plan>
  `,
})
export class BeforeVisitComponent {
  plan = defaultPlan(new Date().toISOString().slice(0, 10));
  saved: QuestionnaireResponse | null = null;

  onComplete(event: CustomEvent<SdmCompleteDetail>): void {
    this.saved = event.detail.questionnaireResponse; // then post it to your own FHIR server
  }

  onPlan(event: CustomEvent<SdmPlanChangeDetail>): void {
    this.plan = event.detail.plan;
  }
}
