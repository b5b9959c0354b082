import type { StatusSummary } from './status.ts';

/** The filters of the recommendations tracker; each is a static page, so filtering needs no JavaScript. */
export interface TrackerRow {
  publicatieId: string;
  ketens: string[];
  summary: StatusSummary;
  nummer: string;
}

export type TrackerFilter = { kind: 'alle' } | { kind: 'keten'; id: string } | { kind: 'status'; id: string } | { kind: 'publicatie'; id: string } | { kind: 'verouderd' };

/** Orders of the tracker table; each is its own static page (/aanbevelingen/op/<order>/), so sorting needs no JavaScript. */
export type TrackerOrder = 'leeftijd' | 'publicatie' | 'status';
export const TRACKER_ORDERS: { id: TrackerOrder; label: string }[] = [
  { id: 'leeftijd', label: 'oudste stand eerst' },
  { id: 'publicatie', label: 'publicatie en nummer' },
  { id: 'status', label: 'stand' },
];

export function applyFilter<T extends TrackerRow>(rows: T[], f: TrackerFilter): T[] {
  switch (f.kind) {
    case 'keten': return rows.filter((r) => r.ketens.includes(f.id));
    case 'status': return rows.filter((r) => (r.summary.latest?.status ?? 'onbekend') === f.id);
    case 'publicatie': return rows.filter((r) => r.publicatieId === f.id);
    case 'verouderd': return rows.filter((r) => r.summary.stale);
    default: return rows;
  }
}

/** Oldest update first: what most needs attention. Unknown ages come first. */
export function sortByAge<T extends TrackerRow>(rows: T[]): T[] {
  return [...rows].sort((a, b) => (b.summary.ageMonths ?? Infinity) - (a.summary.ageMonths ?? Infinity) || a.publicatieId.localeCompare(b.publicatieId) || a.nummer.localeCompare(b.nummer, 'nl', { numeric: true }));
}

const STATUS_ORDER = ['onbekend', 'toegezegd', 'in-uitvoering', 'uitgevoerd', 'niet-overgenomen'];

export function sortRows<T extends TrackerRow>(rows: T[], order: TrackerOrder): T[] {
  const byNumber = (a: T, b: T) => a.publicatieId.localeCompare(b.publicatieId) || a.nummer.localeCompare(b.nummer, 'nl', { numeric: true });
  if (order === 'publicatie') return [...rows].sort(byNumber);
  if (order === 'status') {
    const rank = (r: T) => STATUS_ORDER.indexOf(r.summary.latest?.status ?? 'onbekend');
    return [...rows].sort((a, b) => rank(a) - rank(b) || byNumber(a, b));
  }
  return sortByAge(rows);
}

export function filterPath(f: TrackerFilter): string {
  return f.kind === 'alle' ? '/aanbevelingen/' : f.kind === 'verouderd' ? '/aanbevelingen/verouderd/' : `/aanbevelingen/${f.kind}/${f.id}/`;
}
