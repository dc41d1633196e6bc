/**
 * Where JSON text goes wrong, as an offset and a plain message. Node 20's JSON.parse does not
 * always say where ("Unexpected token ']', ... is not valid JSON"), so this walks the text with
 * a small strict JSON reader and stops at the first thing that does not fit.
 */
export interface JsonErrorAt {
  offset: number;
  line: number;
  column: number;
  message: string;
}

class Stop extends Error {
  constructor(
    readonly offset: number,
    message: string,
  ) {
    super(message);
  }
}

export function findJsonError(text: string): JsonErrorAt | null {
  let i = 0;
  const ws = () => {
    while (i < text.length && ' \t\n\r'.includes(text[i]!)) i++;
  };
  const show = (c: string | undefined) => (c === undefined ? 'the end of the file' : c === '"' ? 'a double quote' : `"${c}"`);
  const fail = (expected: string): never => {
    throw new Stop(i, `expected ${expected}, but found ${show(text[i])}`);
  };
  const value = (): void => {
    ws();
    const c = text[i];
    if (c === '{') {
      i++;
      ws();
      if (text[i] === '}') {
        i++;
        return;
      }
      for (;;) {
        ws();
        if (text[i] !== '"') fail(text[i] === '}' ? 'another property after the comma (a trailing comma is not allowed)' : 'a property name in double quotes');
        string();
        ws();
        if (text[i] !== ':') fail('":" after the property name');
        i++;
        value();
        ws();
        if (text[i] === ',') {
          i++;
          continue;
        }
        if (text[i] === '}') {
          i++;
          return;
        }
        fail('"," or "}"');
      }
    }
    if (c === '[') {
      i++;
      ws();
      if (text[i] === ']') {
        i++;
        return;
      }
      for (;;) {
        ws();
        if (text[i] === ']') fail('another value after the comma (a trailing comma is not allowed)');
        value();
        ws();
        if (text[i] === ',') {
          i++;
          continue;
        }
        if (text[i] === ']') {
          i++;
          return;
        }
        fail('"," or "]"');
      }
    }
    if (c === '"') return string();
    const m = /^(-?(0|[1-9]\d*)(\.\d+)?([eE][+-]?\d+)?|true|false|null)/.exec(text.slice(i, i + 64));
    if (m) {
      i += m[0].length;
      return;
    }
    fail(c === "'" ? 'a value (text needs double quotes, not single quotes)' : 'a value (text in double quotes, a number, true, false, null, an object or a list)');
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
  try {
    value();
    ws();
    if (i < text.length) fail('the end of the file after the data');
    return null;
  } catch (e) {
    if (!(e instanceof Stop)) throw e;
    const before = text.slice(0, e.offset);
    const line = before.split('\n').length;
    return { offset: e.offset, line, column: e.offset - before.lastIndexOf('\n'), message: e.message };
  }
}
