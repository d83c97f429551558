/**
 * Flow collections (`[a, b]`, `{ url: x }`, and so JSON): entries separated by commas, over one
 * line or several. Declines empty entries, pairs inside sequences, keys that are not scalars,
 * multi-line keys and scalars, and lines indented no more than the enclosing block collection.
 */
import { makeMap } from '../assemble.js';
import { scalarNode, seqNode, type YMap, type YNode, type YSeq } from '../tree.js';
import {
  AMPERSAND,
  ASTERISK,
  BANG,
  BRACE_CLOSE,
  BRACE_OPEN,
  BRACKET_CLOSE,
  BRACKET_OPEN,
  canStartPlain,
  COLON,
  COMMA,
  HASH,
  isFlowIndicator,
  CR,
  isBreak,
  LF,
  QUOTE_DOUBLE,
  QUOTE_SINGLE,
  SPACE,
  TAB,
} from './chars.js';
import type { Cursor } from './cursor.js';
import { plainKey, plainValue, quotedValue } from './scalars.js';
import { isMergeKey, readAlias, readProps, scanPlainLine, scanQuoted, STOP_COLON, STOP_EOL } from './tokens.js';

/** Keys longer than this are left to the full path (YAML caps implicit keys at 1024 characters). */
export const MAX_KEY_LENGTH = 1000;

/**
 * The collection whose opening bracket is at `c.pos`, inside a block collection at column
 * `parent` (-1 at the root). Ends after the closing bracket.
 */
export function readFlow(c: Cursor, parent: number, tag: string | undefined): YMap | YSeq {
  c.enter();
  const start = c.pos;
  const isMap = c.code() === BRACE_OPEN;
  const close = isMap ? BRACE_CLOSE : BRACKET_CLOSE;
  const base = c.itemCount;
  const entries = isMap ? c.collector() : undefined;
  c.pos++;
  for (;;) {
    skipSpace(c, parent);
    let code = c.code();
    if (code === close) break;
    if (entries) {
      const key = readKey(c);
      const keyStart = c.keyStart;
      const keyEnd = c.keyEnd;
      skipSpace(c, parent);
      code = c.code();
      if (code === COMMA || code === close) c.decline();
      entries.add(key, keyStart, keyEnd, undefined, readNode(c, parent), isMergeKey(c, keyStart, keyEnd));
    } else {
      c.pushItem(readNode(c, parent));
    }
    skipSpace(c, parent);
    code = c.code();
    if (code === COMMA) c.pos++;
    else if (code === close) break;
    else c.decline();
  }
  c.pos++;
  c.leave();
  return entries ? makeMap(c.file, entries, start, c.pos, tag) : seqNode(c.takeItems(base), c.file, start, c.pos, tag);
}

/** White space, line breaks and comments between flow tokens. */
function skipSpace(c: Cursor, parent: number): void {
  const text = c.text;
  for (;;) {
    const code = text.charCodeAt(c.pos);
    if (code === SPACE || code === TAB || code === CR) {
      c.pos++;
    } else if (code === LF) {
      const lineStart = c.pos + 1;
      let k = lineStart;
      while (text.charCodeAt(k) === SPACE) k++;
      const next = text.charCodeAt(k);
      if (!isBreak(next) && next === next && (k - lineStart <= parent || (k === lineStart && c.isDocumentMarker(k)))) c.decline();
      c.lineStart = lineStart;
      c.pos = k;
    } else if (code === HASH) {
      // After white space only: the full path rejects a comment right after a token, and, in
      // some flow mappings, one at the start of a line.
      const before = text.charCodeAt(c.pos - 1);
      if (before !== SPACE && before !== TAB) c.decline();
      c.comment(c.pos);
    } else {
      return;
    }
  }
}

/**
 * A key of a flow mapping, a scalar on one line: its text, with its span in `c.keyStart` and
 * `c.keyEnd`; `c.pos` ends after its `:`.
 */
function readKey(c: Cursor): string {
  const text = c.text;
  const start = c.pos;
  const code = c.code();
  let key: string;
  let end: number;
  if (code === QUOTE_DOUBLE || code === QUOTE_SINGLE) {
    end = scanQuoted(c, 0);
    const value = quotedValue(c, start, end);
    if (value === undefined) c.decline();
    while (c.code() === SPACE || c.code() === TAB) c.pos++;
    if (c.code() !== COLON) c.decline();
    key = value;
  } else if (canStartPlain(code, text.charCodeAt(start + 1), true)) {
    end = scanPlainLine(c, start, true);
    if (c.stop !== STOP_COLON) c.decline();
    key = plainKey(c, start, end);
  } else {
    return c.decline();
  }
  if (end - start > MAX_KEY_LENGTH) c.decline();
  c.pos++;
  c.keyStart = start;
  c.keyEnd = end;
  return key;
}

/** A flow node: a nested collection, a scalar on one line or an alias, with an anchor and tag. */
function readNode(c: Cursor, parent: number): YNode {
  const text = c.text;
  let code = c.code();
  let anchor: string | undefined;
  let tag: string | undefined;
  if (code === AMPERSAND || code === BANG) {
    ({ anchor, tag } = readProps(c));
    code = c.code();
  }
  const start = c.pos;
  let node: YNode;
  if (code === BRACKET_OPEN || code === BRACE_OPEN) {
    node = readFlow(c, parent, tag);
  } else if (code === QUOTE_DOUBLE || code === QUOTE_SINGLE) {
    const end = scanQuoted(c, 0);
    const value = quotedValue(c, start, end);
    if (value === undefined) c.decline();
    node = scalarNode(value, c.file, start, end, tag);
  } else if (code === ASTERISK) {
    if (anchor !== undefined || tag !== undefined) c.decline();
    const name = readAlias(c);
    const after = c.code();
    const ends = after === SPACE || after === TAB || isBreak(after) || after === COMMA || after === BRACKET_CLOSE || after === BRACE_CLOSE;
    if (!ends) c.decline();
    return c.anchors.resolve(name, start, c.pos);
  } else if (canStartPlain(code, text.charCodeAt(start + 1), true)) {
    const end = scanPlainLine(c, start, true);
    if (c.stop === STOP_EOL) endsAtLineBreak(c);
    node = scalarNode(tag === undefined ? plainValue(c, start, end) : c.slice(start, end), c.file, start, end, tag);
  } else {
    return c.decline();
  }
  if (anchor !== undefined) c.anchors.define(anchor, node);
  return node;
}

/**
 * A plain scalar in a flow collection continues on the next line unless that line starts with a
 * flow indicator or a comment; multi-line flow scalars are left to the full path.
 */
function endsAtLineBreak(c: Cursor): void {
  const text = c.text;
  let k = c.pos;
  for (;;) {
    const code = text.charCodeAt(k);
    if (isBreak(code) || code === SPACE || code === TAB) k++;
    else if (code === HASH || isFlowIndicator(code)) return;
    else c.decline();
  }
}
