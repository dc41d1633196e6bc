import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { citations, facts } from '@scanwise/core';
import { EVIDENCE_PAGE_URL, evidencePage, REGENERATE, slug } from '../../scripts/evidence-page.mjs';
import '@scanwise/core/locales/all';

/** docs/evidence.md: every figure, its words and its source, built from core's registry. */
const page = evidencePage();

/** Every heading's anchor, as GitHub and Storybook give it. */
const anchors = [...page.matchAll(/^#{1,6} (.+)$/gm)].map((m) => slug(m[1]!));

/** The section of the page that starts at this heading, up to the next heading of its level or higher. */
function section(heading: string): string {
  const level = /^#+/.exec(heading)![0].length;
  const start = page.indexOf(`\n${heading}\n`);
  assert.ok(start >= 0, `no heading "${heading}"`);
  const rest = page.slice(start + heading.length + 2);
  const end = rest.search(new RegExp(`^#{1,${level}} `, 'm'));
  return end < 0 ? rest : rest.slice(0, end);
}

describe('docs/evidence.md', () => {
  it(`is what the registry makes today (else run: ${REGENERATE})`, () => {
    const onDisk = readFileSync(EVIDENCE_PAGE_URL, 'utf8');
    assert.ok(onDisk === page, `docs/evidence.md is out of date: run ${REGENERATE}`);
  });

  it('has a section, and a row at a glance, for every fact of the registry', () => {
    const glance = section('## Facts at a glance');
    for (const fact of facts) {
      assert.ok(page.includes(`\n#### ${fact.id}\n`), `no section for fact ${fact.id}`);
      assert.ok(glance.includes(`| [${fact.id}](#${fact.id}) |`), `fact ${fact.id} is not at a glance`);
    }
  });

  it('lists every citation of the registry as a source, with the facts that rest on it', () => {
    for (const c of citations) {
      const source = section(`### ${c.id}`);
      assert.ok(source.includes(c.title), `source ${c.id} has no title`);
      for (const f of facts.filter((f) => f.citationId === c.id)) {
        assert.ok(source.includes(`[${f.id}](#${f.id})`), `source ${c.id} does not list fact ${f.id}`);
      }
    }
  });

  it('lists every part of a source that is still to be checked', () => {
    const open = section('## To be checked');
    const marked = citations.filter((c) => c.unverified?.length);
    assert.ok(marked.length > 0, 'the registry marks something to be checked: this test needs one');
    for (const c of marked) {
      assert.ok(open.includes(`(#${c.id}) | ${c.unverified!.join(', ')} |`), `${c.id}: ${c.unverified!.join(', ')} not listed`);
    }
  });

  it('gives every heading its own anchor, and every link in the page an anchor that exists', () => {
    assert.equal(new Set(anchors).size, anchors.length, 'two headings share an anchor');
    for (const [, target] of page.matchAll(/\]\(#([^)]+)\)/g)) assert.ok(anchors.includes(target!), `#${target} leads nowhere`);
  });

  it('keeps the anchors the source comments point to', () => {
    for (const anchor of [
      'how-to-read-the-facts',
      'serious-causes',
      'scan-findings-in-people-with-no-back-pain',
      'what-an-early-scan-changes',
      'harms-of-scans',
      'how-back-pain-gets-better',
      'red-flag-signs',
      'tier-1-signs',
      'tier-2-signs',
      'background-risk-factors',
      'ages-named-in-the-signs',
      'routine-review',
      'review-timing',
      'self-care-steps',
      'sources',
      'to-be-checked',
    ]) {
      assert.ok(anchors.includes(anchor), `#${anchor} is gone`);
    }
  });
});
