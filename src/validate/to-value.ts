import type { YNode } from '../load/tree.js';

/**
 * gwlint's tree as plain data for ajv. Mappings have no prototype, so keys such as `__proto__` or
 * `constructor` are ordinary data. Within one conversion, a node reached through several YAML
 * aliases becomes one shared value (`shared` is keyed by the entry list, which an alias shares
 * with its anchor); the parser has already bounded how far aliases expand. Nothing outlives the
 * call unless the caller keeps `shared`: the values are garbage once validated.
 */
export function toValue(node: YNode, shared: Map<object, unknown> = new Map()): unknown {
  if (node.kind === 'scalar') return node.value;
  const entries = node.kind === 'seq' ? node.items : node.pairs;
  const known = shared.get(entries);
  if (known !== undefined) return known;
  let value: unknown;
  if (node.kind === 'seq') {
    const items = new Array<unknown>(node.items.length);
    for (let i = 0; i < items.length; i++) items[i] = toValue(node.items[i]!, shared);
    value = items;
  } else {
    const object: Record<string, unknown> = Object.create(null);
    for (const pair of node.pairs) object[pair.keyText] = toValue(pair.value, shared);
    value = object;
  }
  shared.set(entries, value);
  return value;
}
