import { describe, expect, it } from 'vitest';
import { STORY_OVERVIEW_LIMIT, allStoriesOnOverview, newestStories, storiesPerKeten } from '../../src/lib/stories.ts';

const story = (id: string, keten: string, datum: string) => ({ id, data: { keten, datum } });
const ketens = [{ id: 'jeugd' }, { id: 'wmo' }, { id: 'werk' }];
const stories = [story('a', 'wmo', '2023-05'), story('b', 'jeugd', '2024'), story('c', 'wmo', '2024-02-10'), story('d', 'wmo', '2022-11-30'), story('e', 'wmo', '2024-02-10')];

describe('allStoriesOnOverview', () => {
  it('shows every story up to the limit and per keten the newest beyond it', () => {
    expect(allStoriesOnOverview(0)).toBe(true);
    expect(allStoriesOnOverview(STORY_OVERVIEW_LIMIT)).toBe(true);
    expect(allStoriesOnOverview(STORY_OVERVIEW_LIMIT + 1)).toBe(false);
  });
});

describe('storiesPerKeten', () => {
  it('groups in the order of the ketens, leaves out ketens without stories and keeps the order of the stories', () => {
    expect(storiesPerKeten(ketens, stories).map((g) => [g.keten.id, g.stories.map((s) => s.id)])).toEqual([['jeugd', ['b']], ['wmo', ['a', 'c', 'd', 'e']]]);
  });
});

describe('newestStories', () => {
  it('takes the newest by date; the same date keeps the given order; a year alone comes before dates in that year', () => {
    expect(newestStories(stories, 3).map((s) => s.id)).toEqual(['c', 'e', 'b']);
    expect(newestStories(stories.slice(0, 1)).map((s) => s.id)).toEqual(['a']);
  });
});
