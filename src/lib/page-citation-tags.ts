/**
 * The citation tags in a page's head: Highwire Press (Google Scholar, Zotero), Open Graph and Twitter (link
 * previews) and schema.org JSON-LD. The reference formats (APA, BibTeX, RIS, CSL-JSON) are in page-citation.ts.
 */
import { SITE_LANGUAGE } from './language.ts';
import { dateParts, type Author, type CitedPage, type NameTag, type SocialTag } from './page-citation.ts';

/** Google Scholar wants "2025/06/17", or the year alone when the day is not known. */
function highwireDate(date: string): string {
  const p = dateParts(date);
  return p.length === 3 ? date.replace(/-/g, '/') : String(p[0]);
}

const authorName = (a: Author) => (typeof a === 'string' ? a : a.name);

/** schema.org Person or Organization; a bare name gets no type rather than a guessed one. */
function schemaAgent(a: Author): Record<string, unknown> {
  if (typeof a === 'string') return { name: a };
  return { '@type': a.kind === 'person' ? 'Person' : 'Organization', name: a.name };
}

/** Highwire Press: on a publication page, the publication (what Google Scholar and Zotero look for). */
export function highwireTags({ page, url, date, authors }: CitedPage): NameTag[] {
  const pub = page.publication;
  const highwire: NameTag[] = [];
  const tag = (name: string, content: string | undefined) => { if (content) highwire.push({ name, content }); };
  if (pub) {
    tag('citation_title', pub.subtitle ? `${pub.title}: ${pub.subtitle}` : pub.title);
    for (const a of pub.authors.length ? pub.authors : [pub.publisher]) tag('citation_author', authorName(a));
    tag('citation_publication_date', highwireDate(pub.date));
    tag('citation_publisher', pub.publisher);
    tag('citation_technical_report_institution', pub.publisher);
    tag('citation_public_url', url);
    tag('citation_pdf_url', pub.pdf);
    tag('citation_language', pub.language ?? SITE_LANGUAGE);
  } else {
    tag('citation_title', page.title);
    for (const a of authors) tag('citation_author', a);
    if (date) tag('citation_publication_date', highwireDate(date));
    tag('citation_publisher', page.issuer);
    tag('citation_public_url', url);
    tag('citation_language', SITE_LANGUAGE);
  }
  return highwire;
}

/** Open Graph and Twitter. */
export function socialTags({ page, url, date, description }: CitedPage): SocialTag[] {
  const ogType = page.kind === 'keten' || page.kind === 'publicatie' || page.kind === 'verhaal' ? 'article' : 'website';
  return [
    { property: 'og:title', content: page.title },
    { property: 'og:description', content: description },
    { property: 'og:type', content: ogType },
    { property: 'og:url', content: url },
    { property: 'og:locale', content: 'nl_NL' },
    { property: 'og:site_name', content: page.siteTitle },
    ...(ogType === 'article' && date ? [{ property: 'article:modified_time', content: date }] : []),
    { name: 'twitter:card', content: 'summary' },
  ];
}

/** schema.org: the publication a page is about, the dataset of an indicator, or the page itself. */
export function schemaOrg({ page, url, siteUrl, v, date, authors, description, isDataset }: CitedPage): Record<string, unknown> {
  const pub = page.publication;
  const issuer = { '@type': 'Organization', name: page.issuer };
  const website = { '@type': 'WebSite', name: page.siteTitle, url: siteUrl };
  const stateOfPage = {
    ...(date ? { dateModified: date } : {}),
    ...(v ? { version: v.short } : {}),
  };
  const license = page.license ? { license: page.license.url } : {};
  const about = {
    name: page.title,
    description,
    url,
    inLanguage: SITE_LANGUAGE,
    author: authors.map((name) => (name === page.issuer ? issuer : { name })),
    publisher: issuer,
    ...stateOfPage,
    ...license,
    isPartOf: website,
  };
  let jsonLd: Record<string, unknown>;
  if (pub) {
    // The publication itself; this page is the page about it (mainEntityOfPage).
    jsonLd = {
      '@context': 'https://schema.org',
      '@type': 'Report',
      name: pub.title,
      ...(pub.subtitle ? { alternativeHeadline: pub.subtitle } : {}),
      author: (pub.authors.length ? pub.authors : [pub.publisher]).map(schemaAgent),
      publisher: { '@type': 'Organization', name: pub.publisher },
      datePublished: pub.date,
      ...(pub.language ? { inLanguage: pub.language } : {}),
      ...((pub.url ?? pub.pdf) ? { url: pub.url ?? pub.pdf } : {}),
      ...(pub.pdf ? { encoding: { '@type': 'MediaObject', contentUrl: pub.pdf, encodingFormat: 'application/pdf' } } : {}),
      mainEntityOfPage: { '@type': 'WebPage', '@id': url, ...about },
    };
  } else if (isDataset) {
    const file = (ext: string) => new URL(`/data/${page.id}.${ext}`, siteUrl).href;
    jsonLd = {
      '@context': 'https://schema.org',
      '@type': 'Dataset',
      ...about,
      creator: issuer,
      identifier: url,
      isAccessibleForFree: true,
      includedInDataCatalog: { '@type': 'DataCatalog', name: page.siteTitle, url: new URL('/data/', siteUrl).href },
      distribution: [
        { '@type': 'DataDownload', name: `${page.title} (CSV)`, encodingFormat: 'text/csv', contentUrl: file('csv') },
        { '@type': 'DataDownload', name: `${page.title} (JSON)`, encodingFormat: 'application/json', contentUrl: file('json') },
      ],
    };
  } else {
    jsonLd = {
      '@context': 'https://schema.org',
      '@type': page.kind === 'keten' ? 'Article' : 'WebPage',
      ...(page.kind === 'keten' ? { headline: page.title.slice(0, 110) } : {}),
      ...about,
      ...(page.kind === 'keten' ? { mainEntityOfPage: url } : {}),
    };
  }
  return jsonLd;
}
