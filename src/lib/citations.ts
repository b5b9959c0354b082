import { Cite, plugins } from '@citation-js/core';
import '@citation-js/plugin-csl';
import '@citation-js/plugin-bibtex';
import '@citation-js/plugin-ris';
import type { Bron } from '../schemas/index.ts';

/**
 * The bundled APA style writes a date in English order, "(2025, januari 30)" even in Dutch; Dutch APA puts the day
 * first: "(2025, 30 januari)". The same style with that one macro turned round. (Should a new version of the style
 * write the macro differently, the style stays as it is; a unit test then fails on the Dutch date.)
 */
export const APA_NL = 'apa-nl';
const MONTH_DAY = '<date variable="issued"><date-part name="month"/><date-part name="day" prefix=" "/></date>';
const DAY_MONTH = '<date variable="issued"><date-part name="day" suffix=" "/><date-part name="month"/></date>';
type CslRegister = { get(name: string): string; add(name: string, xml: string): void };
/** The part of citeproc's engine used here: a bibliography, with the ids of the entries it holds, in its order. */
interface CiteprocEngine {
  updateItems(ids: string[]): void;
  makeBibliography(): [{ entry_ids: string[][] }, string[]];
}
const csl = plugins.config.get('@csl') as { styles: CslRegister; locales: CslRegister; engine(data: object[], style: string, lang: string, format: string): CiteprocEngine };
csl.styles.add(APA_NL, csl.styles.get('apa').replace(MONTH_DAY, DAY_MONTH));
// The Dutch locale abbreviates circa as "c."; in Dutch that is "ca." (a date known only roughly: "(ca. 2025)").
csl.locales.add('nl-NL', csl.locales.get('nl-NL').replace('<term name="circa" form="short">c.</term>', '<term name="circa" form="short">ca.</term>'));

/**
 * "Rekenkamer Zaanstad (2025)", "Kolner & Sprinkhuizen (2014)", "Wester e.a. (2016)": for inline references. Named
 * as the reference list begins, so a reader finds it there: by its authors, else its editors, else its (short) title.
 * `date` is the date as the reference list gives it ("2021b", "ca. 2025", "z.d.-a"), where it tells works apart.
 * `full` names every author and the whole title, for works that would otherwise read the same.
 */
export function shortCitation(bron: Bron, date?: string, full = false): string {
  const people = bron.author?.length ? bron.author : (bron.editor ?? []);
  const names = people.map((a) => ('literal' in a ? a.literal : [a['non-dropping-particle'], a.family].filter(Boolean).join(' ')));
  const who = names.length === 0 ? ((!full && bron['title-short']) || bron.title)
    : names.length === 1 ? names[0]
    : names.length === 2 || full ? `${names.slice(0, -1).join(', ')} & ${names.at(-1)}`
    : `${names[0]} e.a.`;
  return `${who} (${date ?? bron.issued?.['date-parts'][0]?.[0] ?? 'z.d.'})`;
}

/** CSL-JSON allows numbers for volume, issue, edition and number; citeproc needs text. */
function forCiteproc(id: string, bron: Bron): object {
  const copy: Record<string, unknown> = { ...bron, id };
  for (const key of ['volume', 'issue', 'edition', 'number'] as const) if (typeof copy[key] === 'number') copy[key] = String(copy[key]);
  return copy;
}

/** The date in the first brackets of an APA reference, without day and month: "2021b", "ca. 2025", "z.d.-a". */
const REFERENCE_DATE = /\(((?:ca\. )?(?:\d{4}[a-z]?|z\.d\.(?:-[a-z])?))[,)]/;

export interface SourceCitation {
  /** The APA reference, as the list of sources gives it. */
  reference: string;
  /** How a page names it inline: "Gemeente Zaanstad (2021b)". */
  short: string;
}

/** What lets APA list a personal communication: a reader can find it (the style's own test). */
const FINDABLE = ['archive', 'archive-place', 'container-title', 'DOI', 'number', 'publisher', 'references', 'URL'] as const;

/** A source as the reference list can hold it: a conversation nobody can look up becomes a document of that kind. */
function listable(bron: Bron): Bron {
  const inTextOnly = bron.type === 'personal_communication' && !FINDABLE.some((key) => (bron as Record<string, unknown>)[key] !== undefined);
  return inTextOnly ? { ...bron, type: 'document', genre: bron.genre ?? 'persoonlijke communicatie' } : bron;
}

/**
 * Every source as an APA reference in Dutch (citeproc through citation-js, with the bundled APA style and nl-NL
 * locale), formatted together: citeproc then tells works by the same author in the same year apart, as APA asks
 * ("2021a", "2021b"), and pages name them inline the same way. In APA order: by author, works without a date first,
 * then by date.
 *
 * APA leaves conversations that nobody can look up (personal communications) out of a reference list; here every
 * source has an entry that pages link to, so they are listed as a document of that kind. The ids come from citeproc's
 * own list of what it wrote, and there must be one text per source (citation-js pairs entries with ids by position,
 * which gave the sources after a left-out one each other's text).
 */
