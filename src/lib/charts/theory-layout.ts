import { wrap } from './wrap.ts';
import type { Verandertheorie } from '../../schemas/index.ts';
import { CONDITIONS, LAYERS } from '../theory.ts';
import { r1 } from './common.ts';
import { assignLanes, routeEdges, type Point } from './theory-routing.ts';

export interface DiagramNode {
  id: string;
  soort: string;
  titel: string;
  lines: string[];
  truncated: boolean;
  x: number;
  y: number;
  width: number;
  height: number;
}
export interface DiagramEdge { from: string; to: string; path: string; points: Point[]; assumptions: number; marker?: { x: number; y: number }; fromCondition: boolean }
/** A band's name, at the left of the gap above the band: x and baseline y. */
export interface DiagramBand { label: string; x: number; y: number }
export interface DiagramModel { width: number; height: number; fontSize: number; lineHeight: number; nodes: DiagramNode[]; edges: DiagramEdge[]; bands: DiagramBand[] }

const BAND_LABEL: Record<string, string> = {
  activiteit: 'Activiteiten', output: 'Output', 'resultaat-kort': 'Resultaten op korte termijn', 'resultaat-lang': 'Resultaten op lange termijn',
  ambitie: 'Ambitie', conditions: 'Randvoorwaarden en externe factoren',
};

export interface LayoutOptions {
  /** Boxes per row within a band: 2 for phones, 4 for wide screens. */
  columns: number;
  /** Width in SVG units; the diagram is shown at this width in CSS pixels, so text keeps its size. */
  width: number;
  /** Font size in SVG units (default 13). */
  fontSize?: number;
}

const PAD = 8;
/** Distance between parallel arrows running through the same gap. */
const LANE = 6;
/**
 * Room for the band label at the top of the gap above a band, and its baseline there. Arrows run up or down through
 * that room; the label stands on a plate of the page colour (bandLabelBox) that interrupts them, below the arrow
 * heads that end 3 units under the boxes above (heads are 7 units long) and above the first lane.
 */
const LABEL = 32;
const LABEL_BASELINE = 26;
/** The band labels' type (site.css: 14px bold): an upper bound of a character's width. */
const LABEL_CHAR = 8.6;
/** The plate behind a band label: its text with a little room around it. */
export const bandLabelBox = (b: DiagramBand) => ({ x: b.x - 3, y: b.y - 14, width: r1(b.label.length * LABEL_CHAR + 6), height: 19 });
/** Free room between a box and the nearest lane; keeps the assumption circles (radius 9) off the boxes. */
const EDGE_PAD = 11;

/** Node order within each band: barycentre sweeps (mean position of the neighbours), which removes most crossings. */
function orderBands(vt: Verandertheorie) {
  const defs = [...LAYERS.map((l) => ({ key: l as string, kinds: [l] as string[] })), { key: 'conditions', kinds: [...CONDITIONS] as string[] }];
  const bands = defs.map((b) => ({ ...b, ids: vt.knopen.filter((k) => b.kinds.includes(k.soort)).map((k) => k.id) }));
  const neighbours = new Map<string, string[]>();
  for (const e of vt.verbanden) {
    neighbours.set(e.van, [...(neighbours.get(e.van) ?? []), e.naar]);
    neighbours.set(e.naar, [...(neighbours.get(e.naar) ?? []), e.van]);
  }
  const order = new Map<string, number>();
  const place = (ids: string[]) => ids.forEach((id, i) => order.set(id, i / Math.max(1, ids.length - 1)));
  bands.forEach((b) => place(b.ids));
  for (let sweep = 0; sweep < 4; sweep++) {
    for (const b of sweep % 2 === 0 ? bands : [...bands].reverse()) {
      const score = (id: string) => {
        const ns = (neighbours.get(id) ?? []).map((n) => order.get(n)).filter((v) => v !== undefined);
        return ns.length ? ns.reduce((a, c) => a + c, 0) / ns.length : order.get(id)!;
      };
      b.ids = b.ids.map((id, i) => ({ id, s: score(id), i })).sort((a, c) => a.s - c.s || a.i - c.i).map((x) => x.id);
      place(b.ids);
    }
  }
  return bands.filter((b) => b.ids.length > 0);
}

/**
 * A layered layout, top to bottom: activities → output → results → ambition, then conditions.
 * Boxes sit on a grid of columns that all rows share, so the gaps between the columns run from top to bottom
 * without a box in the way. Arrows run orthogonally: from a box into the gap below (or above) it, along that
 * gap to a column gap, along the column gap to the gap next to the target, and into the target. Each arrow
 * has its own lane in every gap it uses, so no arrow crosses a box or runs on top of another arrow.
 */
