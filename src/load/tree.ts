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

export interface YPair {
  readonly key: YScalar;
  readonly value: YNode;
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
  for (const pair of map.pairs) if (pair.key.value === key) return pair;
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
