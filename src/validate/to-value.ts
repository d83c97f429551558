import { isAliasShared, type YNode } from '../load/tree.js';

/**
 * gwlint's tree as plain data for ajv. Within one conversion, a list that YAML aliases share with
 * their anchor becomes one shared value (`shared` is keyed by the entry or item list), so an
 * aliased node is converted once however often it is used, and the work stays proportional to the
 * file, however many documents (each with its own alias budget) it has. Other lists, nearly all,
 * are neither looked up nor recorded. Nothing outlives the call unless the caller keeps `shared`:
 * the values are garbage once validated.
 *
 * Mappings become ordinary objects, which the engine builds and reads far faster than objects
 * without a prototype (those are hash tables): routes that share their keys share one layout.
 * Keys are own properties, so `constructor` or `toString` in a file are data like any other; only
 * `__proto__` needs defining, not assigning (an assignment would set the prototype). Inherited
 * members are never mistaken for data because no schema names a property after one
 * (test/validate.test.ts checks that).
 */
export function toValue(node: YNode, shared: Map<object, unknown> = new Map()): unknown {
  if (node.kind === 'scalar') return node.value;
  const list = node.kind === 'seq' ? node.items : node.entries;
  const aliased = isAliasShared(list);
  if (aliased) {
    const known = shared.get(list);
    if (known !== undefined) return known;
  }
  let value: unknown;
  if (node.kind === 'seq') {
    const items = new Array<unknown>(node.items.length);
    for (let i = 0; i < items.length; i++) items[i] = toValue(node.items[i]!, shared);
    value = items;
  } else {
    const object: Record<string, unknown> = {};
    for (let i = 0; i < node.size; i++) setData(object, node.keyTextAt(i), toValue(node.valueAt(i), shared));
    value = object;
  }
  if (aliased) shared.set(list, value);
  return value;
}

/** `object[key] = value`, with `__proto__` made an own property like any other key. */
export function setData(object: Record<string, unknown>, key: string, value: unknown): void {
  if (key === '__proto__') Object.defineProperty(object, key, { value, enumerable: true, writable: true, configurable: true });
  else object[key] = value;
}
