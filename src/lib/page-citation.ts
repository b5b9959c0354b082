/**
 * How to cite a page of this site, in every form a reader or a machine asks for: an APA-style reference in
 * Dutch, BibTeX, RIS and CSL-JSON (all through citation-js, here), and the tags for the page's head: Highwire
 * Press (Google Scholar, Zotero), schema.org JSON-LD and Open Graph / Twitter (page-citation-tags.ts).
 *
 * The citation names the data version (the last commit that changed the content), so a reference points
 * to exactly the state of the content the reader saw. Pure and deterministic: no clock, every date comes
 * from the input.
 */
import { SITE_LANGUAGE } from './language.ts';
import type { DataVersion } from './git.ts';
import { cslApa, cslBibtex, cslRis, type CslItem } from './citations.ts';
import { formatDate } from './format.ts';
import type { Bron } from '../schemas/index.ts';
import { highwireTags, schemaOrg, socialTags } from './page-citation-tags.ts';

/** The kinds of page that can be cited; the kind is part of the citation key. */
export type PageKind = 'keten' | 'indicator' | 'publicatie' | 'verhaal' | 'traject' | 'kader' | 'gemeente' | 'aanbevelingen' | 'pagina';

/** A person or organisation, for schema.org. A bare name says nothing about which it is. */
export type Author = string | { name: string; kind: 'person' | 'organisation' };

/** The document a publication page is about (an evaluation, an audit report…). */
export interface PublicationInfo {
  /** Title of the document as published. */
  title: string;
  subtitle?: string;
  /** Its authors: people or organisations (see `authorsFromBron` to take them from bronnen.json). */
  authors: Author[];
  /** Its issuing organisation. */
  publisher: string;
  /** Date of publication, JJJJ[-MM[-DD]]. */
  date: string;
  /** Address of the PDF, if there is one. */
  pdf?: string;
  /** Address where the document can be read, if not the PDF itself. */
  url?: string;
  /** Language of the document (e.g. "nl"), if known. */
  language?: string;
}

/** Everything needed to cite one page. */
export interface PageDescription {
  kind: PageKind;
  /** Id of the page (its slug): part of the citation key; for indicators also `/data/<id>.csv`. */
  id: string;
  /** Title of the page (without the site name). */
  title: string;
  /** One or two sentences; used for og:description and JSON-LD. Falls back to the site title. */
  description?: string;
  /** Address of the page: absolute, or a path that is resolved against `siteUrl`. */
  url: string;
  /** Title of the whole site (site.titel). */
  siteTitle: string;
  /** Address of the site (site.basisUrl). */
  siteUrl: string;
  /** The issuing organisation (site.uitgever). */
  issuer: string;
  /** Start of the citation key, e.g. "zaanstad" (site.gemeenteId). */
  keyPrefix: string;
  /** Who wrote the page. Default: the issuing organisation. */
  authors?: string[];
  /** Date of this state of the page, JJJJ[-MM[-DD]]. Default: the date of the data version. */
  date?: string;
  /** The data version; undefined when the site was built without git history. */
  dataVersion?: DataVersion;
  /** Licence of texts and data (site.licentie). */
  license?: { naam: string; url: string };
  /** For a publication page: the document the page is about. */
  publication?: PublicationInfo;
  /** An indicator without any figures yet: cited as a web page, not as a Dataset (there is no data to cite). */
  withoutData?: boolean;
}

/** `<meta name=… content=…>`. */
export interface NameTag { name: string; content: string }
/** Open Graph uses `property`, Twitter uses `name`. */
export type SocialTag = { property: string; content: string } | { name: string; content: string };

/** One file to download. */
export interface CitationDownload {
  /** Link text. */
  label: string;
  /** Short name of the format. */
  format: 'BibTeX' | 'RIS' | 'CSL-JSON';
  /** File name for the `download` attribute. */
  filename: string;
  mime: string;
  /** A `data:` URL, so the download works without JavaScript and without a file on the server. */
  href: string;
  /** The text itself, for a `<pre>` to copy from. */
  text: string;
}

export interface PageCitation {
  /** Citation key, e.g. "zaanstad-keten-jeugd-abc1234". */
  key: string;
  kind: PageKind;
  title: string;
  url: string;
  dataVersion?: DataVersion;
  /** CSL-JSON of the page (type webpage, or dataset for an indicator). */
  csl: CslItem;
  /** CSL-JSON as a file: an array with the one item. */
  cslJson: string;
  /** APA-style reference in Dutch; names the data version as "(dataversie abc1234)" after the title. */
  apa: string;
  bibtex: string;
  ris: string;
  /** The data version in plain Dutch, for under the reference. */
  versionSentence: string;
  /** Highwire Press tags (citation_*). */
  highwire: NameTag[];
  /** Open Graph and Twitter tags. */
  social: SocialTag[];
  /** schema.org JSON-LD. */
  jsonLd: Record<string, unknown>;
  /** `jsonLd` as text that is safe inside `<script type="application/ld+json">`. */
  jsonLdText: string;
  /** BibTeX, RIS and CSL-JSON as files. */
  downloads: CitationDownload[];
}

/** The site-wide part of a PageDescription, from site.json and the data version. */
export function siteCitationContext(
  site: { titel: string; basisUrl: string; uitgever: string; gemeenteId: string; licentie: { naam: string; url: string } },
  dataVersion: DataVersion | undefined,
): Pick<PageDescription, 'siteTitle' | 'siteUrl' | 'issuer' | 'keyPrefix' | 'license' | 'dataVersion'> {
  return { siteTitle: site.titel, siteUrl: site.basisUrl, issuer: site.uitgever, keyPrefix: site.gemeenteId, license: site.licentie, dataVersion };
}

