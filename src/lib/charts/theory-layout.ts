import { linkVertical } from 'd3';
import type { Verandertheorie } from '../../schemas/index.ts';
import { CONDITIONS, LAYERS } from '../theory.ts';
import { r1 } from './common.ts';

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
export interface DiagramEdge { from: string; to: string; path: string; assumptions: number; marker?: { x: number; y: number }; fromCondition: boolean }
export interface DiagramBand { label: string; y: number }
export interface DiagramModel { width: number; height: number; fontSize: number; lineHeight: number; nodes: DiagramNode[]; edges: DiagramEdge[]; bands: DiagramBand[] }

const BAND_LABEL: Record<string, string> = {
  activiteit: 'Activiteiten', output: 'Output', 'resultaat-kort': 'Resultaten op korte termijn', 'resultaat-lang': 'Resultaten op lange termijn',
  ambitie: 'Ambitie', conditions: 'Randvoorwaarden en externe factoren',
};

/** A link with vertical tangents at both ends (d3's linkVertical), rounded to one decimal. */
const verticalLink = linkVertical<{ source: [number, number]; target: [number, number] }, [number, number]>().digits(1);

/** Greedy word wrap by an average character width; long words are cut. */
export function wrap(text: string, maxChars: number, maxLines: number): { lines: string[]; truncated: boolean } {
  const lines: string[] = [];
  let current = '';
  for (const word of text.split(/\s+/)) {
    const candidate = current ? `${current} ${word}` : word;
    if (candidate.length <= maxChars) current = candidate;
    else {
      if (current) lines.push(current);
      current = word.length > maxChars ? word.slice(0, maxChars - 1) + '…' : word;
    }
  }
  if (current) lines.push(current);
  if (lines.length <= maxLines) return { lines, truncated: false };
  const kept = lines.slice(0, maxLines);
  kept[maxLines - 1] = kept[maxLines - 1]!.replace(/\s*\S*$/, '') + ' …';
  return { lines: kept, truncated: true };
}

export interface LayoutOptions {
  /** Boxes per row within a band: 1 for narrow screens, 4 for wide. */
  columns: number;
  width: number;
  /** Font size in SVG units (default 13); larger for the narrow layout, which is scaled down on phones. */
  fontSize?: number;
}

/**
 * A layered layout, top to bottom: activities → output → results → ambition, then conditions.
 * Within a band, nodes are ordered by the mean position of their neighbours (barycentre sweeps),
 * which removes most crossings. With one column, links run as arcs in a gutter on the right,
 * so they never cover a box.
 */
