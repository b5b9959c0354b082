import type { APIRoute, GetStaticPaths } from 'astro';
import { content } from '../../data/content.ts';
import { fileVersion, site } from '../../data/site.ts';

export const getStaticPaths: GetStaticPaths = async () => (await content()).indicatoren.map((i) => ({ params: { id: i.id } }));

/** Definition and observations of one indicator, with the version of its data and the licence. */
export const GET: APIRoute = async ({ params }) => {
  const entry = (await content()).indicatoren.find((i) => i.id === params.id)!;
  const version = fileVersion(`indicatoren/${entry.id}.json`);
  const body = {
    id: entry.id,
    url: new URL(`/indicatoren/${entry.id}/`, site.basisUrl).href,
    uitgever: site.uitgever,
    licentie: site.licentie,
    dataversie: version ? { commit: version.hash, datum: version.date } : null,
    voorbeelddata: site.voorbeelddata,
    ...entry.data,
  };
  return new Response(JSON.stringify(body, null, 2) + '\n', { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
