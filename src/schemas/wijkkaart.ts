import { z } from 'zod';
import { slug, text } from './common.ts';

/** Coordinate systems the map can reproject: the Dutch RD grid and plain longitude/latitude. */
export const KAART_CRS = {
  'urn:ogc:def:crs:EPSG::28992': 'EPSG:28992',
  'urn:ogc:def:crs:OGC:1.3:CRS84': 'EPSG:4326',
} as const;

const position = z.tuple([z.number(), z.number()], { error: 'moet een punt [x, y] zijn: twee getallen' });
// A closed ring: at least three corners and the first point again.
const ring = z.array(position).min(4, { error: 'een rand heeft minstens vier punten (de eerste herhaald aan het eind)' });
const polygon = z.array(ring).min(1);

const geometry = z.discriminatedUnion('type', [
  z.strictObject({ type: z.literal('Polygon'), coordinates: polygon }),
  z.strictObject({ type: z.literal('MultiPolygon'), coordinates: z.array(polygon).min(1) }),
], { error: 'moet een Polygon of MultiPolygon zijn' });

/** One wijk: its CBS code (the link to site.json › gebieden) and its boundary. */
const feature = z.strictObject({
  type: z.literal('Feature'),
  properties: z.strictObject({
    /** CBS code of the wijk, e.g. "WK047911"; must match a gebied in site.json. */
    code: z.string().regex(/^(WK|BU)\d{6,8}$/, { error: 'moet een CBS-code zijn, bijvoorbeeld WK047911' }),
    /** Name in the source file; the site shows the name from site.json. */
    naam: text,
  }),
  geometry,
});

/**
 * `content/gebieden/wijken.geojson`: the boundaries of the wijken, as GeoJSON. The map is drawn from it at
 * build time; `bron` names the source in bronnen.json.
 */
export const wijkkaartSchema = z.strictObject({
  type: z.literal('FeatureCollection'),
  /** Coordinate system, in the GeoJSON 2008 form that GIS tools write. */
  crs: z.strictObject({
    type: z.literal('name'),
    properties: z.strictObject({
      name: z.enum(Object.keys(KAART_CRS) as [keyof typeof KAART_CRS, ...(keyof typeof KAART_CRS)[]], {
        error: 'onbekend coördinatenstelsel; gebruik urn:ogc:def:crs:EPSG::28992 (Rijksdriehoek) of urn:ogc:def:crs:OGC:1.3:CRS84 (lengte- en breedtegraad)',
      }),
    }),
  }),
  /** Id of the source in bronnen.json. */
  bron: slug,
  /** Year of the boundaries. */
  jaar: z.number().int().min(1900).max(2100),
  features: z.array(feature).min(1),
});
export type Wijkkaart = z.infer<typeof wijkkaartSchema>;
export type WijkkaartFeature = Wijkkaart['features'][number];
