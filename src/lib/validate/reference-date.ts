import { lastCommit } from '../git.ts';

/**
 * The date no content may lie after: the date of the content's last commit, so a check of one commit always
 * gives the same answer. With uncommitted changes the editor is working today, so today counts; without git
 * the date is unknown and nothing is checked against it.
 */
export function referenceDate(contentDir: string): string | undefined {
  const version = lastCommit(contentDir);
  if (!version) return undefined;
  return version.dirty ? new Date().toISOString().slice(0, 10) : version.date;
}