export function layoutTheory(vt: Verandertheorie, opts: LayoutOptions): DiagramModel {
  const { columns, width, fontSize = 13 } = opts;
  const lineHeight = Math.round(fontSize * 1.23);
  const gutter = columns === 1 ? 56 : 0;
  const pad = 8;
  const gap = 16;
  const boxWidth = (width - gutter - pad * 2 - gap * (columns - 1)) / columns;
  const maxChars = Math.max(12, Math.floor((boxWidth - 16) / (fontSize * 0.57)));
  const bandsDef = [...LAYERS.map((l) => ({ key: l, kinds: [l] as string[] })), { key: 'conditions', kinds: [...CONDITIONS] as string[] }];
  const bands = bandsDef.map((b) => vt.knopen.filter((k) => b.kinds.includes(k.soort)).map((k) => k.id)).map((ids, i) => ({ ...bandsDef[i]!, ids }));
  const neighbours = new Map<string, string[]>();
  for (const e of vt.verbanden) {
    neighbours.set(e.van, [...(neighbours.get(e.van) ?? []), e.naar]);
    neighbours.set(e.naar, [...(neighbours.get(e.naar) ?? []), e.van]);
  }
  // Barycentre ordering: two sweeps down and up over the bands.
  const order = new Map<string, number>();
  bands.forEach((b) => b.ids.forEach((id, i) => order.set(id, i / Math.max(1, b.ids.length - 1))));
  for (let sweep = 0; sweep < 4; sweep++) {
    const seq = sweep % 2 === 0 ? bands : [...bands].reverse();
    for (const b of seq) {
      const score = (id: string) => {
        const ns = (neighbours.get(id) ?? []).map((n) => order.get(n)!).filter((v) => v !== undefined);
        return ns.length ? ns.reduce((a, c) => a + c, 0) / ns.length : order.get(id)!;
      };
      const scored = b.ids.map((id, i) => ({ id, s: score(id), i }));
      scored.sort((a, c) => a.s - c.s || a.i - c.i);
      b.ids = scored.map((x) => x.id);
      b.ids.forEach((id, i) => order.set(id, i / Math.max(1, b.ids.length - 1)));
    }
  }
  const byId = new Map(vt.knopen.map((k) => [k.id, k]));
  const nodes: DiagramNode[] = [];
  const outBands: DiagramBand[] = [];
  let y = pad;
  for (const b of bands) {
    if (!b.ids.length) continue;
    outBands.push({ label: BAND_LABEL[b.key]!, y: r1(y + 14) });
    y += 26;
    for (let row = 0; row * columns < b.ids.length; row++) {
      const rowIds = b.ids.slice(row * columns, row * columns + columns);
      const wrapped = rowIds.map((id) => wrap(byId.get(id)!.titel, maxChars, 4));
      const height = Math.max(...wrapped.map((w) => w.lines.length)) * lineHeight + 14;
      // Centre a short last row.
      const offset = ((columns - rowIds.length) * (boxWidth + gap)) / 2;
      rowIds.forEach((id, i) => {
        const k = byId.get(id)!;
        nodes.push({ id, soort: k.soort, titel: k.titel, lines: wrapped[i]!.lines, truncated: wrapped[i]!.truncated, x: r1(pad + offset + i * (boxWidth + gap)), y: r1(y), width: r1(boxWidth), height });
      });
      y += height + (columns === 1 ? 10 : 28);
    }
    y += 10;
  }
  const pos = new Map(nodes.map((n) => [n.id, n]));
  const conditionIds = new Set(bands.find((b) => b.key === 'conditions')!.ids);
  const edges = vt.verbanden.map((e, i): DiagramEdge => {
    const a = pos.get(e.van)!;
    const b = pos.get(e.naar)!;
    let path: string;
    let marker: { x: number; y: number } | undefined;
    if (columns === 1) {
      // Arc in the right gutter; nested by distance so arcs do not coincide.
      const x0 = a.x + a.width;
      const [y0, y1] = [a.y + a.height / 2, b.y + b.height / 2];
      const reach = Math.min(gutter - 6, 10 + (Math.abs(y1 - y0) / 40) * 4 + (i % 3) * 3);
      path = `M${r1(x0)},${r1(y0)}C${r1(x0 + reach)},${r1(y0)} ${r1(x0 + reach)},${r1(y1)} ${r1(x0 + 4)},${r1(y1)}`;
      marker = { x: r1(x0 + reach * 0.75), y: r1((y0 + y1) / 2) };
    } else {
      const down = b.y > a.y;
      const [x0, y0] = [a.x + a.width / 2, down ? a.y + a.height : a.y];
      const [x1, y1] = [b.x + b.width / 2, down ? b.y - 4 : b.y + b.height + 4];
      path = verticalLink({ source: [x0, y0], target: [x1, y1] }) ?? '';
      marker = { x: r1((x0 + x1) / 2), y: r1((y0 + y1) / 2) };
    }
    return { from: e.van, to: e.naar, path, assumptions: e.aannames.length, marker: e.aannames.length ? marker : undefined, fromCondition: conditionIds.has(e.van) };
  });
  return { width, height: r1(y + pad), fontSize, lineHeight, nodes, edges, bands: outBands };
}
