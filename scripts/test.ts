// The whole test suite behind `npm test`: unit tests, then a build of the synthetic fixture site and of the
// real content, each checked in Chromium (axe, links, budgets). Closes with one line that counts tests.
//   npm test                      everything (the full path)
//   npm test -- --sinds <ref>     chooses the path from the diff between <ref> and HEAD: a change to content/ only
//                                 takes the fast path (check, build, URL manifest, browser checks on the changed
//                                 pages plus home and keten pages); any other change the full path
import { spawn, execFileSync } from 'node:child_process';
import { readdirSync, rmSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { chooseTestPath, countTests, type TestPath } from './lib/test-path.ts';

type Step = { name: string; cmd: string[]; env?: Record<string, string> };
const { values: args } = parseArgs({ options: { sinds: { type: 'string' } } });

const FULL: Step[] = [
  { name: 'astro sync', cmd: ['npx', 'astro', 'sync'] },
  { name: 'unit tests', cmd: ['npx', 'vitest', 'run'] },
  { name: 'type check', cmd: ['npx', 'astro', 'check'] },
  { name: 'build fixtures', cmd: ['npx', 'astro', 'build'], env: { CONTENT_DIR: 'tests/fixtures/site', OUT_DIR: '.test-output/fixtures' } },
  { name: 'build fixtures again', cmd: ['npx', 'astro', 'build'], env: { CONTENT_DIR: 'tests/fixtures/site', OUT_DIR: '.test-output/fixtures-again' } },
  { name: 'identical builds', cmd: ['node', 'tests/e2e/compare-builds.ts', '.test-output/fixtures', '.test-output/fixtures-again'] },
  { name: 'e2e fixtures', cmd: ['node', 'tests/e2e/run.ts', '.test-output/fixtures', 'voorbeelddata', 'tests/e2e/search-fixtures.json'], env: { E2E_PRINT_LIMIT: '0' } },
  { name: 'build second municipality', cmd: ['npx', 'astro', 'build'], env: { CONTENT_DIR: 'tests/fixtures/tweede-gemeente', OUT_DIR: '.test-output/tweede-gemeente' } },
  { name: 'e2e second municipality', cmd: ['node', 'tests/e2e/run.ts', '.test-output/tweede-gemeente', 'tweede gemeente'] },
  { name: 'build content', cmd: ['npx', 'astro', 'build'], env: { OUT_DIR: '.test-output/content' } },
  { name: 'published URLs', cmd: ['node', 'scripts/urls.ts', 'check', '.test-output/content'] },
  { name: 'e2e content', cmd: ['node', 'tests/e2e/run.ts', '.test-output/content', 'content', 'tests/e2e/search-content.json'] },
  // The browser editor on a temporary git copy of content/, with its local backend (tests/e2e/editor.ts).
  { name: 'editor in the browser', cmd: ['node', 'tests/e2e/editor.ts', '.test-output/content'] },
];

function fastSteps(pages: string[] | 'alle'): Step[] {
  const only: Record<string, string> = pages === 'alle' ? {} : { E2E_PAGINAS: pages.join(',') };
  return [
    { name: 'content check', cmd: ['node', 'scripts/check.ts'] },
    { name: 'build content', cmd: ['npx', 'astro', 'build'], env: { OUT_DIR: '.test-output/content' } },
    { name: 'published URLs', cmd: ['node', 'scripts/urls.ts', 'check', '.test-output/content'] },
    { name: 'e2e content', cmd: ['node', 'tests/e2e/run.ts', '.test-output/content', 'content', 'tests/e2e/search-content.json'], env: only },
  ];
}

/** The path for `--sinds <ref>`: the diff from that commit to HEAD, read with git. */
function pathSince(ref: string): TestPath {
  let changed: string[];
  try {
    changed = execFileSync('git', ['diff', '--name-only', `${ref}...HEAD`], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).split('\n').filter(Boolean);
  } catch {
    return { path: 'volledig', reason: `commit ${ref} is niet bekend (bijvoorbeeld de eerste push of een ondiepe kloon)` };
  }
  const ketenPages = readdirSync('content/ketens').filter((f) => f.endsWith('.mdx')).map((f) => `/ketens/${f.slice(0, -4)}/`);
  return chooseTestPath(changed, ketenPages);
}

function run(step: Step): Promise<{ status: number | null; output: string }> {
  return new Promise((done) => {
    const child = spawn(step.cmd[0]!, step.cmd.slice(1), { stdio: ['ignore', 'pipe', 'inherit'], env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', ...step.env } });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => {
      process.stdout.write(chunk);
      output += chunk.toString();
      if (output.length > 1_000_000) output = output.slice(-200_000); // only the closing lines matter
    });
    child.on('close', (status) => done({ status, output }));
  });
}

const chosen: TestPath = args.sinds ? pathSince(args.sinds) : { path: 'volledig', reason: 'npm test zonder --sinds' };
const steps = chosen.path === 'snel' ? fastSteps(chosen.pages) : FULL;
console.log(`Testpad: ${chosen.path} — ${chosen.reason}${chosen.path === 'snel' ? `; browsercontrole op ${chosen.pages === 'alle' ? 'alle pagina\'s' : chosen.pages.join(' ')}` : ''}`);

rmSync('.test-output', { recursive: true, force: true });
const tally = { passed: 0, failed: 0 };
const stepsDone = { passed: 0, failed: 0 };
const skipped: string[] = [];
for (const [i, step] of steps.entries()) {
  // Each build reads another content folder: start from an empty content store.
  if (step.name.startsWith('build')) rmSync('.astro/data-store.json', { force: true });
  console.log(`\n▶ ${step.name}: ${step.cmd.join(' ')}`);
  const started = Date.now();
  const { status, output } = await run(step);
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  const counted = countTests(output) ?? (status === 0 ? { passed: 1, failed: 0 } : { passed: 0, failed: 1 });
  if (status !== 0 && counted.failed === 0) counted.failed = 1; // a crash after its last count still fails
  tally.passed += counted.passed;
  tally.failed += counted.failed;
  if (status === 0) {
    stepsDone.passed++;
    console.log(`✔ ${step.name} (${seconds} s)`);
  } else {
    stepsDone.failed++;
    console.log(`✘ ${step.name} (${seconds} s, exit ${status})`);
    // A failed build leaves nothing to check: the steps after it are skipped and named.
    if (step.name.startsWith('build')) {
      skipped.push(...steps.slice(i + 1).map((s) => s.name));
      break;
    }
  }
}
if (skipped.length) console.log(`\nOvergeslagen na de mislukte bouw: ${skipped.join(', ')}`);
console.log(`\nTeststappen (${chosen.path}): ${stepsDone.passed} geslaagd, ${stepsDone.failed} mislukt, ${skipped.length} overgeslagen`);
console.log(`Tests: ${tally.passed} passed, ${tally.failed} failed`);
process.exit(tally.failed || stepsDone.failed ? 1 : 0);
