import { localeText } from '../../packages/core/src/index.js';
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { renderTemplate, renderTemplateDetailed, TemplateError } from '@scanwise/letter';
import { CSP_META } from '../../packages/letter/src/template-check.js';
import { allAbsent, answers, HOSTILE, plan, textOf, DECISIONS } from './helpers/letter-fixtures.js';
import '@scanwise/core/locales/all';

const head = '<!doctype html>\n<html lang="en-GB">\n<head>\n<meta charset="utf-8">\n<title>Letter</title>\n</head>\n<body>\n';
const foot = '\n</body>\n</html>\n';

function errorsOf(fn: () => unknown): string[] {
  try {
    fn();
  } catch (e) {
    assert.ok(e instanceof TemplateError, String(e));
    return (e as TemplateError).problems.map((p) => `${p.field}: ${p.message}`);
  }
  assert.fail('expected a TemplateError');
}

describe('renderTemplate: the practice template kept byte for byte', () => {
  const before = `${head}<p class="x">Dear   Alex,&nbsp;<b>see   below</b></p>\n<!-- keep me -->\n`;
  const after = `\n<p>Yours,<br>Dr   Patel</p>${foot}`;
  const template = `${before}<sdm-watchful-waiting-plan today="2026-11-23">\n<script type="application/json">${JSON.stringify(plan())}</script>\n</sdm-watchful-waiting-plan>${after}`;
  const withCsp = renderTemplate(template);
  // The one addition to the practice's head: the letter's Content-Security-Policy, right after its <meta charset>.
  const out = withCsp.replace(`${CSP_META}\n`, '');

  it("the letter's CSP <meta> comes first in the head, after <meta charset>", () => {
    assert.ok(withCsp.startsWith(`${head.slice(0, head.indexOf('<title>'))}${CSP_META}\n<title>`));
  });

  it('everything around the tag is untouched; styles go before </head>', () => {
    const headEnd = before.indexOf('</head>');
    assert.ok(out.startsWith(before.slice(0, headEnd)));
    assert.ok(out.endsWith(after));
    const bodyStart = before.slice(headEnd);
    assert.ok(out.includes(bodyStart), 'the body up to the tag is as written');
    assert.match(out.slice(headEnd), /^<style data-scanwise>/);
  });

  it('the tag is replaced by the plan, with no script left', () => {
    assert.doesNotMatch(out, /<sdm-|<script/i);
    assert.match(out, /<article class="plan" part="plan" data-kind="watchful-waiting"/);
    const text = textOf(out);
    for (const tier of [1, 2] as const) assert.ok(text.includes(localeText('en-GB').plan.safetyNet.tiers[tier].heading));
  });
});

describe('renderTemplate: where each tag gets its data', () => {
  it('from the data argument', () => {
    const out = renderTemplate(`${head}<sdm-watchful-waiting-plan></sdm-watchful-waiting-plan>${foot}`, { plan: plan(), date: '2026-11-23' });
    assert.match(out, /class="plan"/);
  });

  it('the explainer follows a questionnaire by id, as for= does on the page', () => {
    const high = answers();
    const q = `<sdm-imaging-questionnaire id="q1" view="clinician"><script type="application/json">${JSON.stringify(high)}</script></sdm-imaging-questionnaire>`;
    const out = renderTemplate(`${head}<sdm-benefits-harms for="q1" variant="summary"></sdm-benefits-harms>${q}${foot}`);
    // Threat is high in these answers: the summary leads with the threat sentence and its row.
    assert.ok(textOf(out).includes(localeText('en-GB').explainer().glance.leads.thr.text));
    assert.match(out, /<tbody data-row="serious">/);
    assert.match(out, /<section class="clinician"/);
  });

  it('the language from the nearest lang, so en-US gets 911', () => {
    const out = renderTemplate(`${head}<div lang="en-US"><sdm-watchful-waiting-plan></sdm-watchful-waiting-plan></div>${foot}`, {
      plan: plan(),
      date: '2026-11-23',
    });
    assert.match(textOf(out), /\b911\b/);
    assert.doesNotMatch(textOf(out), /\b999\b/);
  });

  it('attributes: emergency-number on the plan', () => {
    const out = renderTemplate(`${head}<sdm-watchful-waiting-plan emergency-number="000"></sdm-watchful-waiting-plan>${foot}`, {
      plan: plan(),
      date: '2026-11-23',
    });
    assert.match(textOf(out), /call 000 now/);
  });

  it('a present red flag gives needs-to-be-seen guidance in the template too', () => {
    const out = renderTemplate(`${head}<sdm-watchful-waiting-plan></sdm-watchful-waiting-plan>${foot}`, {
      plan: plan({ redFlags: { ...allAbsent(), 'rf1-bowel': 'present' }, decision: DECISIONS.emergency }),
      date: '2026-11-23',
    });
    assert.match(out, /data-kind="needs-to-be-seen"/);
    assert.ok(!textOf(out).includes(localeText('en-GB').plan.steps.heading));
  });

  it('escapes what the JSON child holds', () => {
    const out = renderTemplate(
      `${head}<sdm-watchful-waiting-plan><script type="application/json">${JSON.stringify(plan({ goals: [HOSTILE] })).replace(/</g, '\\u003c')}</script></sdm-watchful-waiting-plan>${foot}`,
      { date: '2026-11-23' },
    );
    assert.doesNotMatch(out, /<script|<img/i);
    assert.ok(textOf(out).includes(HOSTILE));
  });
});

