/**
 * The rows of an export read one by one: period, area, category, value and status, each with its own Dutch
 * problem naming the row. Used by planImport (plan.ts).
 */
import type { Indicator, Site } from '../../schemas/index.ts';
import type { Frequentie } from '../periods.ts';
import { didYouMean } from '../suggest.ts';
import { resolveArea, type Area, type Niveau } from './areas.ts';
import type { ColumnMap, Role } from './columns.ts';
import type { ImportPlan, RawObservation } from './index.ts';
import type { Row, Table } from './read.ts';
import { cellText, fitPeriod, isMissing, normalize, parseNumber, PERIOD_FORMS, readPeriod, readStatus, type Cell, type DecimalMark, type ImportStatus } from './values.ts';

/** What every step after the first knows: the indicator as it is now, the site and its areas. */
export interface Target {
  indicatorFile: string;
  rel: (path: string) => string;
  indicator: Indicator;
  /** The file's data as written, for the observations the import keeps. */
  raw: Record<string, unknown>;
  before: string;
  niveau: Niveau;
  frequentie: Frequentie;
  categories: { id: string; label: string }[];
  site: Site;
  areas: Area[];
}

/** The export once its header row is found. */
export interface Sheet {
  table: Table;
  headerRow: Row;
  headers: string[];
  columns: ColumnMap;
  dataRows: Row[];
  /** The columns of a role, in file order. */
  col: (role: Role) => number[];
}

/** An observation in the new list: with `index`, an existing one whose text stays as it is. */
export type Kept = { obs: RawObservation; index?: number };

/** Observations with the same key are the same cell of the indicator. */
export const key = (o: { periode: string; gebied: string; categorie?: string }) => `${o.periode}|${o.gebied}|${o.categorie ?? ''}`;
export const quoteList = (items: string[]) => items.map((h) => `"${h}"`).join(', ');

const at = (row: Row, i: number): Cell => row.cells[i] ?? null;
type Err = (message: string) => void;

/** Period: one column, or several read together ("2024" + "juli"). */
function rowPeriod(row: Row, { col }: Sheet, frequentie: Frequentie, err: Err): string | undefined {
  const periodCells = col('periode').map((i) => at(row, i)).filter((c) => c !== null);
  const periodCell: Cell = periodCells.length === 1 ? periodCells[0]! : periodCells.length ? periodCells.map(cellText).join(' ') : null;
  const periodShown = cellText(periodCell);
  if (periodCell === null) return void err('periode ontbreekt');
  const read = readPeriod(periodCell);
  if (!read) return void err(`periode "${periodShown}" niet herkend; schrijf ${PERIOD_FORMS[frequentie]}`);
  const fitted = fitPeriod(read, frequentie, periodShown);
  if ('error' in fitted) return void err(fitted.error);
  return fitted.periode;
}

/** Area: by name or code; with a name and a code column, either may match. */
function rowArea(row: Row, { col }: Sheet, { site, niveau, areas }: Target, noun: string, err: Err): string | undefined {
  if (!col('gebied').length) return site.gemeenteId;
  const texts = col('gebied').map((i) => cellText(at(row, i))).filter((t) => t !== '');
  if (!texts.length) return void err(`${noun} ontbreekt`);
  const matches = texts.map((t) => resolveArea(t, niveau, areas));
  const ids = [...new Set(matches.flatMap((m) => ('id' in m ? [m.id] : [])))];
  if (ids.length === 1) return ids[0];
  if (ids.length > 1) return void err(`${quoteList(texts)} wijzen naar verschillende gebieden (${ids.join(', ')})`);
  return void err((matches[0] as { error: string }).error);
}

/** Category, by id or label, when the indicator is split into categories. */
function rowCategory(categoryText: string, categories: Target['categories'], err: Err): string | undefined {
  if (!categories.length) return undefined;
  if (!categoryText) return void err(`categorie ontbreekt; kies uit ${categories.map((c) => c.label).join(', ')}`);
  const n = normalize(categoryText);
  const hit = categories.find((c) => normalize(c.id) === n || normalize(c.label) === n);
  if (hit) return hit.id;
  const hint = didYouMean(categoryText, categories.map((c) => c.label));
  return void err(`categorie "${categoryText}" onbekend; ${hint ?? `kies uit ${categories.map((c) => c.label).join(', ')}`}`);
}

