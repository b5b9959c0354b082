import { Cite } from '@citation-js/core';
import '@citation-js/plugin-bibtex';
import '@citation-js/plugin-ris';
import { describe, expect, it } from 'vitest';
import { authorsFromBron, pageCitation, siteCitationContext, type PageCitation, type PageDescription } from '../../src/lib/page-citation.ts';
import { site, version } from './citation-site.ts';

const context = siteCitationContext(site, version);

const pages: Record<'keten' | 'indicator' | 'publicatie', PageDescription> = {
  keten: {
    ...context, kind: 'keten', id: 'jeugd-en-gezin', title: 'Jeugd & gezin: "thuis" opgroeien',
    description: 'Wat de keten wil bereiken en hoe.', url: 'https://sociale-wijkteams.zaanstad.nl/ketens/jeugd-en-gezin/',
  },
  indicator: {
    // A long URL: citation-js wraps RIS lines at 70 characters; the URL must come back whole.
    ...context, kind: 'indicator', id: 'wmo-mantelzorgers-met-goede-ervaren-gezondheid',
    title: 'Mantelzorgers met een goede ervaren gezondheid (%)', description: 'Aandeel mantelzorgers dat de eigen gezondheid goed noemt.',
    url: '/indicatoren/wmo-mantelzorgers-met-goede-ervaren-gezondheid/',
  },
  publicatie: {
    ...context, kind: 'publicatie', id: 'deelevaluatie-sturing-2024', title: 'Deelevaluatie sturing op Sociale Wijkteams Zaanstad',
    description: 'Samenvatting van de deelevaluatie.', url: 'https://sociale-wijkteams.zaanstad.nl/publicaties/deelevaluatie-sturing-2024/',
    publication: {
      title: 'Deelevaluatie sturing op Sociale Wijkteams Zaanstad',
      authors: authorsFromBron({ author: [{ literal: 'Verwey-Jonker Instituut' }, { family: 'Vries', given: 'A.', 'non-dropping-particle': 'de' }] }),
      publisher: 'Verwey-Jonker Instituut', date: '2024-11', pdf: 'https://www.verwey-jonker.nl/wp-content/uploads/deelevaluatie.pdf',
    },
  },
};
const citations = Object.fromEntries(Object.entries(pages).map(([k, p]) => [k, pageCitation(p)])) as Record<keyof typeof pages, PageCitation>;
const absoluteUrl = (k: keyof typeof pages) => new URL(pages[k].url, site.basisUrl).href;

