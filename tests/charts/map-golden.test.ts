/**
 * SVG golden of the wijk map, in its own folder so it does not touch the other chart goldens.
 * After a deliberate change: UPDATE_GOLDEN=1 npx vitest run tests/charts/map-golden.test.ts (not in CI), check, commit.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { mapChartModel, type MapShape } from '../../src/lib/charts/map.ts';
import { locatorMapSvg, mapChartHtml } from '../../src/lib/charts/map-svg.ts';
import { formatAmount, formatValue, type ValueLike } from '../../src/lib/format.ts';
import { reproject, toLonLat, type AreaGeometry } from '../../src/lib/geo.ts';

const FILE = join(import.meta.dirname, 'golden', 'kaart', 'map.svg.html');
const UPDATE = process.env.UPDATE_GOLDEN === '1' && !process.env.CI;
const pretty = (html: string) => html.replace(/></g, '>\n<').trim() + '\n';

const rd = toLonLat('EPSG:28992');
const square = (x: number, y: number, size = 1000): AreaGeometry => ({ type: 'Polygon', coordinates: [[[x, y], [x + size, y], [x + size, y + size], [x, y + size], [x, y]]] });
// Voorbeelddata: four made-up wijken.
const shapes: MapShape[] = [
  { key: 'west', name: 'West', label: '11', geometry: reproject(square(115000, 495000), rd) },
  { key: 'midden', name: 'Midden', label: '12', geometry: reproject(square(116000, 495000), rd) },
  { key: 'oost', name: 'Oost', label: '21', geometry: reproject(square(117000, 495000), rd) },
  { key: 'noord', name: 'Noord', label: '31', geometry: reproject(square(116000, 496000, 500), rd) },
];
const v = (waarde: number): ValueLike => ({ waarde, status: 'definitief', kwalificatie: 'exact' });

describe('map golden', () => {
  it('map: classes with hatching, a suppressed wijk, numbers, legend and table', async () => {
    const model = mapChartModel({
      shapes,
      values: new Map<string, ValueLike>([['west', v(2985)], ['midden', v(8665)], ['oost', v(17145)], ['noord', { waarde: null, status: 'onderdrukt' }]]),
      format: (x) => formatValue(x, 'aantal'),
      formatTick: (n) => formatAmount(n, 'aantal'),
    });
    const html = mapChartHtml(model, { id: 'kaart', label: 'Inwoners per wijk', caption: 'Inwoners per wijk, 2024', valueHeader: 'inwoners', credit: 'Wijkgrenzen: voorbeelddata.' });
    expect(html).toContain('role="img"');
    expect(html).toContain('<title id="kaart-t">Inwoners per wijk</title>');
    // Never colour alone: a pattern per class above the lowest, a number in every wijk, and the table.
    expect(html.match(/<pattern id="kaart-klasse-/g)).toHaveLength(model.classes.length - 1);
    for (const s of shapes) expect(html).toContain(`>${s.label}</text>`);
    expect(html).toContain('<th scope="row">Oost</th><td class="num">17.145</td>');
    expect(html).toContain('geen cijfer');
    expect(html).toContain('<li>Wijkgrenzen: voorbeelddata.</li>');
    expect(html, 'unrounded coordinate').not.toMatch(/="-?\d+\.\d{3,}"/);
    const actual = pretty(html);
    if (UPDATE) {
      mkdirSync(join(FILE, '..'), { recursive: true });
      writeFileSync(FILE, actual);
      return;
    }
    if (!existsSync(FILE)) throw new Error('Golden tests/charts/golden/kaart/map.svg.html is missing: render it with UPDATE_GOLDEN=1 npx vitest run tests/charts/map-golden.test.ts, check it, commit it.');
    expect(actual).toBe(readFileSync(FILE, 'utf8'));
  });

  it('locator map: the one wijk filled and numbered, the others outlined', async () => {
    const model = mapChartModel({ shapes, values: new Map(), format: () => '', formatTick: String });
    const html = locatorMapSvg(model, 'oost', 'Ligging van Oost');
    expect(html).toContain('role="img" aria-label="Ligging van Oost"');
    expect(html.match(/<path /g)).toHaveLength(shapes.length);
    expect(html.match(/fill:var\(--vt-series-1\)/g)).toHaveLength(1);
    expect(html).toContain('>21</text>');
    expect(html).not.toContain('>11</text>');
    const none = locatorMapSvg(model, 'elders', 'x');
    expect(none).not.toContain('<svg');
  });
});
