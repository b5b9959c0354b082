/**
 * Reading the values of a Dutch export: numbers ("12,5", "1.234", "1.234,5", "12,5%"), missing values
 * ("", "-", "–", "x", "onbekend"), periods ("2024", "1e halfjaar 2024", "Q3 2024", "jul 2024", "2024-07",
 * a date) and statuses. Pure functions; messages in Dutch.
 */
import { PERIOD_EXAMPLES, type Frequentie } from '../periods.ts';

/** A cell as read from CSV (text) or XLSX (text, number or date); null when empty. */
export type Cell = string | number | Date | null;

/** Lower case, without accents, with runs of spaces, hyphens and dots as one space. For names and headers. */
export function normalize(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9%]+/g, ' ')
    .trim();
}

export const cellText = (cell: Cell): string => {
  if (cell === null) return '';
  if (cell instanceof Date) return cell.toISOString().slice(0, 10);
  return String(cell).trim();
};

/** Texts that mean "no value": empty, a dash, "x", "onbekend". */
const MISSING = new Set(['', '-', '–', '—', 'x', 'onbekend', 'n.b.', 'nb', '.']);
export const isMissing = (cell: Cell): boolean => cell === null || (typeof cell === 'string' && MISSING.has(cell.trim().toLowerCase()));

/** How numbers are written in a file: `komma` = 1.234,5 (Dutch), `punt` = 1,234.5. */
export type DecimalMark = 'komma' | 'punt';

const clean = (s: string) => s.trim().replace(/^€\s*/, '').replace(/\s*%$/, '').replace(/(\d)[\s\u00a0\u202f](?=\d)/g, '$1').replace(/^[−–]/, '-');
const COMMA_NUMBER = /^-?(\d{1,3}(\.\d{3})+|\d+)(,\d+)?$/;
const POINT_NUMBER = /^-?(\d{1,3}(,\d{3})+|\d+)(\.\d+)?$/;

/** "1.250" or "1,250": a thousands group or three decimals; only the writer knows. "0.875" is never a group. */
export const AMBIGUOUS_NUMBER = /^-?[1-9]\d{0,2}[.,]\d{3}$/;

/**
 * Which decimal mark the texts in a value column use. "12,5", "0,875" and "1.234,5" say komma; "12.5",
 * "0.875" and "1,234.5" say punt; "1.250.000" says komma; "1.250" and "1,250" say nothing (thousands or decimals). Evidence both
 * ways: the separator decides (`,` punt, else komma). No evidence: a `;` file is Dutch (komma); in any
 * other file a number like "1.250" is `onduidelijk` and the editor must say which (--decimaalteken).
 */
export function detectDecimalMark(texts: string[], separator?: string): DecimalMark | 'onduidelijk' {
  let komma = false;
  let punt = false;
  let ambiguous = false;
  for (const raw of texts) {
    const s = clean(raw);
    if (AMBIGUOUS_NUMBER.test(s)) ambiguous = true;
    // Two groups ("1.250.000") can only be thousands, so the other mark is the decimal one.
    else if (/^-?\d+,\d+$/.test(s) || /^-?\d{1,3}(\.\d{3})+,\d+$/.test(s) || /^-?\d{1,3}(\.\d{3}){2,}$/.test(s)) komma = true;
    else if (/^-?\d+\.\d+$/.test(s) || /^-?\d{1,3}(,\d{3})+\.\d+$/.test(s) || /^-?\d{1,3}(,\d{3}){2,}$/.test(s)) punt = true;
  }
  if (komma !== punt) return komma ? 'komma' : 'punt';
  if (komma && punt) return separator === ',' ? 'punt' : 'komma';
  if (ambiguous && separator !== ';') return 'onduidelijk';
  return 'komma';
}

