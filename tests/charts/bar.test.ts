import { describe, expect, it } from 'vitest';
import { formatAmount, formatValue, type ValueLike } from '../../src/lib/format.ts';
import { barChartModel, type BarInput } from '../../src/lib/charts/bar.ts';

const v = (waarde: number | null, extra: Partial<ValueLike> = {}): ValueLike => ({ waarde, status: 'definitief', kwalificatie: 'exact', ...extra });
const item = (key: string, value: ValueLike): BarInput => ({ key, label: key[0]!.toUpperCase() + key.slice(1), value });
const model = (items: BarInput[], extra: { sort?: 'desc' | 'none'; width?: number } = {}) =>
  barChartModel({ items, format: (x) => formatValue(x, 'aantal'), formatTick: (n) => formatAmount(n, 'aantal'), ...extra });

describe('barChartModel', () => {
  it('sorts largest first, ties by Dutch label; missing values last', () => {
    const m = model([item('zuid', v(5)), item('noord', v(9)), item('oost', v(null, { status: 'ontbreekt' })), item('centrum', v(5))]);
    expect(m.bars.map((b) => b.key)).toEqual(['noord', 'centrum', 'zuid', 'oost']);
    expect(m.bars.map((b) => b.y)).toEqual([...m.bars.map((b) => b.y)].sort((a, b) => a - b));
  });

  it('keeps the given order when asked (categories with a natural order)', () => {
    const m = model([item('laag', v(1)), item('midden', v(9)), item('hoog', v(3))], { sort: 'none' });
    expect(m.bars.map((b) => b.key)).toEqual(['laag', 'midden', 'hoog']);
  });

  it('bar lengths are proportional, starting at zero', () => {
    const m = model([item('a', v(10)), item('b', v(5))]);
    const [a, b] = m.bars;
    expect(a!.bar!.x).toBe(m.zeroX);
    expect(b!.bar!.x).toBe(m.zeroX);
    expect(a!.bar!.width).toBeCloseTo(2 * b!.bar!.width, 0);
    expect(a!.valueLabel).toBe('10');
    expect(a!.labelX).toBeCloseTo(a!.bar!.x + a!.bar!.width + 6, 1);
  });

  it('one value', () => {
    const m = model([item('a', v(42))]);
    expect(m.bars).toHaveLength(1);
    expect(m.height).toBe(8 + 28 + 40);
    expect(m.ticks[0]!.value).toBe(0);
    expect(m.ticks.at(-1)!.value).toBeGreaterThanOrEqual(42);
  });

  it('all values missing: no bars, a default axis, and the reason per row', () => {
    const m = model([item('a', v(null, { status: 'ontbreekt' })), item('b', { waarde: null, status: 'onderdrukt' })]);
    expect(m.bars.map((b) => b.bar)).toEqual([undefined, undefined]);
    expect(m.bars.map((b) => b.empty).sort()).toEqual(['onderdrukt', 'ontbreekt']);
    expect(m.bars.map((b) => b.valueLabel).sort()).toEqual(['geen gegevens', 'onderdrukt (te klein aantal)']);
    expect([m.ticks[0]!.value, m.ticks.at(-1)!.value]).toEqual([0, 1]);
  });

  it('negative values: zero inside the axis, negative bars end at zero', () => {
    const m = model([item('groei', v(30)), item('krimp', v(-20))]);
    const ticks = m.ticks.map((t) => t.value);
    expect(Math.min(...ticks)).toBeLessThanOrEqual(-20);
    expect(m.zeroX).toBeGreaterThan(m.margin.left);
    expect(m.zeroX).toBeLessThan(m.width - m.margin.right);
    const krimp = m.bars.find((b) => b.key === 'krimp')!;
    expect(krimp.bar!.x + krimp.bar!.width).toBeCloseTo(m.zeroX, 1);
    expect(krimp.valueLabel).toBe('−20');
    expect(m.ticks.find((t) => t.value < 0)!.label).toMatch(/^−/);
  });

  it('suppressed values get no bar and do not count for the axis', () => {
    const m = model([item('a', v(10)), item('b', { waarde: 999, status: 'onderdrukt' })]);
    const b = m.bars.find((x) => x.key === 'b')!;
    expect(b.bar).toBeUndefined();
    expect(b.empty).toBe('onderdrukt');
    expect(Math.max(...m.ticks.map((t) => t.value))).toBeLessThan(100);
  });

  it('an estimate range: a whisker and no bar; hasEstimates for the legend', () => {
    const m = model([item('a', v(10)), item('b', { waarde: null, status: 'voorlopig', kwalificatie: 'bereik', ondergrens: 14, bovengrens: 18 })]);
    const b = m.bars.find((x) => x.key === 'b')!;
    expect(b.bar).toBeUndefined();
    expect(b.empty).toBeUndefined();
    expect(b.range!.x0).toBeLessThan(b.range!.x1);
    expect(b.estimate).toBe(true);
    expect(b.valueLabel).toBe('14 à 18');
    expect(b.labelX).toBeCloseTo(b.range!.x1 + 6, 1);
    expect(m.hasEstimates).toBe(true);
    // The range midpoint (16) sorts it above 10.
    expect(m.bars[0]!.key).toBe('b');
  });

  it('a qualified value is an estimate with a bar', () => {
    const m = model([item('a', v(10, { kwalificatie: 'bijna' }))]);
    expect(m.bars[0]!.bar).toBeDefined();
    expect(m.bars[0]!.estimate).toBe(true);
    expect(m.bars[0]!.valueLabel).toBe('bijna 10');
  });

  it('30 areas: one row each, all inside the chart', () => {
    const items = Array.from({ length: 30 }, (_, i) => item(`wijk-${String(i).padStart(2, '0')}`, v(i * 3)));
    const m = model(items, { width: 320 });
    expect(m.bars).toHaveLength(30);
    expect(m.height).toBe(8 + 28 + 40 * 30);
    for (const b of m.bars) {
      expect(b.y + b.height).toBeLessThanOrEqual(m.height - m.margin.bottom);
      if (b.bar) expect(b.bar.x + b.bar.width).toBeLessThanOrEqual(m.width - m.margin.right + 0.1);
    }
  });
});
