import type { YNode } from '../load/tree.js';

/** Keyed by the entry list, which an alias shares with its anchor (the alias node itself is a copy with its own position). */
const values = new WeakMap<object, unknown>();

/**
 * gwlint's tree as plain data for ajv. Mappings have no prototype, so keys such as `__proto__` or
 * `constructor` are ordinary data. A node reached through several YAML aliases becomes one shared
 * value; the parser has already bounded how far aliases expand.
 */
export function toValue(node: YNode): unknown {
  if (node.kind === 'scalar') return node.value;
  const entries = node.kind === 'seq' ? node.items : node.pairs;
  if (values.has(entries)) return values.get(entries);
  let value: unknown;
  if (node.kind === 'seq') {
    value = node.items.map(toValue);
  } else {
    const object: Record<string, unknown> = Object.create(null);
    for (const pair of node.pairs) object[String(pair.key.value)] = toValue(pair.value);
    value = object;
  }
  values.set(entries, value);
  return value;
}
