import { describe, expect, it } from 'vitest';
import { closingLines, runSteps, type Step, type StepResult } from '../../scripts/lib/test-steps.ts';

const step = (name: string): Step => ({ name, cmd: ['true'] });
const STEPS = ['unit tests', 'build fixtures', 'e2e fixtures', 'build content', 'e2e content'].map(step);

/** Runs the steps with made-up results: `results[name]` or a passing step without a count of its own. */
async function summarise(results: Record<string, StepResult>) {
  const ran: string[] = [];
  const summary = await runSteps(STEPS, async (s) => (ran.push(s.name), results[s.name] ?? { status: 0, output: '' }), () => {});
  return { ran, summary, lines: closingLines(summary, 'volledig').join('\n') };
}

describe('npm test: the step loop', () => {
  it('closes with the number of tests the steps reported, not the number of steps', async () => {
    const { lines } = await summarise({
      'unit tests': { status: 0, output: '      Tests  709 passed (709)\n' },
      'e2e fixtures': { status: 0, output: '1200 passed, 0 failed\n' },
    });
    // 709 + 1200, plus one for each of the three steps that report no count of their own
    expect(lines.split('\n').at(-1)).toBe('Tests: 1912 passed, 0 failed');
    expect(lines).toContain('5 geslaagd, 0 mislukt, 0 overgeslagen');
  });

  it('counts the failed tests of a step, and a crash after its last count as one more', async () => {
    const { lines } = await summarise({
      'unit tests': { status: 1, output: '      Tests  2 failed | 707 passed (709)\n' },
      'e2e content': { status: 1, output: '300 passed, 0 failed\n' }, // exit 1 although the count said 0 failed
    });
    expect(lines.split('\n').at(-1)).toBe('Tests: 1010 passed, 3 failed');
  });

  it('after a failed build skips the steps that need it and names them', async () => {
    const { ran, summary, lines } = await summarise({ 'build fixtures': { status: 1, output: 'error' } });
    expect(ran).toEqual(['unit tests', 'build fixtures']);
    expect(summary.skipped).toEqual(['e2e fixtures', 'build content', 'e2e content']);
    expect(lines).toContain('Overgeslagen na de mislukte bouw: e2e fixtures, build content, e2e content');
    expect(lines).toContain('1 geslaagd, 1 mislukt, 3 overgeslagen');
    expect(lines.split('\n').at(-1)).toBe('Tests: 1 passed, 1 failed');
  });

  it('goes on after a failed check that is no build', async () => {
    const { ran, summary } = await summarise({ 'e2e fixtures': { status: 1, output: '10 passed, 2 failed\n' } });
    expect(ran).toHaveLength(STEPS.length);
    expect(summary.skipped).toEqual([]);
    expect(summary.tests).toEqual({ passed: 14, failed: 2 });
  });

  it('runs a group of steps at the same time and prints the output of each after the group', async () => {
    const events: string[] = [];
    const lines: string[] = [];
    const slow = (name: string, ms: number, output: string) => ({ name, ms, output });
    const plan = [slow('unit tests', 30, '      Tests  700 passed (700)\n'), slow('type check', 10, 'Result (10 files): 0 errors\n')];
    const summary = await runSteps(
      [step('astro sync'), plan.map((p) => step(p.name)), step('build fixtures')],
      async (s, live) => {
        const p = plan.find((x) => x.name === s.name);
        events.push(`start ${s.name} ${live ? 'live' : 'buffered'}`);
        if (p) await new Promise((r) => setTimeout(r, p.ms));
        events.push(`end ${s.name}`);
        return { status: 0, output: p?.output ?? '' };
      },
      (line) => lines.push(line),
    );
    // Both steps of the group start before either ends; steps alone pass their output through live.
    expect(events).toEqual(['start astro sync live', 'end astro sync', 'start unit tests buffered', 'start type check buffered', 'end type check', 'end unit tests', 'start build fixtures live', 'end build fixtures']);
    const text = lines.join('\n');
    expect(text.indexOf('Tests  700 passed')).toBeLessThan(text.indexOf('Result (10 files)'));
    expect(text).toContain('✔ unit tests');
    expect(summary.tests).toEqual({ passed: 703, failed: 0 });
  });

  it('after a failed build in a group skips the steps after the group', async () => {
    const ran: string[] = [];
    const summary = await runSteps([[step('build a'), step('unit tests')], step('e2e a'), step('e2e b')], async (s) => (ran.push(s.name), { status: s.name === 'build a' ? 1 : 0, output: '' }), () => {});
    expect(ran).toEqual(['build a', 'unit tests']);
    expect(summary.skipped).toEqual(['e2e a', 'e2e b']);
    expect(summary.steps).toEqual({ passed: 1, failed: 1 });
  });

  it('runs the steps of a lane one after another and the lanes side by side', async () => {
    const events: string[] = [];
    const lines: string[] = [];
    const ms: Record<string, number> = { 'e2e content': 40, 'build fixtures': 10, 'e2e fixtures': 10 };
    await runSteps(
      [[step('e2e content'), [step('build fixtures'), step('e2e fixtures')]], step('last')],
      async (s) => {
        events.push(`start ${s.name}`);
        await new Promise((r) => setTimeout(r, ms[s.name] ?? 0));
        events.push(`end ${s.name}`);
        return { status: 0, output: `output of ${s.name}` };
      },
      (line) => lines.push(line),
    );
    // The second lane's steps follow each other while the first lane's one step is still running.
    expect(events).toEqual(['start e2e content', 'start build fixtures', 'end build fixtures', 'start e2e fixtures', 'end e2e fixtures', 'end e2e content', 'start last', 'end last']);
    const text = lines.join('\n');
    expect(text).toContain('▶ tegelijk: e2e content + build fixtures → e2e fixtures');
    // Outputs come after the group, lane by lane, each followed by its line.
    const order = ['output of e2e content', '✔ e2e content', 'output of build fixtures', '✔ build fixtures', 'output of e2e fixtures', '✔ e2e fixtures', '✔ last'].map((t) => text.indexOf(t));
    expect(order.every((at) => at >= 0)).toBe(true);
    expect(order).toEqual([...order].sort((a, b) => a - b));
  });

  it('a failed build skips the rest of its lane; the other lane goes on; what comes after the group is skipped', async () => {
    const ran: string[] = [];
    const summary = await runSteps(
      [[[step('urls'), step('e2e content')], [step('build fixtures'), step('e2e fixtures'), step('editor')]], step('after')],
      async (s) => (ran.push(s.name), { status: s.name === 'build fixtures' ? 1 : 0, output: '' }),
      () => {},
    );
    expect([...ran].sort()).toEqual(['build fixtures', 'e2e content', 'urls']);
    expect(summary.skipped).toEqual(['e2e fixtures', 'editor', 'after']);
    expect(summary.steps).toEqual({ passed: 2, failed: 1 });
    expect(closingLines(summary, 'volledig').join('\n')).toContain('Overgeslagen na de mislukte bouw: e2e fixtures, editor, after');
  });
});
