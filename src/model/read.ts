/**
 * Reading values out of the tree for the model, shared by every adapter. Readers are defensive:
 * a value of the wrong type is left out (schemas or the adapter report it), never trusted.
 */
import { isScalar, isSeq, stringValue, type YNode, type YScalar } from '../load/tree.js';
import type { DuplicateDefinition, Located } from './types.js';
import { parseDuration, parseSize } from './units.js';

export function located<T>(node: YNode | undefined, read: (node: YNode) => T | undefined): Located<T> | undefined {
  if (!node) return undefined;
  const value = read(node);
  return value === undefined ? undefined : { value, node };
}

// These three are read for most routes, so they make no function per call as `located` would.
export function durationAt(node: YNode | undefined): Located<number> | undefined {
  const value = isScalar(node) ? parseDuration(node.value) : undefined;
  return value === undefined ? undefined : { value, node: node! };
}

export function sizeAt(node: YNode | undefined): Located<number> | undefined {
  const value = isScalar(node) ? parseSize(node.value) : undefined;
  return value === undefined ? undefined : { value, node: node! };
}

export function stringAt(node: YNode | undefined): Located<string> | undefined {
  const value = stringValue(node);
  return value === undefined ? undefined : { value, node: node! };
}

/** A scalar whose value is text. */
export type StringScalar = YScalar & { readonly value: string };

function isStringScalar(node: YNode | undefined): node is StringScalar {
  return isScalar(node) && typeof node.value === 'string';
}

const NO_SCALARS: readonly StringScalar[] = Object.freeze([]);

/**
 * The text scalars of a string or a list of strings; other items are skipped. A list of text
 * only, the usual case, is returned as it is, without a copy.
 */
export function stringScalars(node: YNode | undefined): readonly StringScalar[] {
  if (isStringScalar(node)) return [node];
  if (!isSeq(node)) return NO_SCALARS;
  const items = node.items;
  let all = true;
  for (let i = 0; i < items.length && all; i++) all = isStringScalar(items[i]);
  return all ? (items as readonly StringScalar[]) : items.filter(isStringScalar);
}

/** A string or a list of strings, each through `transform` when given; other items are skipped. */
export function stringList(node: YNode | undefined, transform?: (value: string) => string): Located<string>[] {
  const scalars = stringScalars(node);
  // A list of its own length (these lists live as long as the model), filled without a function per call.
  const list = new Array<Located<string>>(scalars.length);
  for (let i = 0; i < scalars.length; i++) {
    const item = scalars[i]!;
    list[i] = { value: transform ? transform(item.value) : item.value, node: item };
  }
  return list;
}

/** The path part of a URL (`https://h/base` → `/base`), '' when it has none. */
export function urlPath(url: string): string {
  return /^[a-z][a-z0-9+.-]*:\/\/[^/?#]*([^?#]*)/i.exec(url)?.[1] ?? '';
}

/** Definitions of one kind, by name; the first definition wins, later ones are duplicates. */
export class NamedTable<T extends { name: string; nameNode: YNode }> {
  readonly byName = new Map<string, T>();
  constructor(
    private readonly kind: DuplicateDefinition['kind'],
    private readonly duplicates: DuplicateDefinition[],
    /** How the dialect words duplicates: its noun for the element, where names must be unique. */
    private readonly wording: Pick<DuplicateDefinition, 'noun' | 'scope'> = {},
  ) {}

  add(item: T): void {
    const first = this.byName.get(item.name);
    if (first) this.duplicates.push({ kind: this.kind, name: item.name, duplicate: item.nameNode, first: first.nameNode, ...this.wording });
    else this.byName.set(item.name, item);
  }

  get values(): T[] {
    return [...this.byName.values()];
  }
}
