/** The bar chart (bar.ts) as SVG, with its legend line when a bar is an estimate. */
import type { BarChartModel, BarModel } from './bar.ts';
import { r1 } from './common.ts';
import { COLOUR, SERIES_FILL, chartSvg, el, escapeHtml, legendNote, tickMarks, type Variant } from './svg.ts';

export interface BarChartDrawing { id: string; label: string; variant?: Variant; legend?: boolean }

export function barChartSvg(m: BarChartModel, { id, label, variant, legend = true }: BarChartDrawing): string {
  const bottom = m.height - m.margin.bottom;
  const body = tickMarks(m.ticks, m.margin.top, bottom, r1(bottom + 18))
    + m.bars.map((b) => el('g', {}, barMarks(b, m.margin.left))).join('')
    + el('line', { x1: m.zeroX, x2: m.zeroX, y1: m.margin.top, y2: bottom, stroke: COLOUR.ink });
  const svg = chartSvg({ kind: 'bar', id, label, width: m.width, height: m.height, variant, anchorTopLeft: true }, el('g', { 'aria-hidden': 'true' }, body));
  return svg + (legend && m.hasEstimates ? legendNote('Lichte balk met stippelrand: schatting. Zwarte streep: bereik van de schatting.') : '');
}

/** One row: its label above, the bar (light and dashed for an estimate), the whisker of a range, the value. */
function barMarks(b: BarModel, left: number): string {
  let out = el('text', { x: left, y: r1(b.y - 4), class: 'chart__label' }, escapeHtml(b.label));
  if (b.bar) {
    const estimate = { 'fill-opacity': b.estimate ? 0.45 : 1, stroke: 'var(--vt-series-1)', 'stroke-dasharray': b.estimate ? '4 2' : undefined };
    out += el('rect', { x: b.bar.x, y: b.y, width: Math.max(b.bar.width, 1), height: b.height, style: SERIES_FILL, ...estimate });
  }
  if (b.range) {
    const whisker = { stroke: COLOUR.ink, 'stroke-width': 2 };
    const mid = r1(b.y + b.height / 2);
    out += el('line', { x1: b.range.x0, x2: b.range.x1, y1: mid, y2: mid, ...whisker });
    for (const x of [b.range.x0, b.range.x1]) out += el('line', { x1: x, x2: x, y1: b.y, y2: r1(b.y + b.height), ...whisker });
  }
  return out + el('text', { x: b.labelX, y: r1(b.y + b.height - 2), class: 'chart__value' }, escapeHtml(b.valueLabel));
}
