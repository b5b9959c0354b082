/**
 * How /verhalen/ shows the stories. Pure. Up to STORY_OVERVIEW_LIMIT stories the page shows them all, per keten.
 * Beyond it each keten shows its newest few and links to /verhalen/keten/<id>/ with all of them: a municipality that
 * publishes thousands of stories would otherwise get one page too long to read (13,000 stories: 253 kB gzip).
 */
export const STORY_OVERVIEW_LIMIT = 200;
/** Stories per keten on /verhalen/ beyond the limit. */
export const NEWEST_PER_KETEN = 3;

/** Whether /verhalen/ shows every story itself (true) or per keten the newest and a link. */
export const allStoriesOnOverview = (count: number): boolean => count <= STORY_OVERVIEW_LIMIT;

type Story = { id: string; data: { keten: string; datum: string } };

/** The stories per keten, in the order of the ketens, ketens without stories left out; stories in the given order. */
export function storiesPerKeten<K extends { id: string }, S extends Story>(ketens: readonly K[], stories: readonly S[]): { keten: K; stories: S[] }[] {
  return ketens.map((keten) => ({ keten, stories: stories.filter((s) => s.data.keten === keten.id) })).filter((g) => g.stories.length > 0);
}

/** The newest `n` stories (datum JJJJ[-MM[-DD]] compares as text; the same date keeps the given order). */
export function newestStories<S extends Story>(stories: readonly S[], n = NEWEST_PER_KETEN): S[] {
  return [...stories].sort((a, b) => b.data.datum.localeCompare(a.data.datum)).slice(0, n);
}
