import type { APIRoute } from 'astro';
import { content } from '../../data/content.ts';
import { dataVersion, fileVersion, site } from '../../data/site.ts';

/** Every indicator with its observations in one file, named by the data version of the whole content. */
export const GET: APIRoute = async () => {
  const c = await content();
  const body = {
    titel: site.titel,
    uitgever: site.uitgever,
    licentie: site.licentie,
    dataversie: dataVersion ? { commit: dataVersion.hash, datum: dataVersion.date } : null,
    voorbeelddata: site.voorbeelddata,
    indicatoren: c.indicatoren.map((i) => {
      const v = fileVersion(`indicatoren/${i.id}.json`);
      return { id: i.id, dataversie: v ? { commit: v.hash, datum: v.date } : null, ...i.data };
    }),
  };
  return new Response(JSON.stringify(body, null, 2) + '\n', { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
