import Papa from 'papaparse';
import type { Indicator } from '../schemas/index.ts';
import type { DataVersion } from './git.ts';

const FORMULA_START = /^[=+\-@\t\r]/;

export const CSV_FIELDS = ['indicator', 'periode', 'gebied', 'gebied_naam', 'categorie', 'waarde', 'eenheid', 'status', 'kwalificatie', 'ondergrens', 'bovengrens', 'toelichting', 'dataversie', 'dataversie_datum'] as const;

/**
 * The observations of one indicator as CSV (comma-separated, decimal point, UTF-8), one row per observation.
 * Every row names the data version, so a file that travels on its own still says which state it is.
 * Without observations it is an empty template with only the header.
 */
export function indicatorCsv(id: string, ind: Indicator, areaLabel: (id: string) => string, version: DataVersion | undefined): string {
  const rows = ind.observaties.map((o) => [
    id, o.periode, o.gebied, areaLabel(o.gebied), o.categorie ?? '', o.waarde ?? '', ind.eenheid.label, o.status, o.kwalificatie,
    o.ondergrens ?? '', o.bovengrens ?? '', o.toelichting ?? '', version?.short ?? '', version?.date ?? '',
  ]);
  // escapeFormulae: a text cell starting with = + - @, tab or CR gets a leading ' so a spreadsheet shows it
  // instead of running it (OWASP's advice on CSV injection); numbers stay numbers. Our own pattern, because
  // papaparse's default one misses a text that also holds a line break.
  return Papa.unparse({ fields: [...CSV_FIELDS], data: rows }, { newline: '\n', escapeFormulae: FORMULA_START }) + '\n';
}
