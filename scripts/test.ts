// The whole test suite behind `npm test`: unit tests, then a build of the synthetic fixture site and of the
// real content, each checked in Chromium (axe, links, budgets). Closes with one line that counts tests.
//   npm test                      everything (the full path)
//   npm test -- --sinds <ref>     chooses the path from the diff between <ref> and HEAD: a change to content/ only
//                                 takes the fast path (check, build, URL manifest, browser checks on the changed
//                                 pages plus home and keten pages); any other change the full path
import { spawn } from 'node:child_process';
import { rmSync } from 'node:fs';
import { parseArgs } from 'node:util';
import type { TestPath } from './lib/test-path.ts';
import { pathSince } from './lib/test-path-git.ts';
import { closingLines, runSteps, type Step, type StepResult } from './lib/test-steps.ts';

const { values: args } = parseArgs({ options: { sinds: { type: 'string' } } });

const FULL: (Step | Step[])[] = [
  // The content store and types of content/, which the unit tests read; then tests and type check side by side.
  { name: 'astro sync', cmd: ['npx', 'astro', 'sync'] },
  [
    { name: 'unit tests', cmd: ['npx', 'vitest', 'run'] },
    { name: 'type check', cmd: ['npx', 'astro', 'check', '--noSync'] },
  ],
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

/** Runs one step; `live` passes its output through as it comes, else it is only returned (a step of a group). */
function run(step: Step, live: boolean): Promise<StepResult> {
  return new Promise((done) => {
    const child = spawn(step.cmd[0]!, step.cmd.slice(1), { stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', ...step.env } });
    let output = '';
    child.stderr.on('data', (chunk: Buffer) => (live ? process.stderr.write(chunk) : (output += chunk.toString())));
    child.stdout.on('data', (chunk: Buffer) => {
      if (live) process.stdout.write(chunk);
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
// Each build reads another content folder: start from an empty content store.
const emptyStore = (step: Step) => step.name.startsWith('build') && rmSync('.astro/data-store.json', { force: true });
const summary = await runSteps(steps, run, (line) => console.log(line), emptyStore);
for (const line of closingLines(summary, chosen.path)) console.log(line);
// exitCode, not exit(): a reader of a pipe (npm test | tee) still gets every line.
process.exitCode = summary.tests.failed || summary.steps.failed ? 1 : 0;
