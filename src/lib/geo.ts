/**
 * Reprojecting boundaries to longitude/latitude, the input of d3-geo. The Dutch RD grid (EPSG:28992) is
 * converted by proj4 with the 7-parameter datum shift that EPSG publishes, accurate to about a metre.
 */
import proj4 from 'proj4';

export type Position = [number, number];
export type Rings = Position[][];
/** A Polygon or MultiPolygon, as in GeoJSON. */
export type AreaGeometry = { type: 'Polygon'; coordinates: Rings } | { type: 'MultiPolygon'; coordinates: Rings[] };

const RD = '+proj=sterea +lat_0=52.15616055555555 +lon_0=5.38763888888889 +k=0.9999079 +x_0=155000 +y_0=463000 '
  + '+ellps=bessel +towgs84=565.417,50.3319,465.552,-0.398957,0.343988,-1.8774,4.0725 +units=m +no_defs';
const DEFINITIONS: Record<string, string> = { 'EPSG:28992': RD, 'EPSG:4326': '+proj=longlat +datum=WGS84 +no_defs' };

/** The converter from a coordinate system to longitude/latitude (WGS84). */
export function toLonLat(crs: string): (p: Position) => Position {
  const from = DEFINITIONS[crs];
  if (!from) throw new Error(`unknown coordinate system ${crs}`);
  if (crs === 'EPSG:4326') return (p) => p;
  const convert = proj4(from, DEFINITIONS['EPSG:4326']!);
  return (p) => convert.forward(p) as Position;
}

/** Every ring of a geometry, whatever its type. */
export const polygonsOf = (g: AreaGeometry): Rings[] => (g.type === 'Polygon' ? [g.coordinates] : g.coordinates);

/** The geometry with every point reprojected. */
export function reproject(g: AreaGeometry, convert: (p: Position) => Position): AreaGeometry {
  const polygons = polygonsOf(g).map((rings) => rings.map((ring) => ring.map(convert)));
  return g.type === 'Polygon' ? { type: 'Polygon', coordinates: polygons[0]! } : { type: 'MultiPolygon', coordinates: polygons };
}
