/**
 * Broken-content cases: each folder in tests/fixtures/broken/ breaks a copy of the valid fixture site
 * (tests/fixtures/site/) in one way and lists, in expected.txt, the exact problem lines an editor must see.
 *
 * Layout of a case folder:
 *   <relative path as in content/>   overlay files: replace or add files in the copy
 *   _delete.txt                       optional: relative paths (one per line) to remove from the copy
 *   expected.txt                      the formatted problems (formatProblem), one per line, in validator order
 *
 * To (re)write expected.txt after a deliberate message change: UPDATE_EXPECTED=1 npx vitest run tests/content
 * (refused when CI is set). Read every regenerated line as an editor would before committing it.
 */
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { formatProblem, validateContent } from '../../src/lib/validate/index.ts';

const ROOT = join(import.meta.dirname, '..', '..');
const SITE = join(ROOT, 'tests', 'fixtures', 'site');
const BROKEN = join(ROOT, 'tests', 'fixtures', 'broken');
const CONTROL_FILES = new Set(['expected.txt', '_delete.txt']);
const UPDATE = process.env.UPDATE_EXPECTED === '1' && !process.env.CI;

const temps: string[] = [];
// Removing some seventy copies of the site can take longer than a hook's default 10 s on a busy machine.
afterAll(() => {
  for (const t of temps) rmSync(t, { recursive: true, force: true });
}, 120_000);

function walk(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = join(dir, name);
    return statSync(full).isDirectory() ? walk(full) : [full];
  });
}

const lines = (text: string) => text.split(/\r?\n/).map((l) => l.trimEnd()).filter((l) => l.length > 0);

/** A fresh copy of the fixture site as `<tmp>/content`, with the case's overlay applied. */
function prepare(caseDir?: string): { root: string; content: string } {
  const root = mkdtempSync(join(tmpdir(), 'broken-case-'));
  temps.push(root);
  const content = join(root, 'content');
  cpSync(SITE, content, { recursive: true });
  if (!caseDir) return { root, content };
  for (const file of walk(caseDir)) {
    const rel = relative(caseDir, file);
    if (CONTROL_FILES.has(rel)) continue;
    mkdirSync(dirname(join(content, rel)), { recursive: true });
    cpSync(file, join(content, rel));
  }
  const del = join(caseDir, '_delete.txt');
  if (existsSync(del))
    for (const rel of lines(readFileSync(del, 'utf8'))) {
      if (!existsSync(join(content, rel))) throw new Error(`${del}: "${rel}" staat niet in de fixture`);
      rmSync(join(content, rel), { recursive: true });
    }
  return { root, content };
}

async function problemsOf(caseDir?: string): Promise<string[]> {
  const { root, content } = prepare(caseDir);
  const { problems } = await validateContent(content, root);
  return problems.map(formatProblem);
}

const cases = readdirSync(BROKEN).filter((name) => statSync(join(BROKEN, name)).isDirectory()).sort();

describe('content validator on the fixture site', () => {
  it('finds no problems in an unmodified copy', async () => {
    const { root, content } = prepare();
    const { problems, entries } = await validateContent(content, root);
    expect(problems.map(formatProblem)).toEqual([]);
    // The copy was really read: every file of a folder collection became an entry.
    for (const folder of ['indicatoren', 'verhalen', 'ketens', 'verandertheorie', 'publicaties']) {
      const files = readdirSync(join(SITE, folder)).length;
      expect(files, folder).toBeGreaterThan(0);
      expect(entries.get(folder)?.size, folder).toBe(files);
    }
    expect(entries.get('bronnen')?.size).toBe(JSON.parse(readFileSync(join(SITE, 'bronnen.json'), 'utf8')).length);
  });

  it('has enough broken cases, each changing something', () => {
    expect(cases.length).toBeGreaterThanOrEqual(38);
    for (const name of cases) {
      const dir = join(BROKEN, name);
      const overlay = walk(dir).filter((f) => !CONTROL_FILES.has(relative(dir, f)));
      expect(overlay.length + (existsSync(join(dir, '_delete.txt')) ? 1 : 0), `${name} changes nothing`).toBeGreaterThan(0);
      for (const file of overlay) {
        const original = join(SITE, relative(dir, file));
        if (existsSync(original)) expect(readFileSync(file, 'utf8'), `${name}/${relative(dir, file)} equals the fixture`).not.toBe(readFileSync(original, 'utf8'));
      }
    }
  });
});

describe('broken content: exact Dutch problem lines', () => {
  for (const name of cases) {
    it(name, async () => {
      const dir = join(BROKEN, name);
      const actual = await problemsOf(dir);
      const expectedFile = join(dir, 'expected.txt');
      if (UPDATE) writeFileSync(expectedFile, actual.join('\n') + '\n');
      if (!existsSync(expectedFile)) throw new Error(`${expectedFile} ontbreekt; maak het aan met UPDATE_EXPECTED=1 (niet in CI) en lees het na`);
      const expected = lines(readFileSync(expectedFile, 'utf8'));
      expect(expected.length, `${name}/expected.txt is empty`).toBeGreaterThan(0);
      expect(actual).toEqual(expected);
    });
  }
});
