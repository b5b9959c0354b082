import { describe, expect, it } from 'vitest';
import { formatAmount, formatDate, formatNumber, formatValue, monthsBetween, withoutLead } from '../../src/lib/format.ts';

describe('formatNumber (nl-NL)', () => {
  it('uses a decimal comma and a thousands point', () => {
    expect(formatNumber(1234.5)).toBe('1.234,5');
    expect(formatNumber(1234567.891, 2)).toBe('1.234.567,89');
    expect(formatNumber(0)).toBe('0');
    expect(formatNumber(12)).toBe('12');
  });
  it('rounds to the given digits', () => {
    expect(formatNumber(6.849)).toBe('6,8');
    expect(formatNumber(6.85, 0)).toBe('7');
  });
  it('writes a real minus sign', () => {
    expect(formatNumber(-0.5)).toBe('−0,5');
    expect(formatNumber(-1500)).toBe('−1.500');
    expect(formatNumber(-1500)).not.toContain('-');
  });
});

describe('formatAmount', () => {
  it('euro: whole euros below a million, "mln" from a million', () => {
    expect(formatAmount(950000, 'euro')).toBe('€ 950.000');
    expect(formatAmount(999999.4, 'euro')).toBe('€ 999.999');
    expect(formatAmount(1e6, 'euro')).toBe('€ 1 mln');
    expect(formatAmount(14e6, 'euro')).toBe('€ 14 mln');
    expect(formatAmount(13.85e6, 'euro')).toBe('€ 13,9 mln');
    expect(formatAmount(-2.5e6, 'euro')).toBe('€ −2,5 mln');
  });
  it('percent, hours, scores and counts', () => {
    expect(formatAmount(12.5, 'procent')).toBe('12,5%');
    expect(formatAmount(1850, 'uren')).toBe('1.850 uur');
    expect(formatAmount(6.8, 'score')).toBe('6,8');
    expect(formatAmount(7.125, 'score')).toBe('7,13');
    expect(formatAmount(2170, 'aantal')).toBe('2.170');
  });
});

describe('formatValue', () => {
  it('keeps qualifiers of estimates', () => {
    expect(formatValue({ waarde: 13.8e6, kwalificatie: 'bijna' }, 'euro')).toBe('bijna € 13,8 mln');
    expect(formatValue({ waarde: 40, kwalificatie: 'ruim' }, 'procent')).toBe('ruim 40%');
    expect(formatValue({ waarde: 40, kwalificatie: 'ongeveer' }, 'procent')).toBe('circa 40%');
    expect(formatValue({ waarde: 300, kwalificatie: 'minstens' }, 'aantal')).toBe('minstens 300');
    expect(formatValue({ waarde: 3, kwalificatie: 'hoogstens' }, 'uren')).toBe('hoogstens 3 uur');
    expect(formatValue({ waarde: 120, kwalificatie: 'exact' }, 'aantal')).toBe('120');
    expect(formatValue({ waarde: 120 }, 'aantal')).toBe('120');
  });
  it('ranges: one unit for both ends when they share it', () => {
    expect(formatValue({ waarde: null, kwalificatie: 'bereik', ondergrens: 3e6, bovengrens: 5e6 }, 'euro')).toBe('€ 3 à 5 mln');
    expect(formatValue({ waarde: null, kwalificatie: 'bereik', ondergrens: 14, bovengrens: 18 }, 'procent')).toBe('14 à 18%');
    expect(formatValue({ waarde: null, kwalificatie: 'bereik', ondergrens: 500000, bovengrens: 2e6 }, 'euro')).toBe('€ 500.000 à € 2 mln');
    expect(formatValue({ waarde: 16, kwalificatie: 'bereik', ondergrens: 14, bovengrens: 18 }, 'procent')).toBe('14 à 18%');
  });
  it('a range without bounds falls back to the value', () => {
    expect(formatValue({ waarde: 16, kwalificatie: 'bereik' }, 'procent')).toBe('16%');
  });
  it('says why a value is not shown', () => {
    expect(formatValue({ waarde: null, status: 'onderdrukt' }, 'aantal')).toBe('onderdrukt (te klein aantal)');
    expect(formatValue({ waarde: 4, status: 'onderdrukt' }, 'aantal')).toBe('onderdrukt (te klein aantal)');
    expect(formatValue({ waarde: null, status: 'ontbreekt' }, 'aantal')).toBe('geen gegevens');
    expect(formatValue({ waarde: null, status: 'definitief' }, 'euro')).toBe('geen gegevens');
  });
});

describe('formatDate', () => {
  it('writes Dutch dates at the precision given', () => {
    expect(formatDate('2025-06-17')).toBe('17 juni 2025');
    expect(formatDate('2025-03-01')).toBe('1 maart 2025');
    expect(formatDate('2025-06')).toBe('juni 2025');
    expect(formatDate('2025-12')).toBe('december 2025');
    expect(formatDate('2025')).toBe('2025');
  });
});

describe('monthsBetween', () => {
  it('counts whole months', () => {
    expect(monthsBetween('2025-01-15', '2025-07-15')).toBe(6);
    expect(monthsBetween('2025-01-15', '2025-07-14')).toBe(5);
    expect(monthsBetween('2024-11-30', '2025-01-01')).toBe(1);
    expect(monthsBetween('2025-03-01', '2025-03-31')).toBe(0);
  });
  it('reads partial dates as their first day', () => {
    expect(monthsBetween('2024', '2025')).toBe(12);
    expect(monthsBetween('2024-06', '2024-12-01')).toBe(6);
    expect(monthsBetween('2024-06', '2024-05-31')).toBe(-1);
  });
  it('is negative when the end lies before the start', () => {
    expect(monthsBetween('2025-07-15', '2025-01-15')).toBe(-6);
  });
});

describe('withoutLead', () => {
  it('drops a lead phrase the page already said, and capitalises the rest', () => {
    expect(withoutLead('Nog geen openbare data: de gemeente registreert dit niet.', 'nog geen openbare data')).toBe('De gemeente registreert dit niet.');
  });
  it('leaves other texts alone', () => {
    expect(withoutLead('De gemeente registreert dit niet.', 'nog geen openbare data')).toBe('De gemeente registreert dit niet.');
    expect(withoutLead('Er is nog geen openbare data.', 'nog geen openbare data')).toBe('Er is nog geen openbare data.');
  });
});
