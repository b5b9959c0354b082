// The step loop of `npm test`, apart from how a step is started, so a test can run it with made-up steps:
// it adds up the tests each step reports, and after a failed build names the steps it skipped.
import { countTests } from './test-path.ts';

export type Step = { name: string; cmd: string[]; env?: Record<string, string> };
export type StepResult = { status: number | null; output: string };
export type Summary = { tests: { passed: number; failed: number }; steps: { passed: number; failed: number }; skipped: string[] };

/**
 * Runs the steps in order; `before` runs ahead of each step (a build starts from an empty content store). A group
 * (an array) runs its steps at the same time: on two cores the unit tests and the type check each leave room for
 * the other. A group's output is buffered (`run(step, false)`) and printed step by step once all have finished.
 */
export async function runSteps(steps: (Step | Step[])[], run: (step: Step, live: boolean) => Promise<StepResult>, log: (line: string) => void, before: (step: Step) => void = () => {}): Promise<Summary> {
  const tests = { passed: 0, failed: 0 };
  const done = { passed: 0, failed: 0 };
  const skipped: string[] = [];
  for (const [i, entry] of steps.entries()) {
    const group = Array.isArray(entry) ? entry : [entry];
    group.forEach(before);
    const started = Date.now();
    const live = group.length === 1;
    log(live ? `\n▶ ${group[0]!.name}: ${group[0]!.cmd.join(' ')}` : `\n▶ tegelijk: ${group.map((s) => s.name).join(' + ')}`);
    const results = await Promise.all(group.map((step) => run(step, live).then((result) => ({ result, seconds: ((Date.now() - started) / 1000).toFixed(1) }))));
    let buildFailed = false;
    for (const [j, step] of group.entries()) {
      const { result: { status, output }, seconds } = results[j]!;
      if (!live) log(`\n▶ ${step.name}: ${step.cmd.join(' ')}\n${output.trimEnd()}`);
      const counted = countTests(output) ?? (status === 0 ? { passed: 1, failed: 0 } : { passed: 0, failed: 1 });
      if (status !== 0 && counted.failed === 0) counted.failed = 1; // a crash after its last count still fails
      tests.passed += counted.passed;
      tests.failed += counted.failed;
      if (status === 0) {
        done.passed++;
        log(`✔ ${step.name} (${seconds} s)`);
        continue;
      }
      done.failed++;
      log(`✘ ${step.name} (${seconds} s, exit ${status})`);
      if (step.name.startsWith('build')) buildFailed = true;
    }
    // A failed build leaves nothing to check: the steps after it are skipped and named.
    if (buildFailed) {
      skipped.push(...steps.slice(i + 1).flat().map((s) => s.name));
      break;
    }
  }
  return { tests, steps: done, skipped };
}

/** The closing lines: skipped steps by name, the steps, and last the number of tests. */
export function closingLines(summary: Summary, path: string): string[] {
  const { tests, steps, skipped } = summary;
  return [
    ...(skipped.length ? [`\nOvergeslagen na de mislukte bouw: ${skipped.join(', ')}`] : []),
    `\nTeststappen (${path}): ${steps.passed} geslaagd, ${steps.failed} mislukt, ${skipped.length} overgeslagen`,
    `Tests: ${tests.passed} passed, ${tests.failed} failed`,
  ];
}
