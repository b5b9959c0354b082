import { line, scaleLinear, scalePoint } from 'd3';
import type { ValueLike } from '../format.ts';
import { type Margin, type Shape, SHAPES, type Tick, markerPath, r1 } from './common.ts';

export interface LineSeriesInput {
  key: string;
  label: string;
  /** One value per period (same order as `periods`); undefined when there is no observation. */
  values: (ValueLike | undefined)[];
}

export interface LineChartInput {
  periods: string[];
  periodLabel: (p: string) => string;
  series: LineSeriesInput[];
  format: (n: number) => string;
  target?: number;
  baseline?: number;
  width?: number;
  height?: number;
  /** Shared y domain, for small multiples. */
  yDomain?: [number, number];
  /** Average width of a tick label character in SVG units (larger when the chart is drawn small). */
  tickCharWidth?: number;
}

export interface LinePoint { x: number; y: number; estimate: boolean; range?: [number, number]; label: string }
export interface LineSeriesModel {
  key: string;
  label: string;
  index: number;
  shape: Shape;
  /** The line through neighbouring values, broken where a period has none; absent when no two values neighbour. */
  path?: string;
  /** Every value (and range) of the series; gaps are not bridged, so a gap stays visible. */
  points: LinePoint[];
  markers: string[];
  /** Periods where the value is suppressed for privacy, drawn as a mark on the axis. */
  suppressed: number[];
  /** Periods without a value. */
  missing: number[];
  endLabel?: { x: number; y: number };
}

export interface LineChartModel {
  width: number;
  height: number;
  margin: Margin;
  xTicks: { position: number; label: string }[];
  yTicks: Tick[];
  /** One path for all horizontal grid lines (one element instead of one per tick keeps pages small). */
  gridPath: string;
  zeroY?: number;
  target?: { y: number; label: string };
  baseline?: { y: number; label: string };
  series: LineSeriesModel[];
  hasSuppressed: boolean;
  hasEstimates: boolean;
  hasMissing: boolean;
}

/** Values that decide the y domain: values, range bounds, target and baseline. */
function domainOf(input: LineChartInput): [number, number] {
  const all: number[] = [];
  for (const s of input.series)
    for (const v of s.values) {
      if (!v || v.status === 'onderdrukt' || v.status === 'ontbreekt') continue;
      if (v.waarde !== null) all.push(v.waarde);
      if (v.ondergrens !== undefined) all.push(v.ondergrens);
      if (v.bovengrens !== undefined) all.push(v.bovengrens);
    }
  if (input.target !== undefined) all.push(input.target);
  if (input.baseline !== undefined) all.push(input.baseline);
  if (!all.length) return [0, 1];
  // Start at zero unless values are negative: a cut-off axis exaggerates change.
  const lo = Math.min(0, ...all);
  const hi = Math.max(0, ...all);
  return lo === hi ? [lo, lo + 1] : [lo, hi];
}

/** Everything of a line chart except its series: scales, ticks, grid, target and baseline. */
interface LineFrame extends Omit<LineChartModel, 'series' | 'hasSuppressed' | 'hasEstimates' | 'hasMissing'> {
  /** x position of each period, unrounded (paths round themselves). */
  xs: number[];
  labels: string[];
  y: (v: number) => number;
  manySeries: boolean;
}

function lineFrame(input: LineChartInput, manySeries: boolean): LineFrame {
  const width = input.width ?? 640;
  const height = input.height ?? 300;
  const margin: Margin = { top: 16, right: manySeries ? 120 : 24, bottom: 36, left: 64 };
  const x = scalePoint<string>().domain(input.periods).range([margin.left, width - margin.right]).padding(0.5);
  const y = scaleLinear().domain(input.yDomain ?? domainOf(input)).nice(5).range([height - margin.bottom, margin.top]);
  const yTicks: Tick[] = y.ticks(5).map((v) => ({ value: v, position: r1(y(v)), label: input.format(v) }));
  const labels = input.periods.map((p) => input.periodLabel(p));
  // Thin out period labels so they do not overlap: room for the longest label plus a gap.
  const labelWidth = Math.max(...labels.map((l) => l.length), 4) * (input.tickCharWidth ?? 7) + 12;
  const every = Math.max(1, Math.ceil(input.periods.length / Math.max(1, Math.floor((width - margin.left - margin.right) / labelWidth))));
  const xs = input.periods.map((p) => x(p)!);
  const [d0, d1] = y.domain() as [number, number];
  return {
    width,
    height,
    margin,
    xTicks: xs.map((px, i) => ({ position: r1(px), label: i % every === 0 ? labels[i]! : '' })),
    yTicks,
    gridPath: yTicks.map((t) => `M${margin.left},${t.position}H${width - margin.right}`).join(''),
    zeroY: d0 < 0 && d1 > 0 ? r1(y(0)) : undefined,
    target: input.target !== undefined ? { y: r1(y(input.target)), label: `Streefwaarde ${input.format(input.target)}` } : undefined,
    baseline: input.baseline !== undefined ? { y: r1(y(input.baseline)), label: `Basiswaarde ${input.format(input.baseline)}` } : undefined,
    xs,
    labels,
    y,
    manySeries,
  };
}

