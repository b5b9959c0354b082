/** The dot plot (dotplot.ts) as SVG, with its legend: what a dot is, and which areas have no value. */
import type { DotPlotModel, DotRowModel } from './dotplot.ts';
import { COLOUR, SERIES_FILL, chartSvg, el, escapeHtml, legendNote, textLines, tickMarks, type Variant } from './svg.ts';

export interface DotPlotDrawing { id: string; label: string; variant?: Variant; legend?: boolean }

export function dotPlotSvg(m: DotPlotModel, { id, label, variant, legend = true }: DotPlotDrawing): string {
  const body = tickMarks(m.ticks, 14, m.height - 20, m.height - 6) + m.rows.map((r) => el('g', {}, dotRow(m, r))).join('');
  const svg = chartSvg({ kind: 'dots', id, label, width: m.width, height: m.height, variant }, el('g', { 'aria-hidden': 'true' }, body));
  if (!legend) return svg;
  const missing = m.rows.filter((r) => r.missing.length);
  const without = missing.length > 0 ? ` Zonder waarde: ${missing.map((r) => `${r.label} (${r.missing.join(', ')})`).join('; ')}.` : '';
  return svg + legendNote(`Elke stip is één gemeente of gebied; gelijke waarden staan boven elkaar.${escapeHtml(without)}`);
}

/** A row: its wrapped label, its rule, and a dot per area (equal values stacked by the model). */
function dotRow(m: DotPlotModel, r: DotRowModel): string {
  const label = textLines(r.lines, { x: 4, y: r.y + 4 - (r.lines.length - 1) * 15, lineHeight: 15, class: 'chart__label' });
  const rule = el('line', { x1: m.left, x2: m.width - 20, y1: r.y, y2: r.y, stroke: COLOUR.rule });
  return label + rule + r.dots.map((d) => el('circle', { cx: d.x, cy: d.y, r: 4, style: SERIES_FILL, stroke: COLOUR.paper, 'stroke-width': 1 })).join('');
}
