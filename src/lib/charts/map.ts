/**
 * The wijk map (choropleth): boundaries in longitude/latitude in, SVG paths, value classes and label
 * positions out. d3-geo fits a Mercator projection to the area; the value classes have round limits
 * (5.000, 10.000 …), so the legend reads like a sentence. Every class differs by lightness and by a
 * hatching pattern, and every wijk carries its number: the map never relies on colour alone.
 */
import { geoArea, geoMercator, geoPath, ticks } from 'd3';
import type { AreaGeometry, Position, Rings } from '../geo.ts';
import { polygonsOf } from '../geo.ts';
import type { ValueLike } from '../format.ts';
import { r1 } from './common.ts';

export interface MapShape {
  /** Area id (site.json gebied). */
  key: string;
  /** Full name, for the list beside the map. */
  name: string;
  /** Short label drawn in the area: the wijk number ("11"). */
  label: string;
  /** Boundary in longitude/latitude. */
  geometry: AreaGeometry;
}

export interface MapInput {
  shapes: MapShape[];
  /** Value per area id; an area without a value is drawn as "geen cijfer". */
  values: Map<string, ValueLike>;
  format: (v: ValueLike) => string;
  formatTick: (n: number) => string;
  /** Width of the SVG in user units; the height follows from the shape of the area. */
  width?: number;
  /** Largest number of value classes (default 5). */
  maxClasses?: number;
}

export interface MapClass {
  index: number;
  /** "minder dan 5.000", "5.000 tot 10.000", "15.000 of meer". */
  label: string;
  /** Lightness of the fill (opacity of the theme colour) and the spacing of its hatching (0 = none). */
  opacity: number;
  hatch: number;
  /** Hatching lines light on a dark fill, dark on a light one. */
  hatchLight: boolean;
  count: number;
}

export interface MapArea {
  key: string;
  name: string;
  label: string;
  path: string;
  /** Where the label sits, and the centre of the area (differs when labels were pushed apart). */
  labelX: number;
  labelY: number;
  anchorX: number;
  anchorY: number;
  /** Value class, or null without a value. */
  klass: number | null;
  empty?: 'onderdrukt' | 'ontbreekt';
  valueLabel: string;
}

export interface MapModel {
  width: number;
  height: number;
  areas: MapArea[];
  classes: MapClass[];
  /** Whether some area has no value (the legend then explains the empty pattern). */
  hasEmpty: boolean;
  /** Radius of a label circle. */
  labelRadius: number;
}

const PAD = 6;
/** Spacing of the hatching per class: none for the lowest, denser for higher ones. */
const HATCH = [0, 8, 6, 4.5, 3.5, 2.5];
export const LABEL_RADIUS = 11;
/** Points closer than this (in user units) to the previous one are dropped: invisible, but bytes on every page. */
const MIN_STEP = 0.6;

const numeric = (v: ValueLike | undefined) =>
  !v || v.status === 'onderdrukt' || v.status === 'ontbreekt' ? null : v.waarde ?? (v.ondergrens !== undefined && v.bovengrens !== undefined ? (v.ondergrens + v.bovengrens) / 2 : null);

/** d3-geo reads rings on the sphere: an exterior ring must run clockwise, else it means "all the world but this". */
function rewound(g: AreaGeometry): AreaGeometry {
  const polygons = polygonsOf(g).map((rings) => {
    const area = geoArea({ type: 'Polygon', coordinates: rings });
    return area > 2 * Math.PI ? rings.map((ring) => [...ring].reverse()) : rings;
  });
  return g.type === 'Polygon' ? { type: 'Polygon', coordinates: polygons[0]! } : { type: 'MultiPolygon', coordinates: polygons };
}

/** Drops points that fall within MIN_STEP of the last kept one; a ring keeps its first and last point. */
function thin(ring: Position[]): Position[] {
  const out: Position[] = [ring[0]!];
  for (let i = 1; i < ring.length - 1; i++) {
    const [x, y] = ring[i]!;
    const [px, py] = out[out.length - 1]!;
    if (Math.hypot(x - px, y - py) >= MIN_STEP) out.push(ring[i]!);
  }
  out.push(ring[ring.length - 1]!);
  return out;
}

/** Round class limits: the interior ticks between the smallest and the largest value. */
export function classLimits(values: number[], maxClasses = 5): number[] {
  if (values.length === 0) return [];
  const lo = Math.min(...values);
  const hi = Math.max(...values);
  if (lo === hi) return [];
  for (let n = maxClasses - 1; n >= 1; n--) {
    const limits = ticks(lo, hi, n).filter((t) => t > lo && t <= hi);
    if (limits.length <= maxClasses - 1) return limits;
  }
  return [];
}

