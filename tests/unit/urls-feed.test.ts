import { describe, expect, it } from 'vitest';
import { feedItems } from '../../src/lib/feed.ts';
import { dateValue } from '../../src/lib/format.ts';
import { compareUrls, publishedUrls } from '../../src/lib/urls.ts';

describe('published URLs', () => {
  it('lists pages, data downloads and the feed, not assets', () => {
    expect(publishedUrls(['index.html', 'ketens/a/index.html', 'data/a.csv', 'data/a.json', 'feed.xml', '404.html', '_astro/x.css', 'pagefind/p.js', 'admin/index.html', 'admin/config.yml'])).toEqual(['/', '/data/a.csv', '/data/a.json', '/feed.xml', '/ketens/a/']);
  });
  it('names dropped and added URLs', () => {
    expect(compareUrls(['/a/', '/b/'], ['/b/', '/c/'])).toEqual({ dropped: ['/a/'], added: ['/c/'] });
  });
});

describe('feed', () => {
  it('lists publications and status changes, newest first, with anchors', () => {
    const items = feedItems(
      [{ id: 'p', data: { titel: 'Rapport', datum: '2024-11', samenvatting: 'Kort.', aanbevelingen: [{ nummer: '2.1', titel: 'Doe iets' }] } as never }],
      [{ publicatie: 'p', entry: { aanbeveling: '2.1', datum: '2025-06-17', status: 'toegezegd', toelichting: 'Het college neemt het over.' } }],
    );
    expect(items.map((i) => [i.date, i.link])).toEqual([['2025-06-17', '/publicaties/p/#aanbeveling-2-1'], ['2024-11', '/publicaties/p/']]);
    expect(items[0]!.title).toBe('Aanbeveling 2.1 (Rapport): toegezegd');
    expect(new Date(dateValue('2025-06')).toISOString()).toBe('2025-06-01T00:00:00.000Z');
  });
});