/** A number from a cell: numbers pass; text is read with the file's decimal mark. */
export function parseNumber(cell: Cell, mark: DecimalMark): number | undefined {
  if (typeof cell === 'number') return Number.isFinite(cell) ? cell : undefined;
  if (typeof cell !== 'string') return undefined;
  const s = clean(cell);
  if (mark === 'komma' && COMMA_NUMBER.test(s)) return Number(s.replace(/\./g, '').replace(',', '.'));
  if (mark === 'punt' && POINT_NUMBER.test(s)) return Number(s.replace(/,/g, ''));
  return undefined;
}

const MONTHS: [number, string[]][] = [
  [1, ['januari', 'jan']], [2, ['februari', 'feb', 'febr']], [3, ['maart', 'mrt', 'maa', 'mar']], [4, ['april', 'apr']],
  [5, ['mei']], [6, ['juni', 'jun']], [7, ['juli', 'jul']], [8, ['augustus', 'aug']], [9, ['september', 'sep', 'sept']],
  [10, ['oktober', 'okt', 'oct']], [11, ['november', 'nov']], [12, ['december', 'dec']],
];
const MONTH_BY_NAME = new Map(MONTHS.flatMap(([n, names]) => names.map((name): [string, number] => [name, n])));
const ORDINALS: Record<string, number> = { eerste: 1, tweede: 2, derde: 3, vierde: 4 };

/** A period as read, before it is fitted to the indicator's frequency: a day only comes from a date. */
export type ReadPeriod =
  | { kind: 'jaar'; year: number }
  | { kind: 'halfjaar' | 'kwartaal' | 'maand'; year: number; index: number }
  | { kind: 'dag'; year: number; month: number; day: number };

const validDay = (y: number, m: number, d: number) => m >= 1 && m <= 12 && d >= 1 && d <= new Date(Date.UTC(y, m, 0)).getUTCDate();
const inRange = (y: number) => y >= 1900 && y <= 2100;

/** Reads a period in any of the usual Dutch ways; undefined when it is not one. */
export function readPeriod(cell: Cell): ReadPeriod | undefined {
  if (cell === null) return undefined;
  if (cell instanceof Date) return Number.isNaN(cell.getTime()) ? undefined : { kind: 'dag', year: cell.getUTCFullYear(), month: cell.getUTCMonth() + 1, day: cell.getUTCDate() };
  if (typeof cell === 'number') return Number.isInteger(cell) && inRange(cell) ? { kind: 'jaar', year: cell } : undefined;
  const s = cell.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase().trim().replace(/\s+/g, ' ');

  // Dates: 2024-07-15, 15-7-2024, 15/07/2024, 15.07.2024 (a peildatum).
  let m = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(s);
  if (m) return validDay(+m[1]!, +m[2]!, +m[3]!) && inRange(+m[1]!) ? { kind: 'dag', year: +m[1]!, month: +m[2]!, day: +m[3]! } : undefined;
  m = /^(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})$/.exec(s);
  if (m) return validDay(+m[3]!, +m[2]!, +m[1]!) && inRange(+m[3]!) ? { kind: 'dag', year: +m[3]!, month: +m[2]!, day: +m[1]! } : undefined;

  // One four-digit year; what is left says which part of it.
  const years = [...s.matchAll(/(?<!\d)(\d{4})(?!\d)/g)];
  if (years.length !== 1) return undefined;
  const year = Number(years[0]![1]);
  if (!inRange(year)) return undefined;
  const rest = (s.slice(0, years[0]!.index) + ' ' + s.slice(years[0]!.index! + 4)).replace(/[-/,.]+/g, ' ').replace(/\s+/g, ' ').trim();
  if (rest === '') return { kind: 'jaar', year };

  const half = /^h([12])$/.exec(rest) ?? /^([12])e? ?(?:halfjaar|half jaar|helft|hj)$/.exec(rest) ?? /^(?:halfjaar|helft|hj) ([12])$/.exec(rest) ?? /^(eerste|tweede) (?:halfjaar|half jaar|helft)$/.exec(rest);
  if (half) return { kind: 'halfjaar', year, index: ORDINALS[half[1]!] ?? Number(half[1]) };
  const quarter = /^[qk]([1-4])$/.exec(rest) ?? /^([1-4])e? ?(?:kwartaal|kw)$/.exec(rest) ?? /^(?:kwartaal|kw) ([1-4])$/.exec(rest) ?? /^(eerste|tweede|derde|vierde) kwartaal$/.exec(rest);
  if (quarter) return { kind: 'kwartaal', year, index: ORDINALS[quarter[1]!] ?? Number(quarter[1]) };
  const month = MONTH_BY_NAME.get(rest) ?? (/^\d{1,2}$/.test(rest) ? Number(rest) : undefined);
  if (month !== undefined && month >= 1 && month <= 12) return { kind: 'maand', year, index: month };
  return undefined;
}

