/**
 * Block collections and the nodes in them: mappings (`key: value` lines at one column),
 * sequences (`- ` lines), and scalars, flow collections and aliases as their values. Every
 * function starts at a node's first character and ends at the first character of the next
 * content line (`Cursor.toContentLine`). Declines explicit keys (`?`), keys that are not
 * one-line scalars, properties on keys, and any line indented where YAML would not allow it.
 */
import { makeMap } from '../assemble.js';
import { scalarNode, seqNode, type ScalarValue, type YMap, type YNode, type YSeq } from '../tree.js';
import {
  AMPERSAND,
  ASTERISK,
  BANG,
  BRACE_OPEN,
  BRACKET_OPEN,
  canStartPlain,
  COLON,
  DASH,
  GREATER,
  HASH,
  isBlank,
  isBreak,
  PIPE,
  QUOTE_DOUBLE,
  QUOTE_SINGLE,
  SPACE,
  TAB,
} from './chars.js';
import type { Cursor } from './cursor.js';
import { readBlockScalar } from './block-scalar.js';
import { MAX_KEY_LENGTH, readFlow } from './flow.js';
import { plainKey, plainValue, quotedValue, resolvePlain, unfold } from './scalars.js';
import { isMergeKey, readAlias, readProps, scanPlainLine, scanQuoted, STOP_COLON, STOP_COMMENT, STOP_EOL } from './tokens.js';

/**
 * Where a node stands, which decides what it may be: alone at the start of its line (a document
 * root, a value under `key:` or `-`); after `- ` on the same line (a compact mapping or sequence
 * may start there); after `key: ` on the same line (no block collection may start there).
 */
export type Place = typeof LINE | typeof AFTER_DASH | typeof AFTER_COLON;
export const LINE = 0;
const AFTER_DASH = 1;
const AFTER_COLON = 2;

export class BlockReader {
  constructor(private readonly c: Cursor) {}

  /**
   * The node at `c.pos` (column `column`) inside a block collection at column `parent` (-1 at
   * the root): continuation lines must be indented more than `parent`.
   */
  node(parent: number, column: number, place: Place): YNode {
    const c: Cursor = this.c;
    const code = c.code();
    if (code !== AMPERSAND && code !== BANG) return this.bare(parent, column, place, undefined, false);
    const { anchor, tag } = readProps(c);
    let node: YNode;
    const after = c.code();
    if (isBreak(after) || after === HASH || c.pos >= c.length) {
      // Properties of a block collection on the following lines.
      c.endLine();
      const sequenceHere = c.indent === parent && place === AFTER_COLON && this.atSequenceEntry();
      if (c.indent <= parent && !sequenceHere) c.decline();
      node = this.bare(parent, c.indent, LINE, tag, false);
      if (node.kind === 'scalar' || !this.isBlockCollection(node)) c.decline();
    } else {
      // On the same line, properties belong to a scalar, flow collection or alias; before a key,
      // they would be the key's, which the fast path leaves to the full one.
      node = this.bare(parent, c.pos - c.lineStart, AFTER_COLON, tag, true);
    }
    if (anchor !== undefined) c.anchors.define(anchor, node);
    return node;
  }

  /** Not a flow collection, nor an alias (which may not have properties). */
  private isBlockCollection(node: YNode): boolean {
    const code = this.c.text.charCodeAt(node.start);
    return code !== BRACKET_OPEN && code !== BRACE_OPEN && code !== ASTERISK;
  }

  private atSequenceEntry(): boolean {
    const c: Cursor = this.c;
    return c.code() === DASH && isBlank(c.code(c.pos + 1));
  }

  /** A node without properties, or after them (`hasProps`; `tag` is one of them). */
  private bare(parent: number, column: number, place: Place, tag: string | undefined, hasProps: boolean): YNode {
    const c: Cursor = this.c;
    const text = c.text;
    const start = c.pos;
    const code = c.code();
    if (code === DASH && isBlank(c.code(start + 1))) {
      if (place === AFTER_COLON) c.decline();
      return this.sequence(column, tag);
    }
    if (code === BRACKET_OPEN || code === BRACE_OPEN) {
      const flow = readFlow(c, parent, tag);
      c.skipSpaces();
      if (c.code() === COLON) c.decline();
      c.endLine();
      return flow;
    }
    if (code === ASTERISK) {
      // An alias with properties is an error, worded by the full path.
      if (hasProps) c.decline();
      const name = readAlias(c);
      const end = c.pos;
      const after = c.code();
      if (after !== SPACE && !isBreak(after) && c.pos < c.length) c.decline();
      c.skipSpaces();
      if (c.code() === COLON) c.decline();
      c.endLine();
      return c.anchors.resolve(name, start, end);
    }
    if (code === QUOTE_DOUBLE || code === QUOTE_SINGLE) {
      const end = scanQuoted(c, parent + 1);
      c.skipSpaces();
      if (c.code() === COLON && isBlank(c.code(c.pos + 1))) {
        if (place === AFTER_COLON || hasProps) c.decline();
        c.pos = start;
        return this.mapping(column, tag);
      }
      const value = quotedValue(c, start, end);
      if (value === undefined) c.decline();
      c.endLine();
      return scalarNode(value, c.file, start, end, tag);
    }
    if (code === PIPE || code === GREATER) {
      if (place === LINE) c.decline();
      return readBlockScalar(c, parent, tag);
    }
    if (!canStartPlain(code, c.code(start + 1), false)) c.decline();
    let end = scanPlainLine(c, start, false);
    if (c.stop === STOP_COLON) {
      if (place === AFTER_COLON || hasProps) c.decline();
      c.pos = start;
      return this.mapping(column, tag);
    }
    let multiLine = false;
    if (c.stop === STOP_EOL && parent >= 0) {
      const last = this.continuePlain(parent, end);
      multiLine = last !== end;
      end = last;
    }
    let value: ScalarValue;
    if (multiLine) {
      const source = unfold(text.slice(start, end));
      value = tag === undefined ? resolvePlain(source) : source;
    } else {
      value = tag === undefined ? plainValue(c, start, end) : c.slice(start, end);
    }
    c.endLine();
    return scalarNode(value, c.file, start, end, tag);
  }

