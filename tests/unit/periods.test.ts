import { describe, expect, it } from 'vitest';
import { comparePeriods, parsePeriod, periodLabel, periodMatches } from '../../src/lib/periods.ts';

describe('periods', () => {
  it('parses every period form', () => {
    expect(parsePeriod('2024')).toEqual({ year: 2024, kind: 'jaar', index: 1 });
    expect(parsePeriod('2024-H2')).toEqual({ year: 2024, kind: 'halfjaar', index: 2 });
    expect(parsePeriod('2024-Q3')).toEqual({ year: 2024, kind: 'kwartaal', index: 3 });
    expect(parsePeriod('2024-07')).toEqual({ year: 2024, kind: 'maand', index: 7 });
    expect(parsePeriod('2024-13')).toBeUndefined();
    expect(parsePeriod('24')).toBeUndefined();
  });
  it('matches periods to frequencies', () => {
    expect(periodMatches('2024-H1', 'halfjaar')).toBe(true);
    expect(periodMatches('2024', 'halfjaar')).toBe(false);
    expect(periodMatches('2024-Q1', 'eenmalig')).toBe(true);
  });
  it('orders periods in time and labels them in Dutch', () => {
    expect(['2024-H2', '2023', '2024-H1'].sort(comparePeriods)).toEqual(['2023', '2024-H1', '2024-H2']);
    expect(periodLabel('2024-H1')).toBe('1e helft 2024');
    expect(periodLabel('2024-07')).toBe('juli 2024');
  });
});