export function apaBibliography(bronnen: readonly { id: string; data: Bron }[]): Map<string, SourceCitation> {
  const byId = new Map(bronnen.map((b) => [b.id, b.data]));
  const items = new Cite(bronnen.map((b) => forCiteproc(b.id, listable(b.data)))).data as { id: string }[];
  const engine = csl.engine(items, APA_NL, 'nl-NL', 'text');
  engine.updateItems(items.map((i) => i.id));
  const [{ entry_ids: ids }, texts] = engine.makeBibliography();
  // Should citeproc leave out another kind of source, the pairing of ids and texts is unknown: stop, never mislabel.
  if (ids.length !== items.length || texts.length !== items.length) throw new Error(`De bronnenlijst is niet te maken: citeproc schreef ${texts.length} van de ${items.length} bronnen.`);
  const list = ids.map(([id], n) => {
    const reference = texts[n]!.trim();
    const date = REFERENCE_DATE.exec(reference)?.[1];
    return { id: id!, reference, date, short: shortCitation(byId.get(id!)!, date) };
  });
  // Two works that would still read the same inline ("Britt e.a. (2024)" by two author teams): APA names more authors.
  const count = new Map<string, number>();
  for (const { short } of list) count.set(short, (count.get(short) ?? 0) + 1);
  return new Map(list.map(({ id, reference, date, short }) => [id, { reference, short: count.get(short)! > 1 ? shortCitation(byId.get(id)!, date, true) : short }]));
}

/**
 * A reference split around the address APA writes in it, so that address can be the link itself; undefined when the
 * text does not hold the address as such (then the page gives a separate link).
 */
export function splitAtUrl(text: string, url: string | undefined): { before: string; url: string; after: string } | undefined {
  const at = url ? text.lastIndexOf(url) : -1;
  return url && at >= 0 ? { before: text.slice(0, at), url, after: text.slice(at + url.length) } : undefined;
}

/**
 * citation-js writes a full date as `month = {nov 22}`, which BibTeX does not know as a month; the month
 * becomes the standard macro (`month = nov`) and the day its own field (biblatex reads `day`).
 */
export function fixBibtexMonth(out: string): string {
  return out.replace(/^(\s*)month = \{([a-z]{3})(?: (\d{1,2}))?\},?$/m, (_, indent: string, month: string, day?: string) =>
    `${indent}month = ${month},${day ? `\n${indent}day = {${day}},` : ''}`);
}

// ---------------------------------------------------------------------------------------------------------------
// Any CSL-JSON item (not only a `Bron`): used by page-citation.ts to cite the site's own pages.

/** A CSL-JSON item as citation-js takes it. */
export type CslItem = Record<string, unknown> & { id: string; type: string; title: string };

const formatApa = (item: CslItem) => new Cite(item).format('bibliography', { format: 'text', template: APA_NL, lang: 'nl-NL' }).trim();

/** Formats one reference, so citeproc builds its APA engine (about 0.6 s, once per process) before a page needs it. */
export function warmUpApa(): void {
  formatApa({ id: 'opwarmen', type: 'webpage', title: 'Opwarmen' });
}

// citeproc needs about 8 ms per reference; the pages of one site differ only in title and address, so one
// reference per shape is formatted with stand-ins, and each page fills in its own title and address.
const TITLE_STANDIN = 'Xqzvtitelqzvx';
const URL_STANDIN = 'https://xqzvadresqzvx.invalid/pad/';
const templates = new Map<string, string>();
// Titles that citeproc might change (quotes, final punctuation, markup characters) are formatted directly.
const plainTitle = (t: string) => !/[\\'"‘’“”<>&*_]|[.?!:;]$/.test(t);

/** A CSL-JSON item as an APA-style reference in Dutch, as text. */
export function cslApa(item: CslItem): string {
  const { id: _id, title, URL: url, ...shape } = item;
  if (!plainTitle(title) || (url !== undefined && typeof url !== 'string')) return formatApa(item);
  const key = JSON.stringify(shape);
  let template = templates.get(key);
  if (template === undefined) {
    template = formatApa({ ...item, id: 'sjabloon', title: TITLE_STANDIN, ...(url ? { URL: URL_STANDIN } : {}) });
    templates.set(key, template);
  }
  if (template.split(TITLE_STANDIN).length !== 2 || (url && template.split(URL_STANDIN).length !== 2)) return formatApa(item);
  return template.replace(TITLE_STANDIN, () => title).replace(URL_STANDIN, () => (url as string) ?? '');
}

/**
 * A CSL-JSON item as BibTeX with `key` as its citation key. citation-js only keeps a key without punctuation,
 * so it would turn "zaanstad-keten-x-abc1234" into "Gemeente2025X"; hyphens are valid in BibTeX keys, so the
 * key is put back. Keys with characters BibTeX does not allow (space , { } # % " ' = \) are refused.
 */
export function cslBibtex(item: CslItem, key: string): string {
  if (/[\s,{}#%"'=\\()~]/.test(key)) throw new Error(`ongeldige BibTeX-sleutel: ${key}`);
  const out = fixBibtexMonth(new Cite(item).format('bibtex', { format: 'text' }).trim());
  return out.replace(/^@(\w+)\{[^,\n]*,/, (_, type: string) => `@${type}{${key},`);
}

/**
 * A CSL-JSON item as RIS. citation-js breaks values after every 70 characters (the old RefMan limit), which
 * splits URLs and notes over lines that most readers join with a space; the lines are joined back. The ID is
 * set to `key` (citation-js cuts it to 20 characters, which would drop the data version).
 */
export function cslRis(item: CslItem, key: string): string {
  const wrapped = new Cite(item).format('ris', { format: 'text' }).replace(/\r\n/g, '\n').replace(/\n+$/, '');
  const lines: string[] = [];
  for (const line of wrapped.split('\n')) {
    if (/^[A-Z][A-Z0-9]  -( |$)/.test(line) || lines.length === 0) lines.push(line);
    else lines[lines.length - 1] += line;
  }
  return lines.map((l) => (l.startsWith('ID  - ') ? `ID  - ${key}` : l)).join('\n') + '\n';
}
