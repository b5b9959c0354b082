import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { layoutTheory, type DiagramModel, type DiagramNode } from '../../src/lib/charts/theory-layout.ts';
import { verandertheorieSchema, type Verandertheorie } from '../../src/schemas/index.ts';
import { CONDITIONS, LAYERS } from '../../src/lib/theory.ts';

const big: Verandertheorie = verandertheorieSchema.parse(JSON.parse(readFileSync('tests/fixtures/site/verandertheorie/werk-en-inkomen.json', 'utf8')));
const small: Verandertheorie = verandertheorieSchema.parse(JSON.parse(readFileSync('tests/fixtures/site/verandertheorie/gezond-thuis.json', 'utf8')));

const layouts: [string, Verandertheorie, { columns: number; width: number }][] = [
  ['large theory, wide', big, { columns: 4, width: 960 }],
  ['large theory, narrow', big, { columns: 1, width: 360 }],
  ['small theory, wide', small, { columns: 4, width: 960 }],
  ['small theory, narrow', small, { columns: 1, width: 360 }],
];

const overlap = (a: DiagramNode, b: DiagramNode) => a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
/** All x,y pairs in an SVG path (M, C commands with absolute coordinates). */
const coords = (d: string) => [...d.matchAll(/(-?[\d.]+),(-?[\d.]+)/g)].map((m) => [Number(m[1]), Number(m[2])] as [number, number]);

function crossings(m: DiagramModel): number {
  // Count crossing pairs of straight segments between node centres of adjacent bands (a proxy for tangles).
  const pos = new Map(m.nodes.map((n) => [n.id, n]));
  const segs = m.edges.map((e) => [pos.get(e.from)!, pos.get(e.to)!] as const).filter(([a, b]) => a.y !== b.y);
  let count = 0;
  for (let i = 0; i < segs.length; i++) for (let j = i + 1; j < segs.length; j++) {
    const [a1, a2] = segs[i]!; const [b1, b2] = segs[j]!;
    if (a1.y === b1.y && a2.y === b2.y && (a1.x - b1.x) * (a2.x - b2.x) < 0) count++;
  }
  return count;
}

