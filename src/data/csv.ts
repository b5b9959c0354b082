/** The CSV of each indicator, made once per build: its download (/data/<id>.csv) and the size /data/ shows. */
import { indicatorCsv } from '../lib/csv.ts';
import { derived } from './derived.ts';
import { fileVersion } from './site.ts';

const made = new Map<string, string>();

export async function indicatorCsvText(id: string): Promise<string> {
  let csv = made.get(id);
  if (csv === undefined) {
    const { indicatorById, areaLabel } = await derived();
    made.set(id, (csv = indicatorCsv(id, indicatorById.get(id)!.data, areaLabel, fileVersion(`indicatoren/${id}.json`))));
  }
  return csv;
}
