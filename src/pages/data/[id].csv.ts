import type { APIRoute, GetStaticPaths } from 'astro';
import Papa from 'papaparse';
import { content } from '../../data/content.ts';
import { derived } from '../../data/derived.ts';

export const getStaticPaths: GetStaticPaths = async () => (await content()).indicatoren.map((i) => ({ params: { id: i.id } }));

/** The observations of one indicator as CSV (comma-separated, decimal point, UTF-8): ready for R, Python or Excel. */
export const GET: APIRoute = async ({ params }) => {
  const { indicatorById, areaLabel } = await derived();
  const ind = indicatorById.get(params.id!)!.data;
  const rows = ind.observaties.map((o) => ({
    indicator: params.id,
    periode: o.periode,
    gebied: o.gebied,
    gebied_naam: areaLabel(o.gebied),
    categorie: o.categorie ?? '',
    waarde: o.waarde ?? '',
    eenheid: ind.eenheid.label,
    status: o.status,
    kwalificatie: o.kwalificatie,
    ondergrens: o.ondergrens ?? '',
    bovengrens: o.bovengrens ?? '',
    toelichting: o.toelichting ?? '',
  }));
  const fields = ['indicator', 'periode', 'gebied', 'gebied_naam', 'categorie', 'waarde', 'eenheid', 'status', 'kwalificatie', 'ondergrens', 'bovengrens', 'toelichting'];
  const csv = Papa.unparse({ fields, data: rows.map((r) => fields.map((f) => r[f as keyof typeof r])) }, { newline: '\n' });
  return new Response(csv + '\n', { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
};
