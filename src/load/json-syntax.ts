/**
 * Finds the first place where a text stops being strict JSON (RFC 8259), with a reason a person
 * understands. Only run on files YAML already parsed, to catch what YAML forgives and JSON does
 * not: trailing commas, comments, single quotes, bare words. `JSON.parse` cannot do this: its
 * messages differ between Node versions and often carry no position.
 */
export interface JsonSyntaxError {
  readonly offset: number;
  readonly reason: string;
}

class Stop extends Error {
  constructor(readonly error: JsonSyntaxError) {
    super(error.reason);
  }
}

const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
const STRING_BODY = /(?:[^"\\\u0000-\u001f]|\\(?:["\\/bfnrt]|u[0-9a-fA-F]{4}))*/y;

export function findJsonSyntaxError(text: string): JsonSyntaxError | undefined {
  let i = 0;
  const fail = (reason: string, at = i): never => {
    throw new Stop({ offset: at, reason });
  };
  const skipSpace = (): void => {
    while (i < text.length && ' \t\n\r'.includes(text[i]!)) i++;
    if (text[i] === '/' || text[i] === '#') fail('a comment (JSON has none)');
  };
  const describeHere = (): string => {
    if (i >= text.length) return 'the end of the file';
    const char = text[i]!;
    if (char === "'") return 'a single-quoted string (JSON needs double quotes)';
    if (/[A-Za-z_]/.test(char)) return `the bare word '${/[A-Za-z_][\w.-]*/.exec(text.slice(i))![0]}' (JSON strings need double quotes)`;
    return `'${char}'`;
  };
  const string = (): void => {
    i++; // opening quote
    STRING_BODY.lastIndex = i;
    STRING_BODY.exec(text);
    i = STRING_BODY.lastIndex;
    if (text[i] !== '"') fail(i >= text.length ? 'an unterminated string' : 'a control character or bad escape in a string');
    i++;
  };
  const value = (): void => {
    skipSpace();
    const char = text[i];
    if (char === '{') return container('}', true);
    if (char === '[') return container(']', false);
    if (char === '"') return string();
    for (const word of ['true', 'false', 'null']) {
      if (text.startsWith(word, i)) {
        i += word.length;
        return;
      }
    }
    NUMBER.lastIndex = i;
    if (NUMBER.exec(text)) {
      i = NUMBER.lastIndex;
      return;
    }
    fail(`found ${describeHere()} where a value should be`);
  };
  const container = (close: string, isObject: boolean): void => {
    i++;
    skipSpace();
    if (text[i] === close) {
      i++;
      return;
    }
    for (;;) {
      if (isObject) {
        skipSpace();
        if (text[i] !== '"') fail(`expected a double-quoted key, found ${describeHere()}`);
        string();
        skipSpace();
        if (text[i] !== ':') fail(`expected ':' after a key, found ${describeHere()}`);
        i++;
      }
      value();
      skipSpace();
      if (text[i] === close) {
        i++;
        return;
      }
      if (text[i] !== ',') fail(`expected ',' or '${close}', found ${describeHere()}`);
      const comma = i;
      i++;
      skipSpace();
      if (text[i] === close) fail('a trailing comma', comma);
    }
  };
  try {
    value();
    skipSpace();
    if (i < text.length) fail(`found ${describeHere()} after the end of the JSON value`);
    return undefined;
  } catch (error) {
    if (error instanceof Stop) return error.error;
    throw error;
  }
}
