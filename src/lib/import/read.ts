/**
 * Reads an export into rows of cells with their row numbers as the editor sees them (row 1 is the first
 * line of a CSV file or the first row of a sheet). CSV: separator `;`, `,` or tab (detected), UTF-8 or
 * Windows-1252 (what Excel writes), with or without BOM; lines starting with # are comments.
 * XLSX: the first sheet or a named one, via exceljs; a number shown as a percentage (0,125 as 12,5%)
 * is read as the percentage (12.5).
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { extname } from 'node:path';
import type ExcelJS from 'exceljs';
import Papa from 'papaparse';
import { didYouMean } from '../suggest.ts';
import type { Cell } from './values.ts';
import { xlsxProblem } from './zip-guard.ts';

export interface Row {
  /** 1-based row number in the file or sheet. */
  number: number;
  cells: Cell[];
}

export interface Table {
  rows: Row[];
  /** How the file was read, for the report. */
  description: string;
  /** The CSV separator, when it is a CSV file. */
  separator?: string;
}

/** A problem that stops reading the file at all. */
export class ReadError extends Error {}

const SEPARATOR_NAMES: Record<string, string> = { ';': 'puntkomma (;)', ',': 'komma (,)', '\t': 'tab' };

function decode(buffer: Buffer): { text: string; encoding: string } {
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(buffer).replace(/^\uFEFF/, ''), encoding: 'UTF-8' };
  } catch {
    return { text: new TextDecoder('windows-1252').decode(buffer), encoding: 'Windows-1252' };
  }
}

/** The separator of the first line that is not a comment: the most frequent of ; , and tab outside quotes. */
export function detectSeparator(text: string): string {
  const line = text.split(/\r?\n/).find((l) => l.trim() !== '' && !l.trim().startsWith('#')) ?? '';
  const counts: Record<string, number> = { ';': 0, ',': 0, '\t': 0 };
  let quoted = false;
  for (const ch of line) {
    if (ch === '"') quoted = !quoted;
    else if (!quoted && ch in counts) counts[ch]!++;
  }
  return [';', '\t', ','].reduce((best, s) => (counts[s]! > counts[best]! ? s : best), ';');
}

function readCsv(file: string): Table {
  const { text, encoding } = decode(readFileSync(file));
  const separator = detectSeparator(text);
  const parsed = Papa.parse<string[]>(text, { delimiter: separator, skipEmptyLines: false, header: false });
  const quoteError = parsed.errors.find((e) => e.type === 'Quotes');
  if (quoteError) throw new ReadError(`rij ${(quoteError.row ?? 0) + 1}: een aanhalingsteken (") wordt niet afgesloten; controleer die regel`);
  const rows = parsed.data.map((cells, i) => ({ number: i + 1, cells: cells.map((c): Cell => (c.trim() === '' ? null : c)) }));
  return { rows, separator, description: `CSV, scheidingsteken ${SEPARATOR_NAMES[separator]}, ${encoding}` };
}

type ExcelValue = ExcelJS.CellValue;

function excelCell(value: ExcelValue, numFmt: string | undefined): Cell {
  if (value === null || value === undefined) return null;
  if (typeof value === 'number') return numFmt?.includes('%') ? Number((value * 100).toPrecision(12)) : value;
  if (typeof value === 'string') return value.trim() === '' ? null : value;
  if (typeof value === 'boolean') return String(value);
  if (value instanceof Date) return value;
  if ('richText' in value) return value.richText.map((r) => r.text).join('');
  if ('result' in value) return excelCell(value.result as ExcelValue, numFmt);
  if ('formula' in value || 'sharedFormula' in value) return null;
  if ('error' in value) return String(value.error);
  if ('text' in value) return String(value.text);
  return String(value);
}

async function readXlsx(file: string, sheetName?: string): Promise<Table> {
  // exceljs is large; load it only for Excel files, so a CSV import starts quickly.
  const { default: Excel } = await import('exceljs');
  const bytes = readFileSync(file);
  // Checked before exceljs sees it: a renamed text file or a zip bomb gets a Dutch message, not all memory.
  const problem = xlsxProblem(bytes);
  if (problem) throw new ReadError(problem);
  const workbook = new Excel.Workbook();
  try {
    await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  } catch {
    throw new ReadError(`kan ${file} niet lezen als Excel-bestand (.xlsx); sla het in Excel opnieuw op als .xlsx of als CSV`);
  }
  const names = workbook.worksheets.map((w) => w.name);
  const sheet = sheetName === undefined ? workbook.worksheets[0] : workbook.worksheets.find((w) => w.name === sheetName) ?? workbook.worksheets.find((w) => w.name.toLowerCase() === sheetName.toLowerCase());
  if (!sheet) {
    if (sheetName === undefined) throw new ReadError('het Excel-bestand heeft geen werkbladen');
    const hint = didYouMean(sheetName, names);
    throw new ReadError(`werkblad "${sheetName}" bestaat niet${hint ? `; ${hint}` : '.'} De werkbladen heten: ${names.map((n) => `"${n}"`).join(', ')}.`);
  }
  const rows: Row[] = [];
  sheet.eachRow({ includeEmpty: false }, (row, number) => {
    const cells: Cell[] = [];
    for (let col = 1; col <= row.cellCount; col++) {
      const cell = row.getCell(col);
      cells.push(excelCell(cell.value, cell.numFmt));
    }
    rows.push({ number, cells });
  });
  return { rows, description: `Excel, werkblad "${sheet.name}"${names.length > 1 ? ` (van ${names.length}: ${names.map((n) => `"${n}"`).join(', ')})` : ''}` };
}

const CSV_EXTENSIONS = new Set(['.csv', '.txt', '.tsv']);
/** Far more than any export of one indicator; a larger file would only fill the memory. */
const MAX_CSV_BYTES = 50 * 1024 * 1024;

export async function readTable(file: string, options: { blad?: string } = {}): Promise<Table> {
  if (!existsSync(file)) throw new ReadError(`bestand "${file}" bestaat niet`);
  const stats = statSync(file);
  if (!stats.isFile()) throw new ReadError(`"${file}" is geen bestand`);
  if (stats.size > MAX_CSV_BYTES) throw new ReadError(`het bestand is ${Math.round(stats.size / 1024 / 1024)} MB; een export voor de import mag hoogstens ${MAX_CSV_BYTES / 1024 / 1024} MB zijn. Splits het bestand`);
  const ext = extname(file).toLowerCase();
  if (ext === '.xlsx') return readXlsx(file, options.blad);
  if (options.blad !== undefined) throw new ReadError('--blad kan alleen bij een Excel-bestand (.xlsx)');
  if (CSV_EXTENSIONS.has(ext)) return readCsv(file);
  if (ext === '.xls') throw new ReadError('dit is een oud Excel-bestand (.xls); sla het in Excel op als .xlsx of als CSV en probeer het opnieuw');
  throw new ReadError(`kan "${ext || file}" niet lezen; gebruik een .csv- of .xlsx-bestand`);
}
