import type { Site } from '../schemas/index.ts';

/**
 * Names of every area an observation can refer to: wijken and wijkteams from site.json, the municipality
 * itself, the profiled gemeenten and, for study aggregates, the publications.
 */
export function areaLabels(site: Site, gemeenten: { id: string; naam: string }[], studies: { id: string; titel: string }[]): Map<string, string> {
  const labels = new Map<string, string>();
  labels.set(site.gemeenteId, site.gemeente);
  for (const g of gemeenten) labels.set(g.id, g.naam);
  for (const g of site.gebieden) labels.set(g.id, g.naam);
  for (const s of studies) if (!labels.has(s.id)) labels.set(s.id, `gemeenten in ‘${s.titel}’`);
  return labels;
}

/** Singular and plural of each area level (gebiedsniveau), the same words in figures and in the change list. */
export const AREA_NOUN: Readonly<Record<string, readonly [string, string]>> = {
  gemeente: ['gemeente', 'gemeenten'], wijk: ['wijk', 'wijken'], wijkteam: ['wijkteam', 'wijkteams'], studie: ['studiegroep', 'studiegroepen'],
};

/** The areas of some figures in words: the name of the one area ("Zaanstad"), or how many there are ("12 wijken"). */
export function areasText(ids: readonly string[], niveau: string | undefined, label: (id: string) => string): string {
  if (ids.length === 1) return label(ids[0]!);
  const [, many] = AREA_NOUN[niveau ?? ''] ?? ['gebied', 'gebieden'];
  return `${ids.length} ${many}`;
}
