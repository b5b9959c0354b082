import type { Bron } from '../schemas/index.ts';

/** "Rekenkamer Zaanstad (2025)", "Kolner & Sprinkhuizen (2014)", "Wester e.a. (2016)": for inline references. */
export function shortCitation(bron: Bron): string {
  const names = (bron.author ?? []).map((a) => ('literal' in a ? a.literal : [a['non-dropping-particle'], a.family].filter(Boolean).join(' ')));
  const who = names.length === 0 ? (bron.publisher ?? bron['title-short'] ?? bron.title) : names.length === 1 ? names[0] : names.length === 2 ? `${names[0]} & ${names[1]}` : `${names[0]} e.a.`;
  const year = bron.issued?.['date-parts'][0]?.[0];
  return `${who} (${year ?? 'z.d.'})`;
}
