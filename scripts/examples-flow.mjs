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
  if (!/^https:\/\/scanwise\.dev\/fhir\/Questionnaire\/imaging-expectations\|/.test(qr.questionnaire ?? ''))
    problems.push(`questionnaire ${qr.questionnaire}`);
  if (!(qr.item?.length > 0)) problems.push('no items');
  if (problems.length) throw new Error(problems.join('; '));
}

const shadowText = (page, tag) =>
  page
    .locator(tag)
    .first()
    .evaluate((el) => el.shadowRoot?.textContent?.replace(/\s+/g, ' ').trim() ?? '');

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

/** Answers the questionnaire, and checks that the explainer follows. */
async function answerAndFollow(page, check, label) {
  const before = await shadowText(page, 'sdm-benefits-harms');
  await check(`${label}: the questionnaire is completed by clicking`, async () => {
    const questions = await answerQuestionnaire(page);
    if (questions < 5) throw new Error(`only ${questions} questions answered`);
    await page.locator('sdm-imaging-questionnaire [part~="done"]').first().waitFor();
  });
  await check(`${label}: the explainer follows the answers`, async () => {
    await page.waitForFunction(
      (b) => (document.querySelector('sdm-benefits-harms')?.shadowRoot?.textContent?.replace(/\s+/g, ' ').trim() ?? b) !== b,
      before,
    );
    const after = await shadowText(page, 'sdm-benefits-harms');
    if (!after || /could not/i.test(after)) throw new Error(`explainer shows: ${after.slice(0, 200)}`);
  });
}

/** Throws unless the plan element `selector` holds the example's goal, in its `plan` and on screen. */
async function showsGoal(page, selector) {
  const plan = page.locator(selector).first();
  await page.waitForFunction((sel) => document.querySelector(sel)?.plan?.goals?.length > 0, selector);
  const goals = await plan.evaluate((el) => el.plan?.goals);
  if (goals?.[0] !== EXAMPLE_GOAL) throw new Error(`plan.goals ${JSON.stringify(goals)}`);
  const text = await plan.evaluate((el) => el.shadowRoot.textContent);
  if (!text.includes(EXAMPLE_GOAL)) throw new Error('the goal is not on screen');
}

/** The patient's part, in the framework examples: answer, see the explainer follow, see the plan given as an object. */
export async function patientFlow(page, check, label) {
  await answerAndFollow(page, check, label);
  await check(`${label}: the plan element shows the plan it was given as a .plan object`, () => showsGoal(page, 'sdm-watchful-waiting-plan'));
}

const get = async (origin, path) => {
  const response = await fetch(`${origin}${path}`);
  if (!response.ok) throw new Error(`${path}: ${response.status}`);
  return response;
};

/**
 * The HTML example's whole consultation: the patient's answers, the clinician's summary read back
 * from the record, the explainer, the plan written in edit mode and kept as a CarePlan, the
 * patient's plan read back from it, then the letter (HTML and PDF) and the .ics reminder.
 */
export async function consultationFlow(page, check, label, origin) {
  await answerAndFollow(page, check, label);
  await check(`${label}: the clinician's summary shows the answers read back from the stored QuestionnaireResponse`, async () => {
    await page.waitForFunction(() => document.querySelector('#summary')?.answers?.wantScan != null);
    const same = await page.evaluate(
      () => JSON.stringify(document.querySelector('#summary').answers) === JSON.stringify(document.querySelector('#q').answers),
    );
    if (!same) throw new Error('the summary holds other answers');
    if ((await shadowText(page, '#summary')).length < 100) throw new Error('the summary is nearly empty');
  });
  const save = page.getByRole('button', { name: "Save the plan and show the patient's copy" });
  const fever = (status) => page.locator(`#plan-edit input[type=radio][value="${status}"][name$="-rf2-fever"]`);
  await check(`${label}: the form will not send a plan with a warning sign present and no decision`, async () => {
    await fever('present').check();
    await save.click();
    await page.waitForTimeout(300);
    const stored = await (await get(origin, '/fhir/CarePlan')).json();
    if (stored.length !== 0) throw new Error('a plan was sent');
    if (await page.locator('#plan-edit').evaluate((el) => el.validity.valid)) throw new Error('the plan says it is valid');
    await fever('absent').check();
  });
  await check(`${label}: the clinician records the review and a goal; the plan is kept as a CarePlan valid against R4`, async () => {
    const absent = page.locator('#plan-edit input[type=radio][value="absent"]');
    const signs = await absent.count();
    if (signs < 10) throw new Error(`only ${signs} signs to review`);
    for (let i = 0; i < signs; i++) await absent.nth(i).check();
    await page.locator('#plan-edit textarea[data-field="goals"]').fill(EXAMPLE_GOAL);
    await save.click();
    await page.locator('#plan-status', { hasText: 'CarePlan/1' }).waitFor();
    const [carePlan] = await (await get(origin, '/fhir/CarePlan')).json();
    const validate = fhirValidator('CarePlan');
    if (!validate(carePlan)) throw new Error(`not valid FHIR R4: ${JSON.stringify(validate.errors.slice(0, 3))}`);
  });
  await check(`${label}: the patient's plan, read back from the CarePlan, shows the goal`, () => showsGoal(page, '#plan'));
  await check(`${label}: the letter is static HTML with the goal and no script, and the PDF is a PDF`, async () => {
    const letter = await (await get(origin, '/letter.html')).text();
    if (!letter.includes(EXAMPLE_GOAL) || !letter.includes('999')) throw new Error('the letter lacks the goal or the emergency number');
    if (/<script/i.test(letter)) throw new Error('a script in the letter');
    const pdf = Buffer.from(await (await get(origin, '/letter.pdf')).arrayBuffer());
    if (pdf.subarray(0, 5).toString() !== '%PDF-' || pdf.length < 10_000) throw new Error(`not a PDF (${pdf.length} bytes)`);
  });
  await check(`${label}: the .ics reminder holds the check-in and the review`, async () => {
    const ics = await (await get(origin, '/reminder.ics')).text();
    const plan = await page.locator('#plan').evaluate((el) => el.plan);
    for (const date of [plan.checkIn, plan.review])
      if (!ics.includes(`DTSTART;VALUE=DATE:${date.replaceAll('-', '')}`)) throw new Error(`no event on ${date}`);
    if (!ics.startsWith('BEGIN:VCALENDAR')) throw new Error('not a calendar');
  });
}
