import { describe, expect, it } from 'vitest';
import { Cite } from '@citation-js/core';
import '@citation-js/plugin-bibtex';
import { apaBibliography, cslBibtex, fixBibtexMonth, shortCitation, splitAtUrl, type CslItem } from '../../src/lib/citations.ts';
import { bronSchema, type Bron } from '../../src/schemas/index.ts';

const report: Bron = bronSchema.parse({
  id: 'rekenkamer-wijkteams-2025', type: 'report', title: 'Wijkteams in vergelijking',
  author: [{ literal: 'Rekenkamer Voorbeeldstad' }], issued: { 'date-parts': [[2025, 6]] },
  publisher: 'Rekenkamer Voorbeeldstad', 'publisher-place': 'Voorbeeldstad', URL: 'https://voorbeeld.example.org/rapport.pdf',
});
const article: Bron = bronSchema.parse({
  id: 'kolner-berg-2014', type: 'article-journal', title: 'Sturen op wijkteams',
  author: [{ family: 'Kolner', given: 'Anna' }, { family: 'Berg', given: 'Piet', 'non-dropping-particle': 'van den' }],
  issued: { 'date-parts': [[2014]] }, 'container-title': 'Tijdschrift voor Sociale Vraagstukken', volume: 12, issue: '3', page: '10-25', DOI: '10.1234/tsv.2014.3',
});

/** A source for apaBibliography: a report titled "Titel <id>" unless `fields` say otherwise. */
const entry = (id: string, fields: Record<string, unknown>) => ({ id, data: bronSchema.parse({ id, type: 'report', title: `Titel ${id}`, ...fields }) });
const org = (name: string) => [{ literal: name }];
const date = (...parts: number[]) => ({ 'date-parts': [parts] });

/** One source's reference, formatted as the site formats its list of sources. */
const apaReference = (bron: Bron) => apaBibliography([{ id: bron.id, data: bron }]).get(bron.id)!.reference;

describe('apaBibliography', () => {
  it('formats a report by an organisation', () => {
    expect(apaReference(report)).toBe('Rekenkamer Voorbeeldstad. (2025). Wijkteams in vergelijking. Rekenkamer Voorbeeldstad. https://voorbeeld.example.org/rapport.pdf');
  });
  it('formats two authors with initials, particle and DOI; numeric volume works', () => {
    expect(apaReference(article)).toBe('Kolner, A., & van den Berg, P. (2014). Sturen op wijkteams. Tijdschrift voor Sociale Vraagstukken, 12(3), 10-25. https://doi.org/10.1234/tsv.2014.3');
  });
  it('writes a full date in Dutch order, the day before the month', () => {
    const letter = bronSchema.parse({ id: 'brief', type: 'document', title: 'Brief', author: [{ literal: 'College' }], issued: { 'date-parts': [[2025, 1, 30]] } });
    expect(apaReference(letter)).toBe('College. (2025, 30 januari). Brief.');
  });
  it('uses the Dutch locale for missing dates and access dates', () => {
    const web = bronSchema.parse({ id: 'steunpunt', type: 'webpage', title: 'Respijtzorg', author: [{ literal: 'Steunpunt Mantelzorg' }], URL: 'https://voorbeeld.example.org/respijt', accessed: { 'date-parts': [[2025, 3, 1]] } });
    const text = apaReference(web);
    expect(text).toContain('(z.d.)');
    expect(text).toContain('Geraadpleegd 1 maart 2025');
    expect(text).not.toMatch(/n\.d\.|Retrieved/);
  });
  it('tells works by the same author in the same year apart, in the list and inline, and keeps APA order', () => {
    const work = (id: string, title: string, issued: object | undefined, fields: object = {}) => entry(id, { title, author: org('Gemeente Voorbeeldstad'), issued, ...fields });
    const list = apaBibliography([
      work('brief', 'Brief aan de raad', date(2021, 1, 26), { type: 'document' }), work('visie', 'Visie', undefined), work('rapport', 'Rapport', date(2021)),
      work('analyse', 'Analyse', date(2021)), work('ouder', 'Ouder stuk', date(2019)), work('plan', 'Plan', undefined), work('schatting', 'Schatting', { ...date(2018), circa: true }),
      entry('ander', { title: 'Ander werk', author: org('Rekenkamer Voorbeeldstad'), issued: date(2021) }),
    ]);
    const short = Object.fromEntries([...list].map(([id, c]) => [id, c.short]));
    expect(short).toEqual({
      plan: 'Gemeente Voorbeeldstad (z.d.-a)', visie: 'Gemeente Voorbeeldstad (z.d.-b)', schatting: 'Gemeente Voorbeeldstad (ca. 2018)',
      ouder: 'Gemeente Voorbeeldstad (2019)', analyse: 'Gemeente Voorbeeldstad (2021a)', rapport: 'Gemeente Voorbeeldstad (2021b)',
      brief: 'Gemeente Voorbeeldstad (2021c)', ander: 'Rekenkamer Voorbeeldstad (2021)',
    });
    // Works without a date first, then by the date the reference shows (a year before a day in it), then by title.
    expect([...list.keys()]).toEqual(['plan', 'visie', 'schatting', 'ouder', 'analyse', 'rapport', 'brief', 'ander']);
    expect(list.get('brief')!.reference).toBe('Gemeente Voorbeeldstad. (2021c, 26 januari). Brief aan de raad.');
    expect(list.get('ouder')!.reference).toBe('Gemeente Voorbeeldstad. (2019). Ouder stuk.');
    // A date known only roughly, with the Dutch abbreviation ("ca.", the Dutch locale has "c.").
    expect(list.get('schatting')!.reference).toBe('Gemeente Voorbeeldstad. (ca. 2018). Schatting.');
  });

  it('names every author when two author teams share a first author and a year', () => {
    const team = (id: string, ...families: string[]) => entry(id, { author: families.map((family) => ({ family, given: 'A.' })), issued: date(2024) });
    const list = apaBibliography([team('een', 'Britt', 'Kwakernaak', 'Werfhorst'), team('twee', 'Britt', 'Zwart', 'Jansen'), team('drie', 'Britt', 'Kwakernaak')]);
    expect(Object.fromEntries([...list].map(([id, c]) => [id, c.short]))).toEqual({
      een: 'Britt, Kwakernaak & Werfhorst (2024)', twee: 'Britt, Zwart & Jansen (2024)', drie: 'Britt & Kwakernaak (2024)',
    });
  });

  it('lists a personal communication as a document of that kind, and every other source keeps its own reference', () => {
    const by = (id: string, author: string, type = 'report') => entry(id, { type, author: org(author), issued: date(2024, 9) });
    // APA leaves the conversation out of its list; citation-js then gave the sources after it each other's text.
    const list = apaBibliography([by('a', 'Anker'), by('gesprek', 'Bakker', 'personal_communication'), by('c', 'Cornelis'), by('d', 'Dekker')]);
    expect([...list].map(([id, c]) => `${id}: ${c.reference}`)).toEqual([
      'a: Anker. (2024). Titel a.',
      'gesprek: Bakker. (2024, september). Titel gesprek [Persoonlijke communicatie].',
      'c: Cornelis. (2024). Titel c.',
      'd: Dekker. (2024). Titel d.',
    ]);
  });
});

