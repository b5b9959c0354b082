/**
 * The wijk map (map.ts) as SVG with its legend and the table of numbers beside it, and the small locator map of
 * one wijk. Every class has a lightness and a hatching, every wijk its number: never colour alone.
 */
import { COLOUR, SERIES_FILL, chartSvg, el, escapeHtml, legendList } from './svg.ts';
import type { MapArea, MapClass, MapModel } from './map.ts';

export interface MapDrawing {
  id: string;
  label: string;
  /** Caption of the table beside the map, e.g. "Inwoners per wijk, 2024". */
  caption: string;
  /** Header of the value column, e.g. "inwoners". */
  valueHeader: string;
  /** Where the boundaries come from, e.g. "Wijkgrenzen: CBS, Wijk- en Buurtkaart 2017." */
  credit?: string;
  /** Link each wijk in the table to its page (/wijken/<id>/). */
  linkAreas?: boolean;
}

const pattern = (id: string, k: number) => `${id}-klasse-${k}`;

export function mapChartHtml(m: MapModel, d: MapDrawing): string {
  const svg = chartSvg({ kind: 'map', id: d.id, label: d.label, width: m.width, height: m.height, anchorTopLeft: true }, patterns(m, d.id) + el('g', { 'aria-hidden': 'true' }, areas(m, d.id)));
  return el('div', { class: 'map' }, svg + mapLegend(m, d) + mapTable(m, d));
}

/** A hatching per class above the lowest, and the cross-hatch of a wijk without a value. */
function patterns(m: MapModel, id: string): string {
  const hatches = m.classes.filter((c) => c.hatch > 0).map((c) => {
    const stroke = el('line', { x1: 0, y1: 0, x2: 0, y2: c.hatch, stroke: c.hatchLight ? COLOUR.paper : COLOUR.ink, 'stroke-width': 1, 'stroke-opacity': 0.7 });
    return el('pattern', { id: pattern(id, c.index), width: c.hatch, height: c.hatch, patternUnits: 'userSpaceOnUse', patternTransform: 'rotate(45)' }, stroke);
  });
  const empty = el('pattern', { id: `${id}-leeg`, width: 6, height: 6, patternUnits: 'userSpaceOnUse' }, el('path', { d: 'M0,0L6,6M6,0L0,6', stroke: COLOUR.outline, 'stroke-width': 0.8 }));
  return el('defs', {}, hatches.join('') + empty);
}

/** The wijken filled by class, outlined, then their numbers (a line back to a wijk whose number was pushed away). */
function areas(m: MapModel, id: string): string {
  const r = m.labelRadius;
  const moved = (a: MapArea) => Math.hypot(a.labelX - a.anchorX, a.labelY - a.anchorY) > r;
  const shapes = m.areas.map((a) => {
    const c = a.klass === null ? undefined : m.classes[a.klass];
    let fill = c ? el('path', { d: a.path, style: SERIES_FILL, 'fill-opacity': c.opacity }) : el('path', { d: a.path, fill: `url(#${id}-leeg)` });
    if (c && c.hatch > 0) fill += el('path', { d: a.path, fill: `url(#${pattern(id, c.index)})` });
    return el('g', {}, fill + el('path', { d: a.path, fill: 'none', stroke: COLOUR.ink, 'stroke-width': 0.75, 'stroke-linejoin': 'round' }));
  });
  const leaders = m.areas.filter(moved).map((a) => el('line', { x1: a.anchorX, y1: a.anchorY, x2: a.labelX, y2: a.labelY, stroke: COLOUR.ink, 'stroke-width': 1 }));
  return shapes.join('') + leaders.join('') + m.areas.map((a) => el('g', {}, areaNumber(a, r))).join('');
}

const areaNumber = (a: MapArea, r: number) =>
  el('circle', { cx: a.labelX, cy: a.labelY, r, fill: COLOUR.paper, stroke: COLOUR.ink, 'stroke-width': 1 })
  + el('text', { x: a.labelX, y: a.labelY, dy: '0.35em', 'text-anchor': 'middle', class: 'chart__map-label' }, escapeHtml(a.label));

function mapLegend(m: MapModel, d: MapDrawing): string {
  const swatch = (c: MapClass) => {
    const hatch = c.hatch > 0 ? el('rect', { width: 22, height: 16, fill: `url(#${pattern(d.id, c.index)})` }) : '';
    const body = el('rect', { width: 22, height: 16, style: SERIES_FILL, 'fill-opacity': c.opacity }) + hatch + el('rect', { x: 0.5, y: 0.5, width: 21, height: 15, fill: 'none', stroke: COLOUR.ink });
    return el('svg', { width: 22, height: 16, viewBox: '0 0 22 16', 'aria-hidden': 'true' }, body);
  };
  const items = m.classes.map((c) => `${swatch(c)} ${escapeHtml(c.label)}`);
  if (m.hasEmpty) items.push(`${el('svg', { width: 22, height: 16, viewBox: '0 0 22 16', 'aria-hidden': 'true' }, el('rect', { width: 22, height: 16, fill: `url(#${d.id}-leeg)`, stroke: COLOUR.ink }))} geen cijfer`);
  items.push('Het nummer in elke wijk staat in de tabel hieronder.');
  if (d.credit) items.push(escapeHtml(d.credit));
  return legendList(items, 'chart__legend map__legend');
}

/** The numbers of the map as a table: the map's wijk number, name (a link to the wijk) and value. */
function mapTable(m: MapModel, d: MapDrawing): string {
  const head = '<thead><tr><th scope="col">Nr.</th><th scope="col">Wijk</th>' + el('th', { scope: 'col', class: 'num' }, escapeHtml(d.valueHeader)) + '</tr></thead>';
  const rows = m.areas.map((a) => {
    const name = d.linkAreas ? el('a', { href: `/wijken/${a.key}/` }, escapeHtml(a.name)) : escapeHtml(a.name);
    return el('tr', {}, el('td', {}, escapeHtml(a.label)) + el('th', { scope: 'row' }, name) + el('td', { class: 'num' }, escapeHtml(a.valueLabel)));
  });
  const table = el('table', { class: 'data map__table', 'data-pagefind-ignore': '' }, el('caption', {}, escapeHtml(d.caption)) + head + el('tbody', {}, rows.join('')));
  return el('div', { class: 'table-wrap' }, table);
}

/** A small map of all wijken with one filled and numbered, the others outlined; nothing if the wijk is not on it. */
export function locatorMapSvg(m: MapModel, highlight: string, label: string): string {
  const area = m.areas.find((a) => a.key === highlight);
  if (!area) return '';
  const others = m.areas.filter((a) => a.key !== highlight).map((a) => el('path', { d: a.path, fill: COLOUR.paper, stroke: COLOUR.outline, 'stroke-width': 0.75 }));
  const marks = others.join('') + el('path', { d: area.path, style: SERIES_FILL, stroke: COLOUR.ink, 'stroke-width': 1.5 }) + areaNumber(area, m.labelRadius);
  return el('svg', { class: 'chart chart--map chart--locator', viewBox: `0 0 ${m.width} ${m.height}`, role: 'img', 'aria-label': label }, el('g', { 'aria-hidden': 'true' }, marks));
}
