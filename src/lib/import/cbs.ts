/**
 * CBS StatLine files for `npm run importeer -- --cbs <bestand>`: an OData v3 TypedDataSet (JSON, as the API
 * returns it) or the same data as CSV. They become an ordinary import table (periode, gebied, waarde,
 * status, toelichting), which the CSV import then checks and merges: all or nothing, the same messages.
 *
 * CBS's own conventions: region codes padded with spaces ("WK047911  "), periods as codes ("2023JJ00" year,
 * "2023HJ01" half year, "2023KW01" quarter, "2023MM01" month), measure keys with a number ("AantalInwoners_5"),
 * and symbols instead of numbers: "." unknown, "x" secret, "?" not reliable enough, "-" nil (zero).
 */
import { readFileSync } from 'node:fs';
import { extname } from 'node:path';
import Papa from 'papaparse';
import { didYouMean } from '../suggest.ts';
import type { Row, Table } from './read.ts';
import { ReadError } from './read.ts';
import type { Cell } from './values.ts';

/** Dimension columns that hold the region. */
export const REGION_KEYS = ['WijkenEnBuurten', 'RegioS', 'Gemeenten', 'Regios'];
// CBS puts "k_" before a key that would start with a digit: k_10GlzAlcoholNormaalVoorVrienden_74.
const MEASURE = /^(?:[A-Za-z]|k_\d)[A-Za-z0-9]*_\d+$/;

/** "2023JJ00" → "2023", "2023HJ01" → "2023-H1", "2023KW03" → "2023-Q3", "2023MM07" → "2023-07"; undefined when it is none. */
export function cbsPeriod(code: string): string | undefined {
  const m = /^(\d{4})(JJ00|HJ0([12])|KW0([1-4])|MM(0[1-9]|1[0-2]))$/.exec(code.trim());
  if (!m) return undefined;
  if (m[3]) return `${m[1]}-H${m[3]}`;
  if (m[4]) return `${m[1]}-Q${m[4]}`;
  if (m[5]) return `${m[1]}-${m[5]}`;
  return m[1];
}

/** What a CBS symbol means for an observation; undefined for a number. */
export function cbsSymbol(text: string): { status: 'ontbreekt' | 'onderdrukt'; toelichting: string } | { nil: true } | undefined {
  switch (text.trim()) {
    case '': case '.': return { status: 'ontbreekt', toelichting: 'CBS: cijfer onbekend (.)' };
    case 'x': case 'X': return { status: 'onderdrukt', toelichting: 'CBS: cijfer geheim (x)' };
    case '?': return { status: 'ontbreekt', toelichting: 'CBS: cijfer onvoldoende betrouwbaar (?)' };
    case '-': return { nil: true };
    default: return undefined;
  }
}

/** Records as read from the file: column → value, with the record's number for messages. */
export interface CbsRecords {
  /** Columns in file order. */
  keys: string[];
  records: { number: number; values: Record<string, unknown> }[];
  /** "rij" for CSV (the line in the file, as in other imports), "record" for JSON (the position in `value`). */
  unit: 'rij' | 'record';
  format: string;
}

/** The records of a TypedDataSet response; a ReadError in Dutch when it is something else. */
export function recordsFromJson(data: unknown, name: string): CbsRecords {
  const value = (data as { value?: unknown } | null)?.value;
  if (!data || typeof data !== 'object' || !Array.isArray(value))
    throw new ReadError(`${name} is geen CBS-bestand: een TypedDataSet van de CBS-API heeft een lijst "value" met records`);
  if (value.length === 0) throw new ReadError(`${name} bevat geen records: de lijst "value" is leeg`);
  if (!value.every((r) => r && typeof r === 'object' && !Array.isArray(r)))
    throw new ReadError(`${name} is geen CBS-bestand: de records in "value" zijn geen objecten`);
  const keys = [...new Set(value.flatMap((r) => Object.keys(r as object)))];
  return { keys, records: value.map((values, i) => ({ number: i + 1, values: values as Record<string, unknown> })), unit: 'record', format: 'CBS OData-TypedDataSet (JSON)' };
}

