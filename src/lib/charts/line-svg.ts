/** Line charts (line.ts) as SVG: one chart with its legend, or small multiples with one legend for all panels. */
import { r1, seriesColour } from './common.ts';
import { smallMultiplesModels, type LineChartInput, type LineChartModel, type LineSeriesModel } from './line.ts';
import { COLOUR, chartSvg, el, escapeHtml, legendList, type Variant } from './svg.ts';

export interface LineChartDrawing {
  id: string;
  label: string;
  /** False in small multiples: the group has one legend for all panels. */
  legend?: boolean;
  variant?: Variant;
}

export function lineChartSvg(m: LineChartModel, { id, label, legend = true, variant }: LineChartDrawing): string {
  const body = frame(m) + m.series.map((s) => series(m, s)).join('');
  const svg = chartSvg({ kind: 'line', id, label, width: m.width, height: m.height, variant, anchorTopLeft: true }, body);
  return legend ? svg + lineLegend(m.series.length > 1 ? m.series : [], [m]) : svg;
}

/** Panels on one shared scale, one per series, and one legend for what is true of any panel. */
export function smallMultiplesHtml(input: LineChartInput, id: string, label: string): string {
  const models = smallMultiplesModels(input, { width: 300, height: 180, tickCharWidth: 9 });
  const panels = input.series.map((s, i) => {
    const chart = lineChartSvg(models[i]!, { id: `${id}-${i}`, label: s.label, legend: false });
    return el('div', { class: 'small-multiples__panel' }, el('p', { class: 'small-multiples__title' }, escapeHtml(s.label)) + chart);
  });
  return el('div', { class: 'small-multiples', role: 'group', 'aria-label': label }, panels.join('')) + lineLegend([], models);
}

/** Grid, zero line, tick labels, baseline and target. */
function frame(m: LineChartModel): string {
  const left = m.margin.left;
  const right = m.width - m.margin.right;
  const plotBottom = m.height - m.margin.bottom;
  let grid = el('path', { d: m.gridPath, fill: 'none', stroke: COLOUR.grid });
  if (m.zeroY !== undefined) grid += el('line', { x1: left, x2: right, y1: m.zeroY, y2: m.zeroY, stroke: COLOUR.ink });
  grid += el('g', { class: 'chart__tick', 'text-anchor': 'end' }, m.yTicks.map((t) => el('text', { x: left - 6, y: r1(t.position + 4) }, escapeHtml(t.label))).join(''));
  grid += el('g', { class: 'chart__tick', 'text-anchor': 'middle' }, m.xTicks.filter((t) => t.label).map((t) => el('text', { x: t.position, y: plotBottom + 20 }, escapeHtml(t.label))).join(''));
  let out = el('g', { class: 'chart__grid', 'aria-hidden': 'true' }, grid);
  if (m.baseline) {
    const rule = el('line', { x1: left, x2: right, y1: m.baseline.y, y2: m.baseline.y, stroke: COLOUR.note, 'stroke-dasharray': '2 3' });
    out += el('g', { class: 'chart__baseline', 'aria-hidden': 'true' }, rule + el('text', { x: left + 4, y: r1(m.baseline.y - 4), class: 'chart__note' }, escapeHtml(m.baseline.label)));
  }
  if (m.target) {
    const rule = el('line', { x1: left, x2: right, y1: m.target.y, y2: m.target.y, stroke: COLOUR.ink, 'stroke-dasharray': '8 4', 'stroke-width': 1.5 });
    out += el('g', { class: 'chart__target', 'aria-hidden': 'true' }, rule + el('text', { x: right, y: r1(m.target.y - 5), 'text-anchor': 'end', class: 'chart__note' }, escapeHtml(m.target.label)));
  }
  return out;
}

/** A series in its colour: the line, range whiskers, markers (open rings for estimates), × for suppressed values. */
function series(m: LineChartModel, s: LineSeriesModel): string {
  const plotBottom = m.height - m.margin.bottom;
  let out = s.path ? el('path', { d: s.path, fill: 'none', stroke: 'currentColor', 'stroke-width': 2.5 }) : '';
  for (const p of s.points) if (p.range) out += el('line', { x1: p.x, x2: p.x, y1: p.range[0], y2: p.range[1], stroke: 'currentColor', 'stroke-width': 2, 'stroke-dasharray': '3 2' });
  if (s.markers.length) out += el('path', { d: s.markers.join(''), fill: 'currentColor', stroke: 'currentColor' });
  for (const p of s.points) if (p.estimate) out += el('circle', { cx: p.x, cy: p.y, r: 4.5, fill: COLOUR.paper, stroke: 'currentColor', 'stroke-width': 2 });
  for (const x of s.suppressed) out += el('text', { x, y: plotBottom - 4, 'text-anchor': 'middle', class: 'chart__suppressed' }, '×');
  if (s.endLabel) out += el('text', { x: s.endLabel.x, y: s.endLabel.y, class: 'chart__label', fill: 'currentColor' }, escapeHtml(s.label));
  return el('g', { class: 'chart__series', 'aria-hidden': 'true', style: `color:${seriesColour(s.index)}` }, out);
}

/** The legend: each named series with its colour, then what a target, estimate, × or gap means where `models` have one. */
function lineLegend(named: LineSeriesModel[], models: LineChartModel[]): string {
  const swatch = (s: LineSeriesModel) =>
    el('svg', { width: 18, height: 12, viewBox: '0 0 18 12', 'aria-hidden': 'true', style: `color:${seriesColour(s.index)}` }, el('line', { x1: 0, x2: 18, y1: 6, y2: 6, stroke: 'currentColor', 'stroke-width': 2.5 }));
  const items = named.map((s) => `${swatch(s)} ${escapeHtml(s.label)}`);
  if (models.some((m) => m.target)) items.push('Gestippelde zwarte lijn: streefwaarde');
  if (models.some((m) => m.hasEstimates)) items.push('Open rondje: schatting; gestippelde streep: bereik van de schatting');
  if (models.some((m) => m.hasSuppressed)) items.push('×: cijfer onderdrukt omdat het aantal te klein is (privacy)');
  if (models.some((m) => m.hasMissing)) items.push('Onderbroken lijn: voor die periode is er geen cijfer');
  return legendList(items);
}
