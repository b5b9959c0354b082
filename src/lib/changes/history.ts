/**
 * From commits (oldest first, each with the texts of the files it changed) to the dated list of changes.
 * Pure: the git reader (git.ts) supplies the commits, tests can supply them by hand.
 */
import { formatDate } from '../format.ts';
import { diffSnapshots, firstVersion, isEmptyContent, liveLink } from './diff.ts';
import { parseContentFile, snapshotKey } from './parse.ts';
import type { Change, ChangeDraft, ChangeHistory, HistoryGap, Snapshot } from './types.ts';

/** One file changed by a commit; the path is relative to the content folder. */
export interface CommitFile {
  path: string;
  /** A added, M modified, D deleted. */
  status: 'A' | 'M' | 'D';
  /** The file's text after the commit (absent for D). */
  text?: string;
}
export interface CommitFiles {
  hash: string;
  /** Commit date, JJJJ-MM-DD. */
  date: string;
  files: CommitFile[];
}

/** The state of the content after one commit, given the state before it. */
export function applyCommit(before: Snapshot, files: readonly CommitFile[]): Snapshot {
  const after = new Map(before);
  for (const f of files) {
    const key = snapshotKey(f.path);
    if (!key) continue;
    if (f.status === 'D') {
      after.delete(key);
      continue;
    }
    const data = f.text === undefined ? undefined : parseContentFile(f.path, f.text);
    // An unreadable version never reached the site (the content check stops the build): keep the last good one.
    if (data !== undefined) after.set(key, data);
  }
  return after;
}

/**
 * The changes of a complete history, newest first. The commit that brings the first ketens, indicators,
 * publications or stories is summarised as "eerste versie" instead of listing every file as new.
 * Links are checked against `current` (the content the site is built from) and dropped or shortened when
 * their target has gone.
 */
export function buildHistory(commits: readonly CommitFiles[], current?: Snapshot): ChangeHistory {
  if (commits.length === 0) return gap('geen-commits');
  let snapshot: Snapshot = new Map();
  let since: string | undefined;
  const perCommit: (ChangeDraft & Pick<Change, 'date' | 'commit'>)[][] = [];
  for (const commit of commits) {
    const after = applyCommit(snapshot, commit.files);
    const drafts = isEmptyContent(snapshot) ? (isEmptyContent(after) ? [] : [firstVersion(after)]) : diffSnapshots(snapshot, after);
    if (since === undefined && !isEmptyContent(after)) since = commit.date;
    perCommit.push(drafts.map((d) => ({ date: commit.date, commit: commit.hash, ...d })));
    snapshot = after;
  }
  if (since === undefined) return gap('geen-commits');
  const live = current ?? snapshot;
  // A stand that a later commit corrected says so, with the date of the correction: the reader may have used it.
  const correctedOn = new Map<string, string>();
  for (let i = perCommit.length - 1; i >= 0; i--) {
    for (const c of perCommit[i]!) {
      if (c.corrects) correctedOn.set(c.corrects, c.date);
      else if (c.stand && correctedOn.has(c.stand)) c.text += ` Deze stand is op ${formatDate(correctedOn.get(c.stand)!)} gecorrigeerd.`;
    }
  }
  const changes = perCommit.reverse().flat().map((c): Change => {
    const link = liveLink(c.link, live);
    const { date, commit, kind, ketens, text } = c;
    return link ? { date, commit, kind, ketens, text, link } : { date, commit, kind, ketens, text };
  });
  return { state: 'volledig', changes, since };
}

const MESSAGES: Record<HistoryGap, string> = {
  ondiep: 'De geschiedenis van de inhoud is niet volledig beschikbaar in deze versie van de site; daarom staan hier geen wijzigingen.',
  'geen-git': 'Deze versie van de site is gebouwd zonder de geschiedenis van de inhoud; daarom staan hier geen wijzigingen.',
  'geen-repository': 'Deze versie van de site is gebouwd zonder de geschiedenis van de inhoud; daarom staan hier geen wijzigingen.',
  'geen-commits': 'Er zijn nog geen wijzigingen in de inhoud vastgelegd; daarom staan hier geen wijzigingen.',
  fout: 'De geschiedenis van de inhoud kon niet worden gelezen; daarom staan hier geen wijzigingen.',
};

/** The "no list" state, with what the page says instead. */
export function gap(reason: HistoryGap): ChangeHistory {
  return { state: 'onvolledig', reason, message: MESSAGES[reason] };
}

/** The changes that belong to one keten. */
export function changesForKeten(changes: readonly Change[], keten: string): Change[] {
  return changes.filter((c) => c.ketens.includes(keten));
}

/** Consecutive changes with the same date, in the order given (newest first). */
export function groupByDate(changes: readonly Change[]): { date: string; changes: Change[] }[] {
  const groups: { date: string; changes: Change[] }[] = [];
  for (const c of changes) {
    const last = groups[groups.length - 1];
    if (last && last.date === c.date) last.changes.push(c);
    else groups.push({ date: c.date, changes: [c] });
  }
  return groups;
}
