/** Items grouped by a key, the groups in a given order (a schema's options, say), empty groups left out. */
export function groupInOrder<T, K extends string>(items: readonly T[], order: readonly K[], keyOf: (item: T) => K | undefined): { key: K; items: T[] }[] {
  return order.map((key) => ({ key, items: items.filter((item) => keyOf(item) === key) })).filter((g) => g.items.length > 0);
}

/** Items by each key they name (none, one or several), in the given order within a key. */
export function groupByKeys<T>(items: readonly T[], keysOf: (item: T) => readonly string[]): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items)
    for (const key of keysOf(item)) {
      const group = groups.get(key);
      if (group) group.push(item);
      else groups.set(key, [item]);
    }
  return groups;
}