describe('renderTemplate: problems, with line and column', () => {
  it('a script in the template is refused, or stripped on request', () => {
    const t = `${head}<p onclick="x()">Hi</p>\n<script>alert(1)</script><a href="javascript:alert(1)">x</a>${foot}`;
    const problems = errorsOf(() => renderTemplate(t));
    assert.equal(problems.length, 3);
    assert.match(problems.join('\n'), /line 9, column 1: .*<script>/);
    const r = renderTemplateDetailed(t, {}, { scripts: 'strip' });
    assert.doesNotMatch(r.html, /<script|onclick|javascript:/i);
    assert.equal(r.warnings.length, 3);
    assert.ok(r.html.includes('<p >Hi</p>') || r.html.includes('<p>Hi</p>'));
  });

  it('bad JSON in a tag, a missing plan, an unknown for= and a patient-view questionnaire', () => {
    const t = `${head}<sdm-watchful-waiting-plan><script type="application/json">{ "goals": [1,] }</script></sdm-watchful-waiting-plan>
<sdm-watchful-waiting-plan></sdm-watchful-waiting-plan>
<sdm-benefits-harms for="nope"></sdm-benefits-harms>
<sdm-imaging-questionnaire></sdm-imaging-questionnaire>${foot}`;
    const problems = errorsOf(() => renderTemplate(t)).join('\n');
    assert.match(
      problems,
      /line 8, column 1: The plan inside <sdm-watchful-waiting-plan> is not valid JSON: expected another value after the comma .*\(line 8, column 74\)/,
    );
    assert.match(problems, /line 9, column 1: <sdm-watchful-waiting-plan> has no plan/);
    assert.match(problems, /for="nope" names no/);
    assert.match(problems, /view="clinician"/);
  });

  it('an invalid plan is named in plain words', () => {
    const problems = errorsOf(() =>
      renderTemplate(`${head}<sdm-watchful-waiting-plan></sdm-watchful-waiting-plan>${foot}`, { plan: { ...plan(), review: 'soon' } }),
    ).join('\n');
    assert.match(problems, /plan\.review: The review date \("soon"\) is not written as YYYY-MM-DD/);
  });

  // Remote images were a warning; a letter now fetches nothing, so they are refused (or removed).
  it('remote images are refused (the letter fetches nothing), or removed with a warning', () => {
    const t = `${head}<img src="https://example.org/logo.png" alt="logo">${foot}`;
    const problems = errorsOf(() => renderTemplate(t));
    assert.equal(problems.length, 1);
    assert.match(problems[0]!, /^line 8, column 1: .*data: URL/);
    const r = renderTemplateDetailed(t, {}, { unsafe: 'strip' });
    assert.equal(r.warnings.length, 1);
    assert.match(r.warnings[0]!.message, /https:\/\/example\.org\/logo\.png/);
    assert.ok(r.html.includes('<img  alt="logo">'));
  });

  it('a template with no Scanwise tags comes back as it was, with the CSP <meta> after <meta charset>', () => {
    const t = `${head}<p>Only words.</p>${foot}`;
    assert.equal(renderTemplate(t), t.replace('<meta charset="utf-8">\n', `<meta charset="utf-8">\n${CSP_META}\n`));
  });
});