  /**
   * A plain scalar goes on over the following lines indented more than `parent`, up to a
   * comment. From the line break after its first line; returns where its text ends and leaves
   * `c.pos` at the end of its last line (or at the space before a comment there).
   */
  private continuePlain(parent: number, firstEnd: number): number {
    const c: Cursor = this.c;
    const text = c.text;
    let end = firstEnd;
    for (;;) {
      let k = c.afterBreak(c.pos);
      let lineStart = k;
      for (;;) {
        const code = text.charCodeAt(k);
        if (code === SPACE) k++;
        else if (isBreak(code)) lineStart = k = c.afterBreak(k);
        else break;
      }
      const code = text.charCodeAt(k);
      if (k >= c.length || code === HASH || k - lineStart <= parent) return end;
      // The lexer reads any character here as part of the scalar (`- x`, `"y"`), tabs aside.
      if (code === TAB) c.decline();
      c.lineStart = lineStart;
      end = scanPlainLine(c, k, false);
      if (c.stop === STOP_COLON) c.decline();
      if (c.stop === STOP_COMMENT) return end;
    }
  }

  /**
   * A key at `c.pos`, a plain or quoted scalar on one line: its text, with its span in
   * `c.keyStart` and `c.keyEnd`; `c.pos` ends after its `:`.
   */
  private key(): string {
    const c: Cursor = this.c;
    const start = c.pos;
    const code = c.code();
    let end: number;
    let value: string;
    if (code === QUOTE_DOUBLE || code === QUOTE_SINGLE) {
      end = scanQuoted(c, 0);
      const quoted = quotedValue(c, start, end);
      if (quoted === undefined) c.decline();
      value = quoted;
      c.skipSpaces();
      if (c.code() !== COLON || !isBlank(c.code(c.pos + 1))) c.decline();
    } else if (canStartPlain(code, c.code(start + 1), false)) {
      end = scanPlainLine(c, start, false);
      if (c.stop !== STOP_COLON) c.decline();
      value = plainKey(c, start, end);
    } else {
      return c.decline();
    }
    if (end - start > MAX_KEY_LENGTH) c.decline();
    c.pos++;
    c.keyStart = start;
    c.keyEnd = end;
    return value;
  }

  /**
   * Where a collection whose last entry is the null of `key:` or `-` with nothing after it
   * ends: the null stands after the spaces that follow the indicator, and the full path ends
   * the collection there too if a comment follows before the next node (the parser keeps it
   * with the entry), before the spaces otherwise.
   */
  private endAfterEmpty(at: number, spaces: number, commentsBefore: number): number {
    return spaces > 0 && this.c.commentCount === commentsBefore ? at - spaces : at;
  }

  /** A block mapping whose first key is at `c.pos`, column `column`. */
  private mapping(column: number, tag: string | undefined): YMap {
    const c: Cursor = this.c;
    c.enter();
    const start = c.pos;
    const entries = c.collector();
    let end = start;
    for (;;) {
      const key = this.key();
      const keyStart = c.keyStart;
      const keyEnd = c.keyEnd;
      const spaces = c.skipSpaces();
      const code = c.code();
      let value: YNode;
      if (isBreak(code) || code === HASH || c.pos >= c.length) {
        const emptyAt = c.pos;
        const comments = c.commentCount;
        c.endLine();
        if (c.indent > column || (c.indent === column && this.atSequenceEntry())) {
          value = c.indent > column ? this.node(column, c.indent, LINE) : this.sequence(column, undefined);
          end = value.end;
        } else {
          value = scalarNode(null, c.file, emptyAt, emptyAt, undefined);
          end = this.endAfterEmpty(emptyAt, spaces, comments);
        }
      } else {
        value = this.node(column, c.pos - c.lineStart, AFTER_COLON);
        end = value.end;
      }
      entries.add(key, keyStart, keyEnd, undefined, value, isMergeKey(c, keyStart, keyEnd));
      if (c.indent !== column) break;
    }
    if (c.indent > column) c.decline();
    c.leave();
    return makeMap(c.file, entries, start, end, tag);
  }

  /** A block sequence whose first `-` is at `c.pos`, column `column`. */
  private sequence(column: number, tag: string | undefined): YSeq {
    const c: Cursor = this.c;
    c.enter();
    const start = c.pos;
    const base = c.itemCount;
    let end = start;
    for (;;) {
      c.pos++;
      const spaces = c.skipSpaces();
      const code = c.code();
      let item: YNode;
      if (isBreak(code) || code === HASH || c.pos >= c.length) {
        const emptyAt = c.pos;
        const comments = c.commentCount;
        c.endLine();
        if (c.indent > column) {
          item = this.node(column, c.indent, LINE);
          end = item.end;
        } else {
          item = scalarNode(null, c.file, emptyAt, emptyAt, undefined);
          end = this.endAfterEmpty(emptyAt, spaces, comments);
        }
      } else {
        item = this.node(column, c.pos - c.lineStart, AFTER_DASH);
        end = item.end;
      }
      c.pushItem(item);
      if (c.indent !== column || !this.atSequenceEntry()) break;
    }
    if (c.indent > column) c.decline();
    c.leave();
    return seqNode(c.takeItems(base), c.file, start, end, tag);
  }
}
