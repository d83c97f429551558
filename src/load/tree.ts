import type { SourceFile, Span } from './source.js';

/**
 * gwlint's own document tree. Every node is a span of its file, so any finding can point at the
 * exact node. The parser behind `parse.ts` is free to change; nothing else sees its types.
 */
export type YNode = YMap | YSeq | YScalar;

export type ScalarValue = string | number | boolean | null;

interface NodeBase extends Span {
  /** An explicit YAML tag such as `!Ref`; absent for plain nodes. */
  readonly tag?: string;
}

export interface YScalar extends NodeBase {
  readonly kind: 'scalar';
  readonly value: ScalarValue;
}

/**
 * Nodes are the tree's most numerous objects (several per route), and every one that lives is
 * copied by the garbage collector and costs fresh memory: so `kind` sits on the prototype of each
 * node class (here, `SeqNode` and `YMap`) rather than in each object, and only a tagged scalar or
 * sequence has a `tag` field. Measured at 10,000 routes: about 0.5 MB less, and runs some 30 ms
 * faster on a machine where fresh memory is slow to map.
 */
class ScalarNode implements YScalar {
  declare readonly kind: 'scalar';

  constructor(
    readonly value: ScalarValue,
    readonly file: SourceFile,
    readonly start: number,
    readonly end: number,
  ) {}
}
Object.defineProperty(ScalarNode.prototype, 'kind', { value: 'scalar' });

class TaggedScalarNode extends ScalarNode {
  constructor(value: ScalarValue, file: SourceFile, start: number, end: number, readonly tag: string) {
    super(value, file, start, end);
  }
}

export function scalarNode(value: ScalarValue, file: SourceFile, start: number, end: number, tag: string | undefined): YScalar {
  return tag ? new TaggedScalarNode(value, file, start, end, tag) : new ScalarNode(value, file, start, end);
}

/**
 * One mapping entry, as `YMap.pairs` hands them out. Keys are read as text far more often than
 * they are pointed at, so the key node is made on first use.
 */
export class YPair {
  private keyNode: YScalar | undefined;

  /** A key with a tag (`!Ref name:`, full path only) gets its node at once; a plain one on first use. */
  constructor(
    /** The key as text (keys are always text): what lookups compare. */
    readonly keyText: string,
    private readonly keyStart: number,
    private readonly keyEnd: number,
    readonly value: YNode,
    keyTag?: string,
  ) {
    this.keyNode = keyTag ? scalarNode(keyText, value.file, keyStart, keyEnd, keyTag) : undefined;
  }

  /** The key node, for positions; the same object every time. A key is in its value's file. */
  get key(): YScalar {
    return (this.keyNode ??= scalarNode(this.keyText, this.value.file, this.keyStart, this.keyEnd, undefined));
  }
}

/** Where each field of an entry sits among its `ENTRY_SLOTS` slots of `YMap.entries`. */
export const KEY_TEXT = 0;
export const VALUE = 1;
export const KEY_START = 2;
export const KEY_END = 3;
export const ENTRY_SLOTS = 4;

/** The index of the entry whose key is `key` among entries laid out as `YMap.entries` (the first `length` slots), or -1. */
export function entryIndex(entries: readonly unknown[], key: string, length = entries.length): number {
  for (let slot = KEY_TEXT; slot < length; slot += ENTRY_SLOTS) if (entries[slot] === key) return slot / ENTRY_SLOTS;
  return -1;
}

/** Entry and item lists that an alias shares with its anchor (see `Anchors.resolve`). */
const aliasShared = new WeakSet<readonly unknown[]>();

/** Marks the list of an anchored mapping or sequence that an alias refers to. */
export function markAliasShared(list: readonly unknown[]): void {
  aliasShared.add(list);
}

/** Whether a walk over the tree can meet this list more than once, through aliases. */
export function isAliasShared(list: readonly unknown[]): boolean {
  return aliasShared.has(list);
}

/** The pairs of each entry list, made on first use and shared by the maps that share the list (an alias and its anchor). */
const pairLists = new WeakMap<readonly unknown[], readonly YPair[]>();

/**
 * A mapping. Its entries sit in one flat array, `ENTRY_SLOTS` slots each (key text, value, key
 * start, key end), in source order, one per distinct key (the last one wins, as in JSON.parse):
 * a map of nine keys is then three heap objects instead of twelve, which a 100,000-route
 * configuration feels in every garbage collection. Hot readers use `size`, `keyTextAt` and
 * `valueAt`; `pairs` gives entry objects for everyone else.
 */
export class YMap implements NodeBase {
  declare readonly kind: 'map';

