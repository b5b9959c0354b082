/**
 * "Wat is er veranderd?": the meaningful changes in the content, derived from its git history.
 * Types only; the logic lives in parse.ts, diff.ts and history.ts (pure) and git.ts (the reader).
 */

/** What kind of change, from the reader's point of view. Text-only edits have no kind: they are not listed. */
export type ChangeKind =
  | 'eerste-versie'
  | 'keten-toegevoegd' | 'keten-verwijderd' | 'keten-status'
  | 'verandertheorie-toegevoegd' | 'verandertheorie-verwijderd' | 'verandertheorie-status'
  | 'resultaat-toegevoegd' | 'resultaat-verwijderd'
  | 'aanname-status'
  | 'indicator-toegevoegd' | 'indicator-verwijderd'
  | 'streefwaarde'
  | 'nieuwe-cijfers'
  | 'cijfer-herzien'
  | 'publicatie-toegevoegd' | 'publicatie-verwijderd'
  | 'aanbeveling-status'
  | 'verhaal-toegevoegd' | 'verhaal-verwijderd';

/** One meaningful change, as the site lists it. */
export interface Change {
  /** Commit date, JJJJ-MM-DD. */
  date: string;
  /** Full hash of the commit that made the change. */
  commit: string;
  kind: ChangeKind;
  /**
   * Ids of the ketens this change belongs to; empty for a site-wide change. A verandertheorie belongs to the
   * keten of its file name, a story to its `keten`, an indicator to every keten whose verandertheorie names it
   * in a node (at that commit), a publication to its ketens and those of its findings and recommendations,
   * a recommendation status to the recommendation's ketens (or else the publication's).
   */
  ketens: string[];
  /** One sentence in plain Dutch (B1), with names and titles rather than ids. */
  text: string;
  /** Site path (with an anchor where useful) of what changed, if it still exists. */
  link?: string;
}

/** A change before it is tied to a commit. */
/**
 * A change as one commit's diff finds it. A recommendation's stand carries its key (publication, number and date of
 * the stand), and a correction of that stand the same key, so the history can mark the earlier entry as corrected.
 */
export type ChangeDraft = Omit<Change, 'date' | 'commit'> & { stand?: string; corrects?: string };

/**
 * Parsed content at one moment: key `<collection>/<id>` (e.g. `indicatoren/startgesprekken`) or `site`,
 * value the parsed JSON or frontmatter, unvalidated.
 */
export type Snapshot = ReadonlyMap<string, unknown>;

/** Why there is no list. */
export type HistoryGap = 'ondiep' | 'geen-git' | 'geen-repository' | 'geen-commits' | 'fout';

export type ChangeHistory =
  | {
    state: 'volledig';
    /** Newest first. */
    changes: Change[];
    /** Date of the first version of the content: where the list begins. */
    since: string;
  }
  | {
    state: 'onvolledig';
    reason: HistoryGap;
    /** What the page says instead of a list, in Dutch. */
    message: string;
  };
