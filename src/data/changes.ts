/**
 * The thin git reader behind "Wat is er veranderd?": three git calls in all (rev-parse, one log, one
 * cat-file batch for every changed file version), then the pure logic in lib/changes/history.ts.
 */
import { existsSync, readFileSync, readdirSync, realpathSync, statSync } from 'node:fs';
import { isAbsolute, join, relative, resolve, sep } from 'node:path';
import { contentDir } from '../lib/content-dir.ts';
import { applyCommit, buildHistory, gap, type CommitFile, type CommitFiles } from '../lib/changes/history.ts';
import { TRACKED_COLLECTIONS, snapshotKey } from '../lib/changes/parse.ts';
import type { ChangeHistory, Snapshot } from '../lib/changes/types.ts';
import { GitMissing, runGit } from '../lib/git.ts';

export interface HistorySource {
  /** A folder inside the git repository (the project root). */
  repoRoot: string;
  /** The content folder, relative to repoRoot or absolute. */
  contentDir: string;
}

const git = (cwd: string, args: string[], input?: string) => runGit(args, { cwd, input });

const real = (p: string) => (existsSync(p) ? realpathSync(p) : resolve(p));

/** One `git log` over the content folder: commits oldest first, with the files each changed. */
interface LogEntry { hash: string; date: string; files: { path: string; status: 'A' | 'M' | 'D' }[] }
function readLog(root: string, prefix: string): LogEntry[] {
  // --first-parent: the history of the main line, a merge counts as one change (diffed against its first parent).
  // --no-renames: a renamed file is a removed and a new id, as it is on the site.
  // The -c settings keep a user's git configuration from changing the output.
  const out = git(root, ['-c', 'core.quotePath=false', '-c', 'log.showSignature=false', '-c', 'log.follow=false', '-c', 'diff.relative=false', 'log', '--first-parent', '--no-renames', '--no-color', '--name-status', '--format=%x1e%H %cs', '--', prefix || '.']).toString('utf8');
  const commits: LogEntry[] = [];
  for (const record of out.split('\x1e').slice(1)) {
    const [head = '', ...lines] = record.split('\n');
    const [hash = '', date = ''] = head.trim().split(' ');
    const files: LogEntry['files'] = [];
    for (const line of lines) {
      const [status = '', path] = line.split('\t');
      if (!path) continue;
      const s = status[0] === 'D' ? 'D' : status[0] === 'A' ? 'A' : 'M'; // T (type change) counts as M
      const rel = prefix ? (path.startsWith(`${prefix}/`) ? path.slice(prefix.length + 1) : undefined) : path;
      if (rel !== undefined && snapshotKey(rel)) files.push({ path: rel, status: s });
    }
    commits.push({ hash, date, files });
  }
  return commits.reverse();
}

/** The texts of many `<commit>:<path>` objects in one `git cat-file --batch`. */
function readBlobs(root: string, specs: string[]): Map<string, string> {
  const texts = new Map<string, string>();
  if (specs.length === 0) return texts;
  const out = git(root, ['cat-file', '--batch'], specs.join('\n') + '\n');
  let pos = 0;
  for (const spec of specs) {
    const nl = out.indexOf(0x0a, pos);
    if (nl < 0) break;
    const header = out.toString('utf8', pos, nl);
    pos = nl + 1;
    if (header.endsWith(' missing') || header.endsWith(' ambiguous')) continue;
    const size = Number(header.split(' ')[2]);
    texts.set(spec, out.toString('utf8', pos, pos + size));
    pos += size + 1;
  }
  return texts;
}

/** The content as the site is built from it now (the working tree), for checking links. */
export function readCurrent(contentDir: string): Snapshot {
  const files: CommitFile[] = [];
  const add = (rel: string) => {
    const full = join(contentDir, rel);
    if (snapshotKey(rel) && existsSync(full) && statSync(full).isFile()) files.push({ path: rel, status: 'A', text: readFileSync(full, 'utf8') });
  };
  add('site.json');
  for (const collection of TRACKED_COLLECTIONS) {
    const dir = join(contentDir, collection);
    if (!existsSync(dir)) continue;
    for (const name of readdirSync(dir, { recursive: true, encoding: 'utf8' })) add(`${collection}/${name.split(sep).join('/')}`);
  }
  return applyCommit(new Map(), files);
}

/**
 * The changes in the content folder, read from git. A shallow clone, a missing git or a folder outside a
 * repository gives the "onvolledig" state instead of a wrong list.
 */
export function readChangeHistory({ repoRoot, contentDir }: HistorySource): ChangeHistory {
  const root = resolve(repoRoot);
  const content = isAbsolute(contentDir) ? contentDir : resolve(root, contentDir);
  let top: string;
  try {
    const [shallow, toplevel] = git(root, ['rev-parse', '--is-shallow-repository', '--show-toplevel']).toString('utf8').trim().split('\n');
    if (shallow === 'true') return gap('ondiep');
    top = real(toplevel!.trim());
  } catch (error) {
    return gap(error instanceof GitMissing ? 'geen-git' : 'geen-repository');
  }
  const prefix = relative(top, real(content)).split(sep).join('/');
  if (prefix.startsWith('..') || isAbsolute(prefix)) return gap('geen-repository');
  try {
    const log = readLog(top, prefix);
    const specs = log.flatMap((c) => c.files.filter((f) => f.status !== 'D').map((f) => `${c.hash}:${prefix ? `${prefix}/` : ''}${f.path}`));
    const blobs = readBlobs(top, specs);
    const commits: CommitFiles[] = log.map((c) => ({
      hash: c.hash,
      date: c.date,
      files: c.files.map((f) => ({ path: f.path, status: f.status, text: f.status === 'D' ? undefined : blobs.get(`${c.hash}:${prefix ? `${prefix}/` : ''}${f.path}`) })),
    }));
    return buildHistory(commits, readCurrent(content));
  } catch (error) {
    return gap(error instanceof GitMissing ? 'geen-git' : 'fout');
  }
}

let cached: ChangeHistory | undefined;
/** The changes of the content the site is built from (CONTENT_DIR), newest first; read once per build. */
export const changeHistory = (): ChangeHistory => (cached ??= readChangeHistory({ repoRoot: process.cwd(), contentDir }));