/** Authors of a source in bronnen.json, keeping whether each is a person or an organisation. */
export function authorsFromBron(bron: Pick<Bron, 'author'>): Author[] {
  return (bron.author ?? []).map((a) => ('literal' in a
    ? { name: a.literal, kind: 'organisation' as const }
    : { name: [a.given, a['non-dropping-particle'], a.family].filter(Boolean).join(' '), kind: 'person' as const }));
}

const DATE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

/** "2025-06-17" → [2025, 6, 17]; "2024-11" → [2024, 11]. */
export function dateParts(date: string): number[] {
  const m = DATE.exec(date);
  if (!m) throw new Error(`geen datum als JJJJ[-MM[-DD]]: "${date}"`);
  return m.slice(1).filter((x): x is string => x !== undefined).map(Number);
}

/** A `data:` URL with the text percent-encoded. */
export function dataUrl(mime: string, text: string): string {
  return `data:${mime};charset=utf-8,${encodeURIComponent(text)}`;
}

/** The data version in plain Dutch. */
export function versionSentence(v: DataVersion | undefined): string {
  return v
    ? `Deze verwijzing noemt dataversie ${v.short} van ${formatDate(v.date)}: de stand van de inhoud die u nu ziet.`
    : 'Bij deze versie van de site was de git-geschiedenis er niet of niet helemaal. De verwijzing noemt daarom geen dataversie; vermeld zelf de datum waarop u de pagina raadpleegde.';
}

/**
 * What every format needs to know about a page, worked out once: its full address, date, authors and key.
 * Exported for page-citation-tags.ts.
 */
export interface CitedPage {
  page: PageDescription;
  url: string;
  siteUrl: string;
  v?: DataVersion;
  date?: string;
  authors: string[];
  key: string;
  description: string;
  isDataset: boolean;
}

export function pageCitation(page: PageDescription): PageCitation {
  const v = page.dataVersion;
  const key = [page.keyPrefix, page.kind, page.id, v?.short].filter(Boolean).join('-');
  const cited: CitedPage = {
    page, v, key,
    url: new URL(page.url, page.siteUrl).href,
    siteUrl: new URL('/', page.siteUrl).href,
    date: page.date ?? v?.date,
    authors: page.authors?.length ? page.authors : [page.issuer],
    description: page.description ?? page.siteTitle,
    isDataset: page.kind === 'indicator' && !page.withoutData,
  };
  const csl = cslOfPage(cited);
  const bibtex = cslBibtex(csl, key);
  const ris = cslRis(csl, key);
  const cslJson = JSON.stringify([csl], null, 2) + '\n';
  const jsonLd = schemaOrg(cited);
  // "</script>" or "<!--" inside a string must not end the script element.
  const jsonLdText = JSON.stringify(jsonLd).replace(/</g, '\\u003c').replace(/>/g, '\\u003e').replace(/&/g, '\\u0026');

  const file = (format: CitationDownload['format'], ext: string, mime: string, text: string): CitationDownload => ({
    label: `${format}-bestand (.${ext})`, format, filename: `${key}.${ext}`, mime, href: dataUrl(mime, text), text,
  });
  const downloads = [
    file('BibTeX', 'bib', 'application/x-bibtex', bibtex + '\n'),
    file('RIS', 'ris', 'application/x-research-info-systems', ris),
    file('CSL-JSON', 'json', 'application/vnd.citationstyles.csl+json', cslJson),
  ];

  return {
    key, kind: page.kind, title: page.title, url: cited.url, dataVersion: v,
    csl, cslJson, apa: apaOfPage(cited, csl), bibtex, ris, versionSentence: versionSentence(v),
    highwire: highwireTags(cited), social: socialTags(cited), jsonLd, jsonLdText, downloads,
  };
}

/** CSL-JSON: the page itself. A page about a publication is still a web page, written by the issuer. */
function cslOfPage({ page, v, key, date, authors, url, isDataset }: CitedPage): CslItem {
  const note = v ? `Dataversie ${v.short} van ${formatDate(v.date)} (commit ${v.hash})` : undefined;
  return {
    id: key,
    type: isDataset ? 'dataset' : 'webpage',
    title: page.title,
    'container-title': page.siteTitle,
    author: authors.map((literal) => ({ literal })),
    publisher: page.issuer,
    ...(date ? { issued: { 'date-parts': [dateParts(date)] } } : {}),
    URL: url,
    ...(v ? { version: v.short } : {}),
    ...(note ? { note } : {}),
    language: SITE_LANGUAGE,
  };
}

/**
 * APA: the data version goes after the title, as APA does with versions: "Titel (dataversie abc1234)".
 * The publisher is left out when it is also the author (APA 7); for a dataset the site's title takes its place.
 */
function apaOfPage({ page, v, authors }: CitedPage, csl: CslItem): string {
  const forApa: CslItem = { ...csl, title: v ? `${page.title} (dataversie ${v.short})` : page.title };
  delete forApa.version;
  delete forApa.note;
  if (authors.length === 1 && authors[0] === page.issuer) delete forApa.publisher;
  if (csl.type === 'dataset') {
    delete forApa['container-title'];
    forApa.publisher = page.siteTitle;
  }
  // Without a date the APA style writes "Geraadpleegd <URL>" and expects an access date we do not have.
  return cslApa(forApa).replace(/Geraadpleegd (?=https?:)/, '');
}
