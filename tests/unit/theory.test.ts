import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { verandertheorieSchema, type Verandertheorie } from '../../src/schemas/index.ts';
import { analyseTheory, assumptionAnchor, isResult, nodeAnchor, type IndicatorInfo } from '../../src/lib/theory.ts';

const vt: Verandertheorie = verandertheorieSchema.parse({
  status: 'concept',
  toelichting: 'Test.',
  knopen: [
    { id: 'a1', soort: 'activiteit', titel: 'Bezoek' },
    { id: 'o1', soort: 'output', titel: 'Bezocht', indicatoren: ['bezoeken'] },
    { id: 'rk1', soort: 'resultaat-kort', titel: 'Gezien', indicatoren: ['signalen', 'leeg'] },
    { id: 'rk2', soort: 'resultaat-kort', titel: 'Minder eenzaam', geenIndicatorReden: 'Niet gemeten.' },
    { id: 'rl1', soort: 'resultaat-lang', titel: 'Langer thuis', indicatoren: ['opnames'] },
    { id: 'amb', soort: 'ambitie', titel: 'Gezond thuis' },
    { id: 'rv', soort: 'randvoorwaarde', titel: 'Samenwerking' },
    { id: 'ef', soort: 'externe-factor', titel: 'Vergrijzing' },
  ],
  verbanden: [
    { van: 'a1', naar: 'o1', want: 'x', aannames: [{ id: 'as1', tekst: 'A', status: 'ondersteund', kennis: 'monitordata' }] },
    { van: 'o1', naar: 'rk1', want: 'x', aannames: [{ id: 'as2', tekst: 'B', status: 'ongetoetst', kennis: 'ervaring' }, { id: 'as3', tekst: 'C', status: 'twijfelachtig', kennis: 'professioneel' }] },
    { van: 'o1', naar: 'rk2', want: 'x' },
    { van: 'rk1', naar: 'rl1', want: 'x', aannames: [{ id: 'as4', tekst: 'D', status: 'weerlegd', kennis: 'wetenschappelijk' }] },
    { van: 'rl1', naar: 'amb', want: 'x' },
    { van: 'rv', naar: 'rk1', want: 'x' },
    { van: 'ef', naar: 'rl1', want: 'x', aannames: [{ id: 'as5', tekst: 'E', status: 'ongetoetst', kennis: 'monitordata' }] },
  ],
});
const indicators = new Map<string, IndicatorInfo>([
  ['bezoeken', { id: 'bezoeken', titel: 'Huisbezoeken', observationCount: 12 }],
  ['signalen', { id: 'signalen', titel: 'Vroegsignalen', observationCount: 0 }],
  ['opnames', { id: 'opnames', titel: 'Opnames', observationCount: 30 }],
  // 'leeg' is referenced but unknown: it must be skipped, not crash.
]);
const stories = [
  { id: 's1', resultaten: ['rk1', 'rl1'] },
  { id: 's2', resultaten: ['rk1'] },
  { id: 's3', resultaten: [] },
];

describe('analyseTheory', () => {
  const a = analyseTheory(vt, indicators, stories);

  it('orders result sections from ambition down to output', () => {
    expect(a.resultSections.map((s) => s.node.id)).toEqual(['amb', 'rl1', 'rk1', 'rk2', 'o1']);
    expect(a.activities.map((s) => s.node.id)).toEqual(['a1']);
    expect(a.conditions.map((s) => s.node.id)).toEqual(['rv', 'ef']);
  });

  it('gives each section its links, stories and known indicators', () => {
    const rk1 = a.resultSections.find((s) => s.node.id === 'rk1')!;
    expect(rk1.incoming.map((l) => l.van)).toEqual(['o1', 'rv']);
    expect(rk1.outgoing.map((l) => l.naar)).toEqual(['rl1']);
    expect(rk1.stories.map((s) => s.id)).toEqual(['s1', 's2']);
    expect(rk1.indicators.map((i) => i.id)).toEqual(['signalen']);
    const amb = a.resultSections[0]!;
    expect(amb.outgoing).toEqual([]);
    expect(amb.stories).toEqual([]);
  });

  it('finds the gaps: results without indicators, indicators without data, untested assumptions', () => {
    expect(a.gaps.resultsWithoutIndicators.map((k) => k.id)).toEqual(['rk2']);
    expect(a.gaps.indicatorsWithoutData.map((i) => i.id)).toEqual(['signalen']);
    expect(a.gaps.untestedAssumptions.map((u) => `${u.link.van}→${u.link.naar}:${u.assumption.id}`)).toEqual(['o1→rk1:as2', 'ef→rl1:as5']);
  });

  it('counts results (not the ambition or output), those with data or stories, and (open) assumptions', () => {
    expect(a.counts).toEqual({ results: 3, resultsWithData: 1, resultsWithStories: 2, assumptions: 5, openAssumptions: 3 });
  });

  it('anchors and result kinds', () => {
    expect(nodeAnchor('rk1')).toBe('resultaat-rk1');
    expect(assumptionAnchor('as1')).toBe('aanname-as1');
    expect(vt.knopen.filter(isResult).map((k) => k.id)).toEqual(['rk1', 'rk2', 'rl1']);
  });

  it('works on the large fixture theory', () => {
    const big = verandertheorieSchema.parse(JSON.parse(readFileSync('tests/fixtures/site/verandertheorie/werk-en-inkomen.json', 'utf8')));
    const r = analyseTheory(big, new Map(), []);
    const sectioned = [...r.resultSections, ...r.activities, ...r.conditions].map((s) => s.node.id).sort();
    expect(sectioned).toEqual(big.knopen.map((k) => k.id).sort());
    expect(r.counts.results).toBe(big.knopen.filter(isResult).length);
    expect(r.counts.resultsWithData).toBe(0);
    expect(r.gaps.indicatorsWithoutData).toEqual([]);
  });
});
