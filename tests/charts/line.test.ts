import { describe, expect, it } from 'vitest';
import type { ValueLike } from '../../src/lib/format.ts';
import { lineChartModel, smallMultiplesModels, type LineChartInput, type LineSeriesInput } from '../../src/lib/charts/line.ts';
import { markerPath } from '../../src/lib/charts/common.ts';

const v = (waarde: number | null, extra: Partial<ValueLike> = {}): ValueLike => ({ waarde, status: 'definitief', kwalificatie: 'exact', ...extra });
const suppressed = (): ValueLike => ({ waarde: null, status: 'onderdrukt' });
const missing = (): ValueLike => ({ waarde: null, status: 'ontbreekt' });
const periods = (n: number, from = 2019) => Array.from({ length: n }, (_, i) => String(from + i));
const input = (series: LineSeriesInput[], extra: Partial<LineChartInput> = {}): LineChartInput => ({
  periods: periods(series[0]?.values.length ?? 0),
  periodLabel: (p) => `j${p}`,
  series,
  format: (n) => String(n),
  ...extra,
});
const one = (...values: (ValueLike | undefined)[]): LineSeriesInput[] => [{ key: 'a', label: 'Centrum', values }];

/** The runs of a line path: one "M…L…" subpath per stretch of neighbouring values. */
const runs = (d?: string) => (d ? d.split(/(?=M)/) : []);
/** Start points ("M x,y") of every run. */
const starts = (paths: string[]) => paths.map((d) => d.match(/^M([\d.-]+),([\d.-]+)/)!.slice(1).map(Number));
const plot = (m: ReturnType<typeof lineChartModel>) => ({ top: m.margin.top, bottom: m.height - m.margin.bottom, left: m.margin.left, right: m.width - m.margin.right });

