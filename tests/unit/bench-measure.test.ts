import { describe, expect, it } from 'vitest';
import { parseTimeOutput } from '../../scripts/bench/measure.ts';

describe('parseTimeOutput (GNU time, "%M %U %S")', () => {
  it('reads peak memory in MB and CPU seconds as user + system', () => {
    const { peakMB, cpuS } = parseTimeOutput('1953088 27.61 4.96\n');
    expect(peakMB).toBeCloseTo((1953088 * 1024) / 1e6, 6);
    expect(cpuS).toBeCloseTo(32.57, 6);
  });

  it('reads the last line when the build failed and time said so first', () => {
    expect(parseTimeOutput('Command exited with non-zero status 1\n812000 3.5 0.5')).toEqual({ peakMB: (812000 * 1024) / 1e6, cpuS: 4 });
  });

  it('gives nothing, never NaN, for missing or broken output', () => {
    expect(parseTimeOutput('')).toEqual({ peakMB: undefined, cpuS: undefined });
    expect(parseTimeOutput('Command terminated by signal 9')).toEqual({ peakMB: undefined, cpuS: undefined });
    expect(parseTimeOutput('123456')).toEqual({ peakMB: (123456 * 1024) / 1e6, cpuS: undefined });
  });
});
