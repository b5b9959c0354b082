import { describe, expect, it } from 'vitest';
import { knownRoutes } from '../../src/lib/routes.ts';
import { STORY_OVERVIEW_LIMIT } from '../../src/lib/stories.ts';

/** Made-up ids: `n` stories, all in keten "a" but the last, which names a keten that does not exist. */
function routesWith(n: number) {
  const stories = Array.from({ length: n }, (_, i) => `verhaal-${i}`);
  const ids = (c: string) => (c === 'verhalen' ? stories : c === 'ketens' ? ['a', 'b'] : []);
  return knownRoutes(ids, stories.map((_, i) => (i === n - 1 ? 'onbekend' : 'a')));
}

describe('knownRoutes: the pages of all stories of one keten', () => {
  it('exist only beyond the limit, for ketens that have stories and exist', () => {
    expect([...routesWith(STORY_OVERVIEW_LIMIT)].filter((r) => r.startsWith('/verhalen/keten/'))).toEqual([]);
    const beyond = routesWith(STORY_OVERVIEW_LIMIT + 1);
    expect([...beyond].filter((r) => r.startsWith('/verhalen/keten/'))).toEqual(['/verhalen/keten/a/']);
    expect(beyond.has('/verhalen/verhaal-0/')).toBe(true);
  });
});
