/**
 * Where JSON text goes wrong, as an offset and a plain message. Node 20's JSON.parse does not
 * always say where ("Unexpected token ']', ... is not valid JSON"), so this walks the text with
 * a small strict JSON reader and stops at the first thing that does not fit.
 *
 * The reader keeps its own stack (no recursion), so any depth of nesting is read safely; with
 * `maxDepth`, nesting deeper than that is reported too (`kind: 'depth'`), even in valid JSON.
 */
export interface JsonErrorAt {
  offset: number;
  line: number;
  column: number;
  message: string;
  /** `syntax`: not JSON. `depth`: JSON, but nested deeper than `maxDepth`. */
  kind: 'syntax' | 'depth';
}

/** Letter data is a few levels deep; anything past this is refused before it is used. */
export const MAX_JSON_DEPTH = 100;

class Stop extends Error {
  constructor(
    readonly offset: number,
    message: string,
    readonly kind: 'syntax' | 'depth' = 'syntax',
  ) {
    super(message);
  }
}

export function findJsonError(text: string, maxDepth = Infinity): JsonErrorAt | null {
  let i = 0;
  const ws = () => {
    while (i < text.length && ' \t\n\r'.includes(text[i]!)) i++;
  };
  const show = (c: string | undefined) => (c === undefined ? 'the end of the file' : c === '"' ? 'a double quote' : `"${c}"`);
  const fail = (expected: string): never => {
    throw new Stop(i, `expected ${expected}, but found ${show(text[i])}`);
  };
  const string = (): void => {
    i++;
    while (i < text.length) {
      const c = text[i]!;
      if (c === '"') {
        i++;
        return;
      }
      if (c === '\\') {
        const e = text[i + 1];
        if (e === 'u' ? !/^[0-9a-fA-F]{4}$/.test(text.slice(i + 2, i + 6)) : !e || !'"\\/bfnrt'.includes(e)) {
          throw new Stop(i, 'a backslash in text must start an escape such as \\n or \\"');
        }
        i += e === 'u' ? 6 : 2;
        continue;
      }
      if (c < ' ') throw new Stop(i, 'text cannot run over a line break; end it with a double quote or write \\n');
      i++;
    }
    throw new Stop(i, 'the text is never closed with a double quote');
  };
  const key = (afterComma: boolean): void => {
    ws();
    if (text[i] !== '"')
      fail(afterComma && text[i] === '}' ? 'another property after the comma (a trailing comma is not allowed)' : 'a property name in double quotes');
    string();
    ws();
    if (text[i] !== ':') fail('":" after the property name');
    i++;
  };
  /** The open objects and lists, innermost last. */
  const open: ('{' | '[')[] = [];
  const enter = (kind: '{' | '[') => {
    if (open.length >= maxDepth) {
      throw new Stop(i, `the data is nested more than ${maxDepth} levels deep ([ and { inside each other)`, 'depth');
    }
    open.push(kind);
    i++;
  };

  try {
    for (;;) {
      // A value is expected here.
      ws();
      const c = text[i];
      if (c === '{') {
        enter('{');
        ws();
        if (text[i] === '}') {
          i++;
          open.pop();
        } else {
          key(false);
          continue;
        }
      } else if (c === '[') {
        enter('[');
        ws();
        if (text[i] === ']') {
          i++;
          open.pop();
        } else {
          continue;
        }
      } else if (c === '"') {
        string();
      } else {
        const m = /^(-?(0|[1-9]\d*)(\.\d+)?([eE][+-]?\d+)?|true|false|null)/.exec(text.slice(i, i + 64));
        if (!m)
          fail(
            c === "'"
              ? 'a value (text needs double quotes, not single quotes)'
              : 'a value (text in double quotes, a number, true, false, null, an object or a list)',
          );
        i += m![0].length;
      }
      // A value is complete: close what it completes, or move on to the next one.
      let next = false;
      while (!next) {
        ws();
        const inside = open[open.length - 1];
        if (!inside) {
          if (i < text.length) fail('the end of the file after the data');
          return null;
        }
        if (text[i] === ',') {
          i++;
          if (inside === '{') key(true);
          else {
            ws();
            if (text[i] === ']') fail('another value after the comma (a trailing comma is not allowed)');
          }
          next = true;
        } else if (text[i] === (inside === '{' ? '}' : ']')) {
          i++;
          open.pop();
        } else {
          fail(inside === '{' ? '"," or "}"' : '"," or "]"');
        }
      }
    }
  } catch (e) {
    if (!(e instanceof Stop)) throw e;
    const before = text.slice(0, e.offset);
    const line = before.split('\n').length;
    return { offset: e.offset, line, column: e.offset - before.lastIndexOf('\n'), message: e.message, kind: e.kind };
  }
}
