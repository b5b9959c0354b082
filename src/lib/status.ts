import type { StatusEntry } from '../schemas/index.ts';
import { monthsBetween } from './format.ts';

/** Months without an update after which a recommendation's status counts as stale. */
export const STALE_AFTER_MONTHS = 6;

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
 * Without any status the age counts from the publication date, when given: a recommendation of
 * last month without a status is not yet stale; one of two years ago is.
 */
export function summarizeStatus(entries: readonly StatusEntry[], nummer: string, referenceDate: string | undefined, publishedOn?: string): StatusSummary {
  const latest = latestStatus(historyOf(entries, nummer));
  if (!latest) {
    if (!publishedOn || !referenceDate) return { stale: true };
    const ageMonths = Math.max(0, monthsBetween(publishedOn, referenceDate));
    return { ageMonths, stale: ageMonths > STALE_AFTER_MONTHS };
  }
  const ageMonths = referenceDate ? Math.max(0, monthsBetween(latest.datum, referenceDate)) : undefined;
  const closed = latest.status === 'uitgevoerd' || latest.status === 'niet-overgenomen';
  return { latest, ageMonths, stale: !closed && ageMonths !== undefined && ageMonths > STALE_AFTER_MONTHS };
}

export const STATUS_LABEL: Record<StatusEntry['status'], string> = {
  toegezegd: 'Toegezegd',
  'in-uitvoering': 'In uitvoering',
  uitgevoerd: 'Uitgevoerd',
  'niet-overgenomen': 'Niet overgenomen',
  onbekend: 'Onbekend',
};
