/**
 * Scalar values as the YAML 1.2 core schema defines them and the `yaml` package computes them:
 * plain scalars resolved to null, booleans, integers and floats; quoted scalars with their
 * escapes and line folding. The differential test (`test/load/fast-path.test.ts`) holds these to
 * the package's own results.
 */
import type { ScalarValue } from '../tree.js';
import { CR, DASH, QUOTE_DOUBLE } from './chars.js';
import type { Cursor } from './cursor.js';

const INT_OCTAL = /^0o[0-7]+$/;
const INT = /^[-+]?[0-9]+$/;
const INT_HEX = /^0x[0-9a-fA-F]+$/;
const FLOAT_SPECIAL = /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/;
const FLOAT = /^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)(?:[eE][-+]?[0-9]+)?$/;

/** Where plain text may stand for a number: it starts with `+ - .` or a digit. */
const NUMERIC_START = new Uint8Array(128);
for (const char of '+-.0123456789') NUMERIC_START[char.charCodeAt(0)] = 1;

/** The value of an untagged plain scalar (its text already folded). */
export function resolvePlain(source: string): ScalarValue {
  const first = source.charCodeAt(0);
  if (first < 128 && NUMERIC_START[first] === 1) return resolveNumeric(source, first);
  switch (source) {
    case '':
    case '~':
    case 'null':
    case 'Null':
    case 'NULL':
      return null;
    case 'true':
    case 'True':
    case 'TRUE':
      return true;
    case 'false':
    case 'False':
    case 'FALSE':
      return false;
    default:
      return source;
  }
}

/** Numbers end with a digit, a `.`, a hexadecimal digit or the `f`/`n` of `.inf`/`.nan`. */
const NUMERIC_END = new Uint8Array(128);
for (const char of '0123456789.abcdefABCDEFnN') NUMERIC_END[char.charCodeAt(0)] = 1;

function resolveNumeric(source: string, first: number): ScalarValue {
  const last = source.charCodeAt(source.length - 1);
  if (!(last < 128 && NUMERIC_END[last] === 1)) return source;
  if (INT_OCTAL.test(source)) return parseInt(source.substring(2), 8);
  if (INT.test(source)) return parseInt(source, 10);
  if (INT_HEX.test(source)) return parseInt(source.substring(2), 16);
  if (FLOAT_SPECIAL.test(source)) {
    if (source.slice(-3).toLowerCase() === 'nan') return Number.NaN;
    return first === DASH ? Number.NEGATIVE_INFINITY : Number.POSITIVE_INFINITY;
  }
  if (FLOAT.test(source)) return parseFloat(source);
  return source;
}

function isSpaceOrTab(char: string | undefined): boolean {
  return char === ' ' || char === '\t';
}

function trimStart(line: string): string {
  let start = 0;
  while (isSpaceOrTab(line[start])) start++;
  return start === 0 ? line : line.slice(start);
}

function trimEnd(line: string): string {
  let end = line.length;
  while (end > 0 && isSpaceOrTab(line[end - 1])) end--;
  return end === line.length ? line : line.slice(0, end);
}

/**
 * Line folding of plain and single-quoted scalars: a line break between two lines becomes a
 * space, each further empty line a line break; white space around breaks goes.
 */
export function unfold(source: string): string {
  let lineEnd = source.indexOf('\n');
  if (lineEnd === -1) return source;
  let result = trimEnd(source.slice(0, withoutCr(source, lineEnd)));
  let separator = ' ';
  let lineStart = lineEnd + 1;
  for (;;) {
    lineEnd = source.indexOf('\n', lineStart);
    if (lineEnd === -1) break;
    const line = trimEnd(trimStart(source.slice(lineStart, withoutCr(source, lineEnd))));
    if (line === '') {
      if (separator === '\n') result += separator;
      else separator = '\n';
    } else {
      result += separator + line;
      separator = ' ';
    }
    lineStart = lineEnd + 1;
  }
  return result + separator + trimStart(source.slice(lineStart));
}

