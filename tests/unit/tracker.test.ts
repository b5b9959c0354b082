import { describe, expect, it } from 'vitest';
import { applyFilter, countByStatus, coversAllKetens, filterPath, sharedNotes, sortByAge, sortRows, type TrackerRow } from '../../src/lib/tracker.ts';

const row = (publicatieId: string, nummer: string, ketens: string[], status: string | undefined, ageMonths: number | undefined, stale: boolean): TrackerRow => ({
  publicatieId, nummer, ketens,
  summary: { latest: status ? { aanbeveling: nummer, datum: '2025-01-01', status: status as never, toelichting: 't' } : undefined, ageMonths, stale },
});
const rows = [
  row('rekenkamer', '2', ['werk'], 'uitgevoerd', 3, false),
  row('rekenkamer', '10', ['werk', 'zorg'], 'toegezegd', 9, true),
  row('evaluatie', '1', ['zorg'], 'in-uitvoering', 9, true),
  row('evaluatie', '3', [], undefined, undefined, true),
  row('rekenkamer', '1', ['zorg'], 'onbekend', 0, false),
];
const ids = (rs: TrackerRow[]) => rs.map((r) => `${r.publicatieId}#${r.nummer}`);

describe('applyFilter', () => {
  it('alle keeps everything', () => expect(applyFilter(rows, { kind: 'alle' })).toHaveLength(5));
  it('by keten', () => expect(ids(applyFilter(rows, { kind: 'keten', id: 'zorg' }))).toEqual(['rekenkamer#10', 'evaluatie#1', 'rekenkamer#1']));
  it('by status; no status counts as onbekend', () => {
    expect(ids(applyFilter(rows, { kind: 'status', id: 'onbekend' }))).toEqual(['evaluatie#3', 'rekenkamer#1']);
    expect(ids(applyFilter(rows, { kind: 'status', id: 'uitgevoerd' }))).toEqual(['rekenkamer#2']);
  });
  it('by publication', () => expect(ids(applyFilter(rows, { kind: 'publicatie', id: 'evaluatie' }))).toEqual(['evaluatie#1', 'evaluatie#3']));
  it('stale only', () => expect(ids(applyFilter(rows, { kind: 'verouderd' }))).toEqual(['rekenkamer#10', 'evaluatie#1', 'evaluatie#3']));
});

describe('sortByAge', () => {
  it('puts unknown ages first, then oldest; ties by publication and natural number order', () => {
    expect(ids(sortByAge(rows))).toEqual(['evaluatie#3', 'evaluatie#1', 'rekenkamer#10', 'rekenkamer#2', 'rekenkamer#1']);
    const tie = [row('p', '10', [], 'toegezegd', 1, false), row('p', '9', [], 'toegezegd', 1, false), row('p', '2.10', [], 'toegezegd', 1, false), row('p', '2.9', [], 'toegezegd', 1, false)];
    expect(sortByAge(tie).map((r) => r.nummer)).toEqual(['2.9', '2.10', '9', '10']);
  });
  it('does not change the input', () => {
    const copy = [...rows];
    sortByAge(rows);
    expect(rows).toEqual(copy);
  });
});

describe('filterPath', () => {
  it('gives one static page per filter', () => {
    expect(filterPath({ kind: 'alle' })).toBe('/aanbevelingen/');
    expect(filterPath({ kind: 'verouderd' })).toBe('/aanbevelingen/verouderd/');
    expect(filterPath({ kind: 'keten', id: 'gezond-thuis' })).toBe('/aanbevelingen/keten/gezond-thuis/');
    expect(filterPath({ kind: 'status', id: 'in-uitvoering' })).toBe('/aanbevelingen/status/in-uitvoering/');
    expect(filterPath({ kind: 'publicatie', id: 'rekenkamer-2025' })).toBe('/aanbevelingen/publicatie/rekenkamer-2025/');
  });
});

describe('tracker sort orders', () => {
  const row = (publicatieId: string, nummer: string, status?: string, ageMonths?: number) =>
    ({ publicatieId, nummer, ketens: [], summary: { latest: status ? ({ status } as never) : undefined, ageMonths, stale: false } }) as TrackerRow;
  const rows = [row('b', '2', 'uitgevoerd', 1), row('a', '10', 'toegezegd', 9), row('a', '2', undefined, 3)];
  it('sorts by publication and number, numbers in numeric order', () => {
    expect(sortRows(rows, 'publicatie').map((r) => `${r.publicatieId}${r.nummer}`)).toEqual(['a2', 'a10', 'b2']);
  });
  it('sorts by status: unknown first, closed last', () => {
    expect(sortRows(rows, 'status').map((r) => r.summary.latest?.status ?? 'geen')).toEqual(['geen', 'toegezegd', 'uitgevoerd']);
  });
  it('sorts by age: oldest update first', () => {
    expect(sortRows(rows, 'leeftijd').map((r) => r.summary.ageMonths)).toEqual([9, 3, 1]);
  });
});

describe('sharedNotes', () => {
  const withNote = (nummer: string, toelichting: string | undefined): TrackerRow => ({
    publicatieId: 'p', nummer, ketens: [],
    summary: { latest: toelichting === undefined ? undefined : { aanbeveling: nummer, datum: '2024-11', status: 'onbekend', toelichting }, stale: false },
  });
  const boiler = 'Over de opvolging is nog niets bekend.';
  const rows = [withNote('1', 'Eigen uitleg.'), withNote('2', boiler), withNote('3', `${boiler} `), withNote('4', undefined), withNote('5', boiler)];

  it('says a text that recurs on several rows once, with a true count', () => {
    const { notes } = sharedNotes(rows);
    expect(notes).toEqual([{ id: 'toelichting-1', text: boiler, count: 3 }]);
  });
  it('lets the rows with that text point to the note, and leaves the others alone', () => {
    const { noteOf } = sharedNotes(rows);
    expect(rows.map((r) => noteOf(r)?.id)).toEqual([undefined, 'toelichting-1', 'toelichting-1', undefined, 'toelichting-1']);
  });
  it('keeps a text that occurs once in its row', () => {
    expect(sharedNotes(rows.slice(0, 2)).notes).toEqual([]);
    expect(sharedNotes(rows, 4).notes).toEqual([]);
  });
});

describe('countByStatus', () => {
  it('counts by latest status in the given order, no status as onbekend, and leaves out statuses without any', () => {
    expect(countByStatus(rows, ['toegezegd', 'in-uitvoering', 'uitgevoerd', 'niet-overgenomen', 'onbekend'])).toEqual([
      { status: 'toegezegd', count: 1 }, { status: 'in-uitvoering', count: 1 }, { status: 'uitgevoerd', count: 1 }, { status: 'onbekend', count: 2 },
    ]);
  });
});

describe('coversAllKetens', () => {
  it('is true only when every keten of the site is named', () => {
    expect(coversAllKetens(['b', 'a', 'c'], ['a', 'b', 'c'])).toBe(true);
    expect(coversAllKetens(['a', 'b'], ['a', 'b', 'c'])).toBe(false);
    expect(coversAllKetens([], ['a', 'b'])).toBe(false);
    // With one keten, naming it is not "all ketens together".
    expect(coversAllKetens(['a'], ['a'])).toBe(false);
  });
});
