import { describe, expect, it } from 'vitest';
import { contextFigureSummary, contextSentence, contextTrendWords, gatherSources, indicatorTrend, latestFigureText, mergeSources, resultEvidence, sectionSources, theoryCountsSentence } from '../../src/lib/evidence.ts';
import type { Knoop } from '../../src/schemas/index.ts';

const obs = (periode: string, waarde: number | null, gebied = 'zaanstad', categorie?: string) => ({ periode, gebied, waarde, ...(categorie ? { categorie } : {}) });

describe('indicatorTrend', () => {
  it('compares the latest value with the one before it, whatever the order in the file', () => {
    expect(indicatorTrend([obs('2024', 12), obs('2022', 20), obs('2023', 10)], 'zaanstad')).toEqual({ trend: 'stijgt', compared: [obs('2023', 10), obs('2024', 12)], area: 'zaanstad' });
    expect(indicatorTrend([obs('2023-Q4', 5), obs('2024-Q1', 4)])).toMatchObject({ trend: 'daalt', compared: [obs('2023-Q4', 5), obs('2024-Q1', 4)] });
    expect(indicatorTrend([obs('2023', 5), obs('2024', 5)]).trend).toBe('gelijk');
  });
  it('skips suppressed and missing values', () => {
    expect(indicatorTrend([obs('2022', 3), obs('2023', 9), obs('2024', null)])).toMatchObject({ trend: 'stijgt', compared: [obs('2022', 3), obs('2023', 9)] });
    expect(indicatorTrend([obs('2024', null)]).trend).toBe('geen-data');
    expect(indicatorTrend([]).trend).toBe('geen-data');
  });
  it('follows the municipality as a whole when it is measured, else the area with the most values', () => {
    const rows = [obs('2023', 1, 'wijk-a'), obs('2024', 9, 'wijk-a'), obs('2022', 5, 'wijk-b'), obs('2023', 4, 'wijk-b'), obs('2024', 3, 'wijk-b'), obs('2024', 7)];
    expect(indicatorTrend(rows, 'zaanstad')).toEqual({ trend: 'een-meting', compared: [obs('2024', 7)], area: 'zaanstad' });
    expect(indicatorTrend(rows, 'elders').trend).toBe('daalt');
  });
  it('gives no single trend for a breakdown into categories', () => {
    expect(indicatorTrend([obs('2023', 1, 'zaanstad', 'a'), obs('2024', 2, 'zaanstad', 'a')]).trend).toBe('geen-reeks');
  });
});

