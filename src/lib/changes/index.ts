/** "Wat is er veranderd?" for the build: the history of the content folder, read once per build. */
import { contentDir } from '../content-dir.ts';
import { readChangeHistory } from './git.ts';
import type { ChangeHistory } from './types.ts';

let cached: ChangeHistory | undefined;
/** The changes of the content the site is built from (CONTENT_DIR), newest first; memoized. */
export const changeHistory = (): ChangeHistory => (cached ??= readChangeHistory({ repoRoot: process.cwd(), contentDir }));

export { changesForKeten, groupByDate } from './history.ts';
export type { Change, ChangeHistory, ChangeKind } from './types.ts';
