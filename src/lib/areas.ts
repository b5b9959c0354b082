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
