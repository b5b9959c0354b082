import { distance } from 'fastest-levenshtein';

/**
 * The closest known word to a misspelt one, or undefined when nothing is close enough
 * to be a likely typo ("titl" → "titel", "wmo-mantelzorg" → "wmo-mantelzorg-gezondheid").
 */
export function closest(word: string, candidates: Iterable<string>): string | undefined {
  let best: string | undefined;
  let bestScore = Infinity;
  const lower = word.toLowerCase();
  for (const c of candidates) {
    const cl = c.toLowerCase();
    const d = cl.startsWith(lower) || lower.startsWith(cl) ? Math.min(distance(lower, cl), 1) : distance(lower, cl);
    if (d < bestScore) [best, bestScore] = [c, d];
  }
  if (best === undefined) return undefined;
  const limit = Math.max(2, Math.floor(Math.max(word.length, best.length) / 3));
  return bestScore <= limit ? best : undefined;
}

export function didYouMean(word: string, candidates: Iterable<string>): string | undefined {
  const c = closest(word, candidates);
  return c && c !== word ? `bedoelde u "${c}"?` : undefined;
}
