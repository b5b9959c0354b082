import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const helper = fileURLToPath(new URL('../../scripts/lib/stdout.ts', import.meta.url));

// A child process writes 1 MB to a pipe and exits at once, as `npm run bench -- --json | other-program` does.
function pipedLength(write: string): number {
  const code = `import { writeStdout } from ${JSON.stringify(helper)};\nconst text = 'x'.repeat(1_000_000);\n${write}\nprocess.exit(0);`;
  const child = spawnSync(process.execPath, ['--input-type=module', '-e', code], { encoding: 'utf8', maxBuffer: 10_000_000 });
  return child.stdout.length;
}

describe('writeStdout', () => {
  it('hands all output to a pipe before the process exits', () => {
    expect(pipedLength('await writeStdout(text);')).toBe(1_000_001);
  });
  it('is needed: console.log followed by process.exit loses what the pipe did not take yet', () => {
    expect(pipedLength('console.log(text);')).toBeLessThan(1_000_001);
  });
});