export function layoutTheory(vt: Verandertheorie, opts: LayoutOptions): DiagramModel {
  const { columns, width, fontSize = 13 } = opts;
  const grid = gridOf(orderBands(vt), columns);
  const links = vt.verbanden.filter((e) => grid.cells.has(e.van) && grid.cells.has(e.naar));
  // Which gaps each arrow uses does not depend on sizes; the lanes of the column gaps set their widths.
  const routes = routeEdges(links.map((e) => ({ from: grid.cells.get(e.van)!, to: grid.cells.get(e.naar)! })), columns);
  const across = columnsOf(routes, columns, width);
  const portX = portsOf(routes, across);
  const laneOf = corridorLanesOf(routes, grid.rows.length, portX, across);
  const down = rowsOf(vt, grid, across, laneOf.corridorLanes, fontSize);
  const edges = spreadMarkers(edgesOf(vt, links, routes, down, across, portX, laneOf.laneOf), down.nodes, down.bands);
  return { width, height: r1(down.height + PAD), fontSize, lineHeight: down.lineHeight, nodes: down.nodes, edges, bands: down.bands };
}

/** Radius of an assumption circle, and the room it keeps from boxes, band labels and other circles. */
const MARKER = 9;
const distanceToBox = (p: { x: number; y: number }, b: { x: number; y: number; width: number; height: number }) =>
  Math.hypot(Math.max(b.x - p.x, 0, p.x - b.x - b.width), Math.max(b.y - p.y, 0, p.y - b.y - b.height));

/**
 * Two arrows that leave the same box side by side would put their assumption circles on top of each other: a circle
 * that would touch one placed before it moves along its own arrow's horizontal stretches, to the nearest free place.
 */
function spreadMarkers(edges: DiagramEdge[], nodes: DiagramNode[], bands: DiagramBand[]): DiagramEdge[] {
  const placed: { x: number; y: number }[] = [];
  const plates = bands.map(bandLabelBox);
  const free = (p: { x: number; y: number }) =>
    placed.every((q) => Math.hypot(p.x - q.x, p.y - q.y) >= MARKER * 2 + 1) && nodes.every((n) => distanceToBox(p, n) >= MARKER) && plates.every((b) => distanceToBox(p, b) >= MARKER);
  return edges.map((e) => {
    if (!e.marker) return e;
    const start = e.marker;
    let marker = start;
    if (!free(start)) {
      const options: { x: number; y: number }[] = [];
      for (let i = 1; i < e.points.length; i++) {
        const [[x0, y0], [x1, y1]] = [e.points[i - 1]!, e.points[i]!];
        if (y0 !== y1) continue;
        for (let x = Math.min(x0, x1) + MARKER; x <= Math.max(x0, x1) - MARKER; x += 1) options.push({ x: r1(x), y: y0 });
      }
      marker = options.filter(free).sort((a, b) => Math.hypot(a.x - start.x, a.y - start.y) - Math.hypot(b.x - start.x, b.y - start.y))[0] ?? start;
    }
    placed.push(marker);
    return marker === start ? e : { ...e, marker };
  });
}

type Routes = ReturnType<typeof routeEdges>;
type Grid = ReturnType<typeof gridOf>;
type Across = ReturnType<typeof columnsOf>;
type Down = ReturnType<typeof rowsOf>;

/** Grid cells: row and column of every node. A short row is centred on whole columns so the column gaps stay free. */
function gridOf(bands: ReturnType<typeof orderBands>, columns: number) {
  const cells = new Map<string, { row: number; col: number }>();
  const rows: string[][] = [];
  const firstRowOfBand = new Map<number, string>();
  for (const b of bands) {
    firstRowOfBand.set(rows.length, BAND_LABEL[b.key]!);
    for (let i = 0; i < b.ids.length; i += columns) {
      const rowIds = b.ids.slice(i, i + columns);
      const offset = Math.floor((columns - rowIds.length) / 2);
      rowIds.forEach((id, j) => cells.set(id, { row: rows.length, col: offset + j }));
      rows.push(rowIds);
    }
  }
  return { cells, rows, firstRowOfBand };
}

