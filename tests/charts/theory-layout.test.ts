import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { bandLabelBox, layoutTheory, type DiagramModel, type DiagramNode } from '../../src/lib/charts/theory-layout.ts';
import { assignLanes } from '../../src/lib/charts/theory-routing.ts';
import { verandertheorieSchema, type Verandertheorie } from '../../src/schemas/index.ts';
import { CONDITIONS, LAYERS } from '../../src/lib/theory.ts';

const read = (file: string): Verandertheorie => verandertheorieSchema.parse(JSON.parse(readFileSync(file, 'utf8')));
const big = read('tests/fixtures/site/verandertheorie/werk-en-inkomen.json');
const small = read('tests/fixtures/site/verandertheorie/gezond-thuis.json');
const real = readdirSync('content/verandertheorie').filter((f) => f.endsWith('.json')).map((f) => [`content ${f}`, read(`content/verandertheorie/${f}`)] as const);

/** Seeded random numbers (mulberry32), so a failing random graph can be reproduced from its seed. */
function random(seed: number) {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
const KINDS = [...LAYERS, ...CONDITIONS];
const WORDS = ['inwoners', 'krijgen', 'sneller', 'passende', 'hulp', 'bij', 'schulden', 'en', 'werk', 'mantelzorgers', 'ontlast', 'wijkteam', 'samenwerking', 'gezondheid'];
/** A random verandertheorie: any kinds, any links (also upwards, within a band and between conditions). */
function randomTheory(seed: number): Verandertheorie {
  const rnd = random(seed);
  const pick = <T,>(xs: readonly T[]) => xs[Math.floor(rnd() * xs.length)]!;
  const n = 2 + Math.floor(rnd() * 30);
  const knopen = Array.from({ length: n }, (_, i) => ({
    id: `k${i}`, soort: pick(KINDS), titel: Array.from({ length: 1 + Math.floor(rnd() * 14) }, () => pick(WORDS)).join(' '), indicatoren: [], bronnen: [],
  }));
  const pairs = new Set<string>();
  const verbanden = [];
  for (let j = 0; j < n * (0.5 + rnd() * 1.5); j++) {
    const [van, naar] = [pick(knopen).id, pick(knopen).id];
    if (van === naar || pairs.has(`${van}>${naar}`)) continue;
    pairs.add(`${van}>${naar}`);
    verbanden.push({ van, naar, want: 'voorbeelddata', aannames: Array.from({ length: Math.floor(rnd() * 3) }, (_, k) => ({ id: `a${j}-${k}` })), bronnen: [] });
  }
  return { status: 'concept', toelichting: 'voorbeelddata', knopen, verbanden, bronnen: [] } as unknown as Verandertheorie;
}

/** The corners of an arrow path, parsed independently of the layout code: "M x,y L x,y …" only. */
function corners(d: string): [number, number][] {
  expect(d).toMatch(/^M-?[\d.]+,-?[\d.]+(L-?[\d.]+,-?[\d.]+)+$/);
  return d.slice(1).split('L').map((p) => p.split(',').map(Number) as [number, number]);
}
/** Points every half unit along a polyline. */
function sample(pts: [number, number][]): [number, number][] {
  const out: [number, number][] = [];
  for (let i = 1; i < pts.length; i++) {
    const [[x0, y0], [x1, y1]] = [pts[i - 1]!, pts[i]!];
    const steps = Math.max(1, Math.ceil(Math.hypot(x1 - x0, y1 - y0) * 2));
    for (let s = 0; s <= steps; s++) out.push([x0 + ((x1 - x0) * s) / steps, y0 + ((y1 - y0) * s) / steps]);
  }
  return out;
}
const inside = (n: DiagramNode, [x, y]: [number, number], margin = 0.5) => x > n.x + margin && x < n.x + n.width - margin && y > n.y + margin && y < n.y + n.height - margin;
const overlap = (a: DiagramNode, b: DiagramNode) => a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

/**
 * Band labels stand on a plate in the gap above their band (arrows pass behind it): never on a box, an arrow head or
 * an assumption circle, and inside the drawing at the widths the site uses.
 */
function checkLabels(m: DiagramModel, sitewidth: boolean) {
  for (const b of m.bands) {
    const box = bandLabelBox(b);
    if (sitewidth) expect(box.x >= 0 && box.x + box.width <= m.width, `label ${b.label} inside the drawing`).toBe(true);
    for (const n of m.nodes) expect(overlap(box as DiagramNode, n), `label ${b.label} on the box ${n.id}`).toBe(false);
    for (const e of m.edges) {
      // The head: the last 7 units of the arrow.
      const [[xa, ya], [xb, yb]] = [corners(e.path).at(-2)!, corners(e.path).at(-1)!];
      const len = Math.hypot(xb - xa, yb - ya);
      const head = sample([[xb - ((xb - xa) * Math.min(7, len)) / len, yb - ((yb - ya) * Math.min(7, len)) / len], [xb, yb]]);
      const hit = head.find(([x, y]) => x > box.x && x < box.x + box.width && y > box.y && y < box.y + box.height);
      if (hit) expect.fail(`the head of ${e.from}→${e.to} is behind the label ${b.label}`);
      if (e.marker) {
        const dx = Math.max(box.x - e.marker.x, 0, e.marker.x - box.x - box.width);
        const dy = Math.max(box.y - e.marker.y, 0, e.marker.y - box.y - box.height);
        expect(Math.hypot(dx, dy), `assumption circle of ${e.from}→${e.to} on the label ${b.label}`).toBeGreaterThanOrEqual(9);
      }
    }
  }
}

/** Every property that makes the diagram readable, for one layout. */
function checkLayout(vt: Verandertheorie, m: DiagramModel, width: number) {
  checkLabels(m, width >= 600);
  const pos = new Map(m.nodes.map((n) => [n.id, n]));
  expect(m.nodes.map((n) => n.id).sort()).toEqual(vt.knopen.map((k) => k.id).sort());
  expect(m.width).toBe(width);
  for (let i = 0; i < m.nodes.length; i++) {
    const n = m.nodes[i]!;
    expect(n.x >= 0 && n.x + n.width <= width && n.y >= 0 && n.y + n.height <= m.height, `${n.id} inside the drawing`).toBe(true);
    for (let j = i + 1; j < m.nodes.length; j++) expect(overlap(n, m.nodes[j]!), `${n.id} / ${m.nodes[j]!.id} overlap`).toBe(false);
  }
  expect(m.edges).toHaveLength(vt.verbanden.length);
  const segments: { edge: number; a: [number, number]; b: [number, number] }[] = [];
  m.edges.forEach((e, i) => {
    const from = pos.get(e.from)!;
    const to = pos.get(e.to)!;
    const pts = corners(e.path);
    // Starts on the top or bottom side of its source, ends 3 units above or below its target.
    const [[x0, y0], [x1, y1]] = [pts[0]!, pts.at(-1)!];
    expect(x0 > from.x && x0 < from.x + from.width && [from.y, from.y + from.height].some((y) => Math.abs(y - y0) < 0.11), `${e.from}→${e.to} starts on its source`).toBe(true);
    expect(x1 > to.x && x1 < to.x + to.width && [to.y - 3, to.y + to.height + 3].some((y) => Math.abs(y - y1) < 0.11), `${e.from}→${e.to} ends at its target`).toBe(true);
    // The heart of it: no point of the arrow lies inside any box, its own two included.
    const problems: string[] = [];
    for (const p of sample(pts)) {
      if (!(p[0] >= 0 && p[0] <= width && p[1] >= 0 && p[1] <= m.height)) problems.push(`${e.from}→${e.to} leaves the drawing`);
      const hit = m.nodes.find((n) => inside(n, p));
      if (hit) problems.push(`${e.from}→${e.to} runs through the box ${hit.id} at ${p.map((v) => v.toFixed(1))}`);
    }
    if (problems.length) expect.fail(problems.slice(0, 3).join('; '));
    for (let s = 1; s < pts.length; s++) {
      const [a, b] = [pts[s - 1]!, pts[s]!];
      expect(a[0] === b[0] || a[1] === b[1], `${e.from}→${e.to}: segments run horizontally or vertically`).toBe(true);
      segments.push({ edge: i, a, b });
    }
    if (e.marker) for (const n of m.nodes) {
      const dx = Math.max(n.x - e.marker.x, 0, e.marker.x - n.x - n.width);
      const dy = Math.max(n.y - e.marker.y, 0, e.marker.y - n.y - n.height);
      expect(Math.hypot(dx, dy), `assumption circle of ${e.from}→${e.to} on ${n.id}`).toBeGreaterThanOrEqual(9);
    }
  });
  // No two assumption circles (radius 9) on top of each other.
  const markers = m.edges.filter((e) => e.marker);
  for (let i = 0; i < markers.length; i++) for (let j = i + 1; j < markers.length; j++) {
    const [a, b] = [markers[i]!.marker!, markers[j]!.marker!];
    expect(Math.hypot(a.x - b.x, a.y - b.y), `assumption circles of ${markers[i]!.from}→${markers[i]!.to} and ${markers[j]!.from}→${markers[j]!.to}`).toBeGreaterThanOrEqual(19);
  }
  // No two arrows run on top of each other: collinear segments of different arrows share at most a point.
  for (let i = 0; i < segments.length; i++) for (let j = i + 1; j < segments.length; j++) {
    const [s, t] = [segments[i]!, segments[j]!];
    if (s.edge === t.edge) continue;
    for (const axis of [0, 1] as const) {
      const other = 1 - axis;
      if (s.a[other] !== s.b[other] || t.a[other] !== t.b[other] || Math.abs(s.a[other]! - t.a[other]!) > 0.5) continue;
      const lo = Math.max(Math.min(s.a[axis], s.b[axis]), Math.min(t.a[axis], t.b[axis]));
      const hi = Math.min(Math.max(s.a[axis], s.b[axis]), Math.max(t.a[axis], t.b[axis]));
      if (hi - lo > 1) expect.fail(`${m.edges[s.edge]!.from}→${m.edges[s.edge]!.to} runs on top of ${m.edges[t.edge]!.from}→${m.edges[t.edge]!.to}`);
    }
  }
}

const WIDTHS: { columns: number; width: number }[] = [
  { columns: 4, width: 960 },
  { columns: 2, width: 340 },
  { columns: 3, width: 640 },
  { columns: 1, width: 300 },
];

describe('layoutTheory: no arrow crosses or hides behind a box', () => {
  for (const [name, vt] of [['fixture werk-en-inkomen', big], ['fixture gezond-thuis', small], ...real] as const)
    for (const opts of WIDTHS) it(`${name}, ${opts.columns} columns`, () => checkLayout(vt, layoutTheory(vt, opts), opts.width));

  it('60 random graphs at four widths', { timeout: 120_000 }, () => {
    for (let seed = 1; seed <= 60; seed++) {
      const vt = randomTheory(seed);
      for (const opts of WIDTHS) checkLayout(vt, layoutTheory(vt, opts), opts.width);
    }
  });

  it('the check itself fails on an arrow straight through a box', () => {
    const m = layoutTheory(big, WIDTHS[0]!);
    const [a, b] = [m.nodes[0]!, m.nodes.at(-1)!];
    const bad = structuredClone(m);
    bad.edges[0] = { ...bad.edges[0]!, from: a.id, to: b.id, path: `M${a.x + 5},${a.y + a.height}L${a.x + 5},${b.y - 3}L${b.x + 5},${b.y - 3}` };
    expect(() => checkLayout(big, bad, 960)).toThrow(/runs through the box/);
  });

  it('the check itself fails on two arrows on top of each other', () => {
    const m = layoutTheory(big, WIDTHS[0]!);
    const bad = structuredClone(m);
    bad.edges[1] = { ...bad.edges[1]!, from: bad.edges[0]!.from, to: bad.edges[0]!.to, path: bad.edges[0]!.path };
    expect(() => checkLayout(big, bad, 960)).toThrow(/runs on top of/);
  });
});

describe('layoutTheory: the boxes', () => {
  for (const opts of WIDTHS) {
    const m = layoutTheory(big, opts);
    it(`${opts.columns} columns: text fits, bands in order, boxes on a shared grid`, () => {
      for (const n of m.nodes) {
        expect(n.lines.length).toBeGreaterThan(0);
        expect(n.lines.length).toBeLessThanOrEqual(4);
        expect(n.height).toBeGreaterThanOrEqual(n.lines.length * m.lineHeight + 14);
        for (const line of n.lines) expect(line.length * 7.4).toBeLessThanOrEqual(n.width - 16 + 7.4);
        if (!n.truncated) expect(n.lines.join(' ')).toBe(n.titel.split(/\s+/).join(' '));
      }
      const order = [...LAYERS, 'conditions'];
      const band = (soort: string) => ((CONDITIONS as readonly string[]).includes(soort) ? 'conditions' : soort);
      const ranks = [...m.nodes].sort((a, b) => a.y - b.y || a.x - b.x).map((n) => order.indexOf(band(n.soort)));
      expect(ranks).toEqual([...ranks].sort((a, b) => a - b));
      expect(m.bands[0]!.label).toBe('Activiteiten');
      expect(m.bands.at(-1)!.label).toBe('Randvoorwaarden en externe factoren');
      // All rows share the same column positions, so the gaps between columns are free from top to bottom.
      expect(new Set(m.nodes.map((n) => n.x)).size).toBeLessThanOrEqual(opts.columns);
      const perRow = new Map<number, number>();
      for (const n of m.nodes) perRow.set(n.y, (perRow.get(n.y) ?? 0) + 1);
      expect(Math.max(...perRow.values())).toBe(opts.columns);
    });
  }

  it('marks links with assumptions and links from conditions', () => {
    const m = layoutTheory(big, WIDTHS[0]!);
    for (const [i, e] of m.edges.entries()) {
      const link = big.verbanden[i]!;
      expect(e.assumptions).toBe(link.aannames.length);
      expect(e.marker !== undefined).toBe(link.aannames.length > 0);
      const from = big.knopen.find((k) => k.id === link.van)!;
      expect(e.fromCondition).toBe((CONDITIONS as readonly string[]).includes(from.soort));
    }
  });
});

describe('assignLanes', () => {
  it('gives overlapping stretches their own lanes and lets separate ones share', () => {
    const lanes = assignLanes([{ lo: 0, hi: 10, ends: [] }, { lo: 5, hi: 20, ends: [] }, { lo: 30, hi: 40, ends: [] }]);
    expect(lanes[0]).not.toBe(lanes[1]);
    expect(lanes[2]).toBe(0);
  });

  it('orders lanes so that turns do not cut through other stretches', () => {
    // Two arrows coming down into a gap and leaving it downwards further right, staggered: with the one that
    // starts further right in the upper lane, neither crosses the other.
    const a = { lo: 0, hi: 50, ends: [{ at: 0, side: -1 as const }, { at: 50, side: 1 as const }] };
    const b = { lo: 20, hi: 80, ends: [{ at: 20, side: -1 as const }, { at: 80, side: 1 as const }] };
    expect(assignLanes([a, b])).toEqual([1, 0]);
    expect(assignLanes([b, a])).toEqual([0, 1]);
  });
});
