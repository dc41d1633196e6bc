// The page's own code: where each event and FHIR resource goes. Scanwise never calls the network;
// everything sent here goes to this page's own server (server.mjs), as a portal's would.
const questionnaire = document.getElementById('q');
const summary = document.getElementById('summary');
const planForm = document.getElementById('plan-form');
const planEdit = document.getElementById('plan-edit');
const patientPlan = document.getElementById('plan');

/** Posts JSON (a FHIR resource unless `type` says otherwise) to this page's server; returns the answer, or throws with its message. */
async function post(path, body, type = 'application/fhir+json') {
  const response = await fetch(path, {
    method: 'POST',
    headers: { 'content-type': type },
    body: JSON.stringify(body),
  });
  const answer = await response.json();
  if (!response.ok) throw new Error(answer.issue?.map((i) => i.diagnostics).join(' ') || response.statusText);
  return answer;
}

const say = (id, text) => (document.getElementById(id).textContent = text);

// 1 → 2. The answers go to the record; the clinician's summary reads them back from it.
questionnaire.addEventListener('sdm-complete', async (event) => {
  try {
    const stored = await post('/fhir/QuestionnaireResponse', event.detail.questionnaireResponse);
    summary.questionnaireResponse = stored;
    say('q-status', `Saved to the record as QuestionnaireResponse/${stored.id}.`);
  } catch (error) {
    say('q-status', `Not saved: ${error.message}`);
  }
});

// An emergency sign: the questionnaire already shows what to do; a portal would also alert its staff.
questionnaire.addEventListener('sdm-emergency', (event) => console.warn('Emergency signs reported:', event.detail.signs));

// Any element's input problems, for the portal's own logging (the element shows the message too).
document.addEventListener('sdm-error', (event) => console.warn('Scanwise:', event.detail.component, event.detail.code, event.detail.message));

// 4 → 5. The plan is sent only when the form is valid (the red-flag review complete).
planForm.addEventListener('submit', async (event) => {
  event.preventDefault();
  try {
    const { carePlan, plan } = await post('/api/plan', planEdit.plan, 'application/json');
    patientPlan.plan = plan;
    document.getElementById('take-home').hidden = false;
    say('plan-status', `Saved to the record as CarePlan/${carePlan.id}.`);
  } catch (error) {
    say('plan-status', `Not saved: ${error.message}`);
  }
});
