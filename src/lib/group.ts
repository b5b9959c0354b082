/** Items grouped by a key, the groups in a given order (a schema's options, say), empty groups left out. */
export function groupInOrder<T, K extends string>(items: readonly T[], order: readonly K[], keyOf: (item: T) => K | undefined): { key: K; items: T[] }[] {
  return order.map((key) => ({ key, items: items.filter((item) => keyOf(item) === key) })).filter((g) => g.items.length > 0);
}
