/**
 * What the figure of an indicator draws, worked out from its data: which chart, and the input of each kind of
 * chart. indicator-svg.ts draws it.
 */
import type { Indicator } from '../../schemas/index.ts';
import { formatAmount } from '../format.ts';
import { periodLabel } from '../periods.ts';
import type { PivotTable } from '../series.ts';
import type { BarInput } from './bar.ts';
import { chooseChart, type ChartKind } from './choose.ts';
import { dotRowsAtLastPeriod } from './dotplot.ts';
import type { LineChartInput } from './line.ts';
import { mapValues, type MapShape } from './map.ts';

export function indicatorChartInput(ind: Indicator, table: PivotTable, shapes?: MapShape[]) {
  const unit = ind.eenheid.soort;
  const mapData = ind.gebiedsniveau === 'wijk' && !ind.uitsplitsing && shapes ? mapValues(table, shapes) : undefined;
  const kind: ChartKind | 'kaart' = mapData ? 'kaart' : chooseChart(table, ind.grafiek);
  const lastRow = table.cells.length - 1;
  const series = table.columns.map((c, j) => ({ key: c.key, label: c.label, values: table.cells.map((row) => row[j]) }));
  const scale = ind.eenheid.schaal ? ([ind.eenheid.schaal.min, ind.eenheid.schaal.max] as [number, number]) : undefined;
  const lineInput: LineChartInput = {
    periods: table.periods, periodLabel, series, format: (n: number) => formatAmount(n, unit),
    target: typeof ind.streefwaarde === 'object' ? ind.streefwaarde.waarde : undefined, baseline: ind.basiswaarde?.waarde, yDomain: scale,
  };
  const bars: BarInput[] = table.columns.map((c, j) => ({ key: c.key, label: c.label, value: table.cells[lastRow]![j] ?? { waarde: null, status: 'ontbreekt' } }));
  return {
    unit, kind, mapData, lineInput, bars,
    /** The one value of a key figure. */
    single: table.cells[0]?.[0],
    dotRows: dotRowsAtLastPeriod(table, ind.uitsplitsing?.categorieen ?? [{ label: ind.eenheid.label }]),
    /**
     * The period a bar chart or map shows when the table has more: they draw the last one and say so. A dot plot is
     * only chosen for a single period (chooseChart), so it never needs to.
     */
    lastPeriodOnly: (kind === 'staaf' || kind === 'kaart') && table.periods.length > 1 ? (mapData?.periode ?? table.periods[lastRow]!) : undefined,
  };
}