describe.each(Object.keys(pages) as (keyof typeof pages)[])('citation of a %s page', (kind) => {
  const c = citations[kind];
  const url = absoluteUrl(kind);

  it('has a stable key with the kind, id and data version', () => {
    expect(c.key).toBe(`zaanstad-${kind}-${pages[kind].id}-2f2c73f`);
  });

  it('BibTeX parses back with the same title, URL, key and the data version in the note', () => {
    const [item] = new Cite(c.bibtex).data;
    expect(item!.title).toBe(pages[kind].title);
    expect(item!.URL).toBe(url);
    expect(item!.note).toContain('2f2c73f');
    expect(item!.note).toContain(version.hash);
    expect(item!['citation-key']).toBe(c.key);
    expect(c.bibtex).toMatch(/^\s*note = \{Dataversie 2f2c73f van 17 juni 2025/m);
    expect(c.bibtex).toMatch(/^\s*url = \{https:\/\//m);
  });

  it('RIS parses back with the same title and URL, and keeps whole lines', () => {
    const [item] = new Cite(c.ris).data;
    expect(item!.title).toBe(pages[kind].title);
    expect(item!.URL).toBe(url);
    expect(item!.note).toContain('2f2c73f');
    expect(c.ris).toMatch(/^TY {2}- (ELEC|DATA)$/m);
    expect(c.ris).toMatch(/^ER {2}- $/m);
    for (const line of c.ris.replace(/\n$/, '').split('\n')) expect(line).toMatch(/^[A-Z][A-Z0-9] {2}- /);
  });

  it('CSL-JSON is valid JSON with id, type, title, URL and a date', () => {
    const [item] = JSON.parse(c.cslJson) as Record<string, unknown>[];
    expect(item).toMatchObject({ id: c.key, title: pages[kind].title, URL: url, issued: { 'date-parts': [[2025, 6, 17]] }, version: '2f2c73f' });
    expect(item!.type).toBe(kind === 'indicator' ? 'dataset' : 'webpage');
  });

  it('APA text names the issuer, year, title and data version', () => {
    expect(c.apa).toContain('Gemeente Zaanstad');
    expect(c.apa).toContain('2025');
    expect(c.apa).toContain(pages[kind].title.replace(/"/g, '').split(':')[0]);
    expect(c.apa).toContain('(dataversie 2f2c73f)');
    expect(c.apa).toContain(url);
  });

  it('Highwire tags have the required names', () => {
    const names = c.highwire.map((t) => t.name);
    for (const n of ['citation_title', 'citation_author', 'citation_publication_date', 'citation_publisher', 'citation_public_url', 'citation_language']) {
      expect(names, n).toContain(n);
    }
    expect(c.highwire.find((t) => t.name === 'citation_public_url')!.content).toBe(url);
    expect(c.highwire.find((t) => t.name === 'citation_language')!.content).toBe('nl');
    for (const t of c.highwire) expect(t.content).not.toBe('');
  });

  it('has Open Graph and Twitter tags', () => {
    const byKey = new Map(c.social.map((t) => ['property' in t ? t.property : t.name, t.content]));
    expect(byKey.get('og:title')).toBe(pages[kind].title);
    expect(byKey.get('og:description')).toBe(pages[kind].description);
    expect(byKey.get('og:url')).toBe(url);
    expect(byKey.get('og:locale')).toBe('nl_NL');
    expect(byKey.get('og:site_name')).toBe(site.titel);
    expect(byKey.get('og:type')).toBe(kind === 'indicator' ? 'website' : 'article');
    expect(byKey.get('twitter:card')).toBe('summary');
  });

  it('JSON-LD has @context and @type, and its text is safe inside <script>', () => {
    expect(c.jsonLd['@context']).toBe('https://schema.org');
    expect(c.jsonLd['@type']).toBe({ keten: 'Article', indicator: 'Dataset', publicatie: 'Report' }[kind]);
    expect(JSON.parse(c.jsonLdText)).toEqual(c.jsonLd);
    expect(c.jsonLdText).not.toMatch(/[<>]/);
  });

  it('offers BibTeX, RIS and CSL-JSON as data: URLs that decode to the same text', () => {
    expect(c.downloads.map((d) => d.filename)).toEqual([`${c.key}.bib`, `${c.key}.ris`, `${c.key}.json`]);
    for (const d of c.downloads) {
      const m = /^data:([^;,]+);charset=utf-8,(.*)$/s.exec(d.href);
      expect(m, d.href.slice(0, 60)).not.toBeNull();
      expect(m![1]).toBe(d.mime);
      expect(decodeURIComponent(m![2]!)).toBe(d.text);
      expect(d.href).not.toMatch(/["\s#]/);
    }
  });
});

describe('kind-specific details', () => {
  it('a keten page is an Article about the page, dated by the data version', () => {
    const ld = citations.keten.jsonLd;
    expect(ld).toMatchObject({ headline: pages.keten.title, url: absoluteUrl('keten'), dateModified: '2025-06-17', version: '2f2c73f', inLanguage: 'nl', license: site.licentie.url });
    expect(citations.keten.highwire).toContainEqual({ name: 'citation_author', content: 'Gemeente Zaanstad' });
    expect(citations.keten.highwire).toContainEqual({ name: 'citation_publication_date', content: '2025/06/17' });
  });

  it('an indicator is a Dataset with CSV and JSON distributions, licence and version', () => {
    const ld = citations.indicator.jsonLd as { distribution: { encodingFormat: string; contentUrl: string }[]; version: string; license: string };
    expect(ld.distribution).toEqual([
      expect.objectContaining({ '@type': 'DataDownload', encodingFormat: 'text/csv', contentUrl: 'https://sociale-wijkteams.zaanstad.nl/data/wmo-mantelzorgers-met-goede-ervaren-gezondheid.csv' }),
      expect.objectContaining({ '@type': 'DataDownload', encodingFormat: 'application/json', contentUrl: 'https://sociale-wijkteams.zaanstad.nl/data/wmo-mantelzorgers-met-goede-ervaren-gezondheid.json' }),
    ]);
    expect(ld.version).toBe('2f2c73f');
    expect(ld.license).toBe(site.licentie.url);
    expect(citations.indicator.apa).toContain('[Dataset]');
  });

  it('an indicator without figures is not cited as a Dataset and offers no data downloads in its metadata', () => {
    const empty = pageCitation({ ...pages.indicator, withoutData: true });
    expect(empty.csl.type).toBe('webpage');
    expect(empty.jsonLd['@type']).toBe('WebPage');
    expect(JSON.stringify(empty.jsonLd)).not.toContain('DataDownload');
    expect(empty.apa).not.toContain('[Dataset]');
  });

  it('a publication page: the citation is of the page, the metadata describe the publication itself', () => {
    const c = citations.publicatie;
    // The page is written by the municipality; it is not attributed to the report's authors.
    expect(c.csl.type).toBe('webpage');
    expect(c.csl.author).toEqual([{ literal: 'Gemeente Zaanstad' }]);
    expect(c.highwire.filter((t) => t.name === 'citation_author').map((t) => t.content)).toEqual(['Verwey-Jonker Instituut', 'A. de Vries']);
    expect(c.highwire).toContainEqual({ name: 'citation_publication_date', content: '2024' });
    expect(c.highwire).toContainEqual({ name: 'citation_publisher', content: 'Verwey-Jonker Instituut' });
    expect(c.highwire).toContainEqual({ name: 'citation_pdf_url', content: pages.publicatie.publication!.pdf });
    expect(c.jsonLd).toMatchObject({
      '@type': 'Report',
      name: pages.publicatie.publication!.title,
      datePublished: '2024-11',
      author: [{ '@type': 'Organization', name: 'Verwey-Jonker Instituut' }, { '@type': 'Person', name: 'A. de Vries' }],
      mainEntityOfPage: { '@type': 'WebPage', '@id': absoluteUrl('publicatie'), version: '2f2c73f' },
    });
  });

  it('without a PDF there is no citation_pdf_url', () => {
    const c = pageCitation({ ...pages.publicatie, publication: { ...pages.publicatie.publication!, pdf: undefined } });
    expect(c.highwire.map((t) => t.name)).not.toContain('citation_pdf_url');
  });

  it('without git history: no data version, no invented date, and says so', () => {
    const c = pageCitation({ ...siteCitationContext(site, undefined), kind: 'pagina', id: 'over', title: 'Over deze site', url: '/over/' });
    expect(c.key).toBe('zaanstad-pagina-over');
    expect(c.csl.issued).toBeUndefined();
    expect(c.apa).toContain('(z.d.)');
    expect(c.apa).not.toContain('Geraadpleegd');
    expect(c.apa).not.toContain('dataversie');
    expect(c.bibtex).not.toContain('note');
    expect(c.versionSentence).toContain('git-geschiedenis er niet of niet helemaal');
    expect(c.highwire.map((t) => t.name)).not.toContain('citation_publication_date');
    expect(c.jsonLd['@type']).toBe('WebPage');
    for (const text of [c.apa, c.bibtex, c.ris, c.cslJson, c.jsonLdText]) expect(text).not.toMatch(/\b(undefined|null|NaN)\b/);
  });

  it('the version sentence names the short hash and the date in Dutch', () => {
    expect(citations.keten.versionSentence).toBe('Deze verwijzing noemt dataversie 2f2c73f van 17 juni 2025: de stand van de inhoud die u nu ziet.');
  });

  it('escapes "</script>" in JSON-LD', () => {
    const c = pageCitation({ ...pages.keten, title: 'A </script><script>alert(1)</script>' });
    expect(c.jsonLdText).not.toContain('</script');
    expect((JSON.parse(c.jsonLdText) as { name: string }).name).toBe('A </script><script>alert(1)</script>');
  });
});
