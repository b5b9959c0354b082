/**
 * Reading old and new content for the semantic diff: fields are read defensively, because old versions in the
 * history may not fit today's schemas; entries and names are looked up in a snapshot.
 */
import type { Site } from '../../schemas/index.ts';
import { areaLabels } from '../areas.ts';
import type { Qualifier } from '../format.ts';
import type { Snapshot } from './types.ts';

// ---- Reading loose data -------------------------------------------------------------------------------

export type Obj = Record<string, unknown>;
export const obj = (v: unknown): Obj => (v !== null && typeof v === 'object' && !Array.isArray(v) ? (v as Obj) : {});
export const arr = (v: unknown): unknown[] => (Array.isArray(v) ? v : []);
export const str = (v: unknown): string | undefined => (typeof v === 'string' ? v : typeof v === 'number' ? String(v) : undefined);
export const num = (v: unknown): number | undefined => (typeof v === 'number' && Number.isFinite(v) ? v : undefined);
export const strings = (v: unknown): string[] => arr(v).map(str).filter((s): s is string => s !== undefined);
export const same = (a: unknown, b: unknown) => a === b || JSON.stringify(a) === JSON.stringify(b);

// ---- Snapshot lookups -------------------------------------------------------------------------------

export function entries(s: Snapshot, collection: string): [string, Obj][] {
  const prefix = `${collection}/`;
  return [...s].filter(([k]) => k.startsWith(prefix)).map(([k, v]) => [k.slice(prefix.length), obj(v)]);
}
export const entry = (s: Snapshot, collection: string, id: string): Obj | undefined => (s.has(`${collection}/${id}`) ? obj(s.get(`${collection}/${id}`)) : undefined);

/** Names as they read after the change, or before it for what was removed. */
export function namesFor(before: Snapshot, after: Snapshot) {
  const field = (collection: string, id: string, name: string) => str(entry(after, collection, id)?.[name]) ?? str(entry(before, collection, id)?.[name]);
  let areas: Map<string, string> | undefined;
  return {
    keten: (id: string) => field('ketens', id, 'naam') ?? id,
    publication: (id: string) => field('publicaties', id, 'titel') ?? id,
    area(id: string): string {
      if (!areas) {
        const site = obj(after.get('site') ?? before.get('site'));
        // areaLabels only reads the municipality and its areas from site.json.
        const siteLike = {
          gemeente: str(site.gemeente) ?? '',
          gemeenteId: str(site.gemeenteId) ?? '',
          gebieden: arr(site.gebieden).map(obj).map((g) => ({ id: str(g.id) ?? '', naam: str(g.naam) ?? '' })),
        } as unknown as Site;
        const gemeenten = entries(after, 'gemeenten').map(([gid, g]) => ({ id: gid, naam: str(g.naam) ?? gid }));
        const studies = entries(after, 'publicaties').map(([pid, p]) => ({ id: pid, titel: str(p.titel) ?? pid }));
        areas = areaLabels(siteLike, gemeenten, studies);
      }
      return areas.get(id) ?? id;
    },
  };
}
export type Names = ReturnType<typeof namesFor>;

/** Ketens whose verandertheorie names the indicator in one of its nodes. */
export function ketensUsing(s: Snapshot, indicator: string): string[] {
  return entries(s, 'verandertheorie')
    .filter(([, vt]) => arr(vt.knopen).some((k) => strings(obj(k).indicatoren).includes(indicator)))
    .map(([id]) => id)
    .sort();
}

export const uniqueSorted = (ids: string[]) => [...new Set(ids)].sort();

// ---- Indicators -------------------------------------------------------------------------------

export interface Obs { key: string; periode: string; gebied: string; waarde: number | null; kwalificatie: Qualifier; ondergrens?: number; bovengrens?: number; status?: string }
export function observations(ind: Obj): Map<string, Obs> {
  const out = new Map<string, Obs>();
  for (const raw of arr(ind.observaties)) {
    const o = obj(raw);
    const periode = str(o.periode);
    const gebied = str(o.gebied);
    if (!periode || !gebied) continue;
    const key = `${periode}|${gebied}|${str(o.categorie) ?? ''}`;
    out.set(key, {
      key, periode, gebied,
      waarde: num(o.waarde) ?? null,
      kwalificatie: (str(o.kwalificatie) ?? 'exact') as Qualifier,
      ondergrens: num(o.ondergrens),
      bovengrens: num(o.bovengrens),
      status: str(o.status),
    });
  }
  return out;
}
export const valueOf = (o: Obs) => [o.waarde, o.kwalificatie, o.ondergrens ?? null, o.bovengrens ?? null];

export function target(ind: Obj): { waarde: number; periode?: string } | undefined {
  const t = ind.streefwaarde;
  if (t === undefined || t === 'geen-streefwaarde') return undefined;
  const waarde = num(obj(t).waarde);
  return waarde === undefined ? undefined : { waarde, periode: str(obj(t).periode) };
}
