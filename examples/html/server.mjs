// The portal's side of the consultation, in one small Node server (no framework): it serves the
// page with a strict Content-Security-Policy, keeps the FHIR resources the page sends, and makes
// the letter (HTML and PDF) and the calendar reminder from them. A real portal has its own FHIR
// server and pages; what matters here is which Scanwise function runs where.
//
//   npm start            http://127.0.0.1:8080 (PORT=0 picks a free port)
import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';
import { fromCarePlan, fromQuestionnaireResponse, toCarePlan, toICalendar } from '@scanwise/core';
// Core reads and writes FHIR and the .ics in the patient's words: load every locale's pack first.
import '@scanwise/core/locales/all';
import { LETTER_CSP, renderLetter, renderPdf } from '@scanwise/letter';

const PAGE_CSP = "default-src 'self'";
const LOCALE = 'en-GB';
const PRACTICE = { name: 'Riverside Health Centre', phone: '0117 496 0000' };
const CLINICIAN = { name: 'Dr Sam Patel' };
const PATIENT = { reference: 'Patient/example' };

/** The files of the page, and the CDN bundle from the installed @scanwise/elements. */
const FILES = {
  '/': ['index.html', 'text/html'],
  '/app.js': ['app.js', 'text/javascript'],
  '/style.css': ['style.css', 'text/css'],
  '/scanwise.js': [fileURLToPath(import.meta.resolve('@scanwise/elements/cdn/scanwise.js')), 'text/javascript'],
};

/**
 * The locale packs the bundle loads when the page's `lang` needs them: `dist/cdn/locales/…`, served
 * beside it. Only file names the build writes (letters, digits, `-`, `_`, `.`), so no path leaves the folder.
 */
const PACKS = join(dirname(FILES['/scanwise.js'][0]), 'locales');
const packFile = (path) =>
  /^\/locales\/[\w-]+\/[\w.-]+\.js$/.test(path) && !path.includes('..') ? join(PACKS, path.slice('/locales/'.length)) : null;

/** The stand-in FHIR store: resources by type, in the order they came. */
const store = { QuestionnaireResponse: [], CarePlan: [] };
const latest = (type) => store[type].at(-1);
const keep = (type, resource) => {
  const stored = { ...resource, id: String(store[type].length + 1) };
  store[type].push(stored);
  return stored;
};

/** A FHIR OperationOutcome for input that could not be used. */
const outcome = (problems) => ({
  resourceType: 'OperationOutcome',
  issue: problems.map((p) => ({ severity: 'error', code: 'invalid', diagnostics: `${p.field ? `${p.field}: ` : ''}${p.message}` })),
});

async function readJson(req) {
  let body = '';
  for await (const chunk of req) body += chunk;
  return JSON.parse(body);
}

function send(res, status, type, body, csp = PAGE_CSP) {
  res.writeHead(status, { 'content-type': type, 'content-security-policy': csp, 'cache-control': 'no-store' });
  res.end(body);
}
const json = (res, status, value, type = 'application/fhir+json') => send(res, status, type, JSON.stringify(value));

/** What the letter and the reminder are made from: the latest answers and the latest plan, read back from FHIR. */
function letterInput() {
  const carePlan = latest('CarePlan');
  if (!carePlan) return null;
  const { plan } = fromCarePlan(carePlan);
  const today = new Date().toISOString().slice(0, 10);
  return { locale: LOCALE, date: today, practice: PRACTICE, clinician: CLINICIAN, questionnaireResponse: latest('QuestionnaireResponse'), plan };
}

const routes = {
  // 1. The questionnaire's answers, checked before they are kept.
  'POST /fhir/QuestionnaireResponse': async (req, res) => {
    const resource = await readJson(req);
    const read = fromQuestionnaireResponse(resource);
    if (!read.ok) return json(res, 422, outcome(read.problems));
    json(res, 201, keep('QuestionnaireResponse', resource));
  },
  // 4. The clinician's plan: kept as a CarePlan; the plan read back from it goes to the patient's view.
  'POST /api/plan': async (req, res) => {
    const carePlan = keep('CarePlan', toCarePlan(await readJson(req), { subject: PATIENT, locale: LOCALE }));
    const { plan, problems } = fromCarePlan(carePlan);
    if (!plan) return json(res, 422, outcome(problems));
    json(res, 201, { carePlan, plan }, 'application/json'); // not a FHIR resource: the CarePlan and the plan read back
  },
  'GET /fhir/QuestionnaireResponse': (_req, res) => json(res, 200, store.QuestionnaireResponse),
  'GET /fhir/CarePlan': (_req, res) => json(res, 200, store.CarePlan),
  // 6. The letter: static HTML with its own CSP (inline styles, no scripts), or a PDF.
  'GET /letter.html': (_req, res) => {
    const input = letterInput();
    if (!input) return send(res, 404, 'text/plain', 'Save a plan first.');
    send(res, 200, 'text/html; charset=utf-8', renderLetter(input), LETTER_CSP);
  },
  'GET /letter.pdf': async (_req, res) => {
    const input = letterInput();
    if (!input) return send(res, 404, 'text/plain', 'Save a plan first.');
    send(res, 200, 'application/pdf', await renderPdf(input));
  },
  'GET /reminder.ics': (_req, res) => {
    const input = letterInput();
    if (!input) return send(res, 404, 'text/plain', 'Save a plan first.');
    send(res, 200, 'text/calendar; charset=utf-8', toICalendar(input.plan, { locale: LOCALE }));
  },
};

const server = createServer(async (req, res) => {
  const path = new URL(req.url, 'http://localhost').pathname;
  try {
    const route = routes[`${req.method} ${path}`];
    if (route) return await route(req, res);
    const pack = req.method === 'GET' && packFile(path);
    if (pack) return send(res, 200, 'text/javascript', await readFile(pack));
    const file = req.method === 'GET' && FILES[path];
    if (!file) return send(res, 404, 'text/plain', 'Not found');
    const [name, type] = file;
    send(res, 200, type, await readFile(name.startsWith('/') ? name : new URL(name, import.meta.url)));
  } catch (error) {
    console.error(error);
    send(res, 400, 'text/plain', 'That could not be used.');
  }
});

server.listen(Number(process.env.PORT ?? 8080), '127.0.0.1', () => {
  console.log(`Scanwise consultation example: http://127.0.0.1:${server.address().port}`);
});
