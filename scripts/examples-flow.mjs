// What the examples' Chromium tests do on a page (scripts/examples.mjs): answer the questionnaire
// by clicking, as a patient would, and check what the explainer, the plan and the portal get.
import { fhirValidator } from './fhir-schema.mjs';

/** The goal the examples put in the plan they give the plan element as a `.plan` object. */
export const EXAMPLE_GOAL = 'Walk the dog every morning';

/** Throws unless `qr` is a completed Scanwise QuestionnaireResponse, valid against the official FHIR R4 schema. */
export function checkQuestionnaireResponse(qr) {
  const validate = fhirValidator('QuestionnaireResponse');
  if (!validate(qr)) throw new Error(`not valid FHIR R4: ${JSON.stringify(validate.errors.slice(0, 3))}`);
  const problems = [];
  if (qr.resourceType !== 'QuestionnaireResponse') problems.push(`resourceType ${qr.resourceType}`);
  if (qr.status !== 'completed') problems.push(`status ${qr.status}`);
  if (!/^https:\/\/scanwise\.dev\/fhir\/Questionnaire\/imaging-expectations\|/.test(qr.questionnaire ?? '')) problems.push(`questionnaire ${qr.questionnaire}`);
  if (!(qr.item?.length > 0)) problems.push('no items');
  if (problems.length) throw new Error(problems.join('; '));
}

const shadowText = (page, tag) => page.locator(tag).first().evaluate((el) => el.shadowRoot?.textContent?.replace(/\s+/g, ' ').trim() ?? '');

/** Answers the questionnaire by clicking: no emergency sign, "agree" to every belief, then sends the answers. */
export async function answerQuestionnaire(page) {
  const questionnaire = page.locator('sdm-imaging-questionnaire').first();
  await questionnaire.getByRole('button', { name: 'I have none of these' }).click();
  const questions = questionnaire.locator('[data-question]');
  await questions.first().waitFor();
  const count = await questions.count();
  let answered = 0;
  for (let i = 0; i < count; i++) {
    const radios = questions.nth(i).locator('input[type=radio]');
    if ((await radios.count()) === 0) continue; // the free-text question: optional
    const agree = questions.nth(i).locator('input[type=radio][value="4"]');
    await ((await agree.count()) ? agree : radios.first()).check();
    answered++;
  }
  await questionnaire.getByRole('button', { name: 'Check your answers' }).click();
  await questionnaire.getByRole('button', { name: 'Send my answers' }).click();
  return answered;
}

/** The patient's part, in every example: answer, see the explainer follow, see the plan given as an object. */
export async function patientFlow(page, check, label) {
  const before = await shadowText(page, 'sdm-benefits-harms');
  await check(`${label}: the questionnaire is completed by clicking`, async () => {
    const questions = await answerQuestionnaire(page);
    if (questions < 5) throw new Error(`only ${questions} questions answered`);
    await page.locator('sdm-imaging-questionnaire [part~="done"]').first().waitFor();
  });
  await check(`${label}: the explainer follows the answers`, async () => {
    await page.waitForFunction((b) => (document.querySelector('sdm-benefits-harms')?.shadowRoot?.textContent?.replace(/\s+/g, ' ').trim() ?? b) !== b, before);
    const after = await shadowText(page, 'sdm-benefits-harms');
    if (!after || /could not/i.test(after)) throw new Error(`explainer shows: ${after.slice(0, 200)}`);
  });
  await check(`${label}: the plan element shows the plan it was given as a .plan object`, async () => {
    const plan = page.locator('sdm-watchful-waiting-plan').first();
    const goals = await plan.evaluate((el) => el.plan?.goals);
    if (goals?.[0] !== EXAMPLE_GOAL) throw new Error(`plan.goals ${JSON.stringify(goals)}`);
    const text = await shadowText(page, 'sdm-watchful-waiting-plan');
    if (!text.includes(EXAMPLE_GOAL)) throw new Error('the goal is not on screen');
  });
}

/** The HTML example's consultation flow; filled in with the example (examples/html). */
export async function consultationFlow(page, check, label, origin) {
  await patientFlow(page, check, label, origin);
}
