import type { APIRoute, GetStaticPaths } from 'astro';
import { content } from '../../data/content.ts';
import { indicatorCsvText } from '../../data/csv.ts';

export const getStaticPaths: GetStaticPaths = async () => (await content()).indicatoren.map((i) => ({ params: { id: i.id } }));

/** The observations of one indicator as CSV; an indicator without data gives an empty template to fill in. */
export const GET: APIRoute = async ({ params }) => {
  return new Response(await indicatorCsvText(params.id!), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
};
