import type { StatusEntry } from '../schemas/index.ts';
import { monthsBetween } from './format.ts';

/** Months without an update after which a promise (toegezegd, in uitvoering) counts as not followed up. */
export const STALE_AFTER_MONTHS = 6;

/** Statuses that promise a next step; only these can go stale. Closed and unknown statuses promise nothing. */
export const OPEN_PROMISES: readonly StatusEntry['status'][] = ['toegezegd', 'in-uitvoering'];

/** The words of the stale flag, the same on every page. */
export const STALE_LABEL = `Meer dan ${STALE_AFTER_MONTHS} maanden geen nieuwe stand`;

/** The newest entry (by date; for equal dates the later one in the file). */
export function latestStatus(entries: readonly StatusEntry[]): StatusEntry | undefined {
  let latest: StatusEntry | undefined;
  for (const e of entries) if (!latest || e.datum >= latest.datum) latest = e;
  return latest;
}

/** History of one recommendation, oldest first. */
export function historyOf(entries: readonly StatusEntry[], nummer: string): StatusEntry[] {
  return entries.filter((e) => e.aanbeveling === nummer).sort((a, b) => a.datum.localeCompare(b.datum));
}

export interface StatusSummary {
  latest?: StatusEntry;
  /** Whole months between the latest entry and the reference date. */
  ageMonths?: number;
  stale: boolean;
}

/**
 * Current status and its age at `referenceDate` (the data version's date, never the clock).
 * Without any status the age counts from the publication date, when given.
 * Stale means: a step was promised (toegezegd, in uitvoering) and no newer status followed within
 * STALE_AFTER_MONTHS. An unknown or missing status promised nothing, so a flag there would say nothing:
 * the tracker says once, above the table, that the follow-up of those is unknown.
 */
export function summarizeStatus(entries: readonly StatusEntry[], nummer: string, referenceDate: string | undefined, publishedOn?: string): StatusSummary {
  const latest = latestStatus(historyOf(entries, nummer));
  if (!latest) {
    if (!publishedOn || !referenceDate) return { stale: false };
    return { ageMonths: Math.max(0, monthsBetween(publishedOn, referenceDate)), stale: false };
  }
  const ageMonths = referenceDate ? Math.max(0, monthsBetween(latest.datum, referenceDate)) : undefined;
  const promised = OPEN_PROMISES.includes(latest.status);
  return { latest, ageMonths, stale: promised && ageMonths !== undefined && ageMonths > STALE_AFTER_MONTHS };
}

export const STATUS_LABEL: Record<StatusEntry['status'], string> = {
  toegezegd: 'Toegezegd',
  'in-uitvoering': 'In uitvoering',
  uitgevoerd: 'Uitgevoerd',
  'niet-overgenomen': 'Niet overgenomen',
  onbekend: 'Onbekend',
};
