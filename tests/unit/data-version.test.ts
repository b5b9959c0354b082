/**
 * The data version must never be wrong: in a shallow clone a file whose last change lies beyond the cut is
 * unknown (not the oldest commit git still has), and a working tree with uncommitted changes says so.
 * Each case runs git.ts in a child process, because it reads the repository of its working directory once.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '..', '..');
const NODE = existsSync(join(ROOT, 'node_modules', 'node', 'bin', 'node')) ? join(ROOT, 'node_modules', 'node', 'bin', 'node') : process.execPath;
const tmp = mkdtempSync(join(tmpdir(), 'data-version-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

const env = (date?: string) => ({
  ...process.env, HOME: tmp, GIT_CONFIG_NOSYSTEM: '1', GIT_CONFIG_GLOBAL: join(tmp, 'gitconfig'),
  GIT_AUTHOR_NAME: 'Redactie', GIT_AUTHOR_EMAIL: 'redactie@voorbeeld.example', GIT_COMMITTER_NAME: 'Redactie', GIT_COMMITTER_EMAIL: 'redactie@voorbeeld.example',
  ...(date ? { GIT_AUTHOR_DATE: date, GIT_COMMITTER_DATE: date } : {}),
});
const git = (cwd: string, args: string[], date?: string) => execFileSync('git', args, { cwd, env: env(date), stdio: ['ignore', 'pipe', 'pipe'] }).toString().trim();

/** lastCommit of each path, as the build in `cwd` would see it. */
function versions(cwd: string, paths: string[]): Record<string, unknown> {
  const script = `import { lastCommit, hasFullGitHistory } from ${JSON.stringify(join(ROOT, 'src', 'lib', 'git.ts'))};
    const out = { complete: hasFullGitHistory() };
    for (const p of ${JSON.stringify(paths)}) out[p] = lastCommit(p) ?? null;
    console.log(JSON.stringify(out));`;
  return JSON.parse(execFileSync(NODE, ['--input-type=module', '-e', script], { cwd, env: env() }).toString());
}

describe('data versions from git', () => {
  const origin = join(tmp, 'origin');
  mkdirSync(join(origin, 'content'), { recursive: true });
  git(origin, ['init', '-q', '-b', 'main']);
  const commit = (file: string, text: string, date: string) => {
    writeFileSync(join(origin, file), text);
    git(origin, ['add', '-A']);
    git(origin, ['commit', '-q', '-m', file], date);
    return git(origin, ['rev-parse', 'HEAD']);
  };
  commit('content/a.json', '{"a":1}\n', '2024-01-10T12:00:00Z');
  commit('content/b.json', '{"b":1}\n', '2024-02-10T12:00:00Z');
  const c3 = commit('content/b.json', '{"b":2}\n', '2024-03-10T12:00:00Z');
  const code = commit('README.md', 'code\n', '2024-04-10T12:00:00Z');

  it('a full clone knows every version', () => {
    const v = versions(origin, ['content/a.json', 'content/b.json', 'content']);
    expect(v.complete).toBe(true);
    expect(v['content/a.json']).toMatchObject({ date: '2024-01-10' });
    expect(v['content']).toEqual({ hash: c3, short: c3.slice(0, 7), date: '2024-03-10' });
  });

  it('a shallow clone says unknown instead of showing the cut-off commit', () => {
    const shallow = join(tmp, 'shallow');
    git(tmp, ['clone', '-q', '--depth', '2', `file://${origin}`, shallow]);
    const v = versions(shallow, ['content/a.json', 'content/b.json', 'content']);
    expect(v.complete).toBe(false);
    // a.json last changed beyond the cut: git would show it as added in the oldest commit it has (c3).
    expect(v['content/a.json']).toBeNull();
    expect(v['content']).toBeNull();
    expect(code).not.toBe(c3);
  });

  it('uncommitted changes are marked', () => {
    writeFileSync(join(origin, 'content', 'a.json'), '{"a":2}\n');
    const v = versions(origin, ['content/a.json', 'content/b.json', 'content']);
    expect(v['content/a.json']).toMatchObject({ short: `${git(origin, ['rev-list', '-1', 'HEAD', '--', 'content/a.json']).slice(0, 7)}-gewijzigd`, dirty: true });
    expect(v['content/b.json']).toEqual({ hash: c3, short: c3.slice(0, 7), date: '2024-03-10' });
    expect(v['content']).toMatchObject({ hash: c3, short: `${c3.slice(0, 7)}-gewijzigd`, dirty: true });
  });
});
