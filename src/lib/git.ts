import { execFileSync } from 'node:child_process';

/** The version of (part of) the content: the last commit that touched it. */
export interface DataVersion {
  hash: string;
  short: string;
  /** Commit date as JJJJ-MM-DD. */
  date: string;
}

const cache = new Map<string, DataVersion | undefined>();

/**
 * Last commit touching `path`, read from git. Undefined when git or its history is missing
 * (e.g. a download without .git); pages then say so instead of inventing a version.
 */
export function lastCommit(path: string): DataVersion | undefined {
  if (cache.has(path)) return cache.get(path);
  let version: DataVersion | undefined;
  try {
    const out = execFileSync('git', ['log', '-1', '--format=%H %cs', '--', path], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
    if (out) {
      const [hash, date] = out.split(' ');
      version = { hash: hash!, short: hash!.slice(0, 7), date: date! };
    }
  } catch {
    version = undefined;
  }
  cache.set(path, version);
  return version;
}
