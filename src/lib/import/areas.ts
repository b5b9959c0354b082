/**
 * Finding the area of a row: by name or id (case and accents do not matter) or by CBS code (WK…, BU…, GM…),
 * among the areas of the indicator's gebiedsniveau: wijken or wijkteams from site.json, the municipality
 * itself and the gemeenten/ profiles, or the publications (for study totals).
 */
import type { Site } from '../../schemas/index.ts';
import { closest } from '../suggest.ts';
import { normalize } from './values.ts';

export type Niveau = 'gemeente' | 'wijk' | 'wijkteam' | 'studie';

export interface Area {
  id: string;
  naam: string;
  niveau: Niveau;
  cbsCode?: string;
}

/** Singular and plural noun of a level, for messages ("wijk", "wijken"). */
export const NIVEAU_NOUN: Record<Niveau, [string, string]> = {
  gemeente: ['gemeente', 'gemeenten'],
  wijk: ['wijk', 'wijken'],
  wijkteam: ['wijkteam', 'wijkteams'],
  studie: ['studie', 'studies'],
};

export function allAreas(site: Site, gemeenten: { id: string; naam: string; cbsCode?: string }[], publicaties: { id: string; titel: string }[]): Area[] {
  return [
    { id: site.gemeenteId, naam: site.gemeente, niveau: 'gemeente', cbsCode: site.gemeenteCbsCode },
    ...gemeenten.map((g): Area => ({ id: g.id, naam: g.naam, niveau: 'gemeente', cbsCode: g.cbsCode })),
    ...site.gebieden.map((g): Area => ({ id: g.id, naam: g.naam, niveau: g.niveau, cbsCode: g.cbsCode })),
    ...publicaties.map((p): Area => ({ id: p.id, naam: p.titel, niveau: 'studie' })),
  ];
}

export type AreaMatch = { id: string } | { error: string };

const CBS_CODE = /^(WK|BU|GM)\d{4,8}$/i;

/** The area a cell names, or why it names none (without the "rij N: " in front). */
export function resolveArea(text: string, niveau: Niveau, areas: Area[]): AreaMatch {
  const noun = NIVEAU_NOUN[niveau][0];
  const fitting = areas.filter((a) => a.niveau === niveau);
  const wrongLevel = (a: Area) => ({
    error: `"${text}" is ${a.niveau === 'studie' ? 'een studie' : `een ${NIVEAU_NOUN[a.niveau][0]}`}${normalize(a.naam) === normalize(text) ? '' : ` (${a.naam})`}, maar deze indicator telt per ${noun}`,
  });

  if (CBS_CODE.test(text)) {
    const code = text.toUpperCase();
    const hit = areas.find((a) => a.cbsCode?.toUpperCase() === code);
    if (!hit) return { error: code.startsWith('GM') ? `CBS-code "${text}" onbekend: geen gemeente heeft deze code (site.json › gemeenteCbsCode of gemeenten/<id>.json › cbsCode)` : `CBS-code "${text}" onbekend: geen gebied in site.json › gebieden heeft deze code` };
    return hit.niveau === niveau ? { id: hit.id } : wrongLevel(hit);
  }

  const n = normalize(text);
  const hits = areas.filter((a) => normalize(a.naam) === n || normalize(a.id) === n);
  const hit = hits.find((a) => a.niveau === niveau);
  if (hit) return { id: hit.id };
  if (hits[0]) return wrongLevel(hits[0]);

  const byName = new Map(fitting.map((a) => [normalize(a.naam), a.naam]));
  const like = closest(n, byName.keys());
  if (like) return { error: `${noun} "${text}" onbekend; bedoelde u "${byName.get(like)}"?` };
  if (fitting.length === 0) return { error: `${noun} "${text}" onbekend; er zijn nog geen gebieden met niveau "${niveau}" in site.json` };
  const names = fitting.map((a) => a.naam);
  const where = niveau === 'gemeente' ? 'gemeenten/ of de gemeente zelf (site.json)' : niveau === 'studie' ? 'publicaties/' : 'site.json › gebieden';
  return { error: `${noun} "${text}" onbekend; kies uit ${names.length <= 12 ? names.join(', ') : `de ${NIVEAU_NOUN[niveau][1]} in ${where}`}` };
}
