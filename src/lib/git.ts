import { execFileSync } from 'node:child_process';
import { relative, resolve } from 'node:path';

/** The version of (part of) the content: the last commit that touched it. */
export interface DataVersion {
  hash: string;
  short: string;
  /** Commit date as JJJJ-MM-DD. */
  date: string;
  /** The working tree has changes to it that are not committed: `short` then ends in "-gewijzigd". */
  dirty?: boolean;
}

/** Git is not installed (as opposed to: not a repository, or a failing command). */
export class GitMissing extends Error {}

/**
 * Runs git in `cwd` and returns its output; stdin gets `input` when given. The environment keeps a user's
 * locale and lock settings from changing output or touching the repository. Throws GitMissing without git.
 */
export function runGit(args: string[], options: { cwd?: string; input?: string } = {}): Buffer {
  try {
    return execFileSync('git', args, {
      cwd: options.cwd,
      input: options.input,
      stdio: [options.input === undefined ? 'ignore' : 'pipe', 'pipe', 'ignore'],
      maxBuffer: 1 << 30,
      env: { ...process.env, GIT_OPTIONAL_LOCKS: '0', LC_ALL: 'C' },
    });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') throw new GitMissing();
    throw error;
  }
}

const git = (args: string[]) => runGit(args).toString('utf8');

interface Repo {
  root: string;
  /** Per file its last commit; null when git cannot know it (the edge of a shallow clone). */
  files: Map<string, DataVersion | null>;
  /** Files with changes that are not committed. */
  dirty: string[];
  /** False in a shallow clone: some versions are then unknown. */
  complete: boolean;
  /** What lastCommit found per path: pages ask for the same few thousand paths many times. */
  found: Map<string, DataVersion | undefined>;
}
// Kept on globalThis, keyed by working folder: the build reads the history in the content check (config setup)
// and again in the bundled pages, which hold their own copy of this module; one `git log` serves both.
const repos: Map<string, Repo | null> = ((globalThis as Record<symbol, unknown>)[Symbol.for('wijkteams.git-history')] ??= new Map()) as Map<string, Repo | null>;

/**
 * One `git log` over the whole history, read once per build: for every file the last commit that changed it.
 * (Asking git once per file took seconds on a site with hundreds of indicators.)
 * In a shallow clone the oldest commits have their parents cut off, so git shows every file as added there:
 * a file whose last change seems to be such a commit has an unknown version, not that commit.
 */
function history(): Repo | null {
  const cwd = process.cwd();
  if (repos.has(cwd)) return repos.get(cwd)!;
  let repo: Repo | null;
  try {
    const root = git(['rev-parse', '--show-toplevel']).trim();
    const shallow = git(['rev-parse', '--is-shallow-repository']).trim() === 'true';
    const cut = new Set(shallow ? git(['rev-list', '--max-parents=0', 'HEAD']).split('\n').filter(Boolean) : []);
    const dirty = git(['-c', 'core.quotePath=false', 'status', '--porcelain=v1', '-z', '--untracked-files=all', '--no-renames'])
      .split('\0').filter(Boolean).map((entry) => entry.slice(3));
    const files = new Map<string, DataVersion | null>();
    let current: DataVersion | undefined;
    for (const line of git(['log', '--format=%x00%H %cs', '--name-only', '--no-renames']).split('\n')) {
      if (line.startsWith('\0')) {
        const [hash, date] = line.slice(1).split(' ');
        current = { hash: hash!, short: hash!.slice(0, 7), date: date! };
      } else if (line && current && !files.has(line)) files.set(line, cut.has(current.hash) ? null : current);
    }
    repo = { root, files, dirty, complete: !shallow, found: new Map() };
  } catch {
    repo = null;
  }
  repos.set(cwd, repo);
  return repo;
}

/**
 * Last commit touching `path` (a file or a folder), read from git. Undefined when git or its history is
 * missing (e.g. a download without .git); pages then say so instead of inventing a version.
 */
export function lastCommit(path: string): DataVersion | undefined {
  const h = history();
  if (!h) return undefined;
  const rel = relative(h.root, resolve(path)).split('\\').join('/');
  if (!h.found.has(rel)) h.found.set(rel, commitOf(h, rel));
  return h.found.get(rel);
}

function commitOf(h: Repo, rel: string): DataVersion | undefined {
  const below = (file: string) => rel === '' || file === rel || file.startsWith(rel + '/');
  let found = h.files.get(rel);
  // A folder: files were recorded newest commit first, so the first file below it has the folder's last commit.
  if (found === undefined) for (const [file, v] of h.files) if (below(file)) {
    found = v;
    break;
  }
  if (!found) return undefined;
  return h.dirty.some(below) ? { ...found, short: `${found.short}-gewijzigd`, dirty: true } : found;
}

/** Whether the build can read git history at all (false for a download without .git). */
export const hasGitHistory = () => history() !== null;

/** Whether every version can be known: git is there and the clone is not shallow. */
export const hasFullGitHistory = () => history()?.complete === true;