/** Where a line ending at the LF at `lineEnd` ends without the CR of a CR LF. */
function withoutCr(source: string, lineEnd: number): number {
  return source.charCodeAt(lineEnd - 1) === CR ? lineEnd - 1 : lineEnd;
}

/** `source` includes both quotes. */
export function singleQuotedValue(source: string): string {
  const inner = source.slice(1, -1);
  const unfolded = inner.includes('\n') ? unfold(inner) : inner;
  return unfolded.includes("''") ? unfolded.replace(/''/g, "'") : unfolded;
}

const ESCAPES: Readonly<Record<string, string>> = Object.assign(Object.create(null) as Record<string, string>, {
  '0': '\0',
  a: '\x07',
  b: '\b',
  e: '\x1b',
  f: '\f',
  n: '\n',
  r: '\r',
  t: '\t',
  v: '\v',
  N: '\u0085',
  _: '\u00a0',
  L: '\u2028',
  P: '\u2029',
  ' ': ' ',
  '"': '"',
  '/': '/',
  '\\': '\\',
  '\t': '\t',
});

const HEX = /^[0-9a-fA-F]+$/;

/**
 * `source` includes both quotes. Undefined for an escape YAML does not define (the full path
 * reports it).
 */
export function doubleQuotedValue(source: string): string | undefined {
  const last = source.length - 1;
  if (source.indexOf('\\') === -1 && source.indexOf('\n') === -1) return source.slice(1, last);
  let result = '';
  for (let i = 1; i < last; i++) {
    const char = source[i]!;
    if (char === '\n') {
      // A break folds to a space; with empty lines after it, to one break per empty line.
      let breaks = '';
      let next = source[i + 1];
      while (next === ' ' || next === '\t' || next === '\n') {
        if (next === '\n') breaks += '\n';
        i++;
        next = source[i + 1];
      }
      result += breaks || ' ';
    } else if (char === '\\') {
      const next = source[++i]!;
      const escaped = ESCAPES[next];
      if (escaped !== undefined) {
        result += escaped;
      } else if (next === '\n') {
        // An escaped break joins the lines; the next line's indentation goes.
        while (isSpaceOrTab(source[i + 1])) i++;
      } else if (next === 'x' || next === 'u' || next === 'U') {
        const length = next === 'x' ? 2 : next === 'u' ? 4 : 8;
        const hex = source.substr(i + 1, length);
        if (hex.length !== length || !HEX.test(hex)) return undefined;
        const code = parseInt(hex, 16);
        if (code > 0x10ffff) return undefined;
        result += String.fromCodePoint(code);
        i += length;
      } else {
        return undefined;
      }
    } else if (char === ' ' || char === '\t') {
      // White space before a line break is dropped.
      const start = i;
      while (isSpaceOrTab(source[i + 1])) i++;
      if (source[i + 1] !== '\n') result += source.slice(start, i + 1);
    } else {
      result += char;
    }
  }
  return result;
}

/** The value of the quoted scalar `c.text[start, end)` that `scanQuoted` just read. */
export function quotedValue(c: Cursor, start: number, end: number): string | undefined {
  if (c.verbatim) return c.slice(start + 1, end - 1);
  const source = c.text.slice(start, end);
  return c.text.charCodeAt(start) === QUOTE_DOUBLE ? doubleQuotedValue(source) : singleQuotedValue(source);
}

/** The value of an untagged plain scalar on one line. */
export function plainValue(c: Cursor, start: number, end: number): ScalarValue {
  return resolvePlain(c.slice(start, end));
}

/** A plain key: its value as text (`1.50` is `1.5`, `~` is empty). */
export function plainKey(c: Cursor, start: number, end: number): string {
  const value = resolvePlain(c.slice(start, end));
  return value === null ? '' : String(value);
}
