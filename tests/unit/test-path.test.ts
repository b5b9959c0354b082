import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { chooseTestPath, countTests, pagesFor } from '../../scripts/lib/test-path.ts';
import { pathSince } from '../../scripts/lib/test-path-git.ts';

const ketens = ['/ketens/a/', '/ketens/b/'];

describe('chooseTestPath', () => {
  it('takes the fast path for a content-only diff, with the changed pages plus home and keten pages', () => {
    const r = chooseTestPath(['content/indicatoren/wmo-clienten.json', 'content/verhalen/x.mdx'], ketens);
    expect(r.path).toBe('snel');
    expect(r.path === 'snel' && r.pages).toEqual(['/', '/data/', '/indicatoren/', '/indicatoren/wmo-clienten/', '/ketens/', '/ketens/a/', '/ketens/b/', '/verhalen/', '/verhalen/x/']);
  });
  it('takes the full path as soon as one file outside content/ changed', () => {
    expect(chooseTestPath(['content/verhalen/x.mdx', 'src/lib/format.ts'], ketens)).toMatchObject({ path: 'volledig' });
    expect(chooseTestPath(['package-lock.json'], ketens)).toMatchObject({ path: 'volledig' });
    expect(chooseTestPath(['tests/fixtures/site/site.json'], ketens)).toMatchObject({ path: 'volledig' });
  });
  it('takes the full path when nothing changed (a re-run or an unknown base)', () => {
    expect(chooseTestPath([], ketens)).toMatchObject({ path: 'volledig' });
  });
  it('checks every page when a site-wide content file changed', () => {
    expect(chooseTestPath(['content/site.json'], ketens)).toMatchObject({ path: 'snel', pages: 'alle' });
    expect(chooseTestPath(['content/begrippen/wmo.md'], ketens)).toMatchObject({ path: 'snel', pages: 'alle' });
  });
});

describe('pagesFor', () => {
  it('maps a theory of change to its keten page and a status file to its publication', () => {
    expect(pagesFor('content/verandertheorie/wmo.json')).toEqual(['/ketens/wmo/']);
    expect(pagesFor('content/aanbevelingen/rapport-2024.json')).toEqual(['/aanbevelingen/', '/publicaties/rapport-2024/']);
    expect(pagesFor('content/paginas/over.mdx')).toEqual(['/over/']);
  });
});

describe('countTests', () => {
  it('reads vitest summaries, with and without failures', () => {
    expect(countTests('\x1b[2m      Tests \x1b[22m \x1b[1m\x1b[32m498 passed\x1b[39m\x1b[22m\x1b[90m (498)\x1b[39m')).toEqual({ passed: 498, failed: 0 });
    expect(countTests('      Tests  2 failed | 496 passed (498)')).toEqual({ passed: 496, failed: 2 });
  });
  it("reads the last closing line of our own checks, and nothing from output without one", () => {
    expect(countTests('x\n3 passed, 1 failed\nlater\n1625 passed, 0 failed\n')).toEqual({ passed: 1625, failed: 0 });
    expect(countTests('Result (120 files):\n- 0 errors')).toBeUndefined();
  });
});

describe('pathSince: the path from a real git history', () => {
  // A small repository with one keten; each commit below is compared with the first.
  const dir = mkdtempSync(join(tmpdir(), 'testpad-'));
  const git = (...args: string[]) => execFileSync('git', args, { cwd: dir, encoding: 'utf8' }).trim();
  const commit = (file: string, text: string) => {
    mkdirSync(join(dir, dirname(file)), { recursive: true });
    writeFileSync(join(dir, file), text);
    git('add', '-A');
    git('-c', 'user.name=test', '-c', 'user.email=test@example.org', '-c', 'commit.gpgsign=false', 'commit', '-q', '-m', file);
    return git('rev-parse', 'HEAD');
  };
  git('init', '-q');
  const base = commit('content/ketens/wmo.mdx', '---\nnaam: Wmo\n---\n');
  commit('src/lib/x.ts', 'export const x = 1;\n');
  const codeHead = git('rev-parse', 'HEAD');
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('takes the fast path for a commit that changes only content/', () => {
    git('checkout', '-q', '-b', 'data', base);
    commit('content/verhalen/nieuw.mdx', '---\ntitel: Nieuw\n---\n');
    const r = pathSince(base, dir);
    expect(r).toMatchObject({ path: 'snel' });
    expect(r.path === 'snel' && r.pages).toEqual(expect.arrayContaining(['/', '/ketens/', '/ketens/wmo/', '/verhalen/nieuw/']));
  });
  it('takes the full path for a commit that changes code, and for an unknown commit', () => {
    git('checkout', '-q', codeHead);
    expect(pathSince(base, dir)).toMatchObject({ path: 'volledig' });
    expect(pathSince('0000000000000000000000000000000000000000', dir)).toMatchObject({ path: 'volledig' });
  });
});
