import type { Span } from './source.js';

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
 * One mapping entry. Keys are read as text far more often than they are pointed at, so the key
 * node is made on first use: a 100,000-route configuration then holds a million fewer objects,
 * and every one of them would otherwise cost its share of garbage collection.
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
    this.keyNode = keyTag ? { kind: 'scalar', value: keyText, file: value.file, start: keyStart, end: keyEnd, tag: keyTag } : undefined;
  }

  /** The key node, for positions; the same object every time. A key is in its value's file. */
  get key(): YScalar {
    // The same shape as every other scalar (see `makeScalar`).
    return (this.keyNode ??= { kind: 'scalar', value: this.keyText, file: this.value.file, start: this.keyStart, end: this.keyEnd });
  }
}

export interface YMap extends NodeBase {
  readonly kind: 'map';
  /** Entries in source order, one per distinct key (the last one wins, as in JSON.parse). */
  readonly pairs: readonly YPair[];
}

export interface YSeq extends NodeBase {
  readonly kind: 'seq';
  readonly items: readonly YNode[];
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
  for (const pair of map.pairs) if (pair.keyText === key) return pair;
  return undefined;
}

export function get(node: YNode | undefined, key: string): YNode | undefined {
  return isMap(node) ? getPair(node, key)?.value : undefined;
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
