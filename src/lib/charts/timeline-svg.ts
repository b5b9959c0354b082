/** The milestone timeline (timeline.ts) as SVG, wide and narrow, with its legend. */
import type { Mijlpaal } from '../../schemas/index.ts';
import { timelineModel, type TimelineModel, type TimelineRow } from './timeline.ts';
import { CHART_WIDTH } from './common.ts';
import { COLOUR, SERIES_FILL, chartSvg, chartSwitch, el, legendNote, textLines, tickMarks } from './svg.ts';

export function timelineSvg(milestones: Mijlpaal[], id: string, label: string): string {
  const drawings = chartSwitch(id, (variant, vid) => {
    const m = timelineModel(milestones, CHART_WIDTH[variant]);
    return chartSvg({ kind: 'timeline', id: vid, label, width: m.width, height: m.height, variant }, el('g', { 'aria-hidden': 'true' }, marks(m)));
  });
  return drawings + legendNote('Open rondje: geplande datum. Gevuld rondje: werkelijke datum. Rode lijn: verschuiving tussen gepland en werkelijk.');
}

function marks(m: TimelineModel): string {
  return tickMarks(m.ticks, 14, m.height - 8, 12) + m.rows.map((r) => el('g', {}, milestone(m, r))).join('');
}

/** A milestone: its wrapped title, the slip as a red line, the planned date as a ring, the actual one as a dot. */
function milestone(m: TimelineModel, r: TimelineRow): string {
  const y = r.y + 8;
  let out = textLines(r.lines, { x: m.left, y: r.y - 6 - (r.lines.length - 1) * 16, lineHeight: 16, class: 'chart__label' });
  if (r.slip) out += el('line', { x1: r.slip[0], x2: r.slip[1], y1: y, y2: y, stroke: COLOUR.slip, 'stroke-width': 3 });
  if (r.planned !== undefined) out += el('circle', { cx: r.planned, cy: y, r: 6, fill: COLOUR.paper, stroke: COLOUR.ink, 'stroke-width': 2 });
  if (r.actual !== undefined) out += el('circle', { cx: r.actual, cy: y, r: 5, style: SERIES_FILL, stroke: COLOUR.ink });
  return out;
}
