import { scaleLinear } from 'd3';
import { axisTicks, type Tick, r1 } from './common.ts';
import { wrap } from './wrap.ts';
import type { PivotTable } from '../series.ts';

export interface DotInput { label: string; value: number | null }
export interface DotRowInput { key: string; label: string; dots: DotInput[] }

export interface DotModel { x: number; y: number; label: string; value: number }
export interface DotRowModel { key: string; label: string; lines: string[]; y: number; dots: DotModel[]; missing: string[] }
export interface DotPlotModel { width: number; height: number; left: number; ticks: Tick[]; rows: DotRowModel[] }

/**
 * One row per category, one dot per area on a shared scale: the spread of scores at a glance.
 * Equal values stack upwards so no dot hides another; areas without a value are listed, not drawn.
 */
export function dotPlotModel(rows: DotRowInput[], format: (n: number) => string, scale?: { min: number; max: number }, width = 640): DotPlotModel {
  // Narrow drawings wrap the labels shorter, to leave the dots room.
  const narrow = width < 480;
  const left = narrow ? 128 : 190;
  const stackGap = 9;
  const values = rows.flatMap((r) => r.dots.map((d) => d.value).filter((v): v is number => v !== null));
  // On a known scale (scores 1 to 5) the whole scale is shown; otherwise from zero to the largest value.
  const lo = scale ? Math.min(scale.min, ...values) : Math.min(...values, 0);
  const hi = scale ? Math.max(scale.max, ...values) : Math.max(...values, 1);
  const x = scaleLinear().domain([lo, hi]).nice(5).range([left, width - 20]);
  let y = 24;
  const out = rows.map((r): DotRowModel => {
    const counts = new Map<number, number>();
    const present = r.dots.filter((d) => d.value !== null) as { label: string; value: number }[];
    const maxStack = Math.max(1, ...[...present.reduce((m, d) => m.set(d.value, (m.get(d.value) ?? 0) + 1), new Map<number, number>()).values()]);
    const lines = wrap(r.label, narrow ? 16 : 24, 3).lines;
    const rowHeight = Math.max(32, maxStack * stackGap + 18, lines.length * 15 + 12);
    const base = y + rowHeight - 12;
    const dots = present.map((d) => {
      const n = counts.get(d.value) ?? 0;
      counts.set(d.value, n + 1);
      return { x: r1(x(d.value)), y: r1(base - n * stackGap), label: d.label, value: d.value };
    });
    const row = { key: r.key, label: r.label, lines, y: r1(base), dots, missing: r.dots.filter((d) => d.value === null).map((d) => d.label) };
    y += rowHeight;
    return row;
  });
  return { width, height: r1(y + 24), left, ticks: axisTicks(x, 5, format, width), rows: out };
}

/** Dot plot rows from an indicator's table: one row per category (or one in all), one dot per area, latest period. */
export function dotRowsAtLastPeriod(table: PivotTable, categories: { id?: string; label: string }[]): DotRowInput[] {
  const last = table.cells[table.cells.length - 1] ?? [];
  return categories.map((cat) => ({
    key: cat.id ?? 'alle',
    label: cat.label,
    dots: table.columns.flatMap((c, j) => {
      if (c.categorie !== cat.id) return [];
      const o = last[j];
      return [{ label: c.areaName, value: o && o.status !== 'onderdrukt' ? o.waarde : null }];
    }),
  }));
}
