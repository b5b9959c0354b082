import { execFileSync } from 'node:child_process';
import { relative, resolve } from 'node:path';

/** The version of (part of) the content: the last commit that touched it. */
export interface DataVersion {
  hash: string;
  short: string;
  /** Commit date as JJJJ-MM-DD. */
  date: string;
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

let repo: { root: string; files: Map<string, DataVersion> } | null | undefined;

/**
 * One `git log` over the whole history, read once per build: for every file the last commit that changed it.
 * (Asking git once per file took seconds on a site with hundreds of indicators.)
 */
function history(): { root: string; files: Map<string, DataVersion> } | null {
  if (repo !== undefined) return repo;
  try {
    const root = git(['rev-parse', '--show-toplevel']).trim();
    const files = new Map<string, DataVersion>();
    let current: DataVersion | undefined;
    for (const line of git(['log', '--format=%x00%H %cs', '--name-only', '--no-renames']).split('\n')) {
      if (line.startsWith('\0')) {
        const [hash, date] = line.slice(1).split(' ');
        current = { hash: hash!, short: hash!.slice(0, 7), date: date! };
      } else if (line && current && !files.has(line)) files.set(line, current);
    }
    repo = { root, files };
  } catch {
    repo = null;
  }
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
  const exact = h.files.get(rel);
  if (exact) return exact;
  // A folder: files were recorded newest commit first, so the first file below it has the folder's last commit.
  for (const [file, v] of h.files) if (rel === '' || file.startsWith(rel + '/')) return v;
  return undefined;
}

/** Whether the build can read git history at all (false for a download without .git). */
export const hasGitHistory = () => history() !== null;