function seriesModel(f: LineFrame, s: LineSeriesInput, index: number): LineSeriesModel {
  const { xs, labels, y } = f;
  const shape = SHAPES[index % SHAPES.length]!;
  const points: LinePoint[] = [];
  const suppressed: number[] = [];
  const missing: number[] = [];
  const shown = s.values.map((v) => !!v && v.status !== 'onderdrukt' && v.status !== 'ontbreekt' && v.waarde !== null);
  s.values.forEach((v, i) => {
    const px = xs[i]!;
    if (v?.status === 'onderdrukt') suppressed.push(r1(px));
    else if (!shown[i] && !(v?.kwalificatie === 'bereik')) missing.push(r1(px));
    const range = v?.ondergrens !== undefined && v.bovengrens !== undefined ? ([r1(y(v.ondergrens)), r1(y(v.bovengrens))] as [number, number]) : undefined;
    if (shown[i]) points.push({ x: r1(px), y: r1(y(v!.waarde!)), estimate: (v!.kwalificatie ?? 'exact') !== 'exact', range, label: labels[i]! });
    // A range without a value is drawn at its middle, as an estimate, but not joined to the line.
    else if (v?.kwalificatie === 'bereik' && range) points.push({ x: r1(px), y: r1(y((v.ondergrens! + v.bovengrens!) / 2)), estimate: true, range, label: labels[i]! });
  });
  // A line joins neighbouring values only: a period without one breaks it, and a lone value is its marker alone.
  const joined = (i: number) => shown[i]! && (!!shown[i - 1] || !!shown[i + 1]);
  const path = line<number>().defined((_, i) => joined(i)).x((i) => xs[i]!).y((i) => y(s.values[i]?.waarde ?? 0)).digits(1);
  const last = points[points.length - 1];
  return {
    key: s.key,
    label: s.label,
    index,
    shape,
    path: path(s.values.map((_, i) => i)) ?? undefined,
    points,
    markers: points.filter((p) => !p.estimate).map((p) => markerPath(shape, p.x, p.y)),
    suppressed,
    missing,
    endLabel: f.manySeries && last ? { x: r1(last.x + 10), y: r1(last.y + 4) } : undefined,
  };
}

function withSeries(f: LineFrame, series: LineSeriesModel[]): LineChartModel {
  const { xs: _xs, labels: _labels, y: _y, manySeries: _many, ...frame } = f;
  return {
    ...frame,
    series,
    hasSuppressed: series.some((s) => s.suppressed.length > 0),
    hasEstimates: series.some((s) => s.points.some((p) => p.estimate)),
    hasMissing: series.some((s) => s.missing.length > 0),
  };
}

export function lineChartModel(input: LineChartInput): LineChartModel {
  const frame = lineFrame(input, input.series.length > 1);
  const series = input.series.map((s, index) => seriesModel(frame, s, index));
  // Spread end labels so they do not overlap (at least 14px apart).
  const labelled = series.filter((s) => s.endLabel).sort((a, b) => a.endLabel!.y - b.endLabel!.y);
  for (let i = 1; i < labelled.length; i++) {
    const prev = labelled[i - 1]!.endLabel!;
    const cur = labelled[i]!.endLabel!;
    if (cur.y - prev.y < 14) cur.y = r1(prev.y + 14);
  }
  return withSeries(frame, series);
}

/**
 * Small multiples: one single-series chart per series, all on the y scale of the whole data (so panels
 * can be compared by eye), drawn `panel` size. The panels share one frame, which is computed once.
 */
export function smallMultiplesModels(input: LineChartInput, panel: { width: number; height: number; tickCharWidth: number }): LineChartModel[] {
  const shared = lineFrame(input, input.series.length > 1).yTicks;
  const yDomain: [number, number] = [shared[0]?.value ?? 0, shared[shared.length - 1]?.value ?? 1];
  const frame = lineFrame({ ...input, ...panel, yDomain }, false);
  return input.series.map((s) => withSeries(frame, [seriesModel(frame, s, 0)]));
}
