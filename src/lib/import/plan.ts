/**
 * planImport: reads the indicator and the export, checks everything and works out the new file text, in steps
 * that each say what they do. It writes nothing: writeImport (index.ts) writes a plan without problems.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { applyEdits, findNodeAtLocation, modify, parseTree, type Node } from 'jsonc-parser';
import { indicatorSchema, siteSchema, type Indicator, type Site } from '../../schemas/index.ts';
import { comparePeriods, type Frequentie } from '../periods.ts';
import { didYouMean } from '../suggest.ts';
import { isSyntaxProblem, parseFrontmatter, parseJson } from '../validate/parse.ts';
import { formatPath } from '../validate/problem.ts';
import { allAreas, NIVEAU_NOUN, type Area, type Niveau } from './areas.ts';
import { mapColumns, ROLE_EXAMPLES, roleOf, type ColumnMap, type Role } from './columns.ts';
import type { ImportOptions, ImportPlan, RawObservation } from './index.ts';
import { key, quoteList, readRows, type Kept, type Sheet, type Target } from './rows.ts';
import { readTable, ReadError, type Row, type Table } from './read.ts';
import { AMBIGUOUS_NUMBER, cellText, detectDecimalMark, type DecimalMark } from './values.ts';

/** "de periode", "het gebied": Dutch needs the article. */
const THE: Record<Role, string> = { periode: 'de periode', gebied: 'het gebied', waarde: 'de waarde', categorie: 'de categorie', status: 'de status', toelichting: 'de toelichting' };

/** Two observations say the same when they differ only in the default kwalificatie "exact". */
function canonical(o: Record<string, unknown>): string {
  const copy: Record<string, unknown> = { ...o };
  if (copy.kwalificatie === 'exact') delete copy.kwalificatie;
  return JSON.stringify(Object.keys(copy).sort().map((k) => [k, copy[k]]));
}

function listIds(dir: string, ext: RegExp): string[] {
  return existsSync(dir) ? readdirSync(dir).filter((f) => ext.test(f)).map((f) => f.replace(ext, '')).sort() : [];
}

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

/** Reads, checks and merges; writes nothing. Each step adds to the plan and stops at a problem it cannot pass. */
export async function planImport(options: ImportOptions): Promise<ImportPlan> {
  const indicatorFile = join(options.contentDir, 'indicatoren', `${options.indicator}.json`);
  const plan: ImportPlan = {
    errors: [], notes: [], indicatorFile, indicatorId: options.indicator, imported: [], changes: [], kept: 0,
    suppressed: 0, markedSuppressed: 0, missing: 0, periods: [], noun: ['gebied', 'gebieden'], labels: new Map(),
  };
  const target = readTarget(options, plan);
  if (!target) return plan;
  const sheet = await readSheet(options, plan);
  if (!sheet || !checkColumns(sheet, target, plan)) return plan;
  const mark = decimalMark(sheet, options, plan);
  if (!mark) return plan;
  const rowOf = readRows(sheet, target, mark, plan);
  const items = mergeWithExisting(target, options, rowOf, plan);
  if (!items) return plan;
  countPerPeriod(plan);
  return withNewText(target, items, plan);
}

/** The indicator as it is now (it must be valid before anything is added to it), the site and its areas. */
function readTarget(options: ImportOptions, plan: ImportPlan): Target | undefined {
  const rel = options.rel ?? ((p: string) => p);
  const { indicatorFile } = plan;
  const fail = (message: string) => void plan.errors.push(message);
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
  const niveau = indicator.gebiedsniveau as Niveau;
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
  return {
    indicatorFile, rel, indicator, raw: parsed.data as Record<string, unknown>, before, niveau,
    frequentie: indicator.frequentie as Frequentie, categories, site, areas,
  };
}

/** The export: its rows without comments and empty lines, and which column holds what. */
async function readSheet(options: ImportOptions, plan: ImportPlan): Promise<Sheet | undefined> {
  const fail = (message: string) => void plan.errors.push(message);
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
  plan.notes.push(`Gelezen als ${table.description}; kopregel op rij ${headerRow.number}.`);
  return { table, headerRow, headers, columns, dataRows: rows.slice(headerIndex + 1), col: (role: Role) => columns.byRole.get(role) ?? [] };
}