const KIND_NAMES: Record<ReadPeriod['kind'], string> = { jaar: 'een jaar', halfjaar: 'een halfjaar', kwartaal: 'een kwartaal', maand: 'een maand', dag: 'een datum' };
const PER: Record<Frequentie, string> = { jaar: 'per jaar', halfjaar: 'per halfjaar', kwartaal: 'per kwartaal', maand: 'per maand', eenmalig: 'eenmalig' };

/** Ways to write a period of this frequency, for messages. */
export const PERIOD_FORMS: Record<Frequentie, string> = {
  jaar: 'een jaar, bijvoorbeeld 2024',
  halfjaar: 'een halfjaar, bijvoorbeeld 2024-H1, 2024 H2 of 1e halfjaar 2024',
  kwartaal: 'een kwartaal, bijvoorbeeld 2024-Q3, Q3 2024 of 3e kwartaal 2024',
  maand: 'een maand, bijvoorbeeld 2024-07, juli 2024 of jul 2024',
  eenmalig: 'bijvoorbeeld 2024, 2024-H1, 2024-Q3 of 2024-07',
};

const pad = (n: number) => String(n).padStart(2, '0');

/**
 * The period in the site's form (2024, 2024-H1, 2024-Q3, 2024-07) for an indicator of this frequency,
 * or a Dutch explanation of why it does not fit. A date (peildatum) becomes the period it falls in.
 */
export function fitPeriod(p: ReadPeriod, frequentie: Frequentie, shown: string): { periode: string } | { error: string } {
  if (p.kind === 'dag') {
    switch (frequentie) {
      case 'jaar': case 'eenmalig': return { periode: String(p.year) };
      case 'halfjaar': return { periode: `${p.year}-H${p.month <= 6 ? 1 : 2}` };
      case 'kwartaal': return { periode: `${p.year}-Q${Math.ceil(p.month / 3)}` };
      case 'maand': return { periode: `${p.year}-${pad(p.month)}` };
    }
  }
  if (frequentie !== 'eenmalig' && p.kind !== frequentie)
    return { error: `periode "${shown}" is ${KIND_NAMES[p.kind]}, maar deze indicator telt ${PER[frequentie]}; schrijf bijvoorbeeld ${PERIOD_EXAMPLES[frequentie]}` };
  switch (p.kind) {
    case 'jaar': return { periode: String(p.year) };
    case 'halfjaar': return { periode: `${p.year}-H${p.index}` };
    case 'kwartaal': return { periode: `${p.year}-Q${p.index}` };
    case 'maand': return { periode: `${p.year}-${pad(p.index)}` };
  }
}

export type ImportStatus = 'definitief' | 'voorlopig' | 'onderdrukt' | 'ontbreekt';
const STATUSES: Record<string, ImportStatus> = {
  definitief: 'definitief', def: 'definitief',
  voorlopig: 'voorlopig', voorl: 'voorlopig', vl: 'voorlopig', '*': 'voorlopig', '**': 'voorlopig',
  onderdrukt: 'onderdrukt', ontbreekt: 'ontbreekt',
};

/** A status cell: empty means definitief; undefined when the text is no status. */
export function readStatus(cell: Cell): ImportStatus | undefined {
  const s = cellText(cell).toLowerCase().replace(/\.$/, '');
  if (s === '') return 'definitief';
  return STATUSES[s];
}
