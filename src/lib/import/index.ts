/**
 * `npm run importeer -- <bestand> --indicator <id>`: turns a CSV or XLSX export into the `observaties`
 * of an indicator. planImport reads and checks everything and works out the new file text; only when
 * there is no problem at all may writeImport write it. A file is never half imported.
 */
import { existsSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { applyEdits, findNodeAtLocation, modify, parseTree, type Node } from 'jsonc-parser';
import { indicatorSchema, siteSchema, type Indicator, type Site } from '../../schemas/index.ts';
import { comparePeriods, type Frequentie } from '../periods.ts';
import { didYouMean } from '../suggest.ts';
import { isSyntaxProblem, parseFrontmatter, parseJson } from '../validate/parse.ts';
import { formatPath } from '../validate/problem.ts';
import { allAreas, NIVEAU_NOUN, resolveArea, type Area, type Niveau } from './areas.ts';
import { mapColumns, ROLE_EXAMPLES, roleOf, type ColumnMap, type Role } from './columns.ts';
import { readTable, ReadError, type Row, type Table } from './read.ts';
import {
  AMBIGUOUS_NUMBER, cellText, detectDecimalMark, fitPeriod, isMissing, normalize, parseNumber, PERIOD_FORMS, readPeriod, readStatus,
  type Cell, type DecimalMark, type ImportStatus,
} from './values.ts';

/** An observation as written to the file (no defaults added). */
export interface RawObservation {
  periode: string;
  gebied: string;
  categorie?: string;
  waarde: number | null;
  status: ImportStatus;
  toelichting?: string;
  [key: string]: unknown;
}

export interface Change {
  kind: 'toegevoegd' | 'vervangen' | 'ongewijzigd';
  /** Row in the import file. */
  row: number;
  observatie: RawObservation;
  /** For vervangen: what was there. */
  before?: RawObservation;
}

export interface ImportOptions {
  /** The CSV or XLSX file. */
  file: string;
  /** Id of the indicator (the file name in indicatoren/ without .json). */
  indicator: string;
  contentDir: string;
  /** Replace existing observations with the same period, area and category; keep the rest. */
  samenvoegen?: boolean;
  /** The decimal mark, when the editor says it; otherwise it is read from the numbers. */
  decimaalteken?: DecimalMark;
  /** Sheet of an XLSX file; default the first. */
  blad?: string;
  /** How file names are shown; default as given. */
  rel?: (path: string) => string;
  /** A table already read from another format (a CBS file); `file` then only names it in messages. */
  table?: Table;
}

export interface ImportPlan {
  /** Every problem, in Dutch; when there is any, nothing may be written. */
  errors: string[];
  /** How the file was read: format, columns, decimal mark, defaults. */
  notes: string[];
  indicatorFile: string;
  indicatorId: string;
  /** The observations read from the file, in file order. */
  imported: RawObservation[];
  changes: Change[];
  /** Existing observations the import does not touch. */
  kept: number;
  /** Among the imported rows: values below the privacy minimum, values marked onderdrukt in the file, missing values. */
  suppressed: number;
  markedSuppressed: number;
  missing: number;
  minimumAantal?: number;
  /** Per imported period: how many areas and rows. */
  periods: { periode: string; areas: number; rows: number; toegevoegd: number; vervangen: number; ongewijzigd: number }[];
  /** Nouns of the indicator's level ("wijk", "wijken") and labels of areas and categories, for the report. */
  noun: [string, string];
  labels: Map<string, string>;
  /** The file text before and after. `after` is only set when there are no errors. */
  before?: string;
  after?: string;
}

/** "de periode", "het gebied": Dutch needs the article. */
const THE: Record<Role, string> = { periode: 'de periode', gebied: 'het gebied', waarde: 'de waarde', categorie: 'de categorie', status: 'de status', toelichting: 'de toelichting' };

const key = (o: { periode: string; gebied: string; categorie?: string }) => `${o.periode}|${o.gebied}|${o.categorie ?? ''}`;

/** Two observations say the same when they differ only in the default kwalificatie "exact". */
function canonical(o: Record<string, unknown>): string {
  const copy: Record<string, unknown> = { ...o };
  if (copy.kwalificatie === 'exact') delete copy.kwalificatie;
  return JSON.stringify(Object.keys(copy).sort().map((k) => [k, copy[k]]));
}

function listIds(dir: string, ext: RegExp): string[] {
  return existsSync(dir) ? readdirSync(dir).filter((f) => ext.test(f)).map((f) => f.replace(ext, '')).sort() : [];
}

const quoteList = (items: string[]) => items.map((h) => `"${h}"`).join(', ');
const isComment = (row: Row) => typeof row.cells[0] === 'string' && row.cells[0].trim().startsWith('#');
const isEmpty = (row: Row) => row.cells.every((c) => c === null || (typeof c === 'string' && c.trim() === ''));

/** The header: the first row in which at least two columns are recognised, else the first row. */
function findHeader(rows: Row[]): number {
  const limit = Math.min(rows.length, 20);
  for (let i = 0; i < limit; i++) {
    const recognised = rows[i]!.cells.filter((c) => c !== null && roleOf(cellText(c)) !== undefined).length;
    if (recognised >= 2) return i;
  }
  return 0;
}

function loadSite(contentDir: string): Site | string {
  const file = join(contentDir, 'site.json');
  if (!existsSync(file)) return `${file} ontbreekt; zonder site.json zijn de wijken onbekend`;
  const parsed = parseJson(readFileSync(file, 'utf8'));
  if (isSyntaxProblem(parsed)) return `site.json is geen geldige JSON (regel ${parsed.line}); draai npm run check en los dat eerst op`;
  const result = siteSchema.safeParse(parsed.data);
  return result.success ? result.data : 'site.json heeft problemen; draai npm run check en los die eerst op';
}

function loadNamed(dir: string, format: 'json' | 'frontmatter', field: 'naam' | 'titel'): { id: string; naam: string; titel: string; cbsCode?: string }[] {
  return listIds(dir, format === 'json' ? /\.json$/ : /\.mdx?$/).flatMap((id) => {
    const file = ['.json', '.mdx', '.md'].map((e) => join(dir, id + e)).find((f) => existsSync(f));
    if (!file) return [];
    const parsed = format === 'json' ? parseJson(readFileSync(file, 'utf8')) : parseFrontmatter(readFileSync(file, 'utf8'));
    const data = isSyntaxProblem(parsed) ? {} : ((parsed.data ?? {}) as Record<string, unknown>);
    const name = typeof data[field] === 'string' ? (data[field] as string) : id;
    return [{ id, naam: name, titel: name, ...(typeof data.cbsCode === 'string' ? { cbsCode: data.cbsCode } : {}) }];
  });
}

/** Reads, checks and merges; writes nothing. */
export async function planImport(options: ImportOptions): Promise<ImportPlan> {
  const rel = options.rel ?? ((p: string) => p);
  const indicatorFile = join(options.contentDir, 'indicatoren', `${options.indicator}.json`);
  const plan: ImportPlan = {
    errors: [], notes: [], indicatorFile, indicatorId: options.indicator, imported: [], changes: [], kept: 0,
    suppressed: 0, markedSuppressed: 0, missing: 0, periods: [], noun: ['gebied', 'gebieden'], labels: new Map(),
  };
  const fail = (message: string) => {
    plan.errors.push(message);
    return plan;
  };

  // The indicator, as it is now: it must be valid before anything is added to it.
  if (!existsSync(indicatorFile)) {
    const hint = didYouMean(options.indicator, listIds(join(options.contentDir, 'indicatoren'), /\.json$/));
    return fail(`indicator "${options.indicator}" bestaat niet: ${rel(indicatorFile)} ontbreekt; ${hint ? `${hint} Of maak` : 'maak'} een nieuwe met: npm run nieuw -- indicator ${options.indicator}`);
  }
  const before = readFileSync(indicatorFile, 'utf8');
  plan.before = before;
  const parsed = parseJson(before);
  if (isSyntaxProblem(parsed)) return fail(`${rel(indicatorFile)} is geen geldige JSON (regel ${parsed.line}): ${parsed.message}. Los dat eerst op.`);
  const valid = indicatorSchema.safeParse(parsed.data);
  if (!valid.success)
    return fail(`${rel(indicatorFile)} heeft nu al problemen (${valid.error.issues.map((i) => `${formatPath(i.path) || '(bestand)'}: ${i.message}`).join('; ')}). Los die eerst op; draai npm run check.`);
  const indicator: Indicator = valid.data;
  const raw = parsed.data as Record<string, unknown>;
  const niveau = indicator.gebiedsniveau as Niveau;
  const frequentie = indicator.frequentie as Frequentie;
  plan.noun = NIVEAU_NOUN[niveau];
  plan.minimumAantal = indicator.minimumAantal;

  const site = loadSite(options.contentDir);
  if (typeof site === 'string') return fail(site);
  const areas: Area[] = allAreas(
    site,
    loadNamed(join(options.contentDir, 'gemeenten'), 'json', 'naam'),
    loadNamed(join(options.contentDir, 'publicaties'), 'frontmatter', 'titel'),
  );
  for (const a of areas) if (a.niveau === niveau) plan.labels.set(a.id, a.naam);
  const categories = indicator.uitsplitsing?.categorieen ?? [];
  for (const c of categories) plan.labels.set(`categorie:${c.id}`, c.label);

  // The export.
  let table: Table;
  try {
    table = options.table ?? (await readTable(options.file, { blad: options.blad }));
  } catch (error) {
    if (error instanceof ReadError) return fail(error.message);
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') return fail(`bestand ${options.file} bestaat niet`);
    if (code === 'EACCES' || code === 'EPERM') return fail(`je hebt geen rechten om ${options.file} te lezen`);
    throw error;
  }
  const rows = table.rows.filter((r) => !isComment(r) && !isEmpty(r));
  if (rows.length === 0) return fail('het bestand is leeg: er staat geen kopregel en geen rij met cijfers in');
  const headerIndex = findHeader(rows);
  const headerRow = rows[headerIndex]!;
  const headers = headerRow.cells.map(cellText);
  const columns: ColumnMap = mapColumns(headers);
  const dataRows = rows.slice(headerIndex + 1);
  const col = (role: Role) => columns.byRole.get(role) ?? [];
  const found = quoteList(headers.filter((h) => h !== ''));
  plan.notes.push(`Gelezen als ${table.description}; kopregel op rij ${headerRow.number}.`);

  // Columns: the required ones must be there, and only once.
  const required: Role[] = ['periode', 'waarde'];
  if (niveau !== 'gemeente') required.push('gebied');
  if (categories.length) required.push('categorie');
  const missingRoles = required.filter((r) => col(r).length === 0);
  for (const role of missingRoles) {
    const why = role === 'categorie' ? ` (deze indicator is uitgesplitst naar ${indicator.uitsplitsing!.label}: ${categories.map((c) => c.label).join(', ')})` : '';
    plan.errors.push(`kolom voor ${THE[role]} ontbreekt${why}; gevonden kolommen: ${found}. Noem de kolom bijvoorbeeld ${ROLE_EXAMPLES[role]}`);
  }
  for (const role of ['waarde', 'categorie', 'status', 'toelichting'] as Role[])
    if (col(role).length > 1) plan.errors.push(`er zijn ${col(role).length} kolommen voor ${THE[role]}: ${quoteList(col(role).map((i) => headers[i]!))}; laat er één staan of geef de andere een naam die niet wordt herkend`);
  if (plan.errors.length) return plan;
  if (dataRows.length === 0) return fail(`onder de kopregel (rij ${headerRow.number}) staan geen rijen met cijfers`);

  const describe = (role: Role) => col(role).map((i) => `"${headers[i]}"`).join(' + ');
  plan.notes.push(`Kolommen: ${(['periode', 'gebied', 'categorie', 'waarde', 'status', 'toelichting'] as Role[]).filter((r) => col(r).length).map((r) => `${r} = ${describe(r)}`).join(', ')}${columns.ignored.length ? `; niet gebruikt: ${quoteList(columns.ignored)}` : ''}.`);
  if (!col('gebied').length) plan.notes.push(`Geen kolom voor het gebied: alle rijen gelden voor ${site.gemeente} (${site.gemeenteId}).`);
  if (!col('status').length) plan.notes.push('Geen kolom status: elke waarde wordt definitief.');

  const valueCol = col('waarde')[0]!;
  const valueTexts = dataRows.map((r) => r.cells[valueCol]).filter((c): c is string => typeof c === 'string');
  const detected = options.decimaalteken ?? detectDecimalMark(valueTexts, table.separator);
  if (detected === 'onduidelijk') {
    const examples = [...new Set(valueTexts.map((t) => t.trim()).filter((t) => AMBIGUOUS_NUMBER.test(t)))].slice(0, 3);
    const first = examples[0]!;
    const mark = first.includes('.') ? 'punt' : 'komma';
    const other = mark === 'punt' ? 'komma' : 'punt';
    const digits = first.replace(/[.,]/g, '');
    const asDecimal = String(Number(digits) / 1000).replace('.', ',');
    return fail(`${examples.length === 1 ? 'het getal' : 'de getallen'} ${examples.map((e) => `"${e}"`).join(', ')} ${examples.length === 1 ? 'kan' : 'kunnen'} duizendtallen of decimalen zijn: "${first}" is ${digits} of ${asDecimal}. Zeg welke: --decimaalteken ${other} als de ${mark} duizendtallen scheidt, of --decimaalteken ${mark} als de ${mark} het decimaalteken is`);
  }
  const mark: DecimalMark = detected;
  if (dataRows.some((r) => typeof r.cells[valueCol] === 'string'))
    plan.notes.push(mark === 'komma' ? 'Getallen: komma als decimaalteken, punt voor duizendtallen (1.234,5).' : 'Getallen: punt als decimaalteken (1234.5).');

  // Rows.
  const at = (row: Row, i: number): Cell => row.cells[i] ?? null;
  const seen = new Map<string, number>();
  const rowOf = new Map<RawObservation, number>();
  let categoryValues = 0;
  for (const row of dataRows) {
    const errors: string[] = [];
    const err = (m: string) => errors.push(`rij ${row.number}: ${m}`);

    // Period: one column, or several read together ("2024" + "juli").
    const periodCells = col('periode').map((i) => at(row, i)).filter((c) => c !== null);
    const periodCell: Cell = periodCells.length === 1 ? periodCells[0]! : periodCells.length ? periodCells.map(cellText).join(' ') : null;
    const periodShown = cellText(periodCell);
    let periode: string | undefined;
    if (periodCell === null) err('periode ontbreekt');
    else {
      const read = readPeriod(periodCell);
      if (!read) err(`periode "${periodShown}" niet herkend; schrijf ${PERIOD_FORMS[frequentie]}`);
      else {
        const fitted = fitPeriod(read, frequentie, periodShown);
        if ('error' in fitted) err(fitted.error);
        else periode = fitted.periode;
      }
    }

    // Area: by name or code; with a name and a code column, either may match.
    let gebied: string | undefined;
    if (!col('gebied').length) gebied = site.gemeenteId;
    else {
      const texts = col('gebied').map((i) => cellText(at(row, i))).filter((t) => t !== '');
      if (!texts.length) err(`${plan.noun[0]} ontbreekt`);
      else {
        const matches = texts.map((t) => resolveArea(t, niveau, areas));
        const ids = [...new Set(matches.flatMap((m) => ('id' in m ? [m.id] : [])))];
        if (ids.length === 1) gebied = ids[0];
        else if (ids.length > 1) err(`${quoteList(texts)} wijzen naar verschillende gebieden (${ids.join(', ')})`);
        else err((matches[0] as { error: string }).error);
      }
    }

    // Category.
    let categorie: string | undefined;
    const categoryText = col('categorie').length ? cellText(at(row, col('categorie')[0]!)) : '';
    if (categoryText) categoryValues++;
    if (categories.length) {
      if (!categoryText) err(`categorie ontbreekt; kies uit ${categories.map((c) => c.label).join(', ')}`);
      else {
        const n = normalize(categoryText);
        const hit = categories.find((c) => normalize(c.id) === n || normalize(c.label) === n);
        if (hit) categorie = hit.id;
        else {
          const hint = didYouMean(categoryText, categories.map((c) => c.label));
          err(`categorie "${categoryText}" onbekend; ${hint ?? `kies uit ${categories.map((c) => c.label).join(', ')}`}`);
        }
      }
    }

    // Value and status.
    const cell = at(row, valueCol);
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
    const toelichting = col('toelichting').length ? cellText(at(row, col('toelichting')[0]!)) : '';

    if (errors.length) {
      plan.errors.push(...errors);
      continue;
    }
    if (status === 'onderdrukt') {
      waarde = null;
      plan.markedSuppressed++;
    } else if (waarde === null) {
      status = 'ontbreekt';
      plan.missing++;
    } else if (indicator.minimumAantal !== undefined && indicator.eenheid.soort === 'aantal' && Math.abs(waarde) > 0 && waarde < indicator.minimumAantal) {
      waarde = null;
      status = 'onderdrukt';
      plan.suppressed++;
    }

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
  if (!categories.length && categoryValues)
    plan.errors.push(`kolom "${headers[col('categorie')[0]!]}" heeft waarden, maar deze indicator heeft geen uitsplitsing; haal de kolom weg of kies een andere indicator`);

  // Merge with what is there.
  const existing = (Array.isArray(raw.observaties) ? raw.observaties : []) as RawObservation[];
  const importedPeriods = new Set(plan.imported.map((o) => o.periode));
  const clash = [...new Set(existing.map((o) => o.periode).filter((p) => importedPeriods.has(p)))].sort(comparePeriods);
  if (clash.length && !options.samenvoegen)
    plan.errors.push(`${rel(indicatorFile)} heeft al cijfers voor ${clash.length === 1 ? 'periode' : 'de perioden'} ${clash.join(', ')}. Voeg --samenvoegen toe om die te vervangen door de rijen uit het bestand (met dezelfde periode${categories.length ? ', ' : ' en '}${niveau === 'wijkteam' ? 'hetzelfde' : 'dezelfde'} ${plan.noun[0]}${categories.length ? ' en dezelfde categorie' : ''}); de andere cijfers blijven staan.`);
  if (plan.errors.length) return plan;

  const byKey = new Map(plan.imported.map((o) => [key(o), o]));
  const used = new Set<string>();
  /** The new list: an existing observation keeps its own text unless it is replaced. */
  const items: { obs: RawObservation; index?: number }[] = existing.map((o, index) => {
    const imp = byKey.get(key(o));
    if (!imp) {
      plan.kept++;
      return { obs: o, index };
    }
    used.add(key(o));
    // Same number and status: keep the existing observation with its qualifier and note (an export has no "bijna").
    const sameValue = imp.waarde === o.waarde && imp.status === o.status && (imp.toelichting === undefined || imp.toelichting === o.toelichting);
    if (canonical(imp) === canonical(o) || sameValue) {
      plan.changes.push({ kind: 'ongewijzigd', row: rowOf.get(imp)!, observatie: imp });
      return { obs: o, index };
    }
    plan.changes.push({ kind: 'vervangen', row: rowOf.get(imp)!, observatie: imp, before: o });
    return { obs: imp };
  });
  const areaOrder = [...plan.labels.keys()];
  const catOrder = categories.map((c) => c.id);
  const added = plan.imported
    .filter((o) => !used.has(key(o)))
    .sort((a, b) => comparePeriods(a.periode, b.periode) || areaOrder.indexOf(a.gebied) - areaOrder.indexOf(b.gebied) || catOrder.indexOf(a.categorie ?? '') - catOrder.indexOf(b.categorie ?? ''));
  for (const o of added) {
    plan.changes.push({ kind: 'toegevoegd', row: rowOf.get(o)!, observatie: o });
    items.push({ obs: o });
  }
  plan.changes.sort((a, b) => a.row - b.row);

  for (const periode of [...importedPeriods].sort(comparePeriods)) {
    const inPeriod = plan.changes.filter((c) => c.observatie.periode === periode);
    plan.periods.push({
      periode,
      areas: new Set(inPeriod.map((c) => c.observatie.gebied)).size,
      rows: inPeriod.length,
      toegevoegd: inPeriod.filter((c) => c.kind === 'toegevoegd').length,
      vervangen: inPeriod.filter((c) => c.kind === 'vervangen').length,
      ongewijzigd: inPeriod.filter((c) => c.kind === 'ongewijzigd').length,
    });
  }

  // The new text: only the observaties change; every other byte stays.
  const after = replaceObservations(before, items);
  const check = indicatorSchema.safeParse(JSON.parse(after));
  if (!check.success) {
    for (const issue of check.error.issues) plan.errors.push(`na het importeren klopt ${rel(indicatorFile)} niet: ${formatPath(issue.path) || '(bestand)'}: ${issue.message}`);
    return plan;
  }
  plan.after = after;
  return plan;
}

/** Replaces the observaties array of an indicator file's text, keeping the text of untouched items. */
function replaceObservations(text: string, items: { obs: RawObservation; index?: number }[]): string {
  const eol = text.includes('\r\n') ? '\r\n' : '\n';
  const tree = parseTree(text)!;
  const node: Node | undefined = findNodeAtLocation(tree, ['observaties']);
  if (!node) {
    const keys = (tree.children ?? []).map((p) => p.children?.[0]?.value as string);
    const edits = modify(text, ['observaties'], items.map((i) => i.obs), {
      formattingOptions: { insertSpaces: true, tabSize: 2, eol },
      getInsertionIndex: (props) => (keys.includes('bronnen') ? props.indexOf('bronnen') : props.length),
    });
    return applyEdits(text, edits);
  }
  const lineStart = (offset: number) => text.lastIndexOf('\n', offset - 1) + 1;
  const indentOf = (offset: number) => /^[ \t]*/.exec(text.slice(lineStart(offset)))![0];
  const propIndent = indentOf(node.parent!.offset);
  const itemIndent = node.children?.length ? indentOf(node.children[0]!.offset) : propIndent + '  ';
  if (items.length === 0) return text.slice(0, node.offset) + '[]' + text.slice(node.offset + node.length);
  const parts = items.map(({ obs, index }) => {
    if (index !== undefined) {
      const child = node.children![index]!;
      return text.slice(child.offset, child.offset + child.length);
    }
    return JSON.stringify(obs, null, 2).split('\n').join(eol + itemIndent);
  });
  const array = `[${eol}${itemIndent}${parts.join(`,${eol}${itemIndent}`)}${eol}${propIndent}]`;
  return text.slice(0, node.offset) + array + text.slice(node.offset + node.length);
}

/** A file the import could not write; the message is Dutch and the indicator file is unchanged. */
export class WriteError extends Error {}

/** The file operations writeImport needs; tests pass failing ones to simulate a full disk or a read-only folder. */
export interface WriteFs {
  writeFileSync: (file: string, text: string, options: { flag: string }) => void;
  renameSync: (from: string, to: string) => void;
  rmSync: (file: string, options: { force: boolean }) => void;
}

const WRITE_REASONS: Record<string, string> = {
  ENOSPC: 'de schijf is vol',
  EDQUOT: 'de schijf is vol (quotum bereikt)',
  EROFS: 'de map is alleen-lezen',
  EACCES: 'je hebt geen rechten om in deze map te schrijven',
  EPERM: 'je hebt geen rechten om in deze map te schrijven',
  EISDIR: 'op die plek staat een map',
};

/**
 * Writes the planned text; refuses when there are problems or the file changed since planning.
 * The text goes to a temporary file in the same folder, which is then renamed over the indicator file:
 * a rename within a folder is atomic, so a full disk or a crash never leaves a half-written file.
 */
export function writeImport(plan: ImportPlan, fs: WriteFs = { writeFileSync, renameSync, rmSync }, rel: (p: string) => string = (p) => p): void {
  if (plan.errors.length || plan.after === undefined) throw new WriteError('er zijn problemen; er wordt niets geschreven');
  if (readFileSync(plan.indicatorFile, 'utf8') !== plan.before) throw new WriteError(`${rel(plan.indicatorFile)} is veranderd tijdens het importeren; er is niets geschreven. Probeer het opnieuw.`);
  if (plan.after === plan.before) return;
  const temp = join(dirname(plan.indicatorFile), `.${basename(plan.indicatorFile)}.${process.pid}.tmp`);
  try {
    fs.writeFileSync(temp, plan.after, { flag: 'wx' });
    fs.renameSync(temp, plan.indicatorFile);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? '';
    try {
      fs.rmSync(temp, { force: true });
    } catch { /* a read-only folder has no temporary file to remove */ }
    throw new WriteError(`kan ${rel(plan.indicatorFile)} niet schrijven: ${WRITE_REASONS[code] ?? `het systeem meldt ${code || (error as Error).message}`}. Er is niets veranderd: het bestand is nog zoals het was.`);
  }
}

const nl = new Intl.NumberFormat('nl-NL', { maximumFractionDigits: 10 });
const show = (o: RawObservation) => (o.waarde === null ? o.status : `${nl.format(o.waarde)} (${o.status})`);
const count = (n: number, one: string, more: string) => `${n} ${n === 1 ? one : more}`;

/**
 * The same problem on many rows is said once, with the rows: "rij 2, 3 en 4: …", "rij 2 t/m 25 (24 rijen): …".
 * Problems keep the order of their first row.
 */
export function groupRowErrors(errors: string[]): string[] {
  const groups = new Map<string, number[]>();
  const out: (string | { message: string })[] = [];
  for (const e of errors) {
    const m = /^rij (\d+): ([\s\S]*)$/.exec(e);
    if (!m) { out.push(e); continue; }
    const rows = groups.get(m[2]!);
    if (rows) rows.push(Number(m[1]));
    else { groups.set(m[2]!, [Number(m[1])]); out.push({ message: m[2]! }); }
  }
  const rowList = (rows: number[]) => {
    if (rows.length === 1) return `rij ${rows[0]}`;
    const consecutive = rows.every((r, i) => i === 0 || r === rows[i - 1]! + 1);
    if (consecutive && rows.length > 3) return `rij ${rows[0]} t/m ${rows[rows.length - 1]} (${rows.length} rijen)`;
    if (rows.length > 6) return `rij ${rows.slice(0, 5).join(', ')} en ${rows.length - 5} andere rijen`;
    return `rij ${rows.slice(0, -1).join(', ')} en ${rows[rows.length - 1]}`;
  };
  return out.map((o) => (typeof o === 'string' ? o : `${rowList(groups.get(o.message)!)}: ${o.message}`));
}

/** The Dutch report of a plan: problems, or what changes. */
export function formatReport(plan: ImportPlan, options: { droog?: boolean; file: string; rel?: (p: string) => string }): string[] {
  const rel = options.rel ?? ((p: string) => p);
  const out: string[] = [];
  if (plan.errors.length) {
    out.push(`Problemen in ${options.file} (indicator ${plan.indicatorId}):`);
    for (const e of groupRowErrors(plan.errors)) out.push(`  ${e}`);
    out.push('', `Er is niets geschreven${plan.before !== undefined ? `: ${rel(plan.indicatorFile)} is niet veranderd` : ''}. Los ${plan.errors.length === 1 ? 'het probleem' : `de ${plan.errors.length} problemen`} op en probeer het opnieuw.`);
    return out;
  }
  const label = (o: RawObservation) => `${o.periode} ${plan.labels.get(o.gebied) ?? o.gebied}${o.categorie ? `, ${plan.labels.get(`categorie:${o.categorie}`) ?? o.categorie}` : ''}`;
  const n = (kind: Change['kind']) => plan.changes.filter((c) => c.kind === kind).length;
  out.push(`Importeren uit ${options.file} naar ${rel(plan.indicatorFile)}${options.droog ? ' (droog: er wordt niets geschreven)' : ''}`);
  for (const note of plan.notes) out.push(`  ${note}`);
  out.push('');
  out.push(`${count(plan.imported.length, 'rij', 'rijen')} gelezen: ${n('toegevoegd')} toegevoegd, ${n('vervangen')} vervangen, ${n('ongewijzigd')} ongewijzigd. ${count(plan.kept, 'bestaande observatie blijft', 'bestaande observaties blijven')} zoals ${plan.kept === 1 ? 'hij was' : 'ze waren'}.`);
  if (plan.suppressed) out.push(`${count(plan.suppressed, 'waarde', 'waarden')} lager dan het privacyminimum van ${plan.minimumAantal}: onderdrukt (status onderdrukt, waarde null).`);
  if (plan.markedSuppressed) out.push(`${count(plan.markedSuppressed, 'waarde is', 'waarden zijn')} in het bestand als onderdrukt aangegeven: opgeslagen met waarde null.`);
  if (plan.missing) out.push(`${count(plan.missing, 'waarde ontbreekt', 'waarden ontbreken')} (status ontbreekt, waarde null).`);
  out.push('', 'Per periode:');
  for (const p of plan.periods) {
    const parts = (['toegevoegd', 'vervangen', 'ongewijzigd'] as const).filter((k) => p[k]).map((k) => `${p[k]} ${k}`);
    out.push(`  ${p.periode}: ${count(p.areas, plan.noun[0], plan.noun[1])}${p.rows !== p.areas ? `, ${p.rows} rijen` : ''} (${parts.join(', ')})`);
  }
  const changed = plan.changes.filter((c) => c.kind !== 'ongewijzigd');
  if (changed.length) {
    out.push('', 'Wijzigingen:');
    for (const c of changed)
      out.push(c.kind === 'toegevoegd' ? `  + ${label(c.observatie)}: ${show(c.observatie)}` : `  ~ ${label(c.observatie)}: ${show(c.before!)} → ${show(c.observatie)}`);
  }
  out.push('');
  if (options.droog) out.push(`Droog: er is niets geschreven. Laat --droog weg om ${rel(plan.indicatorFile)} bij te werken.`);
  else if (plan.after === plan.before) out.push(`Niets veranderd: ${rel(plan.indicatorFile)} had deze cijfers al.`);
  else out.push(`Geschreven: ${rel(plan.indicatorFile)}. Draai npm run check en bekijk de grafiek met npm start.`);
  return out;
}