describe('latestFigureText', () => {
  const ind = (soort: 'aantal' | 'procent', observaties: (ReturnType<typeof obs> & { kwalificatie?: 'ongeveer' })[]) => ({ eenheid: { soort }, observaties });
  const label = (id: string) => ({ zaanstad: 'Zaanstad', oost: 'Oost' })[id] ?? id;
  it('gives the latest value and the one before it, with the unit, in plain words', () => {
    expect(latestFigureText(ind('aantal', [obs('2021', 3950), obs('2022', 4120)]), 'zaanstad', label)).toBe('4.120 in 2022, meer dan in 2021 (3.950)');
    expect(latestFigureText(ind('procent', [obs('2023', 6.2), obs('2024', 5.2)]), 'zaanstad', label)).toBe('5,2% in 2024, minder dan in 2023 (6,2%)');
    expect(latestFigureText(ind('aantal', [obs('2023', 10), obs('2024', 10)]), 'zaanstad', label)).toBe('10 in 2024, evenveel als in 2023');
    expect(latestFigureText(ind('aantal', [obs('2024', 7)]), 'zaanstad', label)).toBe('7 in 2024 (één meting)');
  });
  it('keeps an estimate an estimate, names an area that is not the whole municipality, and says when there is nothing', () => {
    expect(latestFigureText(ind('aantal', [{ ...obs('2024', 400), kwalificatie: 'ongeveer' as const }]), 'zaanstad', label)).toBe('circa 400 in 2024 (één meting)');
    expect(latestFigureText(ind('aantal', [obs('2023', 2, 'oost'), obs('2024', 3, 'oost')]), 'zaanstad', label)).toBe('Oost: 3 in 2024, meer dan in 2023 (2)');
    // The municipality beside other areas (wijken, other municipalities): which one the number is about.
    expect(latestFigureText(ind('aantal', [obs('2024', 3, 'oost'), obs('2024', 8)]), 'zaanstad', label)).toBe('Zaanstad: 8 in 2024 (één meting)');
    // Several areas and none of them the whole municipality: one of them would stand for all.
    expect(latestFigureText(ind('aantal', [obs('2024', 3, 'oost'), obs('2024', 5, 'west')]), 'zaanstad', label)).toBe('per gebied (2024), geen totaal');
    expect(latestFigureText(ind('aantal', [obs('2024', null)]), 'zaanstad', label)).toBe('nog geen openbare data');
    // A range has no single value, but it is a figure.
    expect(latestFigureText({ eenheid: { soort: 'euro' as const }, observaties: [{ ...obs('2025', null), kwalificatie: 'bereik' as const, ondergrens: 3e6, bovengrens: 5e6 }] }, 'zaanstad', label)).toBe('€ 3 à 5 mln in 2025');
  });
  it('names a few groups one by one in the latest period, in the order of the breakdown', () => {
    const groups = (observaties: ReturnType<typeof obs>[], ids = ['vvt', 'ggz', 'gz']) => ({
      eenheid: { soort: 'aantal' as const }, observaties, uitsplitsing: { categorieen: ids.map((id) => ({ id, label: id.toUpperCase() })) },
    });
    const wmo = [obs('2022', 377, 'zaanstad', 'gz'), obs('2021', 3812, 'zaanstad', 'vvt'), obs('2022', 4188, 'zaanstad', 'vvt'), obs('2022', 1386, 'zaanstad', 'ggz'), obs('2021', 1326, 'zaanstad', 'ggz'), obs('2021', 387, 'zaanstad', 'gz')];
    expect(latestFigureText(groups(wmo), 'zaanstad', label)).toBe('VVT 4.188, GGZ 1.386 en GZ 377 in 2022');
    expect(latestFigureText(groups([obs('2024', 48, 'oost', 'vvt')], ['vvt']), 'zaanstad', label)).toBe('Oost: VVT 48 in 2024');
    // The municipality beside a wijk: its groups, named as its own.
    expect(latestFigureText(groups([obs('2024', 5, 'oost', 'vvt'), obs('2024', 9, 'zaanstad', 'vvt')], ['vvt']), 'zaanstad', label)).toBe('Zaanstad: VVT 9 in 2024');
    // No one short sentence: a group without a value in the latest period, too many groups, or only several wijken.
    expect(latestFigureText(groups([obs('2022', 5, 'zaanstad', 'vvt'), obs('2021', 3, 'zaanstad', 'gz')]), 'zaanstad', label)).toBe('per groep, geen totaal');
    expect(latestFigureText(groups([obs('2022', 5, 'zaanstad', 'vvt'), obs('2022', null, 'zaanstad', 'ggz'), obs('2022', 1, 'zaanstad', 'gz')]), 'zaanstad', label)).toBe('per groep, geen totaal');
    const six = ['a', 'b', 'c', 'd', 'e', 'f'];
    expect(latestFigureText(groups(six.map((g) => obs('2024', 1, 'zaanstad', g)), six), 'zaanstad', label)).toBe('per groep, geen totaal');
    expect(latestFigureText(groups([obs('2024', 1, 'oost', 'vvt'), obs('2024', 2, 'west', 'vvt')], ['vvt']), 'zaanstad', label)).toBe('per groep, geen totaal');
  });
});

describe('resultEvidence', () => {
  const node = (id: string, indicatoren: string[]): Knoop => ({ id, soort: 'resultaat-kort', titel: id.toUpperCase(), indicatoren, bronnen: [] }) as unknown as Knoop;
  const indicators = new Map([
    ['met', { titel: 'Met data', rol: 'context', eenheid: { soort: 'aantal' as const }, observaties: [obs('2023', 2), obs('2024', 1)] }],
    ['zonder', { titel: 'Zonder data', eenheid: { soort: 'aantal' as const }, observaties: [] }],
  ]);
  // As the build keeps them: entries by id, and each one's latest figure worked out once (src/data/derived.ts).
  const entries = new Map([...indicators].map(([id, data]) => [id, { id, data }]));
  const latest = new Map([...indicators].map(([id, data]) => [id, latestFigureText(data, 'zaanstad', (a) => a)]));
  const rows = resultEvidence([
    { node: node('r1', ['met', 'zonder', 'onbekend']), incoming: [{ aannames: [{ status: 'ondersteund' }, { status: 'ongetoetst' }] }, { aannames: [{ status: 'weerlegd' }] }] as never, stories: [1, 2] },
    { node: node('r2', ['zonder']), incoming: [], stories: [] },
  ], entries, latest);

  it('says per result whether there are figures, their trend, the stories and the tested assumptions', () => {
    expect(rows[0]).toMatchObject({ anchor: 'resultaat-r1', hasFigures: true, stories: 2, assumptions: { total: 3, open: 1 } });
    expect(rows[0]!.indicators.map((i) => [i.id, i.hasValues, i.latest, i.context])).toEqual([['met', true, '1 in 2024, minder dan in 2023 (2)', true], ['zonder', false, 'nog geen openbare data', false]]);
    expect(rows[1]).toMatchObject({ hasFigures: false, stories: 0, assumptions: { total: 0, open: 0 } });
  });
});

describe('gatherSources', () => {
  it('names each source once, with every place cited in it', () => {
    expect(gatherSources([{ bron: 'a', plaats: 'p. 1' }, { bron: 'b' }], undefined, [{ bron: 'a', plaats: 'p. 1' }, { bron: 'a', plaats: 'p. 9' }, { bron: 'b', plaats: 'bijlage 2' }]))
      .toEqual([{ bron: 'a', plaatsen: ['p. 1', 'p. 9'] }, { bron: 'b', plaatsen: ['bijlage 2'] }]);
    expect(gatherSources([], undefined)).toEqual([]);
  });
});

