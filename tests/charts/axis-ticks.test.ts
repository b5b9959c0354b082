import { describe, expect, it } from 'vitest';
import { scaleLinear } from 'd3-scale';
import { axisTicks } from '../../src/lib/charts/common.ts';
import { formatNumber } from '../../src/lib/format.ts';

/** Where a label's text lies, for 12-unit digits of at most 7.8 units (measured independently of the helper). */
const extent = (t: { position: number; label: string; anchor?: string }): [number, number] => {
  const w = t.label.length * 7.8;
  return t.anchor === 'start' ? [t.position, t.position + w] : t.anchor === 'end' ? [t.position - w, t.position] : [t.position - w / 2, t.position + w / 2];
};

describe('axisTicks', () => {
  const format = (n: number) => formatNumber(n, 0);
  it('keeps the ticks asked for when their labels fit', () => {
    const ticks = axisTicks(scaleLinear().domain([0, 250_000]).range([100, 620]), 4, format, 640);
    expect(ticks.map((t) => t.label)).toEqual(['0', '50.000', '100.000', '150.000', '200.000', '250.000']);
  });
  it('takes fewer ticks on a narrow chart, so no two labels run into each other', () => {
    const ticks = axisTicks(scaleLinear().domain([0, 250_000]).range([90, 330]), 4, format, 340);
    expect(ticks.length).toBeGreaterThanOrEqual(2);
    expect(ticks.length).toBeLessThan(6);
    ticks.forEach((t, i) => i > 0 && expect(extent(ticks[i - 1]!)[1], `${ticks[i - 1]!.label} / ${t.label}`).toBeLessThanOrEqual(extent(t)[0]));
  });
});