/** Widths across: the column gaps get a lane width each, but together at most a quarter of the width. */
function columnsOf(routes: Routes, columns: number, width: number) {
  const channelLanes = Array.from({ length: columns + 1 }, () => 0);
  for (const r of routes) if (r.channel) channelLanes[r.channel.index] = Math.max(channelLanes[r.channel.index]!, r.channel.lane + 1);
  // Lanes run closer when the gaps would take more than their share.
  const wanted = channelLanes.map((n, k) => Math.max(k === 0 || k === columns ? 6 : 20, (n + 1) * LANE));
  const budget = (width - PAD * 2) / 4;
  const squeeze = Math.min(1, budget / wanted.reduce((a, c) => a + c, 0));
  const channelWidth = wanted.map((w) => w * squeeze);
  const boxWidth = (width - PAD * 2 - channelWidth.reduce((a, c) => a + c, 0)) / columns;
  const channelStart = channelWidth.map((_, k) => PAD + channelWidth.slice(0, k).reduce((a, c) => a + c, 0) + k * boxWidth);
  const colX = (c: number) => channelStart[c]! + channelWidth[c]!;
  const laneX = (k: number, lane: number) => channelStart[k]! + ((lane + 1) * channelWidth[k]!) / (channelLanes[k]! + 1);
  return { boxWidth, colX, laneX };
}

/** Ports: every arrow end gets its own x on the box side, ordered by where the arrow goes, per gap and column. */
function portsOf(routes: Routes, { colX, boxWidth }: Across) {
  const ends = new Map<string, { key: number; route: number; end: 'from' | 'to' }[]>();
  routes.forEach((r, i) => {
    for (const end of ['from', 'to'] as const) {
      const cell = r[end];
      const corridor = end === 'from' ? r.exitCorridor : r.entryCorridor;
      const other = r.channel ? r.channel.index : (end === 'from' ? r.to.col : r.from.col) + 0.5;
      const k = `${corridor}:${cell.col}`;
      ends.set(k, [...(ends.get(k) ?? []), { key: other, route: i, end }]);
    }
  });
  const portFraction = new Map<string, number>();
  for (const list of ends.values()) {
    list.sort((a, b) => a.key - b.key || a.route - b.route || (a.end === 'from' ? -1 : 1));
    list.forEach((p, i) => portFraction.set(`${p.route}:${p.end}`, (i + 1) / (list.length + 1)));
  }
  return (i: number, end: 'from' | 'to') => colX(routes[i]![end].col) + boxWidth * portFraction.get(`${i}:${end}`)!;

}

/**
 * Horizontal segments per gap between rows, each with its own lane where they overlap. Each stretch notes where
 * the arrow turns off it, up or down, so the lanes can be ordered to cut few of those.
 */
function corridorLanesOf(routes: Routes, rowCount: number, portX: (i: number, end: 'from' | 'to') => number, { laneX }: Across) {
  type Stretch = { corridor: number; x0: number; x1: number; s0: -1 | 1; s1: -1 | 1; route: number; part: 'exit' | 'entry' };
  const horizontal: Stretch[] = [];
  const towards = (row: number, corridor: number): -1 | 1 => (row < corridor ? -1 : 1);
  routes.forEach((r, i) => {
    const [xs, xt] = [portX(i, 'from'), portX(i, 'to')];
    const [ec, nc] = [r.exitCorridor, r.entryCorridor];
    if (!r.channel) horizontal.push({ corridor: ec, x0: xs, x1: xt, s0: towards(r.from.row, ec), s1: towards(r.to.row, ec), route: i, part: 'exit' });
    else {
      const xc = laneX(r.channel.index, r.channel.lane);
      const down = nc > ec;
      horizontal.push({ corridor: ec, x0: xs, x1: xc, s0: towards(r.from.row, ec), s1: down ? 1 : -1, route: i, part: 'exit' });
      horizontal.push({ corridor: nc, x0: xc, x1: xt, s0: down ? -1 : 1, s1: towards(r.to.row, nc), route: i, part: 'entry' });
    }
  });
  const corridorLanes = Array.from({ length: rowCount + 1 }, () => 0);
  const laneOf = new Map<string, number>();
  for (let c = 0; c <= rowCount; c++) {
    const segs = horizontal.filter((h) => h.corridor === c);
    const lanes = assignLanes(segs.map((h) => ({ lo: Math.min(h.x0, h.x1), hi: Math.max(h.x0, h.x1), ends: [{ at: h.x0, side: h.s0 }, { at: h.x1, side: h.s1 }] })), 6);
    segs.forEach((h, i) => laneOf.set(`${h.route}:${h.part}`, lanes[i]!));
    corridorLanes[c] = lanes.length ? Math.max(...lanes) + 1 : 0;
  }

  return { corridorLanes, laneOf };
}

