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

export const durationAt = (node: YNode | undefined): Located<number> | undefined =>
  located(node, (n) => (isScalar(n) ? parseDuration(n.value) : undefined));
export const sizeAt = (node: YNode | undefined): Located<number> | undefined => located(node, (n) => (isScalar(n) ? parseSize(n.value) : undefined));
export const stringAt = (node: YNode | undefined): Located<string> | undefined => located(node, stringValue);

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
  // `map` makes a list of its own length: these lists live as long as the model.
  return stringScalars(node).map((item) => ({ value: transform ? transform(item.value) : item.value, node: item }));
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
