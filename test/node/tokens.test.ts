// The design tokens of the element styles, checked as Material Web checks its own: every private
// token (`--_x`) an element's sheets use is defined in them and every one defined is used, and
// every public token (`--sdm-x`) that reaches one of its properties is documented on the element's
// class with `@cssproperty [--sdm-x=fallback] - …`, once, with the fallback the CSS really has.
// The checks run on every `*.styles.ts` under packages/elements/src, and on made-up sheets below.
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, posix } from 'node:path';
import { describe, it } from 'node:test';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { CSSResult } from 'lit';
import { componentFolders, ELEMENTS_SRC } from '../../scripts/components.mjs';
import '@scanwise/core/locales/all';

const SRC = join(dirname(fileURLToPath(import.meta.url)), '../..', ELEMENTS_SRC);

/** An element as the checks see it: the CSS text of each sheet it adopts, by name, and its class doc comment. */
interface StyledElement {
  name: string;
  sheets: ReadonlyMap<string, string>;
  doc: string;
}

/** A public token's `@cssproperty` line: its name and the default it gives (undefined without `=`). */
interface DocumentedToken {
  name: string;
  fallback: string | undefined;
}

const withoutComments = (css: string) => css.replace(/\/\*[\s\S]*?\*\//g, '');

interface Declaration {
  property: string;
  value: string;
}

/** The declarations of a sheet, `property: value`, at any depth (rules inside `@media` too); strings kept whole. */
function declarations(css: string): Declaration[] {
  const found: Declaration[] = [];
  let chunk = '';
  let quote = '';
  for (const c of withoutComments(css)) {
    if (quote) {
      if (c === quote) quote = '';
      chunk += c;
    } else if (c === '"' || c === "'") {
      quote = c;
      chunk += c;
    } else if (c === '{') {
      chunk = ''; // a selector or an at-rule's prelude
    } else if (c === ';' || c === '}') {
      const colon = chunk.indexOf(':');
      if (colon > 0) found.push({ property: chunk.slice(0, colon).trim(), value: chunk.slice(colon + 1).trim() });
      chunk = '';
    } else {
      chunk += c;
    }
  }
  return found;
}

const isPrivate = (token: string) => token.startsWith('--_');
/** The tokens a value reads: `var(--_x` and `var(--sdm-x`. */
const reads = (value: string) => [...value.matchAll(/var\(\s*(--(?:_|sdm-)[\w-]+)/g)].map((m) => m[1]!);

/** The private tokens a sheet sets: `--_x: …`. */
const privateDefinitions = (css: string) =>
  new Set(
    declarations(css)
      .map((d) => d.property)
      .filter(isPrivate),
  );
/** The private tokens a sheet reads: `var(--_x`. */
const privateUses = (css: string) =>
  new Set(
    declarations(css)
      .flatMap((d) => reads(d.value))
      .filter(isPrivate),
  );

/**
 * The public tokens that reach a real property: read by one (`color: var(--sdm-x)`), or by a private
 * token that does (`--_x: var(--sdm-x)` with `color: var(--_x)`). The shared base sets private
 * tokens some elements never use: the public tokens behind those are not the element's.
 */
function publicReads(css: string): Set<string> {
  const behind = new Map<string, string[]>();
  const pending: string[] = [];
  for (const { property, value } of declarations(css)) {
    if (isPrivate(property)) behind.set(property, [...(behind.get(property) ?? []), ...reads(value)]);
    else pending.push(...reads(value));
  }
  const seen = new Set<string>();
  for (let token = pending.pop(); token !== undefined; token = pending.pop()) {
    if (seen.has(token)) continue;
    seen.add(token);
    pending.push(...(behind.get(token) ?? []));
  }
  return new Set([...seen].filter((t) => !isPrivate(t)));
}

/** The `@cssproperty` lines of a doc comment, in order (a name may come twice). */
function documented(doc: string): DocumentedToken[] {
  return [...doc.matchAll(/@cssproperty\s+(?:\[(--[\w-]+)(?:=([^\]]*))?\]|(--[\w-]+))/g)].map((m) => ({
    name: (m[1] ?? m[3])!,
    fallback: m[2]?.trim(),
  }));
}

/** Every fallback a sheet gives a public token, `var(--sdm-x, fallback)`, brackets and all. */
function fallbacks(css: string): Map<string, Set<string>> {
  const text = withoutComments(css);
  const found = new Map<string, Set<string>>();
  for (const m of text.matchAll(/var\(\s*(--sdm-[\w-]+)\s*,/g)) {
    const start = m.index + m[0].length;
    let depth = 0;
    let end = start;
    for (; end < text.length; end++) {
      if (text[end] === '(') depth++;
      else if (text[end] === ')' && depth-- === 0) break;
    }
    const name = m[1]!;
    found.set(name, (found.get(name) ?? new Set()).add(text.slice(start, end).trim()));
  }
  return found;
}

/** A fallback's first item at the top level: a font list's first font (`system-ui` of `system-ui, sans-serif`). */
function firstItem(value: string): string {
  let depth = 0;
  for (let i = 0; i < value.length; i++) {
    if (value[i] === '(') depth++;
    else if (value[i] === ')') depth--;
    else if (value[i] === ',' && depth === 0) return value.slice(0, i).trim();
  }
  return value;
}

const union = <T>(sets: Iterable<Set<T>>) => new Set([...sets].flatMap((s) => [...s]));
const allCss = (el: StyledElement) => [...el.sheets.values()].join('\n');

/** The checks, each giving one line per problem it finds in a set of elements. */
const CHECKS: Record<string, (elements: readonly StyledElement[]) => string[]> = {
  'every private token used is defined in the sheets of the element': (elements) =>
    elements.flatMap((el) => {
      const defined = union([...el.sheets.values()].map(privateDefinitions));
      return [...privateUses(allCss(el))].filter((t) => !defined.has(t)).map((t) => `${el.name}: ${t} is used but never defined`);
    }),

  'every private token a sheet defines is used by an element that adopts the sheet': (elements) => {
    const sheetNames = new Set(elements.flatMap((el) => [...el.sheets.keys()]));
    return [...sheetNames].flatMap((sheet) => {
      const adopters = elements.filter((el) => el.sheets.has(sheet));
      const used = union(adopters.map((el) => privateUses(allCss(el))));
      return [...privateDefinitions(adopters[0]!.sheets.get(sheet)!)]
        .filter((t) => !used.has(t))
        .map((t) => `${sheet}: ${t} is defined but never used`);
    });
  },

  'every public token that reaches a property is documented with @cssproperty on the class': (elements) =>
    elements.flatMap((el) => {
      const names = new Set(documented(el.doc).map((d) => d.name));
      return [...publicReads(allCss(el))].filter((t) => !names.has(t)).map((t) => `${el.name}: ${t} has no @cssproperty`);
    }),

  'every @cssproperty is a token the sheets read, documented once': (elements) =>
    elements.flatMap((el) => {
      const used = publicReads(allCss(el));
      const seen = new Set<string>();
      return documented(el.doc).flatMap(({ name }) => {
        const problem = seen.has(name)
          ? `${el.name}: ${name} is documented twice`
          : !used.has(name)
            ? `${el.name}: ${name} is documented but never read`
            : [];
        seen.add(name);
        return problem;
      });
    }),

  'every @cssproperty default is the fallback in the CSS (or a font list’s first font)': (elements) =>
    elements.flatMap((el) => {
      const inCss = fallbacks(allCss(el));
      return documented(el.doc).flatMap(({ name, fallback }) => {
        const values = [...(inCss.get(name) ?? [])];
        if (values.length === 0) return [];
        if (values.length > 1) return `${el.name}: ${name} has different fallbacks in the CSS: ${values.join(' | ')}`;
        const value = values[0]!;
        if (fallback === undefined) return `${el.name}: ${name} is documented without its default (${value})`;
        return fallback === value || fallback === firstItem(value)
          ? []
          : `${el.name}: ${name} is documented as ${fallback}, the CSS falls back to ${value}`;
      });
    }),
};

/** Every `*.styles.ts` module under the element sources, by path from the sources (`shared/base.styles.ts`). */
async function styleModules(): Promise<Map<string, Record<string, unknown>>> {
  const files = readdirSync(SRC, { recursive: true })
    .map(String)
    .filter((f) => f.endsWith('.styles.ts'))
    .sort();
  const modules = new Map<string, Record<string, unknown>>();
  for (const file of files) modules.set(file, (await import(pathToFileURL(join(SRC, file)).href)) as Record<string, unknown>);
  return modules;
}

/** The class doc comment: the last `/** … *\/` before `export class <name>` (line comments may come between). */
function classDoc(source: string, name: string): string {
  return new RegExp(`/\\*\\*((?:(?!\\*/)[\\s\\S])*)\\*/\\s*(?://.*\\s*)*export class ${name}\\b`).exec(source)?.[1] ?? '';
}

/** Every stylesheet the modules export, named `<file>#<export>` after the first module that exports it. */
function sheetNames(modules: ReadonlyMap<string, Record<string, unknown>>): Map<CSSResult, string> {
  const names = new Map<CSSResult, string>();
  for (const [file, module] of modules) {
    for (const [name, value] of Object.entries(module)) if (value instanceof CSSResult && !names.has(value)) names.set(value, `${file}#${name}`);
  }
  return names;
}

/**
 * Each element class of each component folder, with the sheets it adopts. They are read from
 * the source, not the running class (so the check needs no more than the style modules):
 * `static override styles = x` or `= [x, y]`, each name imported from a `*.styles.js` module.
 */
function styledElements(modules: ReadonlyMap<string, Record<string, unknown>>): StyledElement[] {
  const names = sheetNames(modules);
  return componentFolders().flatMap((folder) => {
    const source = readFileSync(join(SRC, folder, `${folder}.ts`), 'utf8');
    const imported = new Map<string, string>();
    for (const [, list, from] of source.matchAll(/import\s*\{([^}]*)\}\s*from\s*'([^']+\.styles)\.js'/g)) {
      const file = `${posix.join(folder, from!)}.ts`;
      for (const name of list!
        .split(',')
        .map((n) => n.trim())
        .filter(Boolean))
        imported.set(name, file);
    }
    return [...source.matchAll(/export class (\w+)[^{]*\{[^]*?static override styles = ([^;]+);/g)].map(([, name, styles]) => {
      const adopted = styles!
        .replace(/[[\]\s]/g, '')
        .split(',')
        .map((id) => modules.get(imported.get(id) ?? '')?.[id] ?? `${id}: not imported from a *.styles.js module`)
        .flat(Infinity);
      const sheets = new Map(
        adopted.map((s) => (s instanceof CSSResult ? [names.get(s) ?? 'a sheet no *.styles.ts module exports', s.cssText] : [String(s), ''])),
      );
      return { name: name!, sheets, doc: classDoc(source, name!) };
    });
  });
}

const modules = await styleModules();
const elements = styledElements(modules);

describe('design tokens of the element styles', () => {
  it('reads the four elements, each with its class doc comment', () => {
    assert.deepEqual(elements.map((el) => el.name).sort(), ['SdmBenefitsHarms', 'SdmIconArray', 'SdmImagingQuestionnaire', 'SdmWatchfulWaitingPlan']);
    for (const el of elements) assert.match(el.doc, /@cssproperty/, el.name);
  });

  it('every stylesheet an element adopts is in a *.styles.ts file, and every one there is adopted', () => {
    const adopted = new Set(elements.flatMap((el) => [...el.sheets.keys()]));
    assert.deepEqual(
      [...adopted].filter((s) => !s.includes('#')),
      [],
    );
    assert.deepEqual(
      [...sheetNames(modules).values()].filter((s) => !adopted.has(s)),
      [],
    );
  });

  for (const [check, run] of Object.entries(CHECKS)) {
    it(check, () => assert.deepEqual(run(elements), []));
  }
});

describe('the token checks catch', () => {
  const element = (css: string, doc = ''): StyledElement => ({ name: 'SdmTest', sheets: new Map([['test.styles.ts#testStyles', css]]), doc });
  const cases: { name: string; el: StyledElement; problem: string }[] = [
    {
      name: 'a private token used but never defined',
      el: element('a { color: var(--_ink); }'),
      problem: 'SdmTest: --_ink is used but never defined',
    },
    {
      name: 'a private token defined but never used',
      el: element(':host { --_ink: red; }'),
      problem: 'test.styles.ts#testStyles: --_ink is defined but never used',
    },
    {
      name: 'a public token without @cssproperty',
      el: element('a { color: var(--sdm-ink, red); }'),
      problem: 'SdmTest: --sdm-ink has no @cssproperty',
    },
    {
      name: 'a @cssproperty given twice',
      el: element('a { color: var(--sdm-ink, red); }', '@cssproperty [--sdm-ink=red] - Ink.\n * @cssproperty [--sdm-ink=red] - Ink.'),
      problem: 'SdmTest: --sdm-ink is documented twice',
    },
    {
      name: 'a @cssproperty the CSS never reads',
      el: element('a { color: red; }', '@cssproperty [--sdm-ink=red] - Ink.'),
      problem: 'SdmTest: --sdm-ink is documented but never read',
    },
    {
      name: 'a @cssproperty default that is not the fallback',
      el: element('a { color: var(--sdm-ink, light-dark(#000, #fff)); }', '@cssproperty [--sdm-ink=#000] - Ink.'),
      problem: 'SdmTest: --sdm-ink is documented as #000, the CSS falls back to light-dark(#000, #fff)',
    },
    {
      name: 'a @cssproperty without its default',
      el: element('a { color: var(--sdm-ink, red); }', '@cssproperty --sdm-ink - Ink.'),
      problem: 'SdmTest: --sdm-ink is documented without its default (red)',
    },
  ];
  for (const { name, el, problem } of cases) {
    it(name, () => {
      assert.ok(
        Object.values(CHECKS).some((run) => run([el]).includes(problem)),
        problem,
      );
    });
  }

  it('nothing in sheets that define, use and document their tokens', () => {
    const ok = element(
      ':host { --_ink: var(--sdm-ink, system-ui, sans-serif); } a { color: var(--_ink); }',
      '@cssproperty [--sdm-ink=system-ui] - Ink.',
    );
    for (const run of Object.values(CHECKS)) assert.deepEqual(run([ok]), []);
  });

  it('nothing for a public token behind a shared private token this element never uses', () => {
    const base = ':host { --_ink: var(--sdm-ink, red); }';
    const user: StyledElement = {
      name: 'SdmUser',
      sheets: new Map([
        ['base', base],
        ['user', 'a { color: var(--_ink); }'],
      ]),
      doc: '@cssproperty [--sdm-ink=red] - Ink.',
    };
    const other: StyledElement = { name: 'SdmOther', sheets: new Map([['base', base]]), doc: '' };
    for (const run of Object.values(CHECKS)) assert.deepEqual(run([user, other]), []);
  });
});
