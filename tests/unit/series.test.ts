import { describe, expect, it } from 'vitest';
import type { Observatie } from '../../src/schemas/index.ts';
import { figureSubtitle, hasValues, periodRange, pivot } from '../../src/lib/series.ts';

const obs = (periode: string, gebied: string, waarde: number | null, extra: Partial<Observatie> = {}): Observatie =>
  ({ periode, gebied, waarde, status: waarde === null ? 'ontbreekt' : 'definitief', kwalificatie: 'exact', ...extra }) as Observatie;
const names: Record<string, string> = { centrum: 'Centrum', 'de-beemden': 'De Beemden', zuid: 'Zuid', noord: 'Noord', stad: 'Voorbeeldstad' };
const label = (id: string) => names[id] ?? id;

describe('pivot', () => {
  it('orders periods in time, whatever the file order', () => {
    const t = pivot({ observaties: [obs('2024-H1', 'centrum', 3), obs('2023-H2', 'centrum', 2), obs('2023-H1', 'centrum', 1)] }, label);
    expect(t.periods).toEqual(['2023-H1', '2023-H2', '2024-H1']);
    expect(t.cells.map((r) => r[0]?.waarde)).toEqual([1, 2, 3]);
  });

  it('orders areas by areaOrder, unknown areas after them by Dutch name', () => {
    const t = pivot({ observaties: [obs('2024', 'zuid', 1), obs('2024', 'de-beemden', 2), obs('2024', 'centrum', 3), obs('2024', 'noord', 4)] }, label, ['noord', 'zuid']);
    expect(t.columns.map((c) => c.label)).toEqual(['Noord', 'Zuid', 'Centrum', 'De Beemden']);
    expect(t.cells[0]!.map((o) => o?.waarde)).toEqual([4, 1, 3, 2]);
  });

  it('leaves undefined cells for gaps, so tables and lines show them', () => {
    const t = pivot({ observaties: [obs('2022', 'centrum', 1), obs('2024', 'centrum', 3), obs('2023', 'zuid', 5)] }, label);
    expect(t.periods).toEqual(['2022', '2023', '2024']);
    expect(t.cells.map((r) => r.map((o) => o?.waarde ?? 'gat'))).toEqual([[1, 'gat'], ['gat', 5], [3, 'gat']]);
  });

  it('keeps observations with status ontbreekt as cells (not gaps)', () => {
    const t = pivot({ observaties: [obs('2022', 'centrum', 1), obs('2023', 'centrum', null)] }, label);
    expect(t.cells[1]![0]).toMatchObject({ status: 'ontbreekt', waarde: null });
  });

  it('splits by category in the order of the breakdown; one area is not repeated in labels', () => {
    const uitsplitsing = { label: 'uitkomst', categorieen: [{ id: 'overbrugbaar', label: 'Overbrugbaar' }, { id: 'onoverbrugbaar', label: 'Onoverbrugbaar' }] };
    const t = pivot({ uitsplitsing, observaties: [obs('2024', 'stad', 10, { categorie: 'onoverbrugbaar' }), obs('2024', 'stad', 20, { categorie: 'overbrugbaar' })] }, label);
    expect(t.columns).toEqual([
      { key: 'stad|overbrugbaar', gebied: 'stad', categorie: 'overbrugbaar', areaName: label('stad'), label: 'Overbrugbaar' },
      { key: 'stad|onoverbrugbaar', gebied: 'stad', categorie: 'onoverbrugbaar', areaName: label('stad'), label: 'Onoverbrugbaar' },
    ]);
    expect(t.cells[0]!.map((o) => o?.waarde)).toEqual([20, 10]);
  });

  it('with several areas and categories labels columns "area: category" and skips absent combinations', () => {
    const uitsplitsing = { label: 'x', categorieen: [{ id: 'ja', label: 'Ja' }, { id: 'nee', label: 'Nee' }] };
    const t = pivot({ uitsplitsing, observaties: [obs('2024', 'noord', 1, { categorie: 'ja' }), obs('2024', 'noord', 2, { categorie: 'nee' }), obs('2024', 'zuid', 3, { categorie: 'nee' })] }, label);
    expect(t.columns.map((c) => c.label)).toEqual(['Noord: Ja', 'Noord: Nee', 'Zuid: Nee']);
  });

  it('is empty for no observations', () => {
    expect(pivot({ observaties: [] }, label)).toEqual({ periods: [], columns: [], cells: [] });
  });
});

describe('periodRange', () => {
  it('names first and last period in Dutch', () => {
    expect(periodRange([{ periode: '2024' }, { periode: '2019' }, { periode: '2021' }])).toBe('2019 – 2024');
    expect(periodRange([{ periode: '2023-Q1' }, { periode: '2025-Q2' }])).toBe('1e kwartaal 2023 – 2e kwartaal 2025');
  });
  it('one period once, none as empty text', () => {
    expect(periodRange([{ periode: '2023-H2' }, { periode: '2023-H2' }])).toBe('2e helft 2023');
    expect(periodRange([])).toBe('');
  });
});

describe('figureSubtitle and hasValues', () => {
  const label = (id: string) => ({ a: 'Oost', b: 'West' })[id] ?? id;
  const eenheid = { soort: 'aantal' as const, label: 'aanvragen' };
  it('names one area, counts several in the level\'s plural, and spans the periods', () => {
    expect(figureSubtitle({ eenheid, gebiedsniveau: 'wijk', observaties: [obs('2023', 'a', 1), obs('2024', 'a', 2)] }, label)).toBe('aanvragen · Oost · 2023 – 2024');
    expect(figureSubtitle({ eenheid, gebiedsniveau: 'wijk', observaties: [obs('2024', 'a', 1), obs('2024', 'b', 2)] }, label)).toBe('aanvragen · 2 wijken · 2024');
    expect(figureSubtitle({ eenheid, gebiedsniveau: 'studie', observaties: [obs('2024', 'a', 1), obs('2024', 'b', 2)] }, label)).toBe('aanvragen · 2 studiegroepen · 2024');
  });
  it('has values when one is known or estimated as a range', () => {
    expect(hasValues([obs('2024', 'a', null)])).toBe(false);
    expect(hasValues([obs('2024', 'a', null), obs('2024', 'b', 3)])).toBe(true);
    expect(hasValues([obs('2024', 'a', null, { kwalificatie: 'bereik', ondergrens: 1, bovengrens: 2 })])).toBe(true);
  });
});
