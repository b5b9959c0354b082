import { describe, expect, it } from 'vitest';
import { SHAPES, markerPath, r1 } from '../../src/lib/charts/common.ts';

describe('chart helpers', () => {
  it('r1 rounds to one decimal', () => {
    expect(r1(61.599999999999994)).toBe(61.6);
    expect(r1(74.85)).toBe(74.9);
    expect(r1(-0.04)).toBe(-0);
    expect(r1(12)).toBe(12);
  });

  it('six distinct marker shapes, each drawn around its centre', () => {
    expect(SHAPES).toHaveLength(6);
    const paths = SHAPES.map((s) => markerPath(s, 100, 50, 4));
    expect(new Set(paths).size).toBe(6);
    for (const d of paths) {
      const xs = [...d.matchAll(/[ML](-?[\d.]+),(-?[\d.]+)/g)].map((m) => Number(m[1]));
      expect(Math.min(...xs)).toBeGreaterThanOrEqual(100 - 4 * 1.3);
      expect(Math.min(...xs)).toBeLessThan(100);
    }
    expect(markerPath('square', 100, 50, 4)).toBe('M96,46h8v8h-8Z');
    expect(markerPath('circle', 100, 50, 4)).toBe('M96,50a4,4 0 1,0 8,0a4,4 0 1,0 -8,0');
    expect(markerPath('cross', 10, 10, 2)).toBe('M8,8L12,12M8,12L12,8');
  });
});
