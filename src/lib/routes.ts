/**
 * The site's routes as the content check knows them, so it can tell whether a redirect leads somewhere and
 * whether a page id would take an address a route already has. Mirrors src/pages/ (a unit test holds it there).
 */
import { allStoriesOnOverview } from './stories.ts';

/** Top-level sections and fixed pages of src/pages/. */
export const SECTIONS = ['aanbevelingen', 'begrippen', 'bronnen', 'data', 'gemeenten', 'indicatoren', 'kaders', 'ketens', 'publicaties', 'trajecten', 'verhalen', 'wijken', 'wijzigingen', 'zoeken'] as const;

/** Names a page in paginas/ cannot have: a section, or a file the build or the host already writes. */
export const RESERVED_PAGE_IDS = new Set<string>([...SECTIONS, '404', 'admin', 'feed', 'pagefind', 'sitemap', '_astro']);

/** Pages that exist whatever the content. */
const FIXED = ['/', ...SECTIONS.map((s) => `/${s}/`), '/gemeenten/vergelijking/', '/over/redactie/', '/feed.xml', '/data/alle-data.json'];

/** Collections whose entries each get a page at /<collection>/<id>/. */
const PAGED = ['ketens', 'indicatoren', 'verhalen', 'publicaties', 'trajecten', 'gemeenten', 'kaders'] as const;

/**
 * Every address the build will write for this content (filter pages of /aanbevelingen/ aside). `storyKetens` is the
 * keten of each story: beyond STORY_OVERVIEW_LIMIT stories each keten with stories gets /verhalen/keten/<id>/.
 */
export function knownRoutes(ids: (collection: string) => Iterable<string>, storyKetens: readonly string[] = []): Set<string> {
  const routes = new Set(FIXED);
  for (const c of PAGED) for (const id of ids(c)) routes.add(`/${c}/${id}/`);
  if (!allStoriesOnOverview([...ids('verhalen')].length)) {
    const ketens = new Set(ids('ketens'));
    for (const keten of storyKetens) if (ketens.has(keten)) routes.add(`/verhalen/keten/${keten}/`);
  }
  for (const id of ids('indicatoren')) for (const ext of ['csv', 'json']) routes.add(`/data/${id}.${ext}`);
  for (const id of ids('paginas')) routes.add(`/${id}/`);
  return routes;
}

/**
 * Addresses the build writes but the check cannot list one by one: the filter pages of the recommendation tracker,
 * and the wijk pages (one per area in site.json, which is not a collection).
 */
export const isGeneratedRoute = (path: string) => /^\/(aanbevelingen|wijken)\/.+/.test(path);

/** "/" and "/ketens/": the home page and the section indexes, which no redirect may replace. */
export const isIndexRoute = (path: string) => path === '/' || (SECTIONS as readonly string[]).some((s) => path === `/${s}/` || path === `/${s}`);

/** Trailing slash as the site writes addresses; files (.csv, .json, .xml) keep theirs. */
export const normalRoute = (path: string) => (/\.[a-z]+$/.test(path) || path.endsWith('/') ? path : `${path}/`);
