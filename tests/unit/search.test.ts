import { describe, expect, it } from 'vitest';
import { fold, groupByKind, isRealMatch, keepResult, wordsAt, wordsOf } from '../../src/lib/search.ts';

describe('fold and wordsOf', () => {
  it('drops case and diacritics', () => expect(fold('Geïndiceerde Financiële')).toBe('geindiceerde financiele'));
  it('splits on punctuation', () => expect(wordsOf('wijkteams: een (andere) rol.')).toEqual(['wijkteams', 'een', 'andere', 'rol']));
});

describe('isRealMatch', () => {
  it('accepts longer words that start with the typed word', () => {
    expect(isRealMatch('wijkteams:', 'wijkteam')).toBe(true);
    expect(isRealMatch('wijkteammedewerkers', 'wijkteam')).toBe(true);
  });
  it('accepts the same word with or without diacritics', () => {
    expect(isRealMatch('geïndiceerde', 'geindiceerde')).toBe(true);
    expect(isRealMatch('financiele', 'financiële')).toBe(true);
  });
  it('accepts a stem a few letters shorter', () => {
    expect(isRealMatch('keten', 'ketens')).toBe(true);
    expect(isRealMatch('indicatie', 'indicaties')).toBe(true);
  });
  it('rejects Pagefind\'s fallback to a short prefix or another word', () => {
    expect(isRealMatch('x', 'xqzplw')).toBe(false);
    expect(isRealMatch('K.', 'kat')).toBe(false);
    expect(isRealMatch('indicaties', 'geindiceerde')).toBe(false);
    expect(isRealMatch('flu', 'flurbo')).toBe(false);
  });
});

describe('keepResult', () => {
  it('needs a real match for every typed word', () => {
    expect(keepResult('wijkteam zorg', ['wijkteams', 'zorgaanbieder'])).toBe(true);
    expect(keepResult('wijkteam flurbo', ['wijkteams', 'f'])).toBe(false);
    expect(keepResult('xqzplw', ['x'])).toBe(false);
    expect(keepResult('   ', ['x'])).toBe(false);
  });
});

describe('wordsAt', () => {
  it('reads the words at the match locations', () => {
    expect(wordsAt('De  wijkteams: een rol', [1, 3, 9])).toEqual(['wijkteams:', 'rol']);
  });
});

describe('groupByKind', () => {
  const r = (kind?: string) => ({ kind });
  it('groups in the given order, unknown kinds after, with true counts', () => {
    const groups = groupByKind([r('Verhaal'), r('Keten'), r('Extra'), r('Verhaal'), r()], ['Keten', 'Verhaal', 'Pagina']);
    expect(groups.map((g) => [g.kind, g.count])).toEqual([['Keten', 1], ['Verhaal', 2], ['Pagina', 1], ['Extra', 1]]);
  });
  it('has no cap: every result is counted', () => {
    const many = Array.from({ length: 75 }, () => r('Indicator'));
    expect(groupByKind(many, ['Indicator'])[0]!.count).toBe(75);
  });
});
