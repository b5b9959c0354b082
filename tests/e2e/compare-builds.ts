// Two builds of the same commit must be byte-identical (dates come from git, never from the clock).
// Usage: node tests/e2e/compare-builds.ts <dist-a> <dist-b>
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { listFiles } from './site-files.ts';

const [a, b] = process.argv.slice(2) as [string, string];
const hash = (root: string, f: string) => createHash('sha256').update(readFileSync(join(root, f))).digest('hex');
const filesA = listFiles(a).sort();
const filesB = new Set(listFiles(b));
const problems: string[] = [];
for (const f of filesA) {
  if (!filesB.has(f)) problems.push(`${f} ontbreekt in de tweede bouw`);
  else if (hash(a, f) !== hash(b, f)) problems.push(`${f} verschilt tussen twee bouwen`);
  filesB.delete(f);
}
for (const f of filesB) problems.push(`${f} staat alleen in de tweede bouw`);
for (const p of problems.slice(0, 20)) console.log(`  FOUT ${p}`);
console.log(`${filesA.length - problems.length} passed, ${problems.length} failed`);
process.exit(problems.length ? 1 : 0);