/** Vertical positions: gaps sized by their lanes, rows by their wrapped text. */
function rowsOf(vt: Verandertheorie, { rows, cells, firstRowOfBand }: Grid, { boxWidth, colX }: Across, corridorLanes: number[], fontSize: number) {
  const lineHeight = Math.round(fontSize * 1.23);
  const byId = new Map(vt.knopen.map((k) => [k.id, k]));
  const maxChars = Math.max(12, Math.floor((boxWidth - 16) / (fontSize * 0.57)));
  const nodes: DiagramNode[] = [];
  const outBands: DiagramBand[] = [];
  const corridorTop: number[] = [];
  const corridorHeight = (c: number) => (firstRowOfBand.has(c) ? LABEL : 0) + Math.max(c === 0 || c === rows.length ? 8 : 26, EDGE_PAD * 2 + Math.max(0, corridorLanes[c]! - 1) * LANE);
  let y = PAD;
  rows.forEach((rowIds, r) => {
    corridorTop.push(y);
    if (firstRowOfBand.has(r)) outBands.push({ label: firstRowOfBand.get(r)!, x: PAD, y: r1(y + LABEL_BASELINE) });
    y += corridorHeight(r);
    const wrapped = rowIds.map((id) => wrap(byId.get(id)!.titel, maxChars, 4));
    const height = Math.max(...wrapped.map((w) => w.lines.length)) * lineHeight + 14;
    rowIds.forEach((id, i) => {
      const k = byId.get(id)!;
      nodes.push({ id, soort: k.soort, titel: k.titel, lines: wrapped[i]!.lines, truncated: wrapped[i]!.truncated, x: r1(colX(cells.get(id)!.col)), y: r1(y), width: r1(boxWidth), height });
    });
    y += height;
  });
  corridorTop.push(y);
  y += corridorHeight(rows.length);
  const laneY = (c: number, lane: number) => {
    const top = corridorTop[c]! + (firstRowOfBand.has(c) ? LABEL : 0);
    const bottom = corridorTop[c]! + corridorHeight(c);
    const n = corridorLanes[c]!;
    return n <= 1 ? (top + bottom) / 2 : top + EDGE_PAD + (lane * (bottom - top - EDGE_PAD * 2)) / (n - 1);
  };

  return { nodes, bands: outBands, height: y, lineHeight, laneY };
}

/** The arrows: from a port, along the gaps in their lanes, to a port 3 units short of the target. */
function edgesOf(vt: Verandertheorie, links: Verandertheorie['verbanden'], routes: Routes, { nodes, laneY }: Down, { laneX }: Across, portX: (i: number, end: 'from' | 'to') => number, laneOf: Map<string, number>): DiagramEdge[] {
  const pos = new Map(nodes.map((n) => [n.id, n]));
  const conditionIds = new Set(vt.knopen.filter((k) => (CONDITIONS as readonly string[]).includes(k.soort)).map((k) => k.id));
  return links.map((e, i): DiagramEdge => {
    const r = routes[i]!;
    const a = pos.get(e.van)!;
    const b = pos.get(e.naar)!;
    // Leave from the side that faces the exit gap; the arrow head stops 3 units short of the target side.
    const y0 = r.exitCorridor > r.from.row ? a.y + a.height : a.y;
    const y1 = r.entryCorridor > r.to.row ? b.y + b.height + 3 : b.y - 3;
    const [xs, xt] = [portX(i, 'from'), portX(i, 'to')];
    const ye = laneY(r.exitCorridor, laneOf.get(`${i}:exit`)!);
    const points: Point[] = [[xs, y0], [xs, ye]];
    if (r.channel) {
      const xc = laneX(r.channel.index, r.channel.lane);
      const yn = laneY(r.entryCorridor, laneOf.get(`${i}:entry`)!);
      points.push([xc, ye], [xc, yn], [xt, yn]);
    } else points.push([xt, ye]);
    points.push([xt, y1]);
    const rounded = dedupe(points.map(([px, py]) => [r1(px), r1(py)] as Point));
    // The assumption count sits in the middle of the arrow's first stretch along a gap between rows.
    const marker = { x: r1((xs + (r.channel ? laneX(r.channel.index, r.channel.lane) : xt)) / 2), y: r1(ye) };
    return {
      from: e.van, to: e.naar, points: rounded, path: 'M' + rounded.map(([px, py]) => `${px},${py}`).join('L'),
      assumptions: e.aannames.length, marker: e.aannames.length ? marker : undefined, fromCondition: conditionIds.has(e.van),
    };
  });
}

/** Drop repeated points, so a straight arrow is one segment. */
function dedupe(points: Point[]): Point[] {
  return points.filter((p, i) => i === 0 || p[0] !== points[i - 1]![0] || p[1] !== points[i - 1]![1]);
}