/** The required columns are there, and only once; says how the columns were read. False when the import stops. */
function checkColumns({ headers, headerRow, columns, dataRows, col }: Sheet, { indicator, niveau, categories, site }: Target, plan: ImportPlan): boolean {
  const found = quoteList(headers.filter((h) => h !== ''));
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
  if (plan.errors.length) return false;
  if (dataRows.length === 0) {
    plan.errors.push(`onder de kopregel (rij ${headerRow.number}) staan geen rijen met cijfers`);
    return false;
  }
  const describe = (role: Role) => col(role).map((i) => `"${headers[i]}"`).join(' + ');
  plan.notes.push(`Kolommen: ${(['periode', 'gebied', 'categorie', 'waarde', 'status', 'toelichting'] as Role[]).filter((r) => col(r).length).map((r) => `${r} = ${describe(r)}`).join(', ')}${columns.ignored.length ? `; niet gebruikt: ${quoteList(columns.ignored)}` : ''}.`);
  if (!col('gebied').length) plan.notes.push(`Geen kolom voor het gebied: alle rijen gelden voor ${site.gemeente} (${site.gemeenteId}).`);
  if (!col('status').length) plan.notes.push('Geen kolom status: elke waarde wordt definitief.');
  return true;
}

/** The decimal mark: as the editor says, or read from the numbers; undefined (with the question) when unclear. */
function decimalMark({ dataRows, col, table }: Sheet, options: ImportOptions, plan: ImportPlan): DecimalMark | undefined {
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
    plan.errors.push(`${examples.length === 1 ? 'het getal' : 'de getallen'} ${examples.map((e) => `"${e}"`).join(', ')} ${examples.length === 1 ? 'kan' : 'kunnen'} duizendtallen of decimalen zijn: "${first}" is ${digits} of ${asDecimal}. Zeg welke: --decimaalteken ${other} als de ${mark} duizendtallen scheidt, of --decimaalteken ${mark} als de ${mark} het decimaalteken is`);
    return undefined;
  }
  if (dataRows.some((r) => typeof r.cells[valueCol] === 'string'))
    plan.notes.push(detected === 'komma' ? 'Getallen: komma als decimaalteken, punt voor duizendtallen (1.234,5).' : 'Getallen: punt als decimaalteken (1234.5).');
  return detected;
}

/**
 * The new list of observations: existing ones keep their own text unless the import replaces them; new ones follow
 * in period, area and category order. Undefined when the import would replace periods without --samenvoegen.
 */
function mergeWithExisting({ raw, rel, indicatorFile, categories, niveau }: Target, options: ImportOptions, rowOf: Map<RawObservation, number>, plan: ImportPlan): Kept[] | undefined {
  const existing = (Array.isArray(raw.observaties) ? raw.observaties : []) as RawObservation[];
  const importedPeriods = new Set(plan.imported.map((o) => o.periode));
  const clash = [...new Set(existing.map((o) => o.periode).filter((p) => importedPeriods.has(p)))].sort(comparePeriods);
  if (clash.length && !options.samenvoegen)
    plan.errors.push(`${rel(indicatorFile)} heeft al cijfers voor ${clash.length === 1 ? 'periode' : 'de perioden'} ${clash.join(', ')}. Voeg --samenvoegen toe om die te vervangen door de rijen uit het bestand (met dezelfde periode${categories.length ? ', ' : ' en '}${niveau === 'wijkteam' ? 'hetzelfde' : 'dezelfde'} ${plan.noun[0]}${categories.length ? ' en dezelfde categorie' : ''}); de andere cijfers blijven staan.`);
  if (plan.errors.length) return undefined;

  const byKey = new Map(plan.imported.map((o) => [key(o), o]));
  const used = new Set<string>();
  const items: Kept[] = existing.map((o, index) => {
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
  return items;
}

/** Per imported period: how many areas and rows, and what happened to them. */
function countPerPeriod(plan: ImportPlan): void {
  for (const periode of [...new Set(plan.imported.map((o) => o.periode))].sort(comparePeriods)) {
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
}

/** The new text: only the observaties change; every other byte stays. It must pass the schema before it may be written. */
function withNewText({ before, rel, indicatorFile }: Target, items: Kept[], plan: ImportPlan): ImportPlan {
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
function replaceObservations(text: string, items: Kept[]): string {
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