describe('splitAtUrl', () => {
  it('splits a reference around its address, so the address can be the link', () => {
    const text = apaReference(report);
    expect(splitAtUrl(text, report.URL)).toEqual({ before: 'Rekenkamer Voorbeeldstad. (2025). Wijkteams in vergelijking. Rekenkamer Voorbeeldstad. ', url: 'https://voorbeeld.example.org/rapport.pdf', after: '' });
  });
  it('gives nothing when the text does not hold the address, or there is none', () => {
    expect(splitAtUrl('Een tekst zonder adres.', 'https://voorbeeld.example.org/')).toBeUndefined();
    expect(splitAtUrl('Een tekst.', undefined)).toBeUndefined();
  });
});

// The BibTeX the site offers (page citations) goes through cslBibtex; sources are CSL-JSON items as well.
const bibtex = (bron: Bron) => cslBibtex(bron as unknown as CslItem, 'bron');

describe('cslBibtex', () => {
  it('writes a @techreport for a report, with title and institution', () => {
    const out = bibtex(report);
    expect(out).toMatch(/^@techreport\{/);
    expect(out).toContain('title = {Wijkteams in vergelijking}');
    expect(out).toContain('institution = {Rekenkamer Voorbeeldstad}');
  });
  it('parses back into the same source', () => {
    for (const [bron, type] of [[report, 'report'], [article, 'article-journal']] as const) {
      const [parsed] = new Cite(bibtex(bron)).data as { title: string; type: string; issued: { 'date-parts': number[][] } }[];
      expect(parsed!.title).toBe(bron.title);
      expect(parsed!.type).toBe(type);
      expect(parsed!.issued['date-parts'][0]![0]).toBe(bron.issued!['date-parts'][0]![0]);
    }
  });
  it('writes the month as a BibTeX month macro and the day as its own field', () => {
    const dated = { ...report, issued: { 'date-parts': [[2024, 11, 22]] } } as Bron;
    const out = bibtex(dated);
    expect(out).toMatch(/^\s*month = nov,$/m);
    expect(out).toMatch(/^\s*day = \{22\},$/m);
    expect(out).not.toMatch(/month = \{/);
    const [parsed] = new Cite(out).data as { issued: { 'date-parts': number[][] } }[];
    expect(parsed!.issued['date-parts'][0]!.slice(0, 2)).toEqual([2024, 11]);
    expect(fixBibtexMonth('@misc{a,\n\tmonth = {jun},\n}')).toBe('@misc{a,\n\tmonth = jun,\n}');
  });
  it('keeps both authors of an article', () => {
    expect(bibtex(article)).toContain('author = {Kolner, Anna and van den Berg, Piet}');
    expect(bibtex(article)).toMatch(/^@article\{/);
  });
});

describe('shortCitation', () => {
  it('one, two and more authors, organisations and no date', () => {
    expect(shortCitation(report)).toBe('Rekenkamer Voorbeeldstad (2025)');
    expect(shortCitation(article)).toBe('Kolner & van den Berg (2014)');
    expect(shortCitation({ ...article, author: [...article.author!, { family: 'Wester' }] })).toBe('Kolner e.a. (2014)');
    // Without authors the reference list begins with the editors, else with the title: named the same way inline.
    expect(shortCitation({ id: 'x', type: 'book', title: 'Bundel', publisher: 'SWP', editor: [{ family: 'Ewijk', given: 'H.', 'non-dropping-particle': 'van' }, { family: 'Kunneman', given: 'H.' }] } as Bron)).toBe('van Ewijk & Kunneman (z.d.)');
    expect(shortCitation({ id: 'x', type: 'document', title: 'Verordening', publisher: 'Gemeente' } as Bron)).toBe('Verordening (z.d.)');
    expect(shortCitation({ id: 'x', type: 'legislation', title: 'Memorie van Toelichting bij de Wet', 'title-short': 'Memorie van Toelichting' } as Bron)).toBe('Memorie van Toelichting (z.d.)');
  });
});
