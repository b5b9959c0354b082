/** "Wat is er veranderd?": the pure part; the history itself is read from git by src/data/changes.ts. */
export { changesForKeten, groupByDate } from './history.ts';
export type { Change, ChangeHistory, ChangeKind } from './types.ts';
