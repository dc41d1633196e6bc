// @scanwise/react: one component per element, with a callback for every event the element
// declares (@fires), typed as the element types it; and each renders on the server (Node) as
// its tag, for Next.js and other React servers. The browser side is tested by examples/react
// (React 19 and 18) in CI.
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { createElement } from 'react';
import { renderToString } from 'react-dom/server';
import { defaultPlan } from '@scanwise/core';
import * as wrappers from '@scanwise/react';
import '@scanwise/core/locales/all';

const ELEMENTS = 'packages/elements/src';
const REACT = 'packages/react/src';
const folders = readdirSync(ELEMENTS, { withFileTypes: true })
  .filter((d) => d.isDirectory() && readdirSync(join(ELEMENTS, d.name)).includes(`${d.name}.ts`))
  .map((d) => d.name);

/** `sdm-complete` → `onSdmComplete`; `change` → `onChange`. */
const propFor = (event: string) => `on${event.replace(/(^|-)(\w)/g, (_, __: string, c: string) => c.toUpperCase())}`;

/** The events an element declares in its JSDoc: name → type. */
function declaredEvents(folder: string): Map<string, string> {
  const source = readFileSync(join(ELEMENTS, folder, `${folder}.ts`), 'utf8');
  return new Map([...source.matchAll(/@fires \{([^}]+)\} ([\w-]+)/g)].map(([, type, name]) => [name!, type!]));
}

/** The callbacks a wrapper maps: prop → [event name, event type]. */
function wrappedEvents(folder: string): Map<string, [string, string]> {
  const source = readFileSync(join(REACT, `${folder}.ts`), 'utf8');
  return new Map([...source.matchAll(/(on\w+): '([\w-]+)' as EventName<(.+)>,/g)].map(([, prop, name, type]) => [prop!, [name!, type!]]));
}

describe('@scanwise/react', () => {
  it('has a component for every element, exported from the root', () => {
    assert.deepEqual(folders.sort(), ['benefits-harms', 'icon-array', 'imaging-questionnaire', 'watchful-waiting-plan']);
    for (const folder of folders) {
      const name = `Sdm${propFor(folder).slice(2)}`;
      assert.ok(name in wrappers, `${name} is not exported`);
    }
  });

  for (const folder of folders) {
    it(`<sdm-${folder}>: a callback for each declared event, with the event's own type`, () => {
      const declared = declaredEvents(folder);
      const wrapped = wrappedEvents(folder);
      assert.ok(declared.size > 0, 'no @fires tags found');
      assert.deepEqual([...wrapped.keys()].sort(), [...declared.keys()].map(propFor).sort());
      for (const [event, type] of declared) assert.deepEqual(wrapped.get(propFor(event)), [event, type], event);
    });
  }

  it('renders each component on the server as its tag, with no error', () => {
    const props = { SdmWatchfulWaitingPlan: { plan: defaultPlan('2026-12-02') } } as Record<string, object>;
    for (const [name, component] of Object.entries(wrappers)) {
      const tag = `sdm-${name
        .slice(3)
        .replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)
        .slice(1)}`;
      const html = renderToString(createElement(component as never, props[name] ?? {}));
      assert.equal(html, `<${tag}></${tag}>`);
    }
  });
});
