import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { content } from '../data/content.ts';
import { site } from '../data/site.ts';
import { feedItems } from '../lib/feed.ts';
import { dateValue } from '../lib/format.ts';

/** RSS feed of publications and of every change in the status of a recommendation. */
export const GET: APIRoute = async () => {
  const { publicaties, aanbevelingen } = await content();
  const items = feedItems(
    publicaties.map((p) => ({ id: p.id, data: p.data })),
    aanbevelingen.flatMap((f) => f.data.statussen.map((entry) => ({ publicatie: f.data.publicatie, entry }))),
  );
  return rss({
    title: `${site.titel}: publicaties en aanbevelingen`,
    description: `Nieuwe publicaties en de stand van de aanbevelingen over de Sociale Wijkteams van ${site.gemeente}.`,
    site: site.basisUrl,
    customData: '<language>nl-nl</language>',
    // Absolute links pass through unchanged; the package would add a slash after #anchor and break the anchor.
    items: items.map((i) => ({ title: i.title, link: new URL(i.link, site.basisUrl).href, pubDate: new Date(dateValue(i.date)), description: i.description })),
  });
};
