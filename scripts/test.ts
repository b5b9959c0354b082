// The whole test suite behind `npm test`: unit tests, then a build of the synthetic fixture site and of the
// real content, each checked in Chromium (axe, links, budgets). Prints one closing line: "N passed, N failed".
import { spawnSync } from 'node:child_process';
import { rmSync } from 'node:fs';

const env = { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' };
const steps: { name: string; cmd: string[]; env?: Record<string, string> }[] = [
  { name: 'unit tests', cmd: ['npx', 'astro', 'sync'] },
  { name: 'unit tests', cmd: ['npx', 'vitest', 'run'] },
  { name: 'type check', cmd: ['npx', 'astro', 'check'] },
  { name: 'build fixtures', cmd: ['npx', 'astro', 'build'], env: { CONTENT_DIR: 'tests/fixtures/site', OUT_DIR: '.test-output/fixtures' } },
  { name: 'build fixtures again', cmd: ['npx', 'astro', 'build'], env: { CONTENT_DIR: 'tests/fixtures/site', OUT_DIR: '.test-output/fixtures-again' } },
  { name: 'identical builds', cmd: ['node', 'tests/e2e/compare-builds.ts', '.test-output/fixtures', '.test-output/fixtures-again'] },
  { name: 'e2e fixtures', cmd: ['node', 'tests/e2e/run.ts', '.test-output/fixtures', 'voorbeelddata', 'tests/e2e/search-fixtures.json'] },
  { name: 'build second municipality', cmd: ['npx', 'astro', 'build'], env: { CONTENT_DIR: 'tests/fixtures/tweede-gemeente', OUT_DIR: '.test-output/tweede-gemeente' } },
  { name: 'e2e second municipality', cmd: ['node', 'tests/e2e/run.ts', '.test-output/tweede-gemeente', 'tweede gemeente'] },
  { name: 'build content', cmd: ['npx', 'astro', 'build'], env: { OUT_DIR: '.test-output/content' } },
  { name: 'published URLs', cmd: ['node', 'scripts/urls.ts', 'check', '.test-output/content'] },
  { name: 'e2e content', cmd: ['node', 'tests/e2e/run.ts', '.test-output/content', 'content', 'tests/e2e/search-content.json'] },
];

rmSync('.test-output', { recursive: true, force: true });
let passed = 0;
let failed = 0;
for (const step of steps) {
  // Each build reads another content folder: start from an empty content store.
  if (step.name.startsWith('build')) rmSync('.astro/data-store.json', { force: true });
  console.log(`\n▶ ${step.name}: ${step.cmd.join(' ')}`);
  const started = Date.now();
  const result = spawnSync(step.cmd[0]!, step.cmd.slice(1), { stdio: 'inherit', env: { ...env, ...step.env } });
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  if (result.status === 0) {
    passed++;
    console.log(`✔ ${step.name} (${seconds} s)`);
  } else {
    failed++;
    console.log(`✘ ${step.name} (${seconds} s, exit ${result.status})`);
    if (step.name.startsWith('build')) break;
  }
}
console.log(`\nTeststappen: ${passed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