describe('lineChartModel', () => {
  it('draws a simple series: one path, a marker per point, x in period order', () => {
    const m = lineChartModel(input(one(v(10), v(20), v(30))));
    const s = m.series[0]!;
    expect(runs(s.path)).toHaveLength(1);
    expect(s.points.map((p) => p.label)).toEqual(['j2019', 'j2020', 'j2021']);
    expect(s.markers).toEqual(s.points.map((p) => markerPath('circle', p.x, p.y)));
    const xs = s.points.map((p) => p.x);
    expect(xs).toEqual([...xs].sort((a, b) => a - b));
    // Higher values are drawn higher (smaller y).
    expect(s.points[0]!.y).toBeGreaterThan(s.points[2]!.y);
    expect(m.hasMissing || m.hasSuppressed || m.hasEstimates).toBe(false);
  });
  it('draws all grid lines as one path: a horizontal line across the plot per y tick', () => {
    const m = lineChartModel(input(one(v(10), v(20), v(30))));
    const { left, right } = plot(m);
    const lines = [...m.gridPath.matchAll(/M([\d.-]+),([\d.-]+)H([\d.-]+)/g)].map((x) => x.slice(1).map(Number));
    expect(lines).toEqual(m.yTicks.map((t) => [left, t.position, right]));
    expect(m.gridPath).toBe(lines.map(([a, b, c]) => `M${a},${b}H${c}`).join(''));
  });

  it('starts the y axis at zero for positive values', () => {
    const m = lineChartModel(input(one(v(80), v(90))));
    expect(m.yTicks[0]!.value).toBe(0);
    expect(m.yTicks[0]!.position).toBe(plot(m).bottom);
    expect(m.zeroY).toBeUndefined();
  });

  it('one value: a point without a line', () => {
    const m = lineChartModel(input(one(v(12))));
    expect(runs(m.series[0]!.path)).toEqual([]);
    expect(m.series[0]!.points).toHaveLength(1);
    expect(m.series[0]!.markers).toHaveLength(1);
    expect(m.xTicks).toEqual([{ position: m.series[0]!.points[0]!.x, label: 'j2019' }]);
  });

  it('all values missing: no points, no lines, a default domain, every period marked missing', () => {
    const m = lineChartModel(input(one(missing(), undefined, { waarde: null, status: 'voorlopig' })));
    const s = m.series[0]!;
    expect(s.points).toEqual([]);
    expect(runs(s.path)).toEqual([]);
    expect(s.missing).toHaveLength(3);
    expect(m.hasMissing).toBe(true);
    expect(m.yTicks.map((t) => t.value)).toEqual([0, 0.2, 0.4, 0.6, 0.8, 1]);
  });

  it('negative values: the domain includes them and a zero line is drawn inside the plot', () => {
    const m = lineChartModel(input(one(v(-5), v(3), v(8))));
    const ticks = m.yTicks.map((t) => t.value);
    expect(Math.min(...ticks)).toBeLessThanOrEqual(-5);
    expect(Math.max(...ticks)).toBeGreaterThanOrEqual(8);
    const { top, bottom } = plot(m);
    expect(m.zeroY).toBeGreaterThan(top);
    expect(m.zeroY).toBeLessThan(bottom);
    expect(m.zeroY).toBe(m.yTicks.find((t) => t.value === 0)!.position);
    // The negative point lies below the zero line.
    expect(m.series[0]!.points[0]!.y).toBeGreaterThan(m.zeroY!);
  });

  it('all negative: zero is the top of the domain', () => {
    const m = lineChartModel(input(one(v(-5), v(-3))));
    expect(Math.max(...m.yTicks.map((t) => t.value))).toBe(0);
  });

  it('gaps break the line: one run per stretch of neighbouring values, none across a gap', () => {
    const m = lineChartModel(input(one(v(1), v(2), undefined, v(4), v(5), missing(), v(7))));
    const s = m.series[0]!;
    expect(runs(s.path)).toHaveLength(2);
    expect(starts(runs(s.path)).map(([x]) => x)).toEqual([s.points[0]!.x, s.points[2]!.x]);
    // No segment spans a period without a value: every run stays between two gaps.
    const gapXs = s.missing;
    for (const run of runs(s.path)) {
      const xs = [...run.matchAll(/[ML]([\d.-]+),/g)].map((x) => Number(x[1]));
      for (const g of gapXs) expect(g < Math.min(...xs) || g > Math.max(...xs), `run ${run} crosses the gap at ${g}`).toBe(true);
    }
    expect(s.points).toHaveLength(5);
    expect(s.missing).toEqual([m.xTicks[2]!.position, m.xTicks[5]!.position]);
    // The lone last point still has a marker.
    expect(s.markers).toHaveLength(5);
    // …and no line of its own (no zero-length "M…Z" piece).
    expect(s.path).not.toContain('Z');
  });

  it('suppressed cells: marked on the axis, no point, line broken', () => {
    const m = lineChartModel(input(one(v(20), v(22), suppressed(), v(25), v(27))));
    const s = m.series[0]!;
    const x2 = m.xTicks[2]!.position;
    expect(s.suppressed).toEqual([x2]);
    expect(s.points.map((p) => p.x)).not.toContain(x2);
    expect(runs(s.path)).toHaveLength(2);
    expect(s.missing).toEqual([]);
    expect(m.hasSuppressed).toBe(true);
    expect(m.hasMissing).toBe(false);
  });

  it('a suppressed value does not stretch the domain', () => {
    const m = lineChartModel(input(one(v(20), { waarde: 5000, status: 'onderdrukt' })));
    expect(Math.max(...m.yTicks.map((t) => t.value))).toBeLessThan(100);
  });

  it('an estimate range: whisker between the bounds, hollow point in the middle, no filled marker', () => {
    const m = lineChartModel(input(one(v(20), { waarde: null, status: 'voorlopig', kwalificatie: 'bereik', ondergrens: 14, bovengrens: 18 }, v(15))));
    const s = m.series[0]!;
    const est = s.points[1]!;
    expect(est.estimate).toBe(true);
    expect(est.range).toBeDefined();
    const [yLow, yHigh] = est.range!;
    expect(yLow).toBeGreaterThan(yHigh); // lower bound lower on screen
    expect(est.y).toBeCloseTo((yLow + yHigh) / 2, 0);
    expect(s.markers).toHaveLength(2);
    expect(s.missing).toEqual([]);
    // A range alone is not a line point: the line breaks around it.
    expect(runs(s.path)).toHaveLength(0);
    expect(m.hasEstimates).toBe(true);
  });

  it('an estimate with a qualifier is a hollow point on the line', () => {
    const m = lineChartModel(input(one(v(10), v(12, { kwalificatie: 'ongeveer' }), v(14))));
    const s = m.series[0]!;
    expect(s.points.map((p) => p.estimate)).toEqual([false, true, false]);
    expect(runs(s.path)).toHaveLength(1);
    expect(s.markers).toHaveLength(2);
  });

  it('target and baseline lie inside the domain, even above all values', () => {
    const m = lineChartModel(input(one(v(10), v(12)), { target: 40, baseline: 8 }));
    const { top, bottom } = plot(m);
    for (const line of [m.target!, m.baseline!]) {
      expect(line.y).toBeGreaterThanOrEqual(top);
      expect(line.y).toBeLessThanOrEqual(bottom);
    }
    expect(Math.max(...m.yTicks.map((t) => t.value))).toBeGreaterThanOrEqual(40);
    expect(m.target!.y).toBeLessThan(m.series[0]!.points[1]!.y);
    expect(m.target!.label).toBe('Streefwaarde 40');
    expect(m.baseline!.label).toBe('Basiswaarde 8');
  });

  it('a shared y domain (small multiples) is used as given', () => {
    const m = lineChartModel(input(one(v(1), v(2)), { yDomain: [0, 100] }));
    expect(m.yTicks.at(-1)!.value).toBe(100);
  });

  it('a single area has no end labels and a narrow right margin', () => {
    const m = lineChartModel(input(one(v(1), v(2))));
    expect(m.series[0]!.endLabel).toBeUndefined();
    expect(m.margin.right).toBe(24);
  });

  it('several series: distinct shapes, end labels at least 14px apart', () => {
    const series = ['a', 'b', 'c'].map((key) => ({ key, label: key.toUpperCase(), values: [v(10), v(50)] }));
    const m = lineChartModel(input(series));
    expect(m.series.map((s) => s.shape)).toEqual(['circle', 'square', 'triangle']);
    const ys = m.series.map((s) => s.endLabel!.y).sort((a, b) => a - b);
    for (let i = 1; i < ys.length; i++) expect(ys[i]! - ys[i - 1]!).toBeGreaterThanOrEqual(14);
    expect(m.margin.right).toBe(120);
  });

  it('thins out period labels on a long axis but keeps every tick position', () => {
    const n = 30;
    const m = lineChartModel(input(one(...Array.from({ length: n }, (_, i) => v(i)))));
    expect(m.xTicks).toHaveLength(n);
    const labelled = m.xTicks.filter((t) => t.label);
    expect(labelled.length).toBeLessThan(n);
    expect(labelled.length).toBeGreaterThan(3);
    expect(m.xTicks[0]!.label).toBe('j2019');
    // Labels are at least about 60px apart.
    for (let i = 1; i < labelled.length; i++) expect(labelled[i]!.position - labelled[i - 1]!.position).toBeGreaterThanOrEqual(55);
  });

  it('keeps all coordinates inside the chart', () => {
    const m = lineChartModel(input(one(v(-3), v(9), suppressed(), v(4, { kwalificatie: 'bijna' }))));
    expect(m.series[0]!.points).toHaveLength(3);
    for (const p of m.series[0]!.points) {
      expect(p.x).toBeGreaterThanOrEqual(m.margin.left);
      expect(p.x).toBeLessThanOrEqual(m.width - m.margin.right);
      expect(p.y).toBeGreaterThanOrEqual(m.margin.top);
      expect(p.y).toBeLessThanOrEqual(m.height - m.margin.bottom);
    }
  });
});

