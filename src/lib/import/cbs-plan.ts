/**
 * The CBS import: a saved CBS file (or a downloaded response) becomes an import table, and planImport does
 * the rest exactly as for a CSV export, so the checks, the merge and the all-or-nothing rule are the same.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { cbsToTable, readCbsFile, recordsFromJson, type CbsRecords } from './cbs.ts';
import { planImport, type ImportOptions, type ImportPlan } from './index.ts';
import { ReadError } from './read.ts';

export interface CbsImportOptions extends Omit<ImportOptions, 'table' | 'blad'> {
  /** Measure key, e.g. AantalInwoners_5. */
  maat?: string;
  /** Period for a file without Perioden. */
  periode?: string;
  /** An already parsed TypedDataSet (from the download); else `file` is read. */
  data?: unknown;
  /** Keep the rows of the municipalities in gemeenten/ that have a cbsCode too: a comparison of municipalities. */
  vergelijk?: boolean;
}

/** planImport's complaint about an empty table only repeats a problem that was already explained. */
const notAboutEmpty = (e: string) => !e.startsWith('het bestand is leeg') && !e.startsWith('onder de kopregel');

const PREFIX = { gemeente: 'GM', wijk: 'WK', buurt: 'BU' } as const;

/** The municipality's CBS code from site.json, if it is there. */
function gemeenteCode(contentDir: string): string | undefined {
  try {
    const code = (JSON.parse(readFileSync(join(contentDir, 'site.json'), 'utf8')) as { gemeenteCbsCode?: unknown }).gemeenteCbsCode;
    return typeof code === 'string' && /^GM\d{4}$/.test(code) ? code : undefined;
  } catch {
    return undefined;
  }
}

/** The CBS codes of the gemeente profiles (content/gemeenten/<id>.json › cbsCode); the content check reports bad files. */
function profileCodes(contentDir: string): string[] {
  const dir = join(contentDir, 'gemeenten');
  if (!existsSync(dir)) return [];
  return readdirSync(dir).filter((f) => f.endsWith('.json')).flatMap((f) => {
    try {
      const code = (JSON.parse(readFileSync(join(dir, f), 'utf8')) as { cbsCode?: unknown }).cbsCode;
      return typeof code === 'string' && /^GM\d{4}$/.test(code) ? [code] : [];
    } catch {
      return [];
    }
  });
}

/** The indicator's area level, if its file can be read; planImport reports any problem with the file itself. */
function levelOf(contentDir: string, indicator: string): string | undefined {
  const file = join(contentDir, 'indicatoren', `${indicator}.json`);
  if (!existsSync(file)) return undefined;
  try {
    return (JSON.parse(readFileSync(file, 'utf8')) as { gebiedsniveau?: string }).gebiedsniveau;
  } catch {
    return undefined;
  }
}

export async function planCbsImport(options: CbsImportOptions): Promise<ImportPlan> {
  let records: CbsRecords;
  try {
    records = options.data !== undefined ? recordsFromJson(options.data, options.file) : readCbsFile(options.file);
  } catch (error) {
    if (!(error instanceof ReadError)) throw error;
    // Let planImport check the indicator too, so the editor sees every problem at once.
    const plan = await planImport({ ...options, table: { rows: [], description: '' } });
    plan.errors = [error.message, ...plan.errors.filter(notAboutEmpty)];
    plan.after = undefined;
    return plan;
  }
  const level = levelOf(options.contentDir, options.indicator);
  if (level === 'wijkteam' || level === 'studie') {
    const plan = await planImport({ ...options, table: { rows: [], description: '' } });
    plan.errors = [`indicator "${options.indicator}" telt per ${level}; CBS-cijfers gaan over gemeenten, wijken en buurten. Kies een indicator met gebiedsniveau gemeente of wijk`];
    plan.after = undefined;
    return plan;
  }
  if (options.vergelijk && level !== undefined && level !== 'gemeente') {
    const plan = await planImport({ ...options, table: { rows: [], description: '' } });
    plan.errors = [`--vergelijk hoort bij een indicator per gemeente; indicator "${options.indicator}" telt per ${level}`];
    plan.after = undefined;
    return plan;
  }
  const andere = options.vergelijk ? profileCodes(options.contentDir) : undefined;
  const converted = cbsToTable(records, { maat: options.maat, periode: options.periode, prefix: PREFIX[(level ?? 'gemeente') as keyof typeof PREFIX] ?? 'GM', gemeente: gemeenteCode(options.contentDir), andere });
  const plan = await planImport({ ...options, table: converted.table });
  // planImport describes the generated table (its header and columns); the editor only needs the CBS file.
  plan.notes = [...converted.notes, ...plan.notes.filter((n) => !n.startsWith('Gelezen als') && !n.startsWith('Kolommen:'))];
  if (converted.errors.length) {
    plan.errors = [...converted.errors, ...plan.errors.filter(notAboutEmpty)];
    plan.after = undefined;
  }
  return plan;
}
