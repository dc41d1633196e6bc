// Builds docs/evidence.md from the evidence registry in @scanwise/core (packages/core/src/evidence/)
// and the plan's red-flag signs, review timing and self-care steps (packages/core/src/plan/): every
// figure, its words, its source and what is still to be checked, in one page a reader can check.
// test/node/evidence-page.test.ts fails while the page is stale; run this again after changing
// the registry or the plan's signs:
//
//   node --conditions=@scanwise/source --import tsx scripts/evidence-page.mjs
import { mkdirSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  localeText,
  AGE_THRESHOLDS,
  BACKGROUND_IDS,
  CHECK_IN_DAYS,
  citationHref,
  citationOf,
  citations,
  contentMeta,
  DEFAULT_SELF_CARE,
  EARLY_REVIEW_DAYS,
  facts,
  formatCitation,
  LOCALES,
  MAX_EARLY_REVIEW_DAYS,
  MAX_REVIEW_DAYS,
  REVIEW_DAYS,
  SELF_CARE_IDS,
  warningSigns,
} from '@scanwise/core';
import '@scanwise/core/locales/all';

/** Where the page is written. */
export const EVIDENCE_PAGE_URL = new URL('../docs/evidence.md', import.meta.url);

/** The command that writes the page again. */
export const REGENERATE = 'node --conditions=@scanwise/source --import tsx scripts/evidence-page.mjs';

/** The locale the page quotes; other locales' words are shown only where they differ. */
const LOCALE = 'en-GB';

/**
 * The topics facts are grouped under, keyed by the top-level section of their `evidenceRef`,
 * in this order. Headings are fixed here (not taken from patient words) so their anchors stay put.
 */
const TOPICS = [
  { section: '1', title: 'Serious causes' },
  { section: '3', title: 'Scan findings in people with no back pain' },
  { section: '4', title: 'What an early scan changes' },
  { section: '5', title: 'Harms of scans' },
  { section: '6', title: 'How back pain gets better' },
];

const number = new Intl.NumberFormat('en-GB');

/**
 * The anchor GitHub and Storybook's Markdown block both give a heading: lower case, spaces to
 * hyphens, everything but letters, digits and hyphens dropped. Headings here keep to ASCII.
 */
export function slug(heading) {
  return heading
    .replace(/[^A-Za-z0-9\- ]/g, '')
    .replace(/ /g, '-')
    .toLowerCase();
}

