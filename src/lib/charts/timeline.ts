import { scaleUtc } from 'd3';
import type { Mijlpaal } from '../../schemas/index.ts';
import { dateValue, formatDate, monthsBetween } from '../format.ts';
import { r1, type Tick } from './common.ts';
import { wrap } from './wrap.ts';


/** How far a milestone slipped, in words: "3 maanden later", "op tijd", "nog niet gehaald". */
export function milestoneSlip(m: Pick<Mijlpaal, 'gepland' | 'werkelijk' | 'werkelijkOnbekend'>): { months?: number; text: string } {
  if (!m.gepland) return { text: 'geen planning bekend' };
  if (!m.werkelijk) return { text: m.werkelijkOnbekend ? 'niet bekend' : 'nog niet gehaald' };
  const months = monthsBetween(m.gepland, m.werkelijk);
  if (months === 0) return { months, text: dateValue(m.werkelijk) > dateValue(m.gepland) ? 'iets later (binnen een maand)' : 'op tijd' };
  return { months, text: months > 0 ? `${months} ${months === 1 ? 'maand' : 'maanden'} later` : `${-months} ${months === -1 ? 'maand' : 'maanden'} eerder` };
}

export interface TimelineRow { id: string; label: string; lines: string[]; y: number; planned?: number; actual?: number; slip?: [number, number]; plannedLabel?: string; actualLabel?: string }
export interface TimelineModel { width: number; height: number; left: number; ticks: Tick[]; rows: TimelineRow[] }

/** Planned (open ring) and actual (filled dot) dates per milestone on one time axis; a slip is a line between them. */
export function timelineModel(milestones: Mijlpaal[], width = 640): TimelineModel {
  const rowHeight = 44;
  const left = 16;
  const dates = milestones.flatMap((m) => [m.gepland, m.werkelijk].filter((d): d is string => !!d)).map(dateValue);
  const lo = Math.min(...dates);
  const hi = Math.max(...dates);
  const pad = Math.max((hi - lo) * 0.05, 1000 * 60 * 60 * 24 * 31);
  const x = scaleUtc().domain([lo - pad, hi + pad]).range([left + 8, width - 24]);
  // Labels wrap to the width (13-unit bold text, up to 8 units a character); each extra line adds 16 units.
  const maxChars = Math.floor((width - left - 8) / 8);
  let next = 28;
  const rows = milestones.map((m): TimelineRow => {
    const { lines } = wrap(m.titel, maxChars, 3);
    const y = next + (lines.length - 1) * 16;
    next = y + rowHeight;
    const planned = m.gepland ? r1(x(dateValue(m.gepland))) : undefined;
    const actual = m.werkelijk ? r1(x(dateValue(m.werkelijk))) : undefined;
    return {
      id: m.id, label: m.titel, lines, y, planned, actual,
      slip: planned !== undefined && actual !== undefined && planned !== actual ? [planned, actual] : undefined,
      plannedLabel: m.gepland ? formatDate(m.gepland) : undefined, actualLabel: m.werkelijk ? formatDate(m.werkelijk) : undefined,
    };
  });
  const ticks = x.ticks(Math.min(6, Math.max(2, Math.round((hi - lo) / (1000 * 60 * 60 * 24 * 365)) + 1))).map((t): Tick => ({ value: t.getTime(), position: r1(x(t)), label: String(t.getUTCFullYear()), anchor: 'middle' }));
  return { width, height: next + 16, left, ticks: ticks.filter((t, i, a) => a.findIndex((o) => o.label === t.label) === i), rows };
}
