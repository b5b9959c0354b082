/**
 * `npm run importeer -- <bestand> --indicator <id>`: turns a CSV or XLSX export into the `observaties`
 * of an indicator. planImport reads and checks everything and works out the new file text; only when
 * there is no problem at all may writeImport write it. A file is never half imported.
 */
import { readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import type { Table } from './read.ts';
import type { DecimalMark, ImportStatus } from './values.ts';

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

export { planImport } from './plan.ts';

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