/** Pushes overlapping label circles apart, a few rounds, inside the drawing. Deterministic. */
function spread(points: { x: number; y: number }[], radius: number, width: number, height: number) {
  const min = 2 * radius + 2;
  for (let round = 0; round < 60; round++) {
    let moved = false;
    for (let i = 0; i < points.length; i++)
      for (let j = i + 1; j < points.length; j++) {
        const a = points[i]!;
        const b = points[j]!;
        let dx = b.x - a.x;
        let dy = b.y - a.y;
        let d = Math.hypot(dx, dy);
        if (d >= min) continue;
        if (d === 0) [dx, dy, d] = [0, 1, 1];
        const push = (min - d) / 2 + 0.01;
        a.x -= (dx / d) * push;
        a.y -= (dy / d) * push;
        b.x += (dx / d) * push;
        b.y += (dy / d) * push;
        moved = true;
      }
    for (const p of points) {
      p.x = Math.min(width - radius - 1, Math.max(radius + 1, p.x));
      p.y = Math.min(height - radius - 1, Math.max(radius + 1, p.y));
    }
    if (!moved) break;
  }
}

export function mapChartModel(input: MapInput): MapModel {
  const width = input.width ?? 300;
  const lonLat = input.shapes.map((s) => ({ type: 'Feature' as const, properties: {}, geometry: rewound(s.geometry) }));
  const collection = { type: 'FeatureCollection' as const, features: lonLat };
  const projection = geoMercator().fitWidth(width - 2 * PAD, collection);
  const [[, y0], [, y1]] = geoPath(projection).bounds(collection);
  const height = Math.ceil(y1 - y0 + 2 * PAD);
  projection.fitExtent([[PAD, PAD], [width - PAD, height - PAD]], collection);

  // Project once, thin in screen space, then draw planar: d3's planar path rounds to one decimal.
  const toScreen = (rings: Rings): Rings => rings.map((ring) => thin(ring.map((p) => projection(p)!.map(r1) as Position)));
  const planar = geoPath().digits(1);

  const values = input.shapes.map((s) => numeric(input.values.get(s.key)));
  const limits = classLimits(values.filter((v): v is number => v !== null), input.maxClasses);
  const n = limits.length + 1;
  const classOf = (v: number) => limits.filter((l) => v >= l).length;
  const classes: MapClass[] = Array.from({ length: n }, (_, i) => {
    const opacity = n === 1 ? 0.6 : r1(0.15 + (0.85 * i) / (n - 1));
    const label = n === 1 ? 'alle wijken'
      : i === 0 ? `minder dan ${input.formatTick(limits[0]!)}`
        : i === n - 1 ? `${input.formatTick(limits[n - 2]!)} of meer`
          : `${input.formatTick(limits[i - 1]!)} tot ${input.formatTick(limits[i]!)}`;
    return { index: i, label, opacity, hatch: HATCH[Math.min(i, HATCH.length - 1)]!, hatchLight: opacity >= 0.6, count: values.filter((v) => v !== null && classOf(v) === i).length };
  });

  const areas: MapArea[] = input.shapes.map((shape, i) => {
    const screen = polygonsOf(lonLat[i]!.geometry).map(toScreen);
    const geometry = { type: 'MultiPolygon' as const, coordinates: screen };
    // The label goes to the centre of the largest part (a wijk may have islands).
    const largest = screen.reduce((best, rings) => (planar.area({ type: 'Polygon', coordinates: rings }) > planar.area({ type: 'Polygon', coordinates: best }) ? rings : best));
    const [cx, cy] = planar.centroid({ type: 'Polygon', coordinates: largest });
    const v = input.values.get(shape.key);
    const value = values[i]!;
    return {
      key: shape.key,
      name: shape.name,
      label: shape.label,
      path: planar(geometry) ?? '',
      labelX: cx,
      labelY: cy,
      anchorX: r1(cx),
      anchorY: r1(cy),
      klass: value === null ? null : classOf(value),
      empty: v?.status === 'onderdrukt' ? 'onderdrukt' : value === null ? 'ontbreekt' : undefined,
      valueLabel: v ? input.format(v) : 'geen cijfer',
    };
  });
  const points = areas.map((a) => ({ x: a.labelX, y: a.labelY }));
  spread(points, LABEL_RADIUS, width, height);
  areas.forEach((a, i) => {
    a.labelX = r1(points[i]!.x);
    a.labelY = r1(points[i]!.y);
  });
  return { width, height, areas, classes, hasEmpty: areas.some((a) => a.klass === null), labelRadius: LABEL_RADIUS };
}

/**
 * The values a map of this table shows: the last period with a value for some wijk on the map.
 * Undefined when no wijk on the map has a value (then another chart fits better).
 */
export function mapValues(table: { periods: string[]; columns: { gebied: string; categorie?: string }[]; cells: (ValueLike | undefined)[][] }, shapes: MapShape[]): { periode: string; values: Map<string, ValueLike> } | undefined {
  const onMap = new Set(shapes.map((s) => s.key));
  for (let r = table.periods.length - 1; r >= 0; r--) {
    const values = new Map<string, ValueLike>();
    table.columns.forEach((c, j) => {
      const v = table.cells[r]![j];
      if (v && onMap.has(c.gebied) && !c.categorie) values.set(c.gebied, v);
    });
    if ([...values.values()].some((v) => numeric(v) !== null)) return { periode: table.periods[r]!, values };
  }
  return undefined;
}
