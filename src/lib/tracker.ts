import { groupInOrder } from './group.ts';
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
/**
 * Whether a recommendation is about every keten of the site (the Sociale Wijkteams as a whole): pages then say
 * "alle ketens" once instead of naming each, and a keten page sets these apart from its own.
 */
export const coversAllKetens = (ketens: readonly string[], all: readonly string[]): boolean => all.length > 1 && all.every((k) => ketens.includes(k));

export type TrackerOrder = 'leeftijd' | 'publicatie' | 'status';
export const TRACKER_ORDERS: { id: TrackerOrder; label: string }[] = [
  { id: 'leeftijd', label: 'oudste stand eerst' },
  { id: 'publicatie', label: 'publicatie en nummer' },
  { id: 'status', label: 'stand' },
];

/** The status a recommendation counts under: its latest, or onbekend when it has none. */
export const currentStatus = (row: Pick<TrackerRow, 'summary'>) => row.summary.latest?.status ?? 'onbekend';

/** How many recommendations have each status, in the given order (the schema's); statuses without any left out. */
export function countByStatus<S extends string>(rows: readonly Pick<TrackerRow, 'summary'>[], statuses: readonly S[]): { status: S; count: number }[] {
  return groupInOrder(rows, statuses, (r) => currentStatus(r) as S).map((g) => ({ status: g.key, count: g.items.length }));
}

export function applyFilter<T extends TrackerRow>(rows: T[], f: TrackerFilter): T[] {
  switch (f.kind) {
    case 'keten': return rows.filter((r) => r.ketens.includes(f.id));
    case 'status': return rows.filter((r) => currentStatus(r) === f.id);
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
    const rank = (r: T) => STATUS_ORDER.indexOf(currentStatus(r));
    return [...rows].sort((a, b) => rank(a) - rank(b) || byNumber(a, b));
  }
  return sortByAge(rows);
}

export function filterPath(f: TrackerFilter): string {
  return f.kind === 'alle' ? '/aanbevelingen/' : f.kind === 'verouderd' ? '/aanbevelingen/verouderd/' : `/aanbevelingen/${f.kind}/${f.id}/`;
}

/** An explanation that several rows share word for word. */
export interface SharedNote { id: string; text: string; count: number }

/**
 * Explanations that recur word for word on `min` or more rows (boilerplate such as "nothing is known yet"):
 * the tracker says them once above the table and lets each row point there, instead of repeating them.
 * Notes are numbered in the order of first appearance in `rows`.
 */
export function sharedNotes<T extends TrackerRow>(rows: readonly T[], min = 2): { notes: SharedNote[]; noteOf: (row: T) => SharedNote | undefined } {
  const counts = new Map<string, number>();
  for (const r of rows) {
    const t = r.summary.latest?.toelichting.trim();
    if (t) counts.set(t, (counts.get(t) ?? 0) + 1);
  }
  const notes = [...counts].filter(([, n]) => n >= min).map(([text, count], i) => ({ id: `toelichting-${i + 1}`, text, count }));
  const byText = new Map(notes.map((n) => [n.text, n]));
  return { notes, noteOf: (row) => byText.get(row.summary.latest?.toelichting.trim() ?? '') };
}