describe('smallMultiplesModels', () => {
  const series: LineSeriesInput[] = [
    { key: 'a', label: 'Centrum', values: [v(10), v(20), missing()] },
    { key: 'b', label: 'Haven', values: [v(400), suppressed(), v(380)] },
  ];
  const panel = { width: 300, height: 180, tickCharWidth: 9 };
  it('one panel per series, all on the y scale of the whole data', () => {
    const panels = smallMultiplesModels(input(series, { target: 300 }), panel);
    expect(panels).toHaveLength(2);
    const whole = lineChartModel(input(series, { target: 300 })).yTicks.map((t) => t.value);
    for (const p of panels) {
      expect(p.series).toHaveLength(1);
      expect(p.width).toBe(300);
      expect(p.yTicks.map((t) => t.value)).toEqual(whole);
      expect(p.target?.label).toBe('Streefwaarde 300');
    }
    expect(panels[0]!.hasMissing && !panels[0]!.hasSuppressed).toBe(true);
    expect(panels[1]!.hasSuppressed && !panels[1]!.hasMissing).toBe(true);
  });
  it('each panel is the single-series chart of its series on the shared scale', () => {
    const panels = smallMultiplesModels(input(series), panel);
    const yDomain: [number, number] = [panels[0]!.yTicks[0]!.value, panels[0]!.yTicks.at(-1)!.value];
    series.forEach((s, i) => expect(panels[i]).toEqual(lineChartModel(input([s], { ...panel, yDomain }))));
  });
});
