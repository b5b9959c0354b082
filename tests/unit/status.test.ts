import { describe, expect, it } from 'vitest';
import type { StatusEntry } from '../../src/schemas/index.ts';
import { STALE_AFTER_MONTHS, STATUS_LABEL, historyOf, latestStatus, summarizeStatus } from '../../src/lib/status.ts';

const entry = (aanbeveling: string, datum: string, status: StatusEntry['status'], toelichting = `${status} op ${datum}`): StatusEntry => ({ aanbeveling, datum, status, toelichting });

// Deliberately out of order, as editors may add entries anywhere in the file.
const entries: StatusEntry[] = [
  entry('1', '2025-07-01', 'toegezegd'),
  entry('2', '2025-07-01', 'toegezegd'),
  entry('1', '2026-09-20', 'in-uitvoering'),
  entry('1', '2026-03-01', 'in-uitvoering', 'eerste stap'),
  entry('2', '2026-10-20', 'uitgevoerd'),
  entry('3', '2025-07-01', 'toegezegd', 'eerst'),
  entry('3', '2025-07-01', 'onbekend', 'later in het bestand'),
];

describe('latestStatus', () => {
  it('takes the newest by date, not the last in the file', () => {
    expect(latestStatus(entries.filter((e) => e.aanbeveling === '1'))?.datum).toBe('2026-09-20');
  });
  it('for equal dates takes the later entry in the file', () => {
    expect(latestStatus(entries.filter((e) => e.aanbeveling === '3'))?.toelichting).toBe('later in het bestand');
  });
  it('compares partial dates as text order', () => {
    expect(latestStatus([entry('1', '2025-06-30', 'toegezegd'), entry('1', '2025-07', 'uitgevoerd')])?.status).toBe('uitgevoerd');
  });
  it('is undefined for no entries', () => {
    expect(latestStatus([])).toBeUndefined();
  });
});

describe('historyOf', () => {
  it('lists one recommendation oldest first', () => {
    expect(historyOf(entries, '1').map((e) => e.datum)).toEqual(['2025-07-01', '2026-03-01', '2026-09-20']);
  });
  it('keeps file order for equal dates', () => {
    expect(historyOf(entries, '3').map((e) => e.toelichting)).toEqual(['eerst', 'later in het bestand']);
  });
  it('does not confuse 1 with 1a or 11', () => {
    expect(historyOf([...entries, entry('1a', '2025-01-01', 'toegezegd'), entry('11', '2025-01-01', 'toegezegd')], '1')).toHaveLength(3);
  });
});

describe('summarizeStatus', () => {
  it('gives the age in whole months at the reference date', () => {
    expect(summarizeStatus(entries, '1', '2027-01-19')).toMatchObject({ latest: { datum: '2026-09-20', status: 'in-uitvoering' }, ageMonths: 3, stale: false });
  });
  it(`is stale after more than ${STALE_AFTER_MONTHS} months without an update`, () => {
    expect(STALE_AFTER_MONTHS).toBe(6);
    expect(summarizeStatus(entries, '1', '2027-03-20')).toMatchObject({ ageMonths: 6, stale: false });
    expect(summarizeStatus(entries, '1', '2027-04-19')).toMatchObject({ ageMonths: 6, stale: false });
    expect(summarizeStatus(entries, '1', '2027-04-20')).toMatchObject({ ageMonths: 7, stale: true });
  });
  it('never marks closed statuses as stale', () => {
    expect(summarizeStatus(entries, '2', '2030-01-01')).toMatchObject({ latest: { status: 'uitgevoerd' }, stale: false });
    expect(summarizeStatus([entry('4', '2020-01-01', 'niet-overgenomen')], '4', '2030-01-01')).toMatchObject({ ageMonths: 120, stale: false });
  });
  it('flags only promises: toegezegd and in uitvoering go stale, onbekend never does', () => {
    expect(summarizeStatus(entries, '3', '2026-07-01')).toMatchObject({ latest: { status: 'onbekend' }, ageMonths: 12, stale: false });
    expect(summarizeStatus([entry('5', '2025-01-01', 'toegezegd')], '5', '2026-01-01')).toMatchObject({ ageMonths: 12, stale: true });
    expect(summarizeStatus([entry('5', '2025-01-01', 'toegezegd'), entry('5', '2025-12-01', 'in-uitvoering')], '5', '2026-01-01')).toMatchObject({ ageMonths: 1, stale: false });
  });
  it('without a reference date has no age and is not stale', () => {
    expect(summarizeStatus(entries, '1', undefined)).toEqual({ latest: entries[2], ageMonths: undefined, stale: false });
  });
  it('a reference date before the status gives age 0', () => {
    expect(summarizeStatus(entries, '1', '2026-01-01')).toMatchObject({ ageMonths: 0, stale: false });
  });
  it('a recommendation without entries promised nothing: no latest, not stale', () => {
    expect(summarizeStatus(entries, '9', '2026-01-01')).toEqual({ stale: false });
  });
  it('without entries counts the age from the publication date when known', () => {
    expect(summarizeStatus(entries, '9', '2026-01-01', '2025-11')).toEqual({ ageMonths: 2, stale: false });
    expect(summarizeStatus(entries, '9', '2026-01-01', '2024-11')).toEqual({ ageMonths: 14, stale: false });
  });
  it('has a Dutch label for every status', () => {
    expect(STATUS_LABEL).toEqual({ toegezegd: 'Toegezegd', 'in-uitvoering': 'In uitvoering', uitgevoerd: 'Uitgevoerd', 'niet-overgenomen': 'Niet overgenomen', onbekend: 'Onbekend' });
  });
});