/** The records of a StatLine CSV with CBS's column keys (ID, WijkenEnBuurten, Perioden, AantalInwoners_5 …). */
export function recordsFromCsv(text: string, name: string): CbsRecords {
  const clean = text.replace(/^\uFEFF/, '');
  const first = clean.split(/\r?\n/).find((l) => !l.trim().startsWith('#')) ?? '';
  const delimiter = (first.match(/;/g)?.length ?? 0) > (first.match(/,/g)?.length ?? 0) ? ';' : ',';
  const parsed = Papa.parse<string[]>(clean, { delimiter, skipEmptyLines: false });
  const rows = parsed.data;
  // Lines starting with # are notes (as in the other imports); the first other line is the header.
  const isNote = (cells: string[]) => (cells[0] ?? '').trim().startsWith('#');
  const headerIndex = rows.findIndex((cells) => !isNote(cells));
  const keys = (rows[headerIndex] ?? []).map((k) => k.trim());
  if (!keys.some((k) => REGION_KEYS.includes(k) || k === 'Perioden') || !keys.some((k) => MEASURE.test(k)))
    throw new ReadError(`${name} is geen CSV van CBS StatLine: de eerste regel moet de kolomcodes van CBS hebben, zoals WijkenEnBuurten of RegioS, Perioden en een onderwerp als AantalInwoners_5 (gevonden: ${keys.slice(0, 6).join(', ') || 'niets'})`);
  const records = rows.flatMap((cells, i) => (i <= headerIndex || isNote(cells) || cells.every((c) => c.trim() === '') ? [] : [{ number: i + 1, values: Object.fromEntries(keys.map((k, j) => [k, cells[j] ?? ''])) }]));
  if (records.length === 0) throw new ReadError(`${name} bevat alleen een kopregel en geen cijfers`);
  return { keys, records, unit: 'rij', format: `CSV van CBS StatLine (scheidingsteken ${delimiter === ';' ? 'puntkomma' : 'komma'})` };
}

/** Reads a saved CBS file, JSON or CSV, by its content rather than its name. */
export function readCbsFile(file: string): CbsRecords {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') throw new ReadError(`bestand ${file} bestaat niet`);
    throw error;
  }
  const trimmed = text.replace(/^\uFEFF/, '').trimStart();
  if (trimmed.startsWith('{') || trimmed.startsWith('[') || extname(file).toLowerCase() === '.json') {
    let data: unknown;
    try {
      data = JSON.parse(trimmed);
    } catch {
      throw new ReadError(`${file} is geen geldige JSON; sla het antwoord van de CBS-API opnieuw op (het bestand is misschien afgebroken)`);
    }
    return recordsFromJson(data, file);
  }
  return recordsFromCsv(text, file);
}

export interface CbsChoice {
  /** The measure key, e.g. "AantalInwoners_5"; may be left out when the file has only one. */
  maat?: string;
  /** The period for files without Perioden (Kerncijfers wijken en buurten: one table per year). */
  periode?: string;
  /** Which region codes belong to the indicator's level: GM, WK or BU. */
  prefix: 'GM' | 'WK' | 'BU';
  /** The site's municipality (GM0479): rows of other municipalities and their wijken are left out. */
  gemeente?: string;
  /** For a comparison of municipalities: the GM codes of other municipalities whose rows are kept too. */
  andere?: string[];
}

export interface CbsTable {
  table: Table;
  /** Problems found while converting; the import adds them to its own and then writes nothing. */
  errors: string[];
  notes: string[];
}

const PREFIX_NOUN: Record<CbsChoice['prefix'], string> = { GM: 'gemeenten', WK: 'wijken', BU: 'buurten' };

/** Turns CBS records into an import table: one row per record of the indicator's level. */
/**
 * One CBS value as the waarde, status and toelichting cells of a row: a number, or a CBS sign (. x ? for a
 * missing or secret figure, - for nil, which counts as 0); `unknown` for anything else.
 */
function cbsValue(raw: unknown): { cells: Cell[]; nil?: boolean } | { unknown: string } {
  if (typeof raw === 'number' && Number.isFinite(raw)) return { cells: [raw, '', ''] };
  if (raw === null || raw === undefined) return { cells: [null, 'ontbreekt', 'CBS: geen cijfer'] };
  const text = String(raw).trim();
  if (/^-?\d+(\.\d+)?$/.test(text)) return { cells: [Number(text), '', ''] };
  const symbol = cbsSymbol(text);
  if (symbol && 'nil' in symbol) return { cells: [0, '', ''], nil: true };
  if (symbol) return { cells: [null, symbol.status, symbol.toelichting] };
  return { unknown: text };
}

