import type { YNode } from '../load/tree.js';

/**
 * gwlint's tree as plain data for ajv. A node reached through several YAML aliases is converted
 * at each of them, as ajv validates it at each: the parser has already bounded how many nodes
 * aliases add (`MAX_ALIAS_EXPANSION`), so this stays proportional to the file, and nothing is
 * kept to tell shared nodes apart. The values are garbage once validated.
 *
 * Mappings become ordinary objects, which the engine builds and reads far faster than objects
 * without a prototype (those are hash tables): routes that share their keys share one layout.
 * Keys are own properties, so `constructor` or `toString` in a file are data like any other; only
 * `__proto__` needs defining, not assigning (an assignment would set the prototype). Inherited
 * members are never mistaken for data because no schema names a property after one
 * (test/validate.test.ts checks that).
 */
export function toValue(node: YNode): unknown {
  if (node.kind === 'scalar') return node.value;
  if (node.kind === 'seq') {
    const items = new Array<unknown>(node.items.length);
    for (let i = 0; i < items.length; i++) items[i] = toValue(node.items[i]!);
    return items;
  }
  const object: Record<string, unknown> = {};
  for (let i = 0; i < node.size; i++) setData(object, node.keyTextAt(i), toValue(node.valueAt(i)));
  return object;
}

/** `object[key] = value`, with `__proto__` made an own property like any other key. */
export function setData(object: Record<string, unknown>, key: string, value: unknown): void {
  if (key === '__proto__') Object.defineProperty(object, key, { value, enumerable: true, writable: true, configurable: true });
  else object[key] = value;
}
