import { describe, expect, it } from 'vitest';
import { comparisonFigures, comparisonFiguresFor, contextFiguresFor, isComparisonFigure, type ContextCandidate } from '../../src/lib/context-figures.ts';

const ind = (id: string, titel: string, rol: ContextCandidate['rol'], ketens: string[], observationCount = 4): ContextCandidate => ({ id, titel, rol, ketens, observationCount });
const all = [
  ind('wmo-clienten', 'Cliënten Wmo', 'context', ['wmo']),
  ind('zwaar-belast', 'Mantelzorgers zwaar belast', 'context', ['wmo']),
  ind('armoede', 'Huishoudens tot 110%', 'context', ['armoede', 'jeugd']),
  ind('ib-indicaties', 'Afgegeven indicaties', 'resultaat', []),
  ind('leeg', 'Aanvragen (nog leeg)', 'context', ['wmo'], 0),
];

describe('contextFiguresFor', () => {
  it('returns only the context figures that name the keten, by Dutch title', () => {
    expect(contextFiguresFor(all, 'wmo').map((i) => i.id)).toEqual(['leeg', 'wmo-clienten', 'zwaar-belast']);
    expect(contextFiguresFor(all, 'jeugd').map((i) => i.id)).toEqual(['armoede']);
  });
  it('never lists a result indicator, and nothing for an unknown keten', () => {
    expect(contextFiguresFor(all, 'onbekend')).toEqual([]);
    expect(contextFiguresFor(all, 'wmo').some((i) => i.rol === 'resultaat')).toBe(false);
  });
  it('does not reorder its input', () => {
    const copy = [...all];
    contextFiguresFor(all, 'wmo');
    expect(all).toEqual(copy);
  });
});

describe('comparisons of municipalities', () => {
  const obs = (...gebieden: string[]) => gebieden.map((gebied) => ({ gebied }));
  it('a context figure per gemeente with more than one gemeente is a comparison', () => {
    expect(isComparisonFigure({ rol: 'context', gebiedsniveau: 'gemeente', observaties: obs('zaanstad', 'haarlem') })).toBe(true);
    expect(isComparisonFigure({ rol: 'context', gebiedsniveau: 'gemeente', observaties: obs('zaanstad', 'zaanstad') })).toBe(false);
    expect(isComparisonFigure({ rol: 'context', gebiedsniveau: 'wijk', observaties: obs('poelenburg', 'westzaan') })).toBe(false);
    expect(isComparisonFigure({ rol: 'resultaat', gebiedsniveau: 'gemeente', observaties: obs('zaanstad', 'haarlem') })).toBe(false);
  });
  it('stand apart from the context figures of a keten page, which only links to them', () => {
    const withComparison = [...all, { ...ind('jong-rondkomen', 'Jongvolwassenen die moeilijk rondkomen', 'context', ['armoede']), comparison: true }];
    expect(contextFiguresFor(withComparison, 'armoede').map((i) => i.id)).toEqual(['armoede']);
    expect(comparisonFiguresFor(withComparison, 'armoede').map((i) => i.id)).toEqual(['jong-rondkomen']);
    expect(comparisonFiguresFor(withComparison, 'wmo')).toEqual([]);
  });
  it('the comparison page lists every comparison, whatever its keten, by title', () => {
    const withComparisons = [...all,
      { ...ind('jong-schulden', 'Jongvolwassenen met schulden', 'context', ['armoede']), comparison: true },
      { ...ind('inwoners', 'Inwoners van vijf gemeenten', 'context', []), comparison: true }];
    expect(comparisonFigures(withComparisons).map((i) => i.id)).toEqual(['inwoners', 'jong-schulden']);
  });
});
