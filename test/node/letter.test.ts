import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { localeText, formatDate, isBackground, SELF_CARE_IDS, SIGN_IDS, tierOf, type Locale, type Plan } from '@scanwise/core';
import { checkLetter, LetterInputError, prepareLetter, renderLetter } from '@scanwise/letter';

import { allAbsent, answers, DECISIONS, HOSTILE, input, plan, textOf } from './helpers/letter-fixtures.js';
import '@scanwise/core/locales/all';

/** Every URL the document would fetch: src/href/srcset/url() on anything but a plain <a>. */
function fetchedUrls(html: string): string[] {
  const out: string[] = [];
  for (const m of html.matchAll(/<([a-zA-Z][\w-]*)\b([^>]*)>/g)) {
    const [, tag, attrs] = m;
    for (const a of attrs!.matchAll(/\b(src|href|srcset|poster|data|action)\s*=\s*("([^"]*)"|'([^']*)'|([^\s>]+))/gi)) {
      const value = a[3] ?? a[4] ?? a[5] ?? '';
      if (tag!.toLowerCase() === 'a' && a[1]!.toLowerCase() === 'href') continue;
      if (value.startsWith('#')) continue; // a reference inside the document (an icon's <use>) fetches nothing
      out.push(`${tag} ${a[1]}=${value}`);
    }
  }
  for (const m of html.matchAll(/url\(\s*['"]?([^'")]+)/g)) out.push(`url(${m[1]})`);
  for (const m of html.matchAll(/@import\b[^;]*/g)) out.push(m[0]);
  return out;
}

describe('renderLetter: a letter with no JavaScript and nothing fetched', () => {
  const html = renderLetter(input());

  it('is a complete document with inline CSS only', () => {
    assert.match(html, /^<!doctype html>\n<html lang="en-GB" dir="ltr">/);
    assert.match(html, /<style>[\s\S]*@page\{size:A4/);
    assert.doesNotMatch(html, /<link\b/i);
  });

  it('has no script, no event handler, no javascript: URL and no shadow root', () => {
    assert.doesNotMatch(html, /<script/i);
    assert.doesNotMatch(html, /<template/i);
    assert.doesNotMatch(html, /shadowroot/i);
    assert.doesNotMatch(html, /\son[a-z]+\s*=/i);
    assert.doesNotMatch(html, /javascript:/i);
  });

  it('fetches nothing: the only URLs are plain links to the sources', () => {
    assert.deepEqual(fetchedUrls(html), []);
    const links = [...html.matchAll(/<a\b[^>]*href="([^"]*)"/g)].map((m) => m[1]!);
    assert.ok(links.length > 0, 'the sources are linked');
    for (const href of links) assert.match(href, /^https?:\/\/[a-z0-9.-]+\//, href);
  });

  it('has no Lit markers left', () => {
    assert.doesNotMatch(html, /lit-part|lit-node|<\?>/);
  });

  it('gives a fragment on request: style and article, no page-level rules', () => {
    const fragment = renderLetter(input({ fragment: true }));
    assert.match(fragment, /^<style>/);
    assert.doesNotMatch(fragment, /<html|<body|<!doctype|@page|:root/i);
    assert.match(fragment, /<article class="sdm-letter" lang="en-GB" dir="ltr">/);
  });
});

describe('renderLetter: what the patient must find in it', () => {
  for (const [locale, number] of [
    ['en-GB', '999'],
    ['en-US', '911'],
  ] as const) {
    it(`${locale}: every self-care step, both safety-net tiers, the review date, ${number} and the sources`, () => {
      const text = textOf(renderLetter(input({ locale })));
      const t = localeText(locale as Locale).plan;
      for (const id of SELF_CARE_IDS) assert.ok(text.includes(t.selfCare[id].title), `self-care step ${id}`);
      assert.ok(text.includes(t.safetyNet.tiers[1].heading) && text.includes(t.safetyNet.tiers[2].heading), 'both tiers');
      for (const id of SIGN_IDS) {
        // The background risk factor (age) is no warning sign: it is in no "get help" list.
        assert.equal(text.includes(t.signs[id].watch), !isBackground(id), `safety-net sign ${id} (tier ${tierOf(id)})`);
      }
      assert.ok(text.includes(t.emergencyAction(t.services.emergency)), 'the tier 1 action');
      assert.ok(text.includes(t.urgentAction(t.services.urgent)), 'the tier 2 action');
      assert.ok(text.includes(formatDate('2027-01-04', locale as Locale)), 'the review date');
      assert.match(text, new RegExp(`\\b${number}\\b`));
      assert.doesNotMatch(text, new RegExp(`\\b${locale === 'en-GB' ? '911' : '999'}\\b`));
      assert.ok(text.includes('Henschke'), 'a source');
      assert.match(text, /doi:10\.\d+/, 'the sources with their DOIs');
    });
  }

  it('the letter is dated as core writes dates', () => {
    for (const locale of ['en-GB', 'en-US'] as const) {
      assert.match(
        renderLetter(input({ locale, date: '2026-03-09' })),
        new RegExp(`<time datetime="2026-03-09">${formatDate('2026-03-09', locale)}</time>`),
      );
    }
  });

  it('US letters default to US Letter paper, others to A4', () => {
    assert.match(renderLetter(input({ locale: 'en-US' })), /@page\{size:letter/);
    assert.match(renderLetter(input({ paper: 'letter' })), /@page\{size:letter/);
    assert.match(renderLetter(input()), /@page\{size:A4/);
  });

  it('a plan-only letter lists the sources of its figures itself', () => {
    const text = textOf(renderLetter(input({ include: { plan: true, explainer: false } })));
    assert.ok(text.includes('Where the numbers come from'));
    assert.ok(text.includes('Henschke'));
  });

  it('the plan section comes from the same view as the element (its section markers are there)', () => {
    const html = renderLetter(input());
    assert.match(html, /<article class="plan" part="plan" data-kind="watchful-waiting"/);
    assert.match(html, /<article class="explainer" part="explainer"/);
    assert.match(html, /<section class="clinician" part="clinician">/);
  });
});

describe('renderLetter: every free-text field is escaped', () => {
  const hostile = input({
    patient: { name: HOSTILE },
    practice: { name: HOSTILE, address: [HOSTILE, HOSTILE], phone: HOSTILE, email: HOSTILE, website: HOSTILE },
    clinician: { name: HOSTILE, role: HOSTILE },
    message: HOSTILE,
    answers: answers(HOSTILE),
    plan: plan({
      goals: [HOSTILE],
      selfCareNote: HOSTILE,
      scanTriggers: [HOSTILE],
      practice: { name: HOSTILE, phone: '0117 496 0000', clinician: HOSTILE },
    }),
  });
  const html = renderLetter(hostile);

  it('no markup gets through', () => {
    assert.doesNotMatch(html, /<script|<img/i);
    assert.doesNotMatch(html, /onerror="/i, 'no attribute break-out');
  });

  it('each field shows as text, once escaped', () => {
    const escaped =
      '&lt;script&gt;alert(1)&lt;/script&gt;&lt;img src=x onerror=&quot;alert(&#39;x&#39;)&quot;&gt; &amp; &quot;quotes&quot; &#39;single&#39; &amp;amp;';
    const count = html.split(escaped).length - 1;
    // patient ×2 (header, greeting), practice name, 2 address lines, phone, email, website,
    // clinician, role, message, goal, note, trigger, worry, and the plan's contact lines.
    assert.ok(count >= 15, `escaped ${count} times`);
    assert.ok(textOf(html).includes(HOSTILE), 'and reads back as typed');
  });

  it('in the title too', () => {
    assert.match(html, /<title>[^<]*&lt;script&gt;/);
  });
});

describe('renderLetter: a sign the clinician found leads to their decision', () => {
  const withFlag = (sign: string, decision: Plan['decision']) => input({ plan: plan({ redFlags: { ...allAbsent(), [sign]: 'present' }, decision }) });
  const t = localeText('en-GB').plan;

  it('an emergency referral prints what was arranged and the emergency action, and no watchful-waiting advice', () => {
    const html = renderLetter(withFlag('rf1-bladder', DECISIONS.emergency));
    const text = textOf(html);
    assert.ok(text.includes(t.needsToBeSeen.emergency.heading), 'needs to be seen now');
    assert.ok(text.includes(DECISIONS.emergency.arranged), 'what was arranged');
    assert.ok(text.includes(t.needsToBeSeen.underWay(t.services.emergency)));
    assert.match(html, /data-kind="needs-to-be-seen"/);
    for (const id of SELF_CARE_IDS) assert.ok(!text.includes(t.selfCare[id].title), `no self-care step ${id}`);
    for (const heading of [t.steps.heading, t.recovery.heading, t.dates.heading, t.routineReview.heading, t.goals.heading]) {
      assert.ok(!text.includes(heading), `no "${heading}"`);
    }
    assert.ok(!text.includes(formatDate('2027-01-04', 'en-GB')), 'no review date');
    const ex = localeText('en-GB').explainer();
    assert.ok(!text.includes(ex.comparison.options['wait-and-watch'].title), 'no "wait and watch" option');
    assert.doesNotMatch(html, /class="explainer"/, 'the explainer is left out');
  });

  it('tests arranged: what happens next, the self-care steps and the safety net; no explainer', () => {
    const html = renderLetter(withFlag('rf2-fever', DECISIONS.referral));
    const text = textOf(html);
    assert.match(html, /data-kind="tests-arranged"/);
    assert.ok(text.includes(DECISIONS.referral.arranged));
    assert.ok(text.includes(t.selfCare['keep-active'].title));
    assert.ok(text.includes(t.safetyNet.tiers[1].heading) && text.includes(t.safetyNet.tiers[2].heading));
    assert.ok(!text.includes(t.needsToBeSeen.urgent.heading), 'no "be seen today"');
    assert.ok(text.includes(localeText('en-GB').letter.explainerLeftOutTests));
  });

  it('waiting is still right: the plan with the reason, the earlier review and the explainer', () => {
    const html = renderLetter(withFlag('rf2-cancer', DECISIONS.wait));
    const text = textOf(html);
    assert.match(html, /data-kind="watchful-waiting"/);
    assert.ok(text.includes(DECISIONS.wait.reason));
    assert.ok(text.includes(formatDate(DECISIONS.wait.review, 'en-GB')));
    assert.ok(!text.includes(t.needsToBeSeen.urgent.heading), 'no "be seen today"');
    assert.match(html, /class="explainer"/);
  });

  it('a plan with a sign present and no decision is refused, with a plain reason', () => {
    assert.throws(
      () => renderLetter(withFlag('rf2-weight', null)),
      (e: unknown) => {
        assert.ok(e instanceof LetterInputError);
        assert.deepEqual(
          e.problems.map((p) => p.field),
          ['plan.decision'],
        );
        assert.match(e.message, /Record your decision/);
        return true;
      },
    );
  });

  it('a Tier 1 "yes" in the questionnaire that the review has not settled is refused; asked again, it prints', () => {
    const a = answers();
    a.emergency['rf1-weakness'] = true;
    assert.throws(
      () => renderLetter(input({ answers: a })),
      (e: unknown) => {
        assert.ok(e instanceof LetterInputError);
        assert.deepEqual(
          e.problems.map((p) => p.field),
          ['plan.redFlags.rf1-weakness'],
        );
        assert.match(e.message, /answered yes to this in the questionnaire/);
        return true;
      },
    );
    const text = textOf(renderLetter(input({ answers: a, plan: plan({ rechecked: ['rf1-weakness'] }) })));
    assert.ok(text.includes(t.steps.heading), 'the plan, settled');
    assert.ok(!text.includes(t.needsToBeSeen.emergency.heading));
  });

  it('a patient over 50 with nothing else present gets the routine plan', () => {
    const html = renderLetter(withFlag('rf2-age', null));
    assert.match(html, /data-kind="watchful-waiting"/);
    assert.ok(!textOf(html).includes(t.needsToBeSeen.urgent.heading));
  });
});

describe('checkLetter and LetterInputError: plain words, nothing printed from bad input', () => {
  it('an invalid plan stops the letter and says why', () => {
    const bad = input({ plan: { ...plan(), review: '2026-02-30', selfCare: ['yoga'] } as never });
    assert.throws(
      () => renderLetter(bad),
      (e: unknown) => {
        assert.ok(e instanceof LetterInputError);
        const err = e as LetterInputError;
        assert.deepEqual(err.problems.map((p) => p.field).sort(), ['plan.review', 'plan.selfCare[0]']);
        assert.match(err.message, /not a real date/);
        return true;
      },
    );
  });

  it('unknown fields, a wrong locale, a bad date and two questionnaire results are each named', () => {
    const r = checkLetter({ ...input(), pactice: {}, locale: 'fr', date: '23/11/2026', profile: {} });
    assert.equal(r.ok, false);
    if (r.ok) return;
    const fields = r.problems.map((p) => p.field);
    for (const f of ['pactice', 'locale', 'date']) assert.ok(fields.includes(f), `${f}: ${JSON.stringify(r.problems)}`);
    assert.ok(
      r.problems.some((p) => /only once/.test(p.message)),
      'profile and answers both given',
    );
  });

  it('too-long text is a problem, not silently cut', () => {
    const r = checkLetter(input({ patient: { name: 'x'.repeat(500) } }));
    assert.equal(r.ok, false);
  });

  it('a review date in the past is a warning, not a problem', () => {
    const r = checkLetter(input({ date: '2027-03-01' }));
    assert.ok(r.ok);
    assert.ok(r.warnings.some((w) => w.field === 'plan.review'));
  });

  it('a FHIR QuestionnaireResponse works as well as answers', async () => {
    const { toQuestionnaireResponse } = await import('@scanwise/core');
    const a = input({ answers: undefined, questionnaireResponse: toQuestionnaireResponse(answers(), { status: 'completed' }) });
    assert.equal(renderLetter(a), renderLetter(input()));
  });
});

describe('renderLetter: the sources', () => {
  it('the footer and the sources list name every source the letter uses, once each', () => {
    for (const explainer of ['summary', 'full'] as const) {
      const c = prepareLetter(input({ include: { questionnaire: false, explainer, plan: true } }));
      const planOnly = prepareLetter(input({ include: { questionnaire: false, explainer: false, plan: true } }));
      const shorts = c.sources.map((s) => s.short);
      assert.equal(new Set(shorts).size, shorts.length, 'once each');
      for (const s of planOnly.sources) assert.ok(shorts.includes(s.short), `the plan's source ${s.short} is in the letter's list`);
      const list = textOf(/<section class="letter-part letter-sources">([\s\S]*?)<\/section>/.exec(c.body)?.[1] ?? '');
      for (const s of c.sources) assert.ok(list.includes(textOf(s.brief)), `${s.short} in the sources list`);
      // The footer closes the page with the content's version; the list above names the sources.
      const foot = textOf(/<footer class="letter-foot">([\s\S]*?)<\/footer>/.exec(c.body)?.[1] ?? '');
      assert.match(foot.trim(), /^Scanwise content \d+\.\d+\.\d+, .+\.$/);
      for (const s of shorts) assert.ok(!foot.includes(s), `${s} is not named twice`);
      // In a PDF each page's footer says it (pageTemplates), so the letter leaves its own out.
      assert.ok(!prepareLetter(input({ include: { questionnaire: false, explainer, plan: true } }), { forPdf: true }).body.includes('letter-foot'));
    }
  });
});

describe('renderLetter: the clinician\'s copy says what the plan records for each emergency "yes"', () => {
  it('asked again: absent', async () => {
    const a = answers();
    a.emergency['rf1-bowel'] = true;
    const html = renderLetter(
      input({ answers: a, plan: plan({ rechecked: ['rf1-bowel'] }), include: { questionnaire: true, explainer: false, plan: true } }),
    );
    const copy = textOf(/<section class="letter-part clinician-copy">([\s\S]*?)<\/section>/.exec(html)?.[1] ?? '');
    assert.ok(copy.includes(localeText('en-GB').questionnaireUi.clinician.inPlan.rechecked), copy);
    assert.ok(!copy.includes(localeText('en-GB').questionnaireUi.clinician.inPlan.noPlan));
  });
});

describe('renderLetter: brief by default', () => {
  for (const locale of ['en-GB', 'en-US'] as const) {
    it(`${locale}: no list item is printed twice in the default letter, and the comparison is the one-page summary`, () => {
      const html = renderLetter(input({ locale, include: { questionnaire: false, explainer: 'summary', plan: true } }));
      const items = [...html.matchAll(/<li\b[^>]*>([\s\S]*?)<\/li>/g)].map((m) => textOf(m[1]!).trim()).filter(Boolean);
      const seen = new Set<string>();
      const twice = items.filter((i) => (seen.has(i) ? true : (seen.add(i), false)));
      assert.deepEqual(twice, []);
      assert.match(html, /data-variant="summary"/);
      assert.doesNotMatch(html, /class="comparison"/, 'no option cards: the table only');
      assert.equal((html.match(/class="letter-part letter-sources"/g) ?? []).length, 1, 'one sources list');
      assert.doesNotMatch(html, /part="sources"/, "the explainer's own list is left out");
    });
  }
  it('the clinician copy is opt-in', () => {
    const html = renderLetter(input({ include: undefined }));
    assert.doesNotMatch(html, /<section class="letter-part clinician-copy"/);
  });
});
