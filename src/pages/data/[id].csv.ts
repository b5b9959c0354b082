import type { APIRoute, GetStaticPaths } from 'astro';
import { content } from '../../data/content.ts';
import { derived } from '../../data/derived.ts';
import { fileVersion } from '../../data/site.ts';
import { indicatorCsv } from '../../lib/csv.ts';

export const getStaticPaths: GetStaticPaths = async () => (await content()).indicatoren.map((i) => ({ params: { id: i.id } }));

/** The observations of one indicator as CSV; an indicator without data gives an empty template to fill in. */
export const GET: APIRoute = async ({ params }) => {
  const { indicatorById, areaLabel } = await derived();
  const csv = indicatorCsv(params.id!, indicatorById.get(params.id!)!.data, areaLabel, fileVersion(`indicatoren/${params.id}.json`));
  return new Response(csv, { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
};
