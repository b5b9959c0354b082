import { describe, expect, it } from 'vitest';
import { issuerLabel, listNl, withoutFinalStop } from '../../src/lib/labels.ts';

describe('issuerLabel', () => {
  it('gives the publisher when the document names one', () => {
    expect(issuerLabel({ uitgever: 'Verwey-Jonker Instituut', auteurs: ['A. Jansen'] })).toBe('Verwey-Jonker Instituut');
  });
  it('gives the authors, not "Niet vermeld (…)", when the document names no publisher', () => {
    expect(issuerLabel({ uitgever: 'Niet vermeld (leertraject van tien gemeenten)', auteurs: ['Nico de Boer', 'Monique Peltenburg'] })).toBe('Nico de Boer en Monique Peltenburg');
    expect(issuerLabel({ uitgever: 'niet vermeld', auteurs: [] })).toBeUndefined();
  });
});

describe('listNl', () => {
  it('joins with commas and "en"', () => {
    expect(listNl(['a'])).toBe('a');
    expect(listNl(['a', 'b', 'c'])).toBe('a, b en c');
  });
});

describe('withoutFinalStop', () => {
  it('drops the full stop a sentence adds itself, and only that', () => {
    expect(withoutFinalStop('uit een openbare begroting.')).toBe('uit een openbare begroting');
    expect(withoutFinalStop('tabel 85984NED')).toBe('tabel 85984NED');
    expect(withoutFinalStop('o.a. Zaanstad...')).toBe('o.a. Zaanstad');
  });
});