describe('sectionSources', () => {
  it('gathers the node, its incoming links and their assumptions, over several sections', () => {
    const s = (bron: string, plaats?: string) => [{ bron, ...(plaats ? { plaats } : {}) }];
    const a = { node: { bronnen: s('x', 'p. 1') }, incoming: [{ bronnen: s('y'), aannames: [{ bronnen: s('x', 'p. 2') }, {}] }] };
    const b = { node: { bronnen: s('z') }, incoming: [] };
    expect(sectionSources(a, b)).toEqual([{ bron: 'x', plaatsen: ['p. 1', 'p. 2'] }, { bron: 'y', plaatsen: [] }, { bron: 'z', plaatsen: [] }]);
  });
});

describe('mergeSources', () => {
  it('joins gathered lists, each source once with all its places', () => {
    expect(mergeSources([{ bron: 'a', plaatsen: ['p. 1'] }, { bron: 'b', plaatsen: [] }], [{ bron: 'a', plaatsen: ['p. 1', 'p. 3'] }]))
      .toEqual([{ bron: 'a', plaatsen: ['p. 1', 'p. 3'] }, { bron: 'b', plaatsen: [] }]);
  });
});

describe('contextFigureSummary', () => {
  const figures = [
    { observaties: [obs('2023', 5), obs('2024', 7)] },
    { observaties: [obs('2022', 9), obs('2023', 4)] },
    { observaties: [obs('2021', 1), obs('2022', 3)] },
    { observaties: [obs('2024', 2)] },
    { observaties: [] },
  ];
  it('counts the context figures and which way each moved', () => {
    const s = contextFigureSummary(figures, 'zaanstad');
    expect(s).toEqual({ count: 5, withData: 4, trends: [{ trend: 'stijgt', count: 2 }, { trend: 'daalt', count: 1 }, { trend: 'een-meting', count: 1 }, { trend: 'geen-data', count: 1 }] });
    expect(contextTrendWords(s)).toBe('2 stijgen, 1 daalt, 1 heeft één meting en 1 heeft nog geen data');
  });
  it('says nothing about trends when there are no figures', () => {
    const s = contextFigureSummary([]);
    expect(s).toEqual({ count: 0, withData: 0, trends: [] });
    expect(contextTrendWords(s)).toBe('');
  });
});

describe('summary sentences', () => {
  it('says none, one, some and all in plain Dutch, with the counts of the overview of all ketens', () => {
    const counts = (results: number, resultsWithData: number, resultsWithStories: number, assumptions: number, openAssumptions: number) => ({ results, resultsWithData, resultsWithStories, assumptions, openAssumptions });
    expect(theoryCountsSentence(counts(6, 0, 5, 13, 10)))
      .toBe('Geen van de 6 resultaten heeft cijfers; 5 hebben een verhaal. Van de 13 aannames in de hele verandertheorie zijn er 10 nog open: nooit getoetst, of er is twijfel over.');
    expect(theoryCountsSentence(counts(5, 1, 1, 11, 1)))
      .toBe('1 van de 5 resultaten heeft cijfers; 1 heeft een verhaal. Van de 11 aannames in de hele verandertheorie is er 1 nog open: nooit getoetst, of er is twijfel over.');
    expect(theoryCountsSentence(counts(4, 4, 0, 2, 0)))
      .toBe('Alle 4 resultaten hebben cijfers; geen enkel resultaat heeft een verhaal. Alle 2 aannames zijn getoetst, zonder twijfel.');
    expect(theoryCountsSentence(counts(3, 2, 3, 0, 0)))
      .toBe('2 van de 3 resultaten hebben cijfers; alle hebben een verhaal. De verandertheorie noemt nog geen aannames.');
    expect(theoryCountsSentence(counts(1, 0, 1, 1, 1)))
      .toBe('Het ene resultaat heeft nog geen cijfers en een verhaal. Van de 1 aanname in de hele verandertheorie is er 1 nog open: nooit getoetst, of er is twijfel over.');
    expect(theoryCountsSentence(counts(0, 0, 0, 0, 0))).toBe('Deze verandertheorie noemt nog geen resultaten. De verandertheorie noemt nog geen aannames.');
  });

  it('names the context figures, with their trends only when there is data', () => {
    expect(contextSentence(contextFigureSummary([]))).toBe('nog geen cijfers over hoe groot de opgave is.');
    const one = contextFigureSummary([{ observaties: [obs('2023', 1), obs('2024', 2)] }], 'zaanstad');
    expect(contextSentence(one)).toBe('1 cijfer over hoe groot de opgave is; ten opzichte van de meting ervoor: 1 stijgt. Ze meten niet wat de wijkteams bereiken.');
    const empty = contextFigureSummary([{ observaties: [] }, { observaties: [] }], 'zaanstad');
    expect(contextSentence(empty)).toMatch(/^2 cijfers over hoe groot de opgave is/);
  });
});