describe('layoutTheory', () => {
  it('the large fixture really is large and tangled', () => {
    expect(big.knopen.length).toBeGreaterThanOrEqual(40);
    expect(big.verbanden.length).toBeGreaterThan(big.knopen.length);
    expect(crossings(layoutTheory(big, { columns: 4, width: 960 }))).toBeGreaterThan(0);
  });

  for (const [name, vt, opts] of layouts) {
    describe(name, () => {
      const m = layoutTheory(vt, opts);

      it('places every node exactly once', () => {
        expect(m.nodes.map((n) => n.id).sort()).toEqual(vt.knopen.map((k) => k.id).sort());
      });

      it('no two boxes overlap', () => {
        for (let i = 0; i < m.nodes.length; i++)
          for (let j = i + 1; j < m.nodes.length; j++) expect(overlap(m.nodes[i]!, m.nodes[j]!), `${m.nodes[i]!.id} / ${m.nodes[j]!.id}`).toBe(false);
      });

      it('every box lies inside the width and the height', () => {
        for (const n of m.nodes) {
          expect(n.x).toBeGreaterThanOrEqual(0);
          expect(n.x + n.width).toBeLessThanOrEqual(opts.width);
          expect(n.y).toBeGreaterThanOrEqual(0);
          expect(n.y + n.height).toBeLessThanOrEqual(m.height);
        }
        expect(m.width).toBe(opts.width);
      });

      it('the text fits its box', () => {
        for (const n of m.nodes) {
          expect(n.lines.length).toBeGreaterThan(0);
          expect(n.lines.length).toBeLessThanOrEqual(4);
          expect(n.height).toBeGreaterThanOrEqual(n.lines.length * 16 + 14);
          for (const line of n.lines) expect(line.length * 7.4).toBeLessThanOrEqual(n.width - 16 + 7.4);
          if (!n.truncated) expect(n.lines.join(' ')).toBe(n.titel.split(/\s+/).join(' '));
        }
      });

      it('bands run from activities to ambition, conditions last', () => {
        const order = [...LAYERS, 'conditions'];
        const band = (soort: string) => ((CONDITIONS as readonly string[]).includes(soort) ? 'conditions' : soort);
        const sorted = [...m.nodes].sort((a, b) => a.y - b.y || a.x - b.x);
        const ranks = sorted.map((n) => order.indexOf(band(n.soort)));
        expect(ranks).toEqual([...ranks].sort((a, b) => a - b));
        expect(m.bands.map((b) => b.label)[0]).toBe('Activiteiten');
        expect(m.bands.at(-1)!.label).toBe('Randvoorwaarden en externe factoren');
      });

      it('every edge path starts and ends at its nodes', () => {
        const pos = new Map(m.nodes.map((n) => [n.id, n]));
        expect(m.edges).toHaveLength(vt.verbanden.length);
        for (const e of m.edges) {
          const a = pos.get(e.from)!;
          const b = pos.get(e.to)!;
          const pts = coords(e.path);
          const [x0, y0] = pts[0]!;
          const [x1, y1] = pts.at(-1)!;
          if (opts.columns === 1) {
            // Arcs leave the right side of the box at its middle and come back to the target's right side.
            expect(x0).toBeCloseTo(a.x + a.width, 0);
            expect(y0).toBeCloseTo(a.y + a.height / 2, 0);
            expect(x1).toBeCloseTo(b.x + b.width + 4, 0);
            expect(y1).toBeCloseTo(b.y + b.height / 2, 0);
          } else {
            expect(x0).toBeCloseTo(a.x + a.width / 2, 0);
            expect([a.y, a.y + a.height].some((y) => Math.abs(y - y0) < 0.11)).toBe(true);
            expect(x1).toBeCloseTo(b.x + b.width / 2, 0);
            // The arrow head ends 4px outside the target box, above or below it.
            expect([b.y - 4, b.y + b.height + 4].some((y) => Math.abs(y - y1) < 0.11)).toBe(true);
          }
          for (const [x, y] of pts) {
            expect(x).toBeGreaterThanOrEqual(0);
            expect(x).toBeLessThanOrEqual(opts.width);
            expect(y).toBeGreaterThanOrEqual(0);
            expect(y).toBeLessThanOrEqual(m.height);
          }
        }
      });

      it('marks links with assumptions and links from conditions', () => {
        for (const [i, e] of m.edges.entries()) {
          const link = vt.verbanden[i]!;
          expect(e.assumptions).toBe(link.aannames.length);
          expect(e.marker !== undefined).toBe(link.aannames.length > 0);
          const from = vt.knopen.find((k) => k.id === link.van)!;
          expect(e.fromCondition).toBe((CONDITIONS as readonly string[]).includes(from.soort));
        }
      });
    });
  }

  it('narrow: one box per row, the gutter on the right kept free for arcs', () => {
    const m = layoutTheory(big, { columns: 1, width: 360 });
    expect(new Set(m.nodes.map((n) => n.x)).size).toBe(1);
    for (const n of m.nodes) expect(n.x + n.width).toBeLessThanOrEqual(360 - 56);
  });

  it('wide: at most four boxes per row', () => {
    const m = layoutTheory(big, { columns: 4, width: 960 });
    const perRow = new Map<number, number>();
    for (const n of m.nodes) perRow.set(n.y, (perRow.get(n.y) ?? 0) + 1);
    expect(Math.max(...perRow.values())).toBe(4);
    expect(m.height).toBeLessThan(layoutTheory(big, { columns: 1, width: 360 }).height);
  });

  it('is deterministic', () => {
    expect(layoutTheory(big, { columns: 4, width: 960 })).toEqual(layoutTheory(big, { columns: 4, width: 960 }));
  });

  it('barycentre ordering reduces crossings compared with file order', () => {
    const m = layoutTheory(big, { columns: 4, width: 960 });
    // Same boxes, but each band's rows in file order.
    const fileOrder = structuredClone(m);
    const index = new Map(big.knopen.map((k, i) => [k.id, i]));
    const bandNodes = new Map<string, DiagramNode[]>();
    for (const n of fileOrder.nodes) {
      const band = (CONDITIONS as readonly string[]).includes(n.soort) ? 'c' : n.soort;
      bandNodes.set(band, [...(bandNodes.get(band) ?? []), n]);
    }
    for (const nodes of bandNodes.values()) {
      const slots = nodes.map((n) => ({ x: n.x, y: n.y })).sort((a, b) => a.y - b.y || a.x - b.x);
      [...nodes].sort((a, b) => index.get(a.id)! - index.get(b.id)!).forEach((n, i) => Object.assign(n, slots[i]));
    }
    expect(crossings(m)).toBeLessThan(crossings(fileOrder));
  });
});