/** Text with Markdown's own characters escaped, on one line (safe in a table cell too). */
function md(text) {
  return String(text)
    .replace(/[\\`*_[\]<>|]/g, '\\$&')
    .replace(/\s*\n\s*/g, ' ');
}

/** A link whose address holds no character Markdown would read as the end of it. */
function link(label, href) {
  const safe = href.replace(/[()<>\s]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`);
  return `[${md(label)}](${safe})`;
}

/** A Markdown table from a header row and body rows (cells already in Markdown). */
function table(header, rows) {
  return [header, header.map(() => '---'), ...rows].map((row) => `| ${row.join(' | ')} |`).join('\n');
}

/** A two-column table of labelled fields; rows with no value are left out. */
function fields(rows) {
  return table(
    ['Field', 'Value'],
    rows.filter(([, value]) => value !== undefined && value !== '').map(([label, value]) => [label, value]),
  );
}

/** The figure as a reader should take it, by kind (see `FactKind` in packages/core/src/evidence/types.ts). */
function valueOf(fact) {
  const v = number.format(fact.value);
  const shown = {
    people: `${v} out of ${fact.denominator} people`,
    percent: `${v}%`,
    score: `${v} (mean score, on a scale of 0 to ${fact.denominator})`,
    ratio: `${v} (ratio: never shown on its own)`,
    count: v,
  }[fact.kind];
  if (shown === undefined) throw new Error(`fact ${fact.id}: unknown kind "${fact.kind}"`);
  return fact.rounded ? `${shown} (rounded from the source's figure)` : shown;
}

/** The topic of a fact, from the top-level section of its `evidenceRef`. */
function topicOf(fact) {
  const section = /^§(\d+)/.exec(fact.evidenceRef)?.[1];
  const topic = TOPICS.find((t) => t.section === section);
  if (!topic) throw new Error(`fact ${fact.id} (${fact.evidenceRef}): add a topic for its section to TOPICS in scripts/evidence-page.mjs`);
  return topic;
}

const citationLink = (c) => `[${md(c.short)}](#${slug(c.id)})`;
const factLink = (f) => `[${f.id}](#${slug(f.id)})`;

/** The full reference, its link and what is still to be checked. */
function reference(c) {
  const href = citationHref(c);
  return [md(formatCitation(c)), href && link(href, href), c.unverified?.length && `**To be checked:** ${md(c.unverified.join(', '))}.`]
    .filter(Boolean)
    .join(' ');
}

/** A locale's words of a fact: its text fields and its caveat. */
function wordsOf(fact, locale) {
  const pack = localeText(locale).facts;
  return { ...pack.text[fact.id], ...(fact.caveat ? { caveat: pack.caveat[fact.id] } : {}) };
}

/**
 * The words of every other locale: for a locale of LOCALE's language, the fields that differ
 * from LOCALE's; for another language, its whole statement (and caveat) at its first locale,
 * then the fields its other locales change.
 */
function otherLocales(fact) {
  const first = new Map([[LOCALE.split('-')[0], wordsOf(fact, LOCALE)]]);
  return LOCALES.filter((l) => l !== LOCALE).flatMap((locale) => {
    const t = wordsOf(fact, locale);
    const language = locale.split('-')[0];
    const base = first.get(language);
    if (!base) {
      first.set(language, t);
      return [[`${locale} words`, [t.statement, t.caveat].filter(Boolean).map(md).join('<br>')]];
    }
    const all = Object.keys(t)
      .filter((k) => t[k] !== base[k])
      .map((k) => `${k}: ${md(t[k])}`);
    return all.length ? [[`${locale} words that differ`, all.join('<br>')]] : [];
  });
}

function factSection(fact) {
  const t = wordsOf(fact, LOCALE);
  const c = citationOf(fact);
  if (!c) throw new Error(`fact ${fact.id} cites "${fact.citationId}", which is not in the registry`);
  const group = fact.compareGroup && facts.filter((f) => f.compareGroup === fact.compareGroup && f !== fact);
  return [
    `#### ${fact.id}`,
    `> ${md(t.statement)}`,
    fields([
      ['Value', md(valueOf(fact))],
      ["Source's figure", md(fact.sourceFigure)],
      ['Who', md(t.population)],
      ['When', md(t.timeframe)],
      ['Counted', t.outcome && md(`${t.outcome}; the others ${t.others}`)],
      ['Certainty', fact.certainty],
      ['Caveat (shown with the figure)', t.caveat && md(t.caveat)],
      ['Compare with', group?.length ? `${group.map(factLink).join(', ')} (same denominator and time frame)` : ''],
      ...otherLocales(fact),
      ['Source', `${citationLink(c)}: ${reference(c)}`],
      ['Evidence review section', md(fact.evidenceRef)],
      ['Checked', fact.checked],
    ]),
  ].join('\n\n');
}

function factsByTopic() {
  return TOPICS.flatMap((topic) => {
    const members = facts.filter((f) => topicOf(f) === topic);
    if (!members.length) return [];
    return [`### ${topic.title}`, `From section §${topic.section} of the evidence review.`, ...members.map(factSection)];
  });
}

function glance() {
  return table(
    ['Fact', 'Value', 'Certainty', 'Source', 'Checked'],
    facts.map((f) => [factLink(f), md(valueOf(f)), f.certainty, citationLink(citationOf(f)), f.checked]),
  );
}

function redFlags() {
  const signs = localeText(LOCALE).signs;
  const actions = localeText(LOCALE).signActions(localeText(LOCALE).services);
  const plan = localeText(LOCALE).plan;
  const signTable = (ids) =>
    table(
      ['Sign', "Clinician's label", 'What the patient reads'],
      ids.map((id) => [`\`${id}\``, md(signs[id].label), md(signs[id].watch)]),
    );
  const tier = (n) => [
    `### Tier ${n} signs`,
    `The patient's heading: "${md(plan.safetyNet.tiers[n].heading)}". What to do: ${md(actions[n])}`,
    signTable(warningSigns(n)),
  ];
  const { young, older, fracture } = AGE_THRESHOLDS;
  return [
    '## Red-flag signs',
    `The signs of a serious cause, in core's words (${LOCALE}): the clinician's review, the plan's safety net, the explainer and the letters all take them from the locale pack (\`localeText(locale).signs\`, \`.signActions\`; the ids and tiers in \`packages/core/src/plan/signs.ts\`). Tier 1 signs need help now; Tier 2 signs need a clinician the same day.`,
    ...tier(1),
    ...tier(2),
    '### Background risk factors',
    "Recorded in the clinician's review. On their own they are not a warning sign: they never make a plan urgent, and the patient is asked to mention them instead.",
    signTable(BACKGROUND_IDS),
    '### Ages named in the signs',
    'Guideline thresholds, not figures from a study (`AGE_THRESHOLDS`).',
    table(
      ['Age', 'Where it is used'],
      [
        [`under ${young}`, 'background risk factor: new back pain at a young age'],
        [`over ${older}`, 'background risk factor: new back pain at an older age'],
        [`over ${fracture}`, 'Tier 2: risk of a broken bone in the spine after a fall, a knock or sudden bad pain'],
      ],
    ),
    '### Routine review',
    'Not a red flag: when the plan asks the patient to book a routine visit sooner.',
    `${md(plan.routineReview.intro)}\n\n${plan.routineReview
      .items('[check-in date]')
      .map((item) => `- ${md(item)}`)
      .join('\n')}`,
  ];
}

function reviewTiming() {
  return [
    '## Review timing',
    "The plan's default dates, in days from the day the plan is made (`packages/core/src/plan/defaults.ts` and `triage.ts`). A clinician can change them.",
    table(
      ['Date', 'Day', 'Constant'],
      [
        ['Check-in', String(CHECK_IN_DAYS), '`CHECK_IN_DAYS`'],
        ['Review', String(REVIEW_DAYS), '`REVIEW_DAYS`'],
        ['A review later than this is flagged', String(MAX_REVIEW_DAYS), '`MAX_REVIEW_DAYS`'],
        ['Early review, after a Tier 2 sign judged safe to wait', String(EARLY_REVIEW_DAYS), '`EARLY_REVIEW_DAYS`'],
        ['An early review later than this is flagged', String(MAX_EARLY_REVIEW_DAYS), '`MAX_EARLY_REVIEW_DAYS`'],
      ],
    ),
  ];
}

function selfCare() {
  const steps = localeText(LOCALE).plan.selfCare;
  return [
    '## Self-care steps',
    "The steps a plan can hold, in the plan's words. Core records no source for each step yet, so none is listed here.",
    table(
      ['Step', 'Title', 'Why it helps', 'In a new plan'],
      SELF_CARE_IDS.map((id) => [`\`${id}\``, md(steps[id].title), md(steps[id].why), DEFAULT_SELF_CARE.includes(id) ? 'yes' : 'no']),
    ),
  ];
}

function sources() {
  return [
    '## Sources',
    "Every source a fact rests on, in the registry's order.",
    ...citations.flatMap((c) => {
      const used = facts.filter((f) => f.citationId === c.id);
      return [
        `### ${c.id}`,
        reference(c),
        [c.doi && c.url && `Also at ${link(c.url, c.url)}`, `Used by: ${used.length ? used.map(factLink).join(', ') : 'no fact'}.`]
          .filter(Boolean)
          .join('  \n'),
      ];
    }),
  ];
}

function toBeChecked() {
  const open = citations.filter((c) => c.unverified?.length);
  return [
    '## To be checked',
    'Parts of a source not yet verified against the original. Each must be checked before release.',
    open.length
      ? table(
          ['Source', 'Not yet verified', 'Facts that rest on it'],
          open.map((c) => [
            citationLink(c),
            md(c.unverified.join(', ')),
            facts
              .filter((f) => f.citationId === c.id)
              .map(factLink)
              .join(', '),
          ]),
        )
      : 'Nothing: every source is verified.',
  ];
}

const CERTAINTY = [
  ['high', "read in the primary paper's abstract or tables, or in the official guideline itself"],
  ['moderate', 'read in a faithful secondary copy, or the figure needs a caveat'],
  ['low', 'a weak source, a small or old study, or our own arithmetic on reported numbers'],
];

function howToRead() {
  return [
    '## How to read the facts',
    [
      '- **Value**: the figure itself. "N out of 100 people" figures can be drawn as icon arrays; a ratio is never shown on its own. "Rounded" means the patient sees a rounded figure, and is told so.',
      "- **Source's figure**: the number as the source reports it.",
      '- **Who** and **When**: who the figure is about and over what time, as the patient reads them.',
      '- **Compare with**: facts meant to be shown side by side; they share a denominator and a time frame.',
      "- **Evidence review section**: where the project's evidence review documents the figure (`evidenceRef`).",
      '- **Checked**: the date the figure was last checked against its source.',
      `- **Certainty**, how sure we are of the figure:\n${CERTAINTY.map(([level, meaning]) => `  - ${level}: ${meaning}`).join('\n')}`,
    ].join('\n'),
    `Quotes are the ${LOCALE} words a patient reads; other locales' words are shown only where they differ.`,
  ];
}

/** The page's sections, in order, each a list of Markdown blocks. */
function sections() {
  const lastChecked = facts
    .map((f) => f.checked)
    .sort()
    .at(-1);
  return [
    [
      '# Scanwise evidence',
      `> **Generated: do not edit by hand.** \`scripts/evidence-page.mjs\` builds this page from the evidence registry (\`packages/core/src/evidence/\`) and the plan's signs and self-care (\`packages/core/src/plan/\`). After changing them, run \`${REGENERATE}\`. \`test/node/evidence-page.test.ts\` fails while this page is out of date.`,
      'Every number a patient sees in Scanwise comes from here. The components and letters take each figure from a study, the words around it and its source from the evidence registry in `@scanwise/core` (a test checks the registry before it ships), and the ages and days the plan names from its signs and dates. This page lists all of it, so anyone can check a figure against its source.',
    ],
    [
      '## About this content',
      table(
        ['Item', 'Value'],
        [
          ['Content version', contentMeta.version],
          ['Published', contentMeta.published],
          ['Review by', contentMeta.reviewBy],
          ['Figures last checked', lastChecked ?? 'never'],
          ['Facts', String(facts.length)],
          ['Sources', String(citations.length)],
        ],
      ),
    ],
    howToRead(),
    ['## Facts at a glance', glance()],
    ['## Facts by topic', ...factsByTopic()],
    redFlags(),
    reviewTiming(),
    selfCare(),
    sources(),
    toBeChecked(),
  ];
}

/** Throws when two headings would share an anchor. */
function checkAnchors(blocks) {
  const anchors = blocks.filter((b) => /^#{1,6} /.test(b)).map((b) => slug(b.replace(/^#+ /, '')));
  const twice = anchors.find((a, i) => anchors.indexOf(a) !== i);
  if (twice) throw new Error(`two headings would share the anchor #${twice}`);
}

/** The sections whose topics the contents list as well. */
const LISTED = new Set(['## Facts by topic', '## Red-flag signs']);

/** The contents: each section, and the topics of the LISTED ones. */
function contents(all) {
  const item = (heading, indent = '') => `${indent}- [${heading}](#${slug(heading)})`;
  return all
    .flatMap(([first, ...blocks]) => {
      if (!first.startsWith('## ')) return [];
      const subs = LISTED.has(first) ? blocks.filter((b) => b.startsWith('### ')).map((b) => item(b.slice(4), '  ')) : [];
      return [item(first.slice(3)), ...subs];
    })
    .join('\n');
}

/** The whole page: plain Markdown, in a stable order, with a table of contents after the intro. */
export function evidencePage() {
  const [intro, ...rest] = sections();
  const blocks = [...intro, '## Contents', contents(rest), ...rest.flat()];
  checkAnchors(blocks);
  return `${blocks.join('\n\n')}\n`;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  mkdirSync(new URL('.', EVIDENCE_PAGE_URL), { recursive: true });
  writeFileSync(EVIDENCE_PAGE_URL, evidencePage());
  console.log(`Wrote ${fileURLToPath(EVIDENCE_PAGE_URL)}: ${facts.length} facts, ${citations.length} sources`);
}
