import { describe, expect, it } from 'vitest';
import { closest, didYouMean } from '../../src/lib/suggest.ts';

describe('closest', () => {
  it('finds typos', () => {
    expect(closest('titl', ['titel', 'tekst', 'bron'])).toBe('titel');
    expect(closest('wijkteam-nord', ['wijkteam-noord', 'wijkteam-zuid'])).toBe('wijkteam-noord');
    expect(closest('gezond-thuiss', ['gezond-thuis', 'jeugd'])).toBe('gezond-thuis');
  });
  it('prefers prefixes (a shortened or lengthened id)', () => {
    expect(closest('wmo-mantelzorg', ['wmo-mantelzorg-gezondheid', 'wmo'])).toBe('wmo-mantelzorg-gezondheid');
    expect(closest('jeugdzorg', ['jeugd', 'werk-en-inkomen'])).toBe('jeugd');
  });
  it('ignores case', () => {
    expect(closest('Titel', ['titel'])).toBe('titel');
  });
  it('gives nothing when no candidate is close', () => {
    expect(closest('begroting', ['titel', 'bron'])).toBeUndefined();
    expect(closest('x', [])).toBeUndefined();
  });
});

describe('didYouMean', () => {
  it('phrases a suggestion in Dutch', () => {
    expect(didYouMean('titl', ['titel'])).toBe('bedoelde u "titel"?');
  });
  it('says nothing for an exact match or no match', () => {
    expect(didYouMean('titel', ['titel'])).toBeUndefined();
    expect(didYouMean('begroting', ['titel'])).toBeUndefined();
  });
  it('accepts any iterable', () => {
    expect(didYouMean('centrun', new Set(['centrum', 'parkzoom']))).toBe('bedoelde u "centrum"?');
  });
});
