/**
 * Which gaps an arrow of the verandertheorie diagram runs through, on a grid of rows and columns.
 * Corridor c is the horizontal gap above row c (corridor rows.length lies below the last row);
 * channel k is the vertical gap left of column k (channel `columns` lies right of the last column).
 * Pure and independent of sizes, so the lanes can size the gaps before anything is placed.
 */
export type Point = [number, number];
export interface Cell { row: number; col: number }
export interface Route {
  from: Cell;
  to: Cell;
  /** The gap between rows the arrow enters first, and the one it reaches its target from. */
  exitCorridor: number;
  entryCorridor: number;
  /** The column gap it runs along when source and target do not share a gap between rows. */
  channel?: { index: number; lane: number };
}

/**
 * A stretch of an arrow along a gap, from `lo` to `hi`, with the places where the arrow turns off it: `side` -1
 * toward the top (or left), +1 toward the bottom (or right).
 */
export interface Span { lo: number; hi: number; ends: { at: number; side: -1 | 1 }[] }

/** Crossings if `a` gets a lane nearer the top (left) than `b`: turns of one that cut through the other. */
function cost(a: Span, b: Span): number {
  const within = (s: Span, at: number) => at > s.lo && at < s.hi;
  return b.ends.filter((e) => e.side === -1 && within(a, e.at)).length + a.ends.filter((e) => e.side === 1 && within(b, e.at)).length;
}

/**
 * Lanes so that overlapping spans never share one, ordered to cut few turns: each span is inserted where it
 * adds the fewest crossings; then every span takes the lane after the highest overlapping span before it.
 * Lane 0 lies nearest the top (left). `gap` is the free room required between spans sharing a lane.
 */
export function assignLanes(spans: Span[], gap = 0): number[] {
  const overlaps = (a: Span, b: Span) => a.lo <= b.hi + gap && b.lo <= a.hi + gap;
  const start = spans.map((_, i) => i).sort((i, j) => spans[i]!.lo - spans[j]!.lo || spans[i]!.hi - spans[j]!.hi || i - j);
  const order: number[] = [];
  for (const i of start) {
    const s = spans[i]!;
    let best = 0;
    let bestCost = Infinity;
    for (let p = 0; p <= order.length; p++) {
      let c = 0;
      order.forEach((j, q) => {
        if (overlaps(s, spans[j]!)) c += q < p ? cost(spans[j]!, s) : cost(s, spans[j]!);
      });
      if (c < bestCost) [best, bestCost] = [p, c];
    }
    order.splice(best, 0, i);
  }
  const lanes: number[] = new Array(spans.length);
  order.forEach((i, q) => {
    const below = order.slice(0, q).filter((j) => overlaps(spans[i]!, spans[j]!)).map((j) => lanes[j]!);
    lanes[i] = below.length ? Math.max(...below) + 1 : 0;
  });
  return lanes;
}

export function routeEdges(links: { from: Cell; to: Cell }[], columns: number): Route[] {
  const routes: Route[] = links.map(({ from, to }) => {
    // Downwards: out of the bottom, into the top. Upwards (conditions): the reverse. Same row: bottom to bottom.
    const down = to.row >= from.row;
    return { from, to, exitCorridor: down ? from.row + 1 : from.row, entryCorridor: to.row > from.row ? to.row : to.row + 1 };
  });
  // Column gaps: the one nearest to both ends; among equals the least used, then the leftmost.
  const load = Array.from({ length: columns + 1 }, () => 0);
  const needsChannel = routes.filter((r) => r.exitCorridor !== r.entryCorridor);
  for (const r of needsChannel) {
    let best = 0;
    let bestCost = Infinity;
    for (let k = 0; k <= columns; k++) {
      const cost = Math.abs(k - (r.from.col + 0.5)) + Math.abs(k - (r.to.col + 0.5));
      if (cost < bestCost - 1e-9 || (Math.abs(cost - bestCost) < 1e-9 && load[k]! < load[best]!)) [best, bestCost] = [k, cost];
    }
    load[best]!++;
    r.channel = { index: best, lane: 0 };
  }
  // Lanes within each column gap, by the span of gaps between rows the arrow covers.
  for (let k = 0; k <= columns; k++) {
    const inChannel = needsChannel.filter((r) => r.channel!.index === k);
    const side = (col: number): -1 | 1 => (col < k ? -1 : 1);
    const lanes = assignLanes(inChannel.map((r) => ({
      lo: Math.min(r.exitCorridor, r.entryCorridor), hi: Math.max(r.exitCorridor, r.entryCorridor),
      ends: [{ at: r.exitCorridor, side: side(r.from.col) }, { at: r.entryCorridor, side: side(r.to.col) }],
    })));
    inChannel.forEach((r, i) => (r.channel!.lane = lanes[i]!));
  }
  return routes;
}
