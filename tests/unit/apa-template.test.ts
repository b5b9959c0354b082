import { Cite } from '@citation-js/core';
import '@citation-js/plugin-csl';
import { describe, expect, it } from 'vitest';
import { APA_NL, cslApa, type CslItem } from '../../src/lib/citations.ts';

const direct = (item: CslItem) => new Cite(item).format('bibliography', { format: 'text', template: APA_NL, lang: 'nl-NL' }).trim();
const base = { type: 'webpage', 'container-title': 'Sociale Wijkteams Zaanstad', author: [{ literal: 'Gemeente Zaanstad' }], issued: { 'date-parts': [[2026, 11, 22]] }, language: 'nl' };
const titles = [
  'Wmo, Mantelzorg en Gezondheid (dataversie abc1234)',
  'Budget voor de reguliere opdracht (dataversie abc1234)',
  'Wat is er veranderd?',
  'Aanbevelingen uit ‘Uit het doolhof’ (dataversie abc1234)',
  'Gemeente "Assen"',
  'Één loket & co',
  'Verandertheorie',
];

describe('APA through a formatted template', () => {
  it('gives exactly what citeproc gives, for every kind of title', () => {
    for (const [i, title] of titles.entries())
      for (const type of ['webpage', 'dataset']) {
        const item = { ...base, type, id: `p${i}`, title, URL: `https://example.org/pagina-${i}/` } as CslItem;
        expect(cslApa(item)).toBe(direct(item));
      }
  });
  it('also without an address or date', () => {
    const item = { ...base, id: 'x', title: 'Zonder adres' } as CslItem;
    delete (item as Record<string, unknown>).issued;
    expect(cslApa(item)).toBe(direct(item));
  });
});
