import { describe, expect, it } from 'vitest';
import { classLimits, mapChartModel, mapValues, type MapShape } from '../../src/lib/charts/map.ts';
import { reproject, toLonLat, type AreaGeometry } from '../../src/lib/geo.ts';
import { formatAmount, formatValue, type ValueLike } from '../../src/lib/format.ts';

const v = (waarde: number | null, extra: Partial<ValueLike> = {}): ValueLike => ({ waarde, status: 'definitief', kwalificatie: 'exact', ...extra });

/** A square of `size` metres in RD with its lower left corner at x, y, counter-clockwise as GeoJSON writes it. */
const square = (x: number, y: number, size = 1000): AreaGeometry => ({
  type: 'Polygon',
  coordinates: [[[x, y], [x + size, y], [x + size, y + size], [x, y + size], [x, y]]],
});
const rd = toLonLat('EPSG:28992');
/** Three wijken in a row, west to east, and one to the north of the middle one (voorbeelddata). */
const shapes: MapShape[] = [
  { key: 'west', name: 'West', label: '1', geometry: reproject(square(115000, 495000), rd) },
  { key: 'midden', name: 'Midden', label: '2', geometry: reproject(square(116000, 495000), rd) },
  { key: 'oost', name: 'Oost', label: '3', geometry: reproject(square(117000, 495000), rd) },
  { key: 'noord', name: 'Noord', label: '4', geometry: reproject(square(116000, 496000), rd) },
];
const model = (values: [string, ValueLike][], extra: { width?: number } = {}) =>
  mapChartModel({ shapes, values: new Map(values), format: (x) => formatValue(x, 'aantal'), formatTick: (n) => formatAmount(n, 'aantal'), ...extra });

describe('reprojection from RD', () => {
  it('puts the origin of the RD grid at Amersfoort', () => {
    const [lon, lat] = rd([155000, 463000]);
    expect(lon).toBeCloseTo(5.3872, 3);
    expect(lat).toBeCloseTo(52.1552, 3);
  });
  it('refuses a coordinate system it does not know', () => {
    expect(() => toLonLat('EPSG:3857')).toThrow();
  });
});

describe('classLimits', () => {
  it('gives round limits strictly inside the range', () => {
    const limits = classLimits([2985, 8665, 13795, 17145], 5);
    expect(limits.length).toBeGreaterThan(0);
    expect(limits.length).toBeLessThanOrEqual(4);
    for (const l of limits) {
      expect(l).toBeGreaterThan(2985);
      expect(l).toBeLessThanOrEqual(17145);
      expect(l % 1000).toBe(0);
    }
  });
  it('one value or none: one class', () => {
    expect(classLimits([5, 5])).toEqual([]);
    expect(classLimits([])).toEqual([]);
  });
});