export function cbsToTable(data: CbsRecords, choice: CbsChoice): CbsTable {
  const errors: string[] = [];
  const notes: string[] = [`Gelezen als ${data.format}.`];
  const measures = data.keys.filter((k) => MEASURE.test(k));
  const region = data.keys.find((k) => REGION_KEYS.includes(k));
  const hasPeriods = data.keys.includes('Perioden');
  const empty: CbsTable = { table: { rows: [], description: data.format }, errors, notes };

  let maat = choice.maat;
  if (maat === undefined) {
    if (measures.length === 1) maat = measures[0];
    else {
      errors.push(`kies met --maat welk onderwerp u importeert; dit bestand heeft er ${measures.length}: ${measures.slice(0, 12).join(', ')}${measures.length > 12 ? ' …' : ''}`);
      return empty;
    }
  } else if (!data.keys.includes(maat)) {
    const hint = didYouMean(maat, measures);
    errors.push(`onderwerp "${maat}" staat niet in dit bestand${hint ? `; ${hint}` : ''}${measures.length ? ` (wel: ${measures.slice(0, 8).join(', ')}${measures.length > 8 ? ' …' : ''})` : ''}. De codes veranderen per jaar: kijk in DataProperties van de tabel`);
    return empty;
  }
  if (!region) {
    errors.push(`dit bestand heeft geen kolom voor het gebied (${REGION_KEYS.slice(0, 2).join(' of ')})`);
    return empty;
  }
  if (!hasPeriods && !choice.periode) {
    errors.push('dit bestand heeft geen kolom Perioden (zoals de Kerncijfers wijken en buurten, één tabel per jaar); geef het jaar met --periode, bijvoorbeeld --periode 2024');
    return empty;
  }
  // Other dimensions (Geslacht, Leeftijd, Marges …) must have one value, else the figures mix groups.
  const dimensions = data.keys.filter((k) => k !== 'ID' && k !== region && k !== 'Perioden' && !MEASURE.test(k));
  for (const d of dimensions) {
    const values = [...new Set(data.records.map((r) => String(r.values[d] ?? '').trim()))];
    if (values.length > 1)
      errors.push(`kolom ${d} heeft ${values.length} verschillende waarden (${values.slice(0, 4).join(', ')}${values.length > 4 ? ' …' : ''}); de cijfers zouden groepen door elkaar halen. Haal de gegevens op met één waarde voor ${d}`);
  }
  if (errors.length) return empty;

  const header: Row = { number: 0, cells: ['periode', 'gebied', 'waarde', 'status', 'toelichting'] };
  const rows: Row[] = [header];
  let skipped = 0;
  let elsewhere = 0;
  let nil = 0;
  for (const record of data.records) {
    const where = `${data.unit} ${record.number}`;
    const code = String(record.values[region] ?? '').trim();
    if (!code.toUpperCase().startsWith(choice.prefix)) {
      skipped++;
      continue;
    }
    const compared = choice.prefix === 'GM' && !!choice.andere?.includes(code.toUpperCase());
    if (choice.gemeente && !compared && !code.toUpperCase().startsWith(choice.prefix + choice.gemeente.slice(2))) {
      elsewhere++;
      continue;
    }
    const periodCode = hasPeriods ? String(record.values.Perioden ?? '').trim() : '';
    const periode = hasPeriods ? cbsPeriod(periodCode) : choice.periode;
    if (!periode) {
      errors.push(`${where}: periode "${periodCode}" is geen CBS-periodecode; verwacht bijvoorbeeld 2023JJ00 (jaar), 2023HJ01 (halfjaar), 2023KW01 (kwartaal) of 2023MM01 (maand)`);
      continue;
    }
    const value = cbsValue(record.values[maat!]);
    if ('unknown' in value) {
      errors.push(`${where}: "${value.unknown}" in ${maat} is geen getal en geen teken van CBS (. x ? -)`);
      continue;
    }
    if (value.nil) nil++;
    rows.push({ number: record.number, cells: [periode, code, ...value.cells] });
  }
  notes.push(`Onderwerp ${maat}, gebied uit ${region}${hasPeriods ? ', perioden uit Perioden' : `, periode ${choice.periode} (opgegeven)`}. ${data.unit === 'rij' ? 'Rijnummers in meldingen zijn regels in het bestand.' : 'Rij- en recordnummers in meldingen tellen de records in de lijst "value" (1 is het eerste).'}`);
  const rowWord = (n: number) => (data.unit === 'rij' ? (n === 1 ? 'rij' : 'rijen') : n === 1 ? 'record' : 'records');
  if (skipped) notes.push(`${skipped} ${rowWord(skipped)} voor andere gebieden dan ${PREFIX_NOUN[choice.prefix]} overgeslagen.`);
  if (elsewhere) notes.push(`${elsewhere} ${rowWord(elsewhere)} van andere gemeenten dan ${choice.gemeente} overgeslagen.`);
  if (nil) notes.push(`${nil} keer "-" (nihil bij CBS): opgeslagen als 0.`);
  if (rows.length === 1 && !errors.length) errors.push(`dit bestand heeft geen records voor ${PREFIX_NOUN[choice.prefix]} (codes die beginnen met ${choice.prefix})`);
  return { table: { rows, description: data.format }, errors, notes };
}
