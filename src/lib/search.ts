// Pure helpers of the search page (/zoeken/). Pagefind, when it finds no page with a word, falls back to
// shorter and shorter prefixes of it: "xqzplw" finds every page with an "x". These helpers keep only the
// results where every word the reader typed really occurs, and group the rest by kind with true counts.

/** Lower case without diacritics, so "financiele" finds "financiële". */
export const fold = (s: string): string => s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();

/** The words of a text, folded; punctuation around words is dropped. */
export const wordsOf = (s: string): string[] => fold(s).split(/[^\p{L}\p{N}]+/u).filter(Boolean);

const commonPrefix = (a: string, b: string): number => {
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  return i;
};

/** Letters a Dutch word may lose to its stem ("indicaties" → "indicatie", "ketens" → "keten"). */
const STEM_SLACK = 3;

/**
 * Whether a word Pagefind matched in a page stands for the word the reader typed: the found word starts
 * with the typed one ("wijkteam" → "wijkteams"), or both share a stem that is no more than a few letters
 * shorter than the typed word ("indicaties" → "indicatie"). A mere shared first letter is no match.
 */
export function isRealMatch(found: string, typed: string): boolean {
  const f = fold(found), t = fold(typed);
  if (!f || !t) return false;
  const p = commonPrefix(f, t);
  if (p === t.length) return true;
  return p >= Math.max(3, t.length - STEM_SLACK) && p >= Math.min(4, t.length);
}

/** Whether every typed word has a real match among the words Pagefind matched in the page. */
export function keepResult(query: string, matchedWords: readonly string[]): boolean {
  const typed = wordsOf(query);
  const found = matchedWords.flatMap(wordsOf);
  return typed.length > 0 && typed.every((t) => found.some((f) => isRealMatch(f, t)));
}

/** The words at Pagefind's match locations: indexes into the page's content split on white space. */
export function wordsAt(content: string, locations: readonly number[]): string[] {
  const words = content.split(/\s+/).filter(Boolean);
  return locations.map((i) => words[i]).filter((w): w is string => w !== undefined);
}

/** Results grouped by kind in the given order (unknown kinds after it, in order of appearance), with counts. */
export function groupByKind<T extends { kind?: string }>(results: readonly T[], order: readonly string[], fallback = 'Pagina'): { kind: string; count: number; items: T[] }[] {
  const groups = new Map<string, T[]>();
  for (const r of results) {
    const k = r.kind ?? fallback;
    groups.set(k, [...(groups.get(k) ?? []), r]);
  }
  const kinds = [...order, ...groups.keys()].filter((k, i, a) => a.indexOf(k) === i && groups.has(k));
  return kinds.map((kind) => ({ kind, count: groups.get(kind)!.length, items: groups.get(kind)! }));
}