  constructor(
    readonly file: SourceFile,
    readonly entries: readonly (string | number | YNode)[],
    readonly start: number,
    readonly end: number,
    readonly tag: string | undefined,
    /** Tags written on keys (`!Ref name:`), by entry index; undefined when no key has one. */
    readonly keyTags: ReadonlyMap<number, string> | undefined,
  ) {}

  get size(): number {
    return this.entries.length / ENTRY_SLOTS;
  }

  keyTextAt(index: number): string {
    return this.entries[index * ENTRY_SLOTS + KEY_TEXT] as string;
  }

  valueAt(index: number): YNode {
    return this.entries[index * ENTRY_SLOTS + VALUE] as YNode;
  }

  keyStartAt(index: number): number {
    return this.entries[index * ENTRY_SLOTS + KEY_START] as number;
  }

  keyEndAt(index: number): number {
    return this.entries[index * ENTRY_SLOTS + KEY_END] as number;
  }

  /** The index of the entry whose key is `key`, or -1. */
  indexOf(key: string): number {
    return entryIndex(this.entries, key);
  }

  /** The entries as objects, made on first use; the same objects every time. */
  get pairs(): readonly YPair[] {
    let pairs = pairLists.get(this.entries);
    if (!pairs) {
      const made: YPair[] = new Array<YPair>(this.size);
      for (let i = 0; i < made.length; i++) made[i] = new YPair(this.keyTextAt(i), this.keyStartAt(i), this.keyEndAt(i), this.valueAt(i), this.keyTags?.get(i));
      pairs = made;
      pairLists.set(this.entries, pairs);
    }
    return pairs;
  }
}

// On the prototype, as for scalars (see `ScalarNode`).
Object.defineProperty(YMap.prototype, 'kind', { value: 'map' });

export interface YSeq extends NodeBase {
  readonly kind: 'seq';
  readonly items: readonly YNode[];
}

class SeqNode implements YSeq {
  declare readonly kind: 'seq';

  constructor(
    readonly items: readonly YNode[],
    readonly file: SourceFile,
    readonly start: number,
    readonly end: number,
  ) {}
}
Object.defineProperty(SeqNode.prototype, 'kind', { value: 'seq' });

class TaggedSeqNode extends SeqNode {
  constructor(items: readonly YNode[], file: SourceFile, start: number, end: number, readonly tag: string) {
    super(items, file, start, end);
  }
}

export function seqNode(items: readonly YNode[], file: SourceFile, start: number, end: number, tag: string | undefined): YSeq {
  return tag ? new TaggedSeqNode(items, file, start, end, tag) : new SeqNode(items, file, start, end);
}

export function isMap(node: YNode | undefined): node is YMap {
  return node?.kind === 'map';
}

export function isSeq(node: YNode | undefined): node is YSeq {
  return node?.kind === 'seq';
}

export function isScalar(node: YNode | undefined): node is YScalar {
  return node?.kind === 'scalar';
}

export function getPair(map: YMap, key: string): YPair | undefined {
  const index = map.indexOf(key);
  return index === -1 ? undefined : map.pairs[index];
}

export function get(node: YNode | undefined, key: string): YNode | undefined {
  if (!isMap(node)) return undefined;
  const index = node.indexOf(key);
  return index === -1 ? undefined : node.valueAt(index);
}

export function stringValue(node: YNode | undefined): string | undefined {
  return isScalar(node) && typeof node.value === 'string' ? node.value : undefined;
}

/** A finite number: `.nan`, `.inf` and numbers too large for a double are not usable values. */
export function numberValue(node: YNode | undefined): number | undefined {
  return isScalar(node) && typeof node.value === 'number' && Number.isFinite(node.value) ? node.value : undefined;
}

export function booleanValue(node: YNode | undefined): boolean | undefined {
  return isScalar(node) && typeof node.value === 'boolean' ? node.value : undefined;
}

/** Follows a JSON-pointer-like list of keys and indexes from a node; undefined when it leaves the tree. */
export function nodeAtPath(root: YNode, path: readonly (string | number)[]): YNode | undefined {
  let node: YNode | undefined = root;
  for (const step of path) {
    if (isMap(node)) node = getPair(node, String(step))?.value;
    else if (isSeq(node)) node = node.items[Number(step)];
    else return undefined;
  }
  return node;
}

/** The key node of the last step of a path, when it names a mapping entry. */
export function keyAtPath(root: YNode, path: readonly (string | number)[]): YScalar | undefined {
  if (path.length === 0) return undefined;
  const parent = nodeAtPath(root, path.slice(0, -1));
  return isMap(parent) ? getPair(parent, String(path[path.length - 1]))?.key : undefined;
}
