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
 * Lanes for intervals so that overlapping intervals never share one: greedy colouring in order of start,
 * which uses as few lanes as the largest set of mutually overlapping intervals.
 */
export function assignLanes(intervals: [number, number][]): number[] {
  const order = intervals.map((iv, i) => ({ iv, i })).sort((a, b) => a.iv[0] - b.iv[0] || a.iv[1] - b.iv[1] || a.i - b.i);
  const laneEnd: number[] = [];
  const lanes: number[] = new Array(intervals.length);
  for (const { iv, i } of order) {
    let lane = laneEnd.findIndex((end) => end < iv[0]);
    if (lane === -1) lane = laneEnd.length;
    laneEnd[lane] = iv[1];
    lanes[i] = lane;
  }
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
    const lanes = assignLanes(inChannel.map((r) => [Math.min(r.exitCorridor, r.entryCorridor), Math.max(r.exitCorridor, r.entryCorridor)]));
    inChannel.forEach((r, i) => (r.channel!.lane = lanes[i]!));
  }
  return routes;
}
