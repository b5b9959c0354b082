import { r1, seriesColour } from '../../lib/charts/common.ts';
import type { LineChartModel } from '../../lib/charts/line.ts';
import { attr, escapeHtml } from '../markup.ts';

/**
 * The SVG of a line chart model; `id` names its title for aria-labelledby, `label` is that title.
 * `variant` marks one of a wide/narrow pair, of which CSS shows one (see .chart-switch).
 */
export function lineChartSvg(m: LineChartModel, id: string, label: string, variant?: 'wide' | 'narrow'): string {
  const left = m.margin.left;
  const right = m.width - m.margin.right;
  const plotBottom = m.height - m.margin.bottom;
  const out: string[] = [];
  out.push(`<svg class="chart chart--line${variant ? ` chart--${variant}` : ''}"${attr('viewBox', `0 0 ${m.width} ${m.height}`)} role="img"${attr('aria-labelledby', `${id}-t`)} preserveAspectRatio="xMinYMin meet">`);
  out.push(`<title${attr('id', `${id}-t`)}>${escapeHtml(label)}</title>`);
  out.push(`<g class="chart__grid" aria-hidden="true"><path${attr('d', m.gridPath)} fill="none" stroke="#d0d7de"></path>`);
  if (m.zeroY !== undefined) out.push(`<line${attr('x1', left)}${attr('x2', right)}${attr('y1', m.zeroY)}${attr('y2', m.zeroY)} stroke="#1a1a1a"></line>`);
  out.push('<g class="chart__tick" text-anchor="end">');
  for (const t of m.yTicks) out.push(`<text${attr('x', left - 6)}${attr('y', r1(t.position + 4))}>${escapeHtml(t.label)}</text>`);
  out.push('</g><g class="chart__tick" text-anchor="middle">');
  for (const t of m.xTicks) if (t.label) out.push(`<text${attr('x', t.position)}${attr('y', plotBottom + 20)}>${escapeHtml(t.label)}</text>`);
  out.push('</g></g>');
  if (m.baseline) {
    out.push(`<g class="chart__baseline" aria-hidden="true"><line${attr('x1', left)}${attr('x2', right)}${attr('y1', m.baseline.y)}${attr('y2', m.baseline.y)} stroke="#4a5560" stroke-dasharray="2 3"></line>`);
    out.push(`<text${attr('x', left + 4)}${attr('y', r1(m.baseline.y - 4))} class="chart__note">${escapeHtml(m.baseline.label)}</text></g>`);
  }
  if (m.target) {
    out.push(`<g class="chart__target" aria-hidden="true"><line${attr('x1', left)}${attr('x2', right)}${attr('y1', m.target.y)}${attr('y2', m.target.y)} stroke="#1a1a1a" stroke-dasharray="8 4" stroke-width="1.5"></line>`);
    out.push(`<text${attr('x', right)}${attr('y', r1(m.target.y - 5))} text-anchor="end" class="chart__note">${escapeHtml(m.target.label)}</text></g>`);
  }
  for (const s of m.series) {
    out.push(`<g class="chart__series" aria-hidden="true"${attr('style', `color:${seriesColour(s.index)}`)}>`);
    for (const d of s.paths) out.push(`<path${attr('d', d)} fill="none" stroke="currentColor" stroke-width="2.5"></path>`);
    for (const p of s.points) if (p.range) out.push(`<line${attr('x1', p.x)}${attr('x2', p.x)}${attr('y1', p.range[0])}${attr('y2', p.range[1])} stroke="currentColor" stroke-width="2" stroke-dasharray="3 2"></line>`);
    if (s.markers.length) out.push(`<path${attr('d', s.markers.join(''))} fill="currentColor" stroke="currentColor"></path>`);
    for (const p of s.points) if (p.estimate) out.push(`<circle${attr('cx', p.x)}${attr('cy', p.y)} r="4.5" fill="#ffffff" stroke="currentColor" stroke-width="2"></circle>`);
    for (const x of s.suppressed) out.push(`<text${attr('x', x)}${attr('y', plotBottom - 4)} text-anchor="middle" class="chart__suppressed">×</text>`);
    if (s.endLabel) out.push(`<text${attr('x', s.endLabel.x)}${attr('y', s.endLabel.y)} class="chart__label" fill="currentColor">${escapeHtml(s.label)}</text>`);
    out.push('</g>');
  }
  out.push('</svg>');
  return out.join('');
}