/** Value and status as the file gives them. */
function rowValue(row: Row, { col }: Sheet, mark: DecimalMark, err: Err): { waarde: number | null; status: ImportStatus } {
  const cell = at(row, col('waarde')[0]!);
  let waarde: number | null = null;
  if (!isMissing(cell)) {
    const n = parseNumber(cell, mark);
    if (n === undefined) {
      const other = parseNumber(cell, mark === 'komma' ? 'punt' : 'komma');
      err(`"${cellText(cell)}" is geen getal${other !== undefined ? `: in dit bestand ${mark === 'komma' ? 'is de komma het decimaalteken (12,5)' : 'is de punt het decimaalteken (12.5)'}` : ''}`);
    } else waarde = n;
  }
  // "x" is how CBS and many registration systems mark a number kept secret because it is too small.
  let status: ImportStatus = typeof cell === 'string' && cell.trim().toLowerCase() === 'x' ? 'onderdrukt' : 'definitief';
  if (col('status').length && cellText(at(row, col('status')[0]!)).trim()) {
    const s = readStatus(at(row, col('status')[0]!));
    if (!s) err(`status "${cellText(at(row, col('status')[0]!))}" onbekend; schrijf definitief of voorlopig (een lege cel is definitief)`);
    else status = s;
  }
  if (status === 'ontbreekt' && waarde !== null) err(`status "ontbreekt", maar er staat een waarde (${cellText(cell)}); laat de waarde leeg of schrijf definitief of voorlopig`);
  return { waarde, status };
}

/** Values marked secret, missing, or below the privacy minimum: no number, and a status that says why. */
function withSuppression(value: { waarde: number | null; status: ImportStatus }, indicator: Indicator, plan: ImportPlan): { waarde: number | null; status: ImportStatus } {
  if (value.status === 'onderdrukt') {
    plan.markedSuppressed++;
    return { waarde: null, status: 'onderdrukt' };
  }
  if (value.waarde === null) {
    plan.missing++;
    return { waarde: null, status: 'ontbreekt' };
  }
  if (indicator.minimumAantal !== undefined && indicator.eenheid.soort === 'aantal' && Math.abs(value.waarde) > 0 && value.waarde < indicator.minimumAantal) {
    plan.suppressed++;
    return { waarde: null, status: 'onderdrukt' };
  }
  return value;
}

/** Every data row as an observation, or its problems; a second row for the same cell is a problem. Returns each observation's row. */
export function readRows(sheet: Sheet, target: Target, mark: DecimalMark, plan: ImportPlan): Map<RawObservation, number> {
  const { col, headers } = sheet;
  const seen = new Map<string, number>();
  const rowOf = new Map<RawObservation, number>();
  let categoryValues = 0;
  for (const row of sheet.dataRows) {
    const errors: string[] = [];
    const err = (m: string) => void errors.push(`rij ${row.number}: ${m}`);
    const periode = rowPeriod(row, sheet, target.frequentie, err);
    const gebied = rowArea(row, sheet, target, plan.noun[0], err);
    const categoryText = col('categorie').length ? cellText(at(row, col('categorie')[0]!)) : '';
    if (categoryText) categoryValues++;
    const categorie = rowCategory(categoryText, target.categories, err);
    const value = rowValue(row, sheet, mark, err);
    const toelichting = col('toelichting').length ? cellText(at(row, col('toelichting')[0]!)) : '';
    if (errors.length) {
      plan.errors.push(...errors);
      continue;
    }
    const { waarde, status } = withSuppression(value, target.indicator, plan);
    const obs: RawObservation = { periode: periode!, gebied: gebied!, ...(categorie ? { categorie } : {}), waarde, status, ...(toelichting ? { toelichting } : {}) };
    const first = seen.get(key(obs));
    if (first !== undefined) {
      const label = plan.labels.get(obs.gebied) ?? obs.gebied;
      plan.errors.push(`rij ${row.number}: dubbel: rij ${first} heeft ook periode ${obs.periode}, ${plan.noun[0]} ${label}${categorie ? `, categorie ${plan.labels.get(`categorie:${categorie}`)}` : ''}; laat er één staan`);
      continue;
    }
    seen.set(key(obs), row.number);
    rowOf.set(obs, row.number);
    plan.imported.push(obs);
  }
  if (!target.categories.length && categoryValues)
    plan.errors.push(`kolom "${headers[col('categorie')[0]!]}" heeft waarden, maar deze indicator heeft geen uitsplitsing; haal de kolom weg of kies een andere indicator`);
  return rowOf;
}

