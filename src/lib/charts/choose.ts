import type { PivotTable } from '../series.ts';

export type ChartKind = 'kengetal' | 'staaf' | 'lijn' | 'kleine-veelvouden' | 'stippen';

/** Most series a line chart can carry before it becomes unreadable; more go to small multiples. */
export const MAX_LINES = 6;

/**
 * Which chart fits the data: one value is a key figure, one period is a bar chart,
 * a time series is a line chart, many areas over time are small multiples.
 * The editor's preference wins when the data allow it.
 */
export function chooseChart(table: PivotTable, preference?: ChartKind): ChartKind {
  const periods = table.periods.length;
  const columns = table.columns.length;
  if (periods === 1 && columns === 1) return 'kengetal';
  // A dot plot compares areas; with one area there is nothing to spread, so bars read better.
  const areas = new Set(table.columns.map((c) => c.gebied)).size;
  if (preference === 'stippen' && periods === 1) return areas > 1 ? 'stippen' : 'staaf';
  if (periods === 1) return 'staaf';
  if (preference === 'staaf') return 'staaf';
  if (preference === 'kleine-veelvouden' || columns > MAX_LINES) return 'kleine-veelvouden';
  return 'lijn';
}
