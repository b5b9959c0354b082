/** nl-NL formatting of numbers, amounts, estimates and dates. Pure; no clock. */
import { monthLabel } from '../schemas/periods.ts';

// Creating an Intl.NumberFormat is slow; a figure formats hundreds of values, so keep one per precision.
const formatters = new Map<number, Intl.NumberFormat>();
const nf = (digits: number) => {
  let f = formatters.get(digits);
  if (!f) formatters.set(digits, (f = new Intl.NumberFormat('nl-NL', { maximumFractionDigits: digits })));
  return f;
};

/** 1234.5 → "1.234,5"; −0,5 with a real minus sign for screen readers and print. */
export function formatNumber(n: number, digits = 1): string {
  return nf(digits).format(n).replace('-', '−');
}

export type UnitKind = 'aantal' | 'euro' | 'procent' | 'score' | 'uren';
export type Qualifier = 'exact' | 'bijna' | 'ruim' | 'ongeveer' | 'minstens' | 'hoogstens' | 'bereik';

const QUALIFIER_WORD: Record<Exclude<Qualifier, 'exact' | 'bereik'>, string> = {
  bijna: 'bijna', ruim: 'ruim', ongeveer: 'circa', minstens: 'minstens', hoogstens: 'hoogstens',
};

/** The bare number in a unit, with its magnitude word for large amounts: "€ 14 mln", "12%". */
function magnitude(n: number, unit: UnitKind): { prefix: string; number: string; suffix: string } {
  switch (unit) {
    case 'euro':
      if (Math.abs(n) >= 1e6) return { prefix: '€ ', number: formatNumber(n / 1e6, 1), suffix: ' mln' };
      return { prefix: '€ ', number: formatNumber(n, 0), suffix: '' };
    case 'procent':
      return { prefix: '', number: formatNumber(n, 1), suffix: '%' };
    case 'uren':
      return { prefix: '', number: formatNumber(n, 1), suffix: ' uur' };
    case 'score':
      return { prefix: '', number: formatNumber(n, 2), suffix: '' };
    default:
      return { prefix: '', number: formatNumber(n, 1), suffix: '' };
  }
}

export function formatAmount(n: number, unit: UnitKind): string {
  const m = magnitude(n, unit);
  return `${m.prefix}${m.number}${m.suffix}`;
}

export interface ValueLike {
  waarde: number | null;
  kwalificatie?: Qualifier;
  ondergrens?: number;
  bovengrens?: number;
  status?: string;
}

/**
 * A value as a reader should see it: estimates keep their qualifier ("bijna € 14 mln"),
 * ranges read "€ 3 à 5 mln", and hidden or missing values say why instead of showing a number.
 */
export function formatValue(v: ValueLike, unit: UnitKind): string {
  if (v.status === 'onderdrukt') return 'onderdrukt (te klein aantal)';
  if (v.kwalificatie === 'bereik' && v.ondergrens !== undefined && v.bovengrens !== undefined) {
    const lo = magnitude(v.ondergrens, unit);
    const hi = magnitude(v.bovengrens, unit);
    if (lo.suffix === hi.suffix) return `${lo.prefix}${lo.number} à ${hi.number}${hi.suffix}`;
    return `${formatAmount(v.ondergrens, unit)} à ${formatAmount(v.bovengrens, unit)}`;
  }
  if (v.waarde === null || v.status === 'ontbreekt') return 'geen gegevens';
  const amount = formatAmount(v.waarde, unit);
  const q = v.kwalificatie ?? 'exact';
  return q === 'exact' || q === 'bereik' ? amount : `${QUALIFIER_WORD[q]} ${amount}`;
}

/** A partial date (JJJJ[-MM[-DD]]) as a UTC time: "2024-03" is the first of March; never the clock. */
export function dateValue(date: string): number {
  const [y, m = '1', d = '1'] = date.split('-');
  const time = new Date(0);
  time.setUTCFullYear(Number(y), Number(m) - 1, Number(d)); // Date.UTC would read years below 100 as 19xx
  return time.getTime();
}

const dayFormat = new Intl.DateTimeFormat('nl-NL', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });

/** "2025-06-17" → "17 juni 2025"; "2025-06" → "juni 2025"; "2025" → "2025". */
export function formatDate(date: string): string {
  const [y, m, d] = date.split('-');
  if (!m) return y!;
  return d ? dayFormat.format(dateValue(date)) : monthLabel(Number(y), Number(m));
}

/** Whole months between two dates (JJJJ[-MM[-DD]]); a partial date counts from its first day. */
export function monthsBetween(from: string, to: string): number {
  const parse = (s: string) => {
    const [y, m = '1', d = '1'] = s.split('-');
    return { y: Number(y), m: Number(m), d: Number(d) };
  };
  const a = parse(from);
  const b = parse(to);
  return (b.y - a.y) * 12 + (b.m - a.m) - (b.d < a.d ? 1 : 0);
}

/**
 * A text without a lead phrase the page already says just before it ("Nog geen openbare data: de gemeente …"
 * after the heading "…: nog geen openbare data."), starting with a capital. Other texts stay as they are.
 */
export function withoutLead(text: string, lead: string): string {
  const escaped = lead.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const rest = text.replace(new RegExp(`^\\s*${escaped}\\s*[:.;,–-]?\\s*`, 'i'), '');
  return rest === text ? text : rest.charAt(0).toLocaleUpperCase('nl') + rest.slice(1);
}