describe('mapChartModel', () => {
  const m = model([['west', v(100)], ['midden', v(500)], ['oost', v(900)], ['noord', { waarde: null, status: 'onderdrukt' }]]);

  it('keeps west left of east and north above south (projection is not mirrored)', () => {
    const at = (key: string) => m.areas.find((a) => a.key === key)!;
    expect(at('west').anchorX).toBeLessThan(at('midden').anchorX);
    expect(at('midden').anchorX).toBeLessThan(at('oost').anchorX);
    expect(at('noord').anchorY).toBeLessThan(at('midden').anchorY);
  });

  it('fits the drawing inside the width, and the height follows the shape of the area', () => {
    expect(m.width).toBe(300);
    // Three squares wide, two high (Mercator stretches north-south a little at this latitude).
    expect(m.height).toBeGreaterThan(300 * 0.6);
    expect(m.height).toBeLessThan(300 * 0.75);
    for (const a of m.areas) {
      const numbers = a.path.match(/-?\d+(\.\d+)?/g)!.map(Number);
      for (const n of numbers) expect(n).toBeGreaterThanOrEqual(0);
      for (const n of numbers.filter((_, i) => i % 2 === 0)) expect(n).toBeLessThanOrEqual(m.width);
      expect(a.path).toMatch(/^M/);
      expect(a.path).toMatch(/Z$/);
    }
  });

  it('puts higher values in darker classes, and a suppressed value in none', () => {
    const klass = (key: string) => m.areas.find((a) => a.key === key)!.klass;
    expect(klass('west')).toBe(0);
    expect(klass('oost')).toBe(m.classes.length - 1);
    expect(klass('midden')!).toBeGreaterThan(klass('west')!);
    expect(klass('noord')).toBeNull();
    expect(m.hasEmpty).toBe(true);
    const opacities = m.classes.map((c) => c.opacity);
    expect(opacities).toEqual([...opacities].sort((a, b) => a - b));
    expect(new Set(m.classes.map((c) => c.hatch)).size).toBe(m.classes.length);
  });

  it('says each class in words, with nl-NL numbers', () => {
    const big = mapChartModel({ shapes, values: new Map([['west', v(2985)], ['midden', v(8665)], ['oost', v(17145)]]), format: (x) => formatValue(x, 'aantal'), formatTick: (n) => formatAmount(n, 'aantal') });
    expect(big.classes[0]!.label).toMatch(/^minder dan \d{1,2}\.000$/);
    expect(big.classes.at(-1)!.label).toMatch(/^\d{1,2}\.000 of meer$/);
    expect(big.classes.reduce((s, c) => s + c.count, 0)).toBe(3);
    expect(big.areas.find((a) => a.key === 'oost')!.valueLabel).toBe('17.145');
  });

  it('labels every wijk, inside the drawing, without overlapping labels', () => {
    const tiny = model([], { width: 120 });
    for (const mm of [m, tiny]) {
      for (const a of mm.areas) {
        expect(a.labelX).toBeGreaterThanOrEqual(mm.labelRadius);
        expect(a.labelX).toBeLessThanOrEqual(mm.width - mm.labelRadius);
        expect(a.labelY).toBeGreaterThanOrEqual(mm.labelRadius);
        expect(a.labelY).toBeLessThanOrEqual(mm.height - mm.labelRadius);
      }
      for (const a of mm.areas)
        for (const b of mm.areas)
          if (a !== b) expect(Math.hypot(a.labelX - b.labelX, a.labelY - b.labelY)).toBeGreaterThanOrEqual(2 * mm.labelRadius);
    }
  });

  it('an area without a value says so in its label', () => {
    const none = model([['west', v(1)]]);
    expect(none.areas.find((a) => a.key === 'oost')!.valueLabel).toBe('geen cijfer');
    expect(none.classes).toHaveLength(1);
  });

  it('draws the same whichever way the rings run', () => {
    const reversed = shapes.map((s) => ({ ...s, geometry: { type: 'Polygon', coordinates: (s.geometry.coordinates as number[][][]).map((r) => [...r].reverse()) } as AreaGeometry }));
    const a = mapChartModel({ shapes, values: new Map(), format: String, formatTick: String });
    const b = mapChartModel({ shapes: reversed, values: new Map(), format: String, formatTick: String });
    expect(b.height).toBe(a.height);
    expect(b.areas.map((x) => [x.anchorX, x.anchorY])).toEqual(a.areas.map((x) => [x.anchorX, x.anchorY]));
  });
});

describe('mapValues', () => {
  const table = {
    periods: ['2023', '2024'],
    columns: [{ gebied: 'west' }, { gebied: 'oost' }, { gebied: 'elders' }],
    cells: [[v(1), v(2), v(3)], [{ waarde: null, status: 'ontbreekt' } as ValueLike, undefined, v(9)]],
  };
  it('takes the last period with a value for a wijk on the map', () => {
    const got = mapValues(table, shapes)!;
    expect(got.periode).toBe('2023');
    expect([...got.values.keys()]).toEqual(['west', 'oost']);
  });
  it('nothing to map: undefined', () => {
    expect(mapValues({ periods: ['2024'], columns: [{ gebied: 'elders' }], cells: [[v(1)]] }, shapes)).toBeUndefined();
  });
});
