/** The figure of an indicator: the chart indicator.ts chose, drawn; a key figure is a sentence, not a chart. */
import type { Indicator } from '../../schemas/index.ts';
import { formatAmount, formatValue } from '../format.ts';
import { periodLabel } from '../periods.ts';
import type { PivotTable } from '../series.ts';
import { barChartModel } from './bar.ts';
import { barChartSvg } from './bar-svg.ts';
import { CHART_WIDTH } from './common.ts';
import { dotPlotModel } from './dotplot.ts';
import { dotPlotSvg } from './dotplot-svg.ts';
import { indicatorChartInput } from './indicator.ts';
import { lineChartModel } from './line.ts';
import { lineChartSvg, smallMultiplesHtml } from './line-svg.ts';
import { mapChartModel, type MapShape } from './map.ts';
import { mapChartHtml } from './map-svg.ts';
import { chartSwitch, el, escapeHtml, legendNote } from './svg.ts';

/**
 * `id` is the indicator's; the chart's own ids start with `grafiek-`. With `shapes` (the wijk boundaries) a
 * wijk-level figure is a map, credited with `shapesCredit`. Wide and narrow drawings carry the legend once.
 */
export function indicatorChartHtml(ind: Indicator, table: PivotTable, id: string, shapes?: MapShape[], shapesCredit?: string): string {
  const { unit, kind, mapData, lineInput, bars, single, dotRows, lastPeriodOnly } = indicatorChartInput(ind, table, shapes);
  const chartId = `grafiek-${id}`;
  const label = ind.alt;
  const tick = (n: number) => formatAmount(n, unit);
  let out = '';
  if (kind === 'kengetal' && single) {
    const qualifier = single.kwalificatie && single.kwalificatie !== 'exact' ? ' (schatting)' : '';
    const value = el('span', { class: 'key-figure__value' }, escapeHtml(formatValue(single, unit)));
    out += el('p', { class: 'key-figure' }, `${value} ${el('span', { class: 'key-figure__label' }, escapeHtml(`${ind.eenheid.label}, ${periodLabel(single.periode)}${qualifier}`))}`);
  }
  if (kind === 'staaf') {
    const draw = (width: number) => barChartModel({ items: bars, format: (v) => formatValue(v, unit), formatTick: tick, sort: ind.uitsplitsing ? 'none' : 'desc', width });
    out += chartSwitch(chartId, (variant, vid) => barChartSvg(draw(CHART_WIDTH[variant]), { id: vid, label, variant, legend: variant === 'wide' }));
  }
  if (kind === 'kaart' && mapData) {
    const model = mapChartModel({ shapes: shapes!, values: mapData.values, format: (v) => formatValue(v, unit), formatTick: tick });
    out += mapChartHtml(model, { id: chartId, label, caption: `${ind.titel}, ${periodLabel(mapData.periode)}`, valueHeader: ind.eenheid.label, credit: shapesCredit, linkAreas: true });
  }
  if (lastPeriodOnly) out += legendNote(escapeHtml(`De ${kind === 'kaart' ? 'kaart' : 'grafiek'} toont de laatste periode (${periodLabel(lastPeriodOnly)}); de tabel onder de figuur geeft alle perioden.`));
  if (kind === 'lijn') {
    out += chartSwitch(chartId, (variant, vid) => {
      const model = lineChartModel({ ...lineInput, width: CHART_WIDTH[variant], height: variant === 'wide' ? 300 : 240 });
      return lineChartSvg(model, { id: vid, label, variant, legend: variant === 'wide' });
    });
  }
  if (kind === 'kleine-veelvouden') out += smallMultiplesHtml(lineInput, chartId, label);
  if (kind === 'stippen') {
    const scale = ind.eenheid.schaal;
    out += chartSwitch(chartId, (variant, vid) => dotPlotSvg(dotPlotModel(dotRows, tick, scale, CHART_WIDTH[variant]), { id: vid, label, variant, legend: variant === 'wide' }));
  }
  return out;
}
