// The whole test suite behind `npm test`: unit tests and type check, builds of the real content and of the two
// synthetic sites, each checked in Chromium (axe, links, budgets), and the browser editor; in two lanes side by side
// where that fills both cores. Closes with one line that counts tests.
//   npm test                      everything (the full path)
//   npm test -- --sinds <ref>     chooses the path from the diff between <ref> and HEAD: a change to content/ only
//                                 takes the fast path (check, build, URL manifest, browser checks on the changed
//                                 pages plus home and keten pages); any other change the full path
import { spawn } from 'node:child_process';
import { rmSync } from 'node:fs';
import { parseArgs } from 'node:util';
import type { TestPath } from './lib/test-path.ts';
import { pathSince } from './lib/test-path-git.ts';
import { closingLines, runSteps, type Entry, type Step, type StepResult } from './lib/test-steps.ts';

const { values: args } = parseArgs({ options: { sinds: { type: 'string' } } });

/**
 * A build of one content folder into .test-output/<out>, with a content store of its own (CACHE_DIR): no build
 * starts from another folder's store, and `.astro/` keeps the store of content/ that `astro sync` made for the unit
 * tests. Builds still never run side by side: Astro writes the content's module list into `.astro/` itself.
 */
const build = (name: string, out: string, contentDir?: string): Step => ({
  name,
  cmd: ['npx', 'astro', 'build'],
  env: { ...(contentDir ? { CONTENT_DIR: contentDir } : {}), OUT_DIR: `.test-output/${out}`, CACHE_DIR: `.test-output/cache/${out}` },
});
const e2eContent: Step = { name: 'e2e content', cmd: ['node', 'tests/e2e/run.ts', '.test-output/content', 'content', 'tests/e2e/search-content.json'] };
const publishedUrls: Step = { name: 'published URLs', cmd: ['node', 'scripts/urls.ts', 'check', '.test-output/content'] };

const FULL: Entry[] = [
  // The content store and types of content/, which the unit tests read.
  { name: 'astro sync', cmd: ['npx', 'astro', 'sync'] },
  // Then in two lanes, so that one fills the time the other leaves a core idle (all measured on two cores, in the
  // README): the unit tests; the type check and the build of the real content, whose browser checks take longest.
  [{ name: 'unit tests', cmd: ['npx', 'vitest', 'run'] }, [{ name: 'type check', cmd: ['npx', 'astro', 'check', '--noSync'] }, build('build content', 'content')]],
  // The browser checks of the real content; beside them the other builds first (a build keeps about one core
  // busy), then the editor test (it waits on the browser a lot), then the other sites' browser checks.
  [
    [publishedUrls, e2eContent],
    [
      build('build fixtures', 'fixtures', 'tests/fixtures/site'),
      build('build fixtures again', 'fixtures-again', 'tests/fixtures/site'),
      { name: 'identical builds', cmd: ['node', 'tests/e2e/compare-builds.ts', '.test-output/fixtures', '.test-output/fixtures-again'] },
      build('build second municipality', 'tweede-gemeente', 'tests/fixtures/tweede-gemeente'),
      // Builds of broken texts must stop with the content check's report (three short builds that fail early).
      { name: 'broken texts stop the build', cmd: ['node', 'tests/e2e/build-refuses.ts'] },
      // The browser editor on a temporary git copy of content/, with its local backend (tests/e2e/editor.ts).
      { name: 'editor in the browser', cmd: ['node', 'tests/e2e/editor.ts', '.test-output/content'] },
      { name: 'e2e fixtures', cmd: ['node', 'tests/e2e/run.ts', '.test-output/fixtures', 'voorbeelddata', 'tests/e2e/search-fixtures.json'], env: { E2E_PRINT_LIMIT: '0' } },
      { name: 'e2e second municipality', cmd: ['node', 'tests/e2e/run.ts', '.test-output/tweede-gemeente', 'tweede gemeente'] },
    ],
  ],
];

function fastSteps(pages: string[] | 'alle'): Entry[] {
  const only: Record<string, string> = pages === 'alle' ? {} : { E2E_PAGINAS: pages.join(',') };
  return [
    { name: 'content check', cmd: ['node', 'scripts/check.ts'] },
    build('build content', 'content'),
    publishedUrls,
    { ...e2eContent, env: only },
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
const summary = await runSteps(steps, run, (line) => console.log(line));
for (const line of closingLines(summary, chosen.path)) console.log(line);
// exitCode, not exit(): a reader of a pipe (npm test | tee) still gets every line.
process.exitCode = summary.tests.failed || summary.steps.failed ? 1 : 0;
