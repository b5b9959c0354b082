// The step loop of `npm test`, apart from how a step is started, so a test can run it with made-up steps:
// it adds up the tests each step reports, and after a failed build names the steps it skipped.
import { countTests } from './test-path.ts';

export type Step = { name: string; cmd: string[]; env?: Record<string, string> };
/** Steps one after another. */
export type Lane = Step[];
/** One step, or a group: lanes side by side, each a step or steps one after another. */
export type Entry = Step | (Step | Lane)[];
export type StepResult = { status: number | null; output: string };
export type Summary = { tests: { passed: number; failed: number }; steps: { passed: number; failed: number }; skipped: string[] };

type Done = { step: Step; result: StepResult; seconds: string };

const isBuild = (step: Step) => step.name.startsWith('build');

/**
 * Runs the entries in order. A group runs its lanes at the same time, each lane's steps one after another: on two
 * cores one lane's browser checks fill the time another lane's build or editor test leaves idle. A group's output is
 * buffered (`run(step, false)`) and printed step by step, lane by lane, once every lane has finished; meanwhile one
 * line says when each step is done. A failed build skips the rest of its lane and every entry after the group.
 */
export async function runSteps(steps: Entry[], run: (step: Step, live: boolean) => Promise<StepResult>, log: (line: string) => void): Promise<Summary> {
  const tests = { passed: 0, failed: 0 };
  const done = { passed: 0, failed: 0 };
  const skipped: string[] = [];
  for (const [i, entry] of steps.entries()) {
    const lanes: Lane[] = (Array.isArray(entry) ? entry : [entry]).map((lane) => (Array.isArray(lane) ? lane : [lane]));
    const live = !Array.isArray(entry);
    log(live ? `\n▶ ${entry.name}: ${entry.cmd.join(' ')}` : `\n▶ tegelijk: ${lanes.map((lane) => lane.map((s) => s.name).join(' → ')).join(' + ')}`);
    const runLane = async (lane: Lane): Promise<{ finished: Done[]; rest: Step[] }> => {
      const finished: Done[] = [];
      for (const [k, step] of lane.entries()) {
        const started = Date.now();
        const result = await run(step, live);
        const seconds = ((Date.now() - started) / 1000).toFixed(1);
        finished.push({ step, result, seconds });
        if (!live) log(`  · ${step.name} klaar (${seconds} s)`);
        // A failed build leaves nothing to check: the steps after it in its lane are skipped.
        if (result.status !== 0 && isBuild(step)) return { finished, rest: lane.slice(k + 1) };
      }
      return { finished, rest: [] };
    };
    const results = await Promise.all(lanes.map(runLane));
    let buildFailed = false;
    for (const { finished, rest } of results) {
      for (const { step, result: { status, output }, seconds } of finished) {
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
        if (isBuild(step)) buildFailed = true;
      }
      skipped.push(...rest.map((s) => s.name));
    }
    // ... and every entry after the group.
    if (buildFailed) {
      skipped.push(...steps.slice(i + 1).flat(2).map((s) => s.name));
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
