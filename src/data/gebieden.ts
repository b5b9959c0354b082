import { existsSync, readFileSync } from 'node:fs';
import type { MapShape } from '../lib/charts/map.ts';
import { reproject, toLonLat } from '../lib/geo.ts';
import { KAART_CRS, wijkkaartSchema } from '../schemas/index.ts';
import { contentPath } from '../lib/content-dir.ts';
import { site } from './site.ts';

/** The number a wijk carries on the map: the last two digits of its CBS code (WK047911 → "11"). */
export const wijkNumber = (cbsCode: string | undefined, index: number) => /^WK\d{6}$/i.test(cbsCode ?? '') ? cbsCode!.slice(-2) : String(index + 1);

function load(): MapShape[] | undefined {
  const file = contentPath('gebieden', 'wijken.geojson');
  if (!existsSync(file)) return undefined;
  // The content check has already reported any problem in Dutch.
  const kaart = wijkkaartSchema.parse(JSON.parse(readFileSync(file, 'utf8')));
  const convert = toLonLat(KAART_CRS[kaart.crs.properties.name]);
  const byCode = new Map(kaart.features.map((f) => [f.properties.code.toUpperCase(), f]));
  return site.gebieden.flatMap((g, i) => {
    const feature = g.niveau === 'wijk' && g.cbsCode ? byCode.get(g.cbsCode.toUpperCase()) : undefined;
    return feature ? [{ key: g.id, name: g.naam, label: wijkNumber(g.cbsCode, i), geometry: reproject(feature.geometry, convert) }] : [];
  });
}

let cached: MapShape[] | undefined | null = null;
/** The wijken of site.json with their boundaries in longitude/latitude; undefined without a wijk map. Read once per build. */
export const wijkShapes = (): MapShape[] | undefined => (cached === null ? (cached = load()) : cached);

/** Credit line for the boundaries, e.g. "Wijkgrenzen: CBS, Wijk- en Buurtkaart 2017." (their licence asks for it). */
export function wijkkaartCredit(): string | undefined {
  const file = contentPath('gebieden', 'wijken.geojson');
  if (!existsSync(file)) return undefined;
  const { bron, jaar } = JSON.parse(readFileSync(file, 'utf8')) as { bron: string; jaar: number };
  const bronnen = JSON.parse(readFileSync(contentPath('bronnen.json'), 'utf8')) as { id: string; title?: string; publisher?: string }[];
  const entry = bronnen.find((b) => b.id === bron);
  return entry?.title ? `Wijkgrenzen: ${entry.publisher ? `${entry.publisher}, ` : ''}${entry.title}${entry.title.includes(String(jaar)) ? '' : ` (${jaar})`}.` : `Wijkgrenzen van ${jaar}.`;
}
