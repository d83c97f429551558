/**
 * The extent of scalars, anchors, tags and aliases, found as the `yaml` lexer finds them (its
 * rules for where a plain scalar stops, which quote closes a string, where names end).
 */
import {
  AMPERSAND,
  ASTERISK,
  BACKSLASH,
  BANG,
  COLON,
  HASH,
  isBlank,
  isFlowIndicator,
  isNameChar,
  CR,
  LF,
  QUOTE_DOUBLE,
  QUOTE_SINGLE,
  SPACE,
  TAB,
} from './chars.js';
import type { Cursor } from './cursor.js';

/** The line ends (or the text does). */
export const STOP_EOL = 0;
/** At `:` followed by white space (or, in a flow collection, by `,[]{}`): the scalar is a key. */
export const STOP_COLON = 1;
/** At the white space before a `#` comment. */
export const STOP_COMMENT = 2;
/** At a flow indicator, or the white space before one. */
export const STOP_FLOW = 3;

/**
 * One line of a plain scalar from `from`: returns where its text ends (after the last non-blank
 * character), leaves `c.pos` where it stopped and `c.stop` why. Tabs inside count as spaces.
 */
export function scanPlainLine(c: Cursor, from: number, inFlow: boolean): number {
  const text = c.text;
  let i = from;
  let end = from;
  for (;;) {
    const code = text.charCodeAt(i);
    if (code === COLON) {
      const next = text.charCodeAt(i + 1);
      if (isBlank(next) || (inFlow && isFlowIndicator(next))) {
        c.stop = STOP_COLON;
        break;
      }
      end = ++i;
    } else if (code === SPACE || code === TAB) {
      const next = text.charCodeAt(i + 1);
      if (next === HASH) {
        c.stop = STOP_COMMENT;
        break;
      }
      if (inFlow && isFlowIndicator(next)) {
        c.stop = STOP_FLOW;
        break;
      }
      i++;
    } else if (code === LF || code === CR || code !== code) {
      c.stop = STOP_EOL;
      break;
    } else if (inFlow && isFlowIndicator(code)) {
      c.stop = STOP_FLOW;
      break;
    } else {
      end = ++i;
    }
  }
  c.pos = i;
  return end;
}

/**
 * A quoted scalar from its opening quote at `c.pos`: returns (and moves to) the index after the
 * closing quote; `c.verbatim` tells whether its value is the text between the quotes. Line
 * breaks inside are accepted only when `minIndent` ≥ 1, and then each continuation line must be
 * blank or indented at least `minIndent`, as the lexer requires.
 */
export function scanQuoted(c: Cursor, minIndent: number): number {
  const text = c.text;
  const quote = text.charCodeAt(c.pos);
  let i = c.pos + 1;
  c.verbatim = true;
  for (;;) {
    const code = text.charCodeAt(i);
    if (code === quote) {
      if (quote === QUOTE_SINGLE && text.charCodeAt(i + 1) === QUOTE_SINGLE) {
        c.verbatim = false;
        i += 2;
        continue;
      }
      c.pos = i + 1;
      return i + 1;
    }
    if (code === BACKSLASH && quote === QUOTE_DOUBLE) {
      c.verbatim = false;
      i += text.charCodeAt(i + 1) === LF ? 1 : 2;
    } else if (code === CR) {
      // A quoted scalar over CR LF lines: left to the full path.
      c.decline();
    } else if (code === LF) {
      c.verbatim = false;
      if (minIndent < 1) c.decline();
      let k = i + 1;
      while (text.charCodeAt(k) === SPACE) k++;
      if (text.charCodeAt(k) !== LF && k - (i + 1) < minIndent) c.decline();
      i++;
    } else if (code !== code) {
      c.decline();
    } else {
      i++;
    }
  }
}

/** A node's anchor and tag (`&name`, `!Name`), each at most once, in either order. */
export interface Props {
  anchor: string | undefined;
  tag: string | undefined;
}

/**
 * From `&` or `!` at `c.pos`: each property must be followed by spaces (then `c.pos` is after
 * them) or the end of the line (then `c.pos` is there). Only local tags with a simple name are
 * accepted: `!!str`, `!<…>` and `!` change how the node resolves.
 */
export function readProps(c: Cursor): Props {
  const props: Props = { anchor: undefined, tag: undefined };
  for (;;) {
    const code = c.code();
    if (code === AMPERSAND && props.anchor === undefined) props.anchor = readName(c, c.pos + 1);
    else if (code === BANG && props.tag === undefined) props.tag = `!${readName(c, c.pos + 1)}`;
    else return props;
    const after = c.code();
    if (after !== SPACE) {
      if (after === LF || after === CR || after !== after) return props;
      c.decline();
    }
    c.skipSpaces();
  }
}

/** An alias `*name` at `c.pos`: its name; `c.pos` moves after it. */
export function readAlias(c: Cursor): string {
  if (c.code() !== ASTERISK) c.decline();
  return readName(c, c.pos + 1);
}

function readName(c: Cursor, from: number): string {
  let end = from;
  while (isNameChar(c.text.charCodeAt(end))) end++;
  if (end === from) c.decline();
  c.pos = end;
  return c.text.slice(from, end);
}

/** A plain, untagged `<<` key: its entries are merged into the mapping (see `PairCollector`). */
export function isMergeKey(c: Cursor, keyStart: number, keyEnd: number): boolean {
  return keyEnd - keyStart === 2 && c.text.startsWith('<<', keyStart);
}
