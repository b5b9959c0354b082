/**
 * Periods of observations: `2024` (year), `2024-H1` (half year), `2024-Q3` (quarter), `2024-07` (month).
 * Pure functions: parse, check against a frequency, sort and label in Dutch.
 */
export type Frequentie = 'jaar' | 'halfjaar' | 'kwartaal' | 'maand' | 'eenmalig';

export interface Period {
  year: number;
  kind: Exclude<Frequentie, 'eenmalig'>;
  /** 1-based index within the year (1 for a year). */
  index: number;
}

const PATTERNS: [RegExp, Period['kind']][] = [
  [/^(\d{4})$/, 'jaar'],
  [/^(\d{4})-H([12])$/, 'halfjaar'],
  [/^(\d{4})-Q([1-4])$/, 'kwartaal'],
  [/^(\d{4})-(0[1-9]|1[0-2])$/, 'maand'],
];

export function parsePeriod(text: string): Period | undefined {
  for (const [re, kind] of PATTERNS) {
    const m = re.exec(text);
    if (m) return { year: Number(m[1]), kind, index: m[2] ? Number(m[2]) : 1 };
  }
  return undefined;
}

export const PERIOD_EXAMPLES: Record<Period['kind'], string> = {
  jaar: '2024',
  halfjaar: '2024-H1',
  kwartaal: '2024-Q3',
  maand: '2024-07',
};

/** Whether a period fits a frequency; a one-off measurement (`eenmalig`) accepts any period. */
export function periodMatches(text: string, frequentie: Frequentie): boolean {
  const p = parsePeriod(text);
  if (!p) return false;
  return frequentie === 'eenmalig' || p.kind === frequentie;
}

const PER_YEAR: Record<Period['kind'], number> = { jaar: 1, halfjaar: 2, kwartaal: 4, maand: 12 };

/** A number that orders periods in time (start of the period, in years). */
export function periodStart(text: string): number {
  const p = parsePeriod(text);
  if (!p) throw new Error(`Onbekende periode "${text}"`);
  return p.year + (p.index - 1) / PER_YEAR[p.kind];
}

export function comparePeriods(a: string, b: string): number {
  return periodStart(a) - periodStart(b) || a.localeCompare(b);
}

const monthFormat = new Intl.DateTimeFormat('nl-NL', { month: 'long', year: 'numeric', timeZone: 'UTC' });

/** A month in Dutch words: (2024, 7) → "juli 2024". The one place that names months. */
export function monthLabel(year: number, month: number): string {
  const date = new Date(0);
  date.setUTCFullYear(year, month - 1, 1); // Date.UTC would read years below 100 as 19xx
  return monthFormat.format(date);
}

/** Dutch label: "2024", "1e helft 2024", "3e kwartaal 2024", "juli 2024". */
export function periodLabel(text: string): string {
  const p = parsePeriod(text);
  if (!p) return text;
  switch (p.kind) {
    case 'jaar': return String(p.year);
    case 'halfjaar': return `${p.index}e helft ${p.year}`;
    case 'kwartaal': return `${p.index}e kwartaal ${p.year}`;
    case 'maand': return monthLabel(p.year, p.index);
  }
}
