// The test path for `npm test -- --sinds <ref>`: the files changed from that commit to HEAD, read with git.
import { execFileSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { chooseTestPath, type TestPath } from './test-path.ts';

/** Chooses the path for the repository at `cwd`; an unknown commit (a first push, a shallow clone) means everything. */
export function pathSince(ref: string, cwd = '.'): TestPath {
  let changed: string[];
  try {
    changed = execFileSync('git', ['diff', '--name-only', `${ref}...HEAD`], { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).split('\n').filter(Boolean);
  } catch {
    return { path: 'volledig', reason: `commit ${ref} is niet bekend (bijvoorbeeld de eerste push of een ondiepe kloon)` };
  }
  const ketenPages = readdirSync(join(cwd, 'content/ketens')).filter((f) => f.endsWith('.mdx')).map((f) => `/ketens/${f.slice(0, -4)}/`);
  return chooseTestPath(changed, ketenPages);
}
