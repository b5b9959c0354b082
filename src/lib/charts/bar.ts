import { scaleBand, scaleLinear } from 'd3';
import type { ValueLike } from '../format.ts';
import { axisTicks, type Margin, type Tick, r1 } from './common.ts';

export interface BarInput { key: string; label: string; value: ValueLike }

export interface BarChartInput {
  items: BarInput[];
  format: (v: ValueLike) => string;
  formatTick: (n: number) => string;
  /** Sort largest first (default) or keep the given order (e.g. categories with a natural order). */
  sort?: 'desc' | 'none';
  width?: number;
}

export interface BarModel {
  key: string;
  label: string;
  y: number;
  height: number;
  /** The bar; absent for suppressed, missing and pure ranges. */
  bar?: { x: number; width: number };
  /** Whisker of an estimate range. */
  range?: { x0: number; x1: number };
  estimate: boolean;
  valueLabel: string;
  labelX: number;
  /** Why there is no bar. */
  empty?: 'onderdrukt' | 'ontbreekt';
}

export interface BarChartModel {
  width: number;
  height: number;
  margin: Margin;
  ticks: Tick[];
  zeroX: number;
  bars: BarModel[];
  hasEstimates: boolean;
}

const numeric = (v: ValueLike) => (v.status === 'onderdrukt' || v.status === 'ontbreekt' ? null : v.waarde ?? (v.bovengrens !== undefined && v.ondergrens !== undefined ? (v.ondergrens + v.bovengrens) / 2 : null));

/** Horizontal bars with value labels: readable at 320px, long labels on their own line. */
export function barChartModel(input: BarChartInput): BarChartModel {
  const width = input.width ?? 640;
  const items = input.sort === 'none' ? input.items : [...input.items].sort((a, b) => (numeric(b.value) ?? -Infinity) - (numeric(a.value) ?? -Infinity) || a.label.localeCompare(b.label, 'nl'));
  const rowHeight = 40;
  const margin: Margin = { top: 8, right: 110, bottom: 28, left: 8 };
  const height = margin.top + margin.bottom + rowHeight * items.length;
  const values = items.flatMap((i) => [numeric(i.value), i.value.ondergrens, i.value.bovengrens].filter((n): n is number => typeof n === 'number'));
  const lo = Math.min(0, ...values);
  const hi = Math.max(0, ...values, lo === 0 ? 1 : 0);
  const x = scaleLinear().domain([lo, hi]).nice(4).range([margin.left, width - margin.right]);
  const band = scaleBand<string>().domain(items.map((i) => i.key)).range([margin.top, height - margin.bottom]).paddingInner(0.1);
  const zeroX = r1(x(0));
  const bars = items.map((item): BarModel => {
    const v = item.value;
    const top = band(item.key)!;
    // The label sits on the upper half of the row, the bar on the lower half.
    const barY = r1(top + band.bandwidth() * 0.45);
    const barH = r1(band.bandwidth() * 0.5);
    const n = numeric(v);
    const estimate = (v.kwalificatie ?? 'exact') !== 'exact';
    const range = v.ondergrens !== undefined && v.bovengrens !== undefined ? { x0: r1(x(v.ondergrens)), x1: r1(x(v.bovengrens)) } : undefined;
    const empty = v.status === 'onderdrukt' ? 'onderdrukt' : n === null ? 'ontbreekt' : undefined;
    const bar = n !== null && v.waarde !== null ? { x: r1(Math.min(x(0), x(n))), width: r1(Math.abs(x(n) - x(0))) } : undefined;
    const end = Math.max(bar ? bar.x + bar.width : zeroX, range?.x1 ?? 0);
    return { key: item.key, label: item.label, y: barY, height: barH, bar, range, estimate, valueLabel: input.format(v), labelX: r1(end + 6), empty: empty as BarModel['empty'] };
  });
  return {
    width,
    height,
    margin,
    ticks: axisTicks(x, 4, input.formatTick, width),
    zeroX,
    bars,
    hasEstimates: bars.some((b) => b.estimate),
  };
}
