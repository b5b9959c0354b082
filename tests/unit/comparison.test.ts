import { describe, expect, it } from 'vitest';
import { COMPARED, KENMERK_LABEL, comparisonMatrix, figureComparison, sourceAndYear, type ComparedFigure } from '../../src/lib/comparison.ts';
import { kenmerkVelden, type Gemeente } from '../../src/schemas/index.ts';

const bron = { bron: 'x' };
const gemeente = (naam: string, studies: Gemeente['studies']): Gemeente => ({ naam, provincie: 'P', studies });
const gemeenten: { id: string; data: Gemeente }[] = [
  { id: 'noordhaven', data: gemeente('Noordhaven', [
    { publicatie: 'rekenkamer', peildatum: '2025-01', samenvatting: 's', kenmerken: { teamvorm: { waarde: 'één team', bron }, sturingsmodel: { waarde: 'resultaat', bron } }, citaten: [] },
    { publicatie: 'evaluatie', peildatum: '2024-05', samenvatting: 's', kenmerken: { teamvorm: { waarde: 'twee teams', bron } }, citaten: [] },
  ]) },
  { id: 'zuidwaard', data: gemeente('Zuidwaard', [
    { publicatie: 'rekenkamer', peildatum: '2025-02', samenvatting: 's', kenmerken: { teamvorm: { waarde: 'één team', bron }, doelgroep: { waarde: 'iedereen', bron } }, citaten: [] },
  ]) },
  { id: 'oostmeer', data: gemeente('Oostmeer', [
    { publicatie: 'evaluatie', peildatum: '2024-05', samenvatting: 's', kenmerken: { teamvorm: { waarde: 'per doelgroep', bron } }, citaten: [] },
  ]) },
];

describe('comparisonMatrix', () => {
  it('compares only municipalities in the chosen study, with that study’s values', () => {
    const m = comparisonMatrix(gemeenten, 'rekenkamer');
    expect(m.rows.map((r) => r.id)).toEqual(['noordhaven', 'zuidwaard']);
    expect(m.fields).toEqual(['teamvorm', 'doelgroep', 'sturingsmodel']);
    expect(m.rows[0]!.cells).toEqual([
      { waarde: 'één team', publicatie: 'rekenkamer', peildatum: '2025-01' },
      undefined,
      { waarde: 'resultaat', publicatie: 'rekenkamer', peildatum: '2025-01' },
    ]);
    expect(m.rows[1]!.cells.map((c) => c?.waarde)).toEqual(['één team', 'iedereen', undefined]);
  });

  it('never mixes studies: the other study gives other values', () => {
    const m = comparisonMatrix(gemeenten, 'evaluatie');
    expect(m.rows.map((r) => [r.naam, r.cells.map((c) => c?.waarde)])).toEqual([['Noordhaven', ['twee teams']], ['Oostmeer', ['per doelgroep']]]);
  });

  it('respects a chosen field list and its order, dropping empty columns', () => {
    const m = comparisonMatrix(gemeenten, 'rekenkamer', ['sturingsmodel', 'regierol', 'teamvorm']);
    expect(m.fields).toEqual(['sturingsmodel', 'teamvorm']);
    expect(m.rows[1]!.cells.map((c) => c?.waarde)).toEqual([undefined, 'één team']);
  });

  it('is empty for an unknown study', () => {
    expect(comparisonMatrix(gemeenten, 'bestaat-niet')).toEqual({ fields: [], rows: [], undescribed: [] });
  });

  it('names a municipality the study says nothing about on these points once, instead of a row of empty cells', () => {
    const m = comparisonMatrix(gemeenten, 'rekenkamer', ['doelgroep']);
    expect(m.rows.map((r) => r.id)).toEqual(['zuidwaard']);
    expect(m.undescribed).toEqual([{ id: 'noordhaven', naam: 'Noordhaven' }]);
  });
});

describe('labels', () => {
  it('has a Dutch label for every comparable field, and compares only known fields', () => {
    expect(Object.keys(KENMERK_LABEL).sort()).toEqual([...kenmerkVelden].sort());
    for (const f of COMPARED) expect(kenmerkVelden).toContain(f);
  });
});

describe('figureComparison', () => {
  const names: Record<string, string> = { voorbeeldstad: 'Voorbeeldstad', noordhaven: 'Noordhaven', aadorp: 'Aadorp', zuidwaard: 'Zuidwaard' };
  const label = (id: string) => names[id] ?? id;
  const o = (periode: string, gebied: string, waarde: number | null, status = 'definitief') => ({ periode, gebied, waarde, status });
  const figures: ComparedFigure[] = [
    { id: 'inwoners', titel: 'Inwoners', eenheid: { soort: 'aantal', label: 'inwoners' }, bron: { naam: 'CBS' },
      observaties: [o('2023', 'noordhaven', 900), o('2024', 'noordhaven', 1000), o('2024', 'voorbeeldstad', 2000), o('2024', 'aadorp', 500)] },
    { id: 'rondkomen', titel: 'Moeite met rondkomen', eenheid: { soort: 'procent', label: 'procent' }, bron: { naam: 'GGD' },
      observaties: [o('2024', 'zuidwaard', 30.5), o('2024', 'voorbeeldstad', null, 'onderdrukt'), o('2024', 'noordhaven', 20)] },
  ];
  it('puts the own municipality first, then the others by name, and each figure at its latest period', () => {
    const t = figureComparison(figures, label, 'voorbeeldstad');
    expect(t.gemeenten.map((g) => g.id)).toEqual(['voorbeeldstad', 'aadorp', 'noordhaven', 'zuidwaard']);
    expect(t.rows.map((r) => [r.id, r.periode, r.bron])).toEqual([['inwoners', '2024', 'CBS'], ['rondkomen', '2024', 'GGD']]);
    expect(t.rows[0]!.cells.map((c) => c?.waarde)).toEqual([2000, 500, 1000, undefined]);
  });
  it('keeps a hidden value as it is and leaves a gap where the source has no value', () => {
    const t = figureComparison(figures, label, 'voorbeeldstad');
    expect(t.rows[1]!.cells[0]).toMatchObject({ waarde: null, status: 'onderdrukt' });
    expect(t.rows[1]!.cells[1]).toBeUndefined();
    expect(t.rows[1]!.cells[3]).toMatchObject({ waarde: 30.5 });
  });
  it('is empty without figures', () => {
    expect(figureComparison([], label, 'voorbeeldstad')).toEqual({ gemeenten: [], rows: [] });
  });
});

describe('sourceAndYear', () => {
  it('names the year once', () => {
    expect(sourceAndYear('CBS, Kerncijfers wijken en buurten 2024', '2024')).toBe('CBS, Kerncijfers wijken en buurten 2024');
    expect(sourceAndYear('GGD, Gezondheidsmonitor', '2024')).toBe('GGD, Gezondheidsmonitor, 2024');
    expect(sourceAndYear('Registratie', '2019 – 2024')).toBe('Registratie, 2019 – 2024');
    expect(sourceAndYear('Registratie', '')).toBe('Registratie');
  });
});
