/**
 * The fast path's position in a text, and what it does between nodes: skipping blank and comment
 * lines, finishing a line after a node, recording comments. Anything it does not expect makes
 * it decline (`Declined`), and the file takes the full path.
 */
import type { SourceComment } from '../comments.js';
import type { LoadProblem } from '../parse.js';
import type { SourceFile } from '../source.js';
import type { YNode } from '../tree.js';
import { Anchors, PairCollector } from '../assemble.js';
import { MAX_NESTING } from '../depth.js';
import { CR, DASH, DOT, HASH, isBreak, LF, SPACE, TAB } from './chars.js';

/** Slots of `Cursor.slice`'s cache (a power of two): one per hash, the latest text wins. */
const TEXT_CACHE_SIZE = 4096;

/** Thrown (one shared instance, no stack trace to build) when the fast path leaves a file to the full one. */
export class Declined {
  private constructor() {}
  static readonly instance = new Declined();
}

export class Cursor {
  readonly text: string;
  readonly length: number;
  pos = 0;
  /** Where the current line starts. */
  lineStart = 0;
  /**
   * After `toContentLine`: the indentation of the line `pos` is on (at its first character), or
   * -1 at the end of the text or on a `---` / `...` document marker.
   */
  indent = 0;
  /** How the last `scanPlainLine` stopped (`STOP_…` in `tokens.ts`). */
  stop = 0;
  /** Whether the last `scanQuoted` found no escape, line break or doubled quote. */
  verbatim = false;
  /** Comments passed so far, recorded or not. */
  commentCount = 0;
  /** The current document's anchors. */
  anchors: Anchors;
  /** Where the key just read starts and ends (out-parameters, so a key costs no object of its own). */
  keyStart = 0;
  keyEnd = 0;
  /** How many collections enclose `pos`; past `MAX_NESTING` the fast path declines. */
  depth = 0;
  /**
   * Items of the sequences being read, innermost last (`items[0, itemCount)`): each sequence
   * takes an exact-size copy of its own at its end, so no array grows item by item. The array
   * itself never shrinks, which would make the engine give its storage back and take it again.
   */
  private readonly items: YNode[] = [];
  itemCount = 0;
  /** One entry collector per nesting depth, used again by each mapping at that depth. */
  private readonly collectors: PairCollector[] = [];

  /** Recently seen short texts, by a hash of their characters: keys and values repeat a lot. */
  private readonly texts: (string | undefined)[] = new Array<string | undefined>(TEXT_CACHE_SIZE).fill(undefined);

  constructor(
    readonly file: SourceFile,
    readonly problems: LoadProblem[],
    /** Undefined when comments are not wanted (see `wantsComments`). */
    readonly comments: SourceComment[] | undefined,
  ) {
    this.text = file.text;
    this.length = file.text.length;
    this.anchors = new Anchors(file);
  }

  /**
   * `text.slice(start, end)`, the same string for the same short text: the tree holds one copy
   * of `name`, `GET` or `upstream-a` however often they occur.
   */
  slice(start: number, end: number): string {
    const length = end - start;
    if (length > 48 || length === 0) return this.text.slice(start, end);
    const text = this.text;
    const mix =
      length * 0x9e37 + text.charCodeAt(start) * 0x3b1 + text.charCodeAt(end - 1) * 0x1f + text.charCodeAt(start + (length >> 1)) * 7;
    const hash = mix & (TEXT_CACHE_SIZE - 1);
    const known = this.texts[hash];
    if (known !== undefined && known.length === length && text.startsWith(known, start)) return known;
    const sliced = text.slice(start, end);
    this.texts[hash] = sliced;
    return sliced;
  }

  /** An empty collector for the entries of a mapping just entered (`enter`), free until the next mapping at this depth. */
  collector(): PairCollector {
    return (this.collectors[this.depth] ??= new PairCollector(this.file, this.problems)).reset();
  }

  pushItem(item: YNode): void {
    this.items[this.itemCount++] = item;
  }

  /** The items pushed since `itemCount` was `base`, which it is again afterwards. */
  takeItems(base: number): YNode[] {
    const items = this.items.slice(base, this.itemCount);
    this.itemCount = base;
    return items;
  }

  decline(): never {
    throw Declined.instance;
  }

  /**
   * Called as a collection starts (`leave` as it ends). The fast path reads nesting by recursion,
   * so it declines past the limit, and the full path reports the nesting without recursing
   * (`depth.ts`).
   */
  enter(): void {
    if (++this.depth > MAX_NESTING) this.decline();
  }

  leave(): void {
    this.depth--;
  }

  code(at = this.pos): number {
    return this.text.charCodeAt(at);
  }

  /** Records the comment starting at `at` (its `#`) and moves to the end of its line. */
  comment(at: number): void {
    this.commentCount++;
    let end = this.text.indexOf('\n', at);
    if (end === -1) end = this.length;
    if (this.comments) this.comments.push({ offset: at, source: this.text.slice(at, end).replace(/\s+$/, '') });
    this.pos = end;
  }

  skipSpaces(): number {
    const start = this.pos;
    while (this.text.charCodeAt(this.pos) === SPACE) this.pos++;
    return this.pos - start;
  }

  /**
   * After a node: the rest of its line may hold spaces and a comment (after a space) only. Moves
   * to the next content line.
   */
  endLine(): void {
    this.skipSpaces();
    let code = this.text.charCodeAt(this.pos);
    if (code === HASH) {
      if (this.text.charCodeAt(this.pos - 1) !== SPACE) this.decline();
      this.comment(this.pos);
      code = this.text.charCodeAt(this.pos);
    }
    if (isBreak(code)) {
      this.pos = this.afterBreak(this.pos);
    } else if (this.pos < this.length) {
      this.decline();
    }
    this.toContentLine();
  }

  /**
   * From the start of a line, skips blank and comment lines; stops at the first character of a
   * content line and sets `indent`.
   */
  toContentLine(): void {
    const text = this.text;
    for (;;) {
      const lineStart = this.pos;
      this.lineStart = lineStart;
      let pos = lineStart;
      while (text.charCodeAt(pos) === SPACE) pos++;
      this.pos = pos;
      if (pos >= this.length) {
        this.indent = -1;
        return;
      }
      const code = text.charCodeAt(pos);
      if (isBreak(code)) {
        this.pos = this.afterBreak(pos);
        continue;
      }
      if (code === HASH) {
        this.comment(pos);
        if (this.pos < this.length) this.pos++;
        continue;
      }
      if (code === TAB) this.decline();
      this.indent = pos === lineStart && this.isDocumentMarker(pos) ? -1 : pos - lineStart;
      return;
    }
  }

  /** Where the next line starts, given the line break at `at`. */
  afterBreak(at: number): number {
    return this.text.charCodeAt(at) === CR ? at + 2 : at + 1;
  }

  /** `---` or `...` at the start of a line, followed by white space or the end. */
  isDocumentMarker(at: number): boolean {
    const text = this.text;
    const code = text.charCodeAt(at);
    if (code !== DASH && code !== DOT) return false;
    if (text.charCodeAt(at + 1) !== code || text.charCodeAt(at + 2) !== code) return false;
    const after = text.charCodeAt(at + 3);
    return after === SPACE || isBreak(after) || after === TAB || at + 3 >= this.length;
  }
}

/** Where a node's text ends once trailing white space and line breaks are left out. */
export function trimmedEnd(text: string, start: number, end: number): number {
  let e = end;
  while (e > start) {
    const code = text.charCodeAt(e - 1);
    if (code === SPACE || code === TAB || code === LF || code === CR) e--;
    else break;
  }
  return e;
}
