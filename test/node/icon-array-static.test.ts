import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { render } from '@lit-labs/ssr';
import { collectResultSync } from '@lit-labs/ssr/lib/render-result.js';
import { localeText, iconArrayModel } from '@scanwise/core';
import { iconArrayView } from '../../packages/elements/src/icon-array/icon-array.view.js';
import '@scanwise/core/locales/all';

/** The icon array's view rendered on the server, as a letter will: plain HTML, no script. */
function staticHtml(fact: string, idPrefix = 'a1'): string {
  const r = iconArrayModel({ fact }, 'en-GB');
  assert.ok(r.ok);
  const out = collectResultSync(render(iconArrayView(r.model, localeText('en-GB').messages.iconArray, { idPrefix })));
  return out.replace(/<!--\/?lit-part[^>]*-->|<!--lit-node \d+-->|<\?>/g, '');
}

describe('icon-array view rendered to static HTML', () => {
  const html = staticHtml('serious-cause');

  it('is plain HTML and SVG: no script, no shadow root', () => {
    assert.doesNotMatch(html, /<script|shadowroot/i);
  });

  it('draws 100 people, 1 counted, named by the summary sentence', () => {
    assert.equal(html.match(/<use href="#a1-person" class="counted"/g)?.length, 1);
    assert.equal(html.match(/<use href="#a1-person" class="others"/g)?.length, 99);
    assert.equal(html.match(/<path id="a1-person"/g)?.length, 1); // the shape, drawn once
    assert.equal(html.match(/<path class="(counted|others)"/g)?.length, 2); // the legend
    assert.match(html, /<svg class="array" part="array" role="img" aria-labelledby="a1-sentence"/);
    assert.match(html, /<p class="summary" part="summary" id="a1-sentence">About 1 out of 100 people/);
  });

  it('keeps the source, the table and the rounding note', () => {
    assert.match(html, /href="https:\/\/doi.org\/10.1002\/art.24853"/);
    assert.match(html, /<table>/);
    assert.match(html, /Numbers are rounded to whole people./);
  });

  it('gives each array its own ids, so many fit in one letter', () => {
    assert.match(staticHtml('serious-cause', 'b2'), /id="b2-sentence"/);
  });

  it('escapes hostile words from explicit input', () => {
    const r = iconArrayModel({ count: 1, label: '<img src=x onerror=alert(1)>', population: '"people"', timeframe: 'now</p><script>' }, 'en-GB');
    assert.ok(r.ok);
    const out = collectResultSync(render(iconArrayView(r.model, localeText('en-GB').messages.iconArray, { idPrefix: 'h' })));
    assert.doesNotMatch(out, /<img src=x|<script>/);
    assert.match(out, /&lt;img src=x onerror=alert\(1\)&gt;/);
  });
});
