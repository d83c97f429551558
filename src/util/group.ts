/** Appends `value` to the list kept under `key`, creating the list on first use. */
export function pushTo<K, V>(groups: Map<K, V[]>, key: K, value: V): void {
  const list = groups.get(key);
  if (list) list.push(value);
  else groups.set(key, [value]);
}

/**
 * The items that share their key with at least one other, grouped by key (items in their order).
 * An item alone under its key costs no list: with 100,000 paths, nearly every key is unique.
 */
export function groupsSharingKey<T>(items: Iterable<T>, keyOf: (item: T) => string): T[][] {
  const first = new Map<string, T>();
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const key = keyOf(item);
    const seen = first.get(key);
    if (seen === undefined) {
      first.set(key, item);
      continue;
    }
    const group = groups.get(key);
    if (group) group.push(item);
    else groups.set(key, [seen, item]);
  }
  return [...groups.values()];
}
