/**
 * The comparison figures against their sources: every value in content/indicatoren/ that comes from CBS table
 * 85984NED (inhabitants) or GGD/RIVM table 50140NED (youth health monitor) must equal the value in the source
 * file, kept unchanged in tests/fixtures/cbs/. The youth file is read with the site's own CBS import, so its
 * markers for missing or secret values mean here what they mean there: such a value is not published.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { cbsToTable, recordsFromCsv } from '../../src/lib/import/cbs.ts';
import { planCbsImport } from '../../src/lib/import/cbs-plan.ts';
import { isComparisonFigure } from '../../src/lib/context-figures.ts';
import { formatNumber } from '../../src/lib/format.ts';

const ROOT = join(import.meta.dirname, '..', '..');
const CONTENT = join(ROOT, 'content');
const FIXTURES = join(ROOT, 'tests', 'fixtures', 'cbs');
const YOUTH = join(FIXTURES, '50140NED-gezondheidsmonitor-jongvolwassenen-2024-vergelijkgemeenten.csv');
const KWB = join(FIXTURES, '85984NED-kerncijfers-wijken-buurten-2024-vergelijkgemeenten.csv');
const GEBIEDEN = join(FIXTURES, '85067NED-gebieden-in-nederland-2022-vergelijkgemeenten.csv');

interface Obs { periode: string; gebied: string; waarde: number | null; status: string }
interface Ind { titel: string; rol: string; gebiedsniveau: string; bron: { tabel?: string }; kanttekeningen?: string[]; observaties: Obs[] }

const json = (file: string) => JSON.parse(readFileSync(file, 'utf8'));
const csv = (file: string) => Papa.parse<Record<string, string>>(readFileSync(file, 'utf8'), { header: true, skipEmptyLines: true }).data;
const indicators = readdirSync(join(CONTENT, 'indicatoren')).filter((f) => f.endsWith('.json')).map((f) => ({ id: f.replace(/\.json$/, ''), data: json(join(CONTENT, 'indicatoren', f)) as Ind }));
const gemeenten = readdirSync(join(CONTENT, 'gemeenten')).filter((f) => f.endsWith('.json')).map((f) => ({ id: f.replace(/\.json$/, ''), data: json(join(CONTENT, 'gemeenten', f)) as { naam: string; cbsCode?: string } }));
const site = json(join(CONTENT, 'site.json')) as { gemeenteId: string; gemeenteCbsCode?: string; gebieden: { id: string; cbsCode?: string }[] };

/** CBS code → the site's area id: the municipality itself, the gemeente profiles and the wijken. */
const areaByCode = new Map<string, string>([
  ...(site.gemeenteCbsCode ? [[site.gemeenteCbsCode, site.gemeenteId] as [string, string]] : []),
  ...gemeenten.flatMap((g) => (g.data.cbsCode ? [[g.data.cbsCode, g.id] as [string, string]] : [])),
  ...site.gebieden.flatMap((g) => (g.cbsCode ? [[g.cbsCode, g.id] as [string, string]] : [])),
]);
/** The measure key an indicator names in bron.tabel, e.g. "MoeiteMetRondkomen_1". */
const measureOf = (ind: Ind) => /\b([A-Z][A-Za-z0-9]*_\d+)\b/.exec(ind.bron.tabel ?? '')?.[1];
const fromTable = (table: string) => indicators.filter((i) => i.data.bron.tabel?.includes(table) && i.data.observaties.length > 0);
const published = (ind: Ind) => ind.observaties.map((o) => ({ periode: o.periode, gebied: o.gebied, waarde: o.waarde })).sort((a, b) => a.gebied.localeCompare(b.gebied));

/** What the source says, as observations of known areas: numbers only, missing or secret values left out. */
function youthSource(maat: string) {
  const { table, errors } = cbsToTable(recordsFromCsv(readFileSync(YOUTH, 'utf8'), YOUTH), { maat, periode: '2024', prefix: 'GM' });
  expect(errors).toEqual([]);
  return table.rows.slice(1)
    .map((r) => ({ periode: String(r.cells[0]), gebied: areaByCode.get(String(r.cells[1])), waarde: r.cells[2] as number | null, status: String(r.cells[3] ?? '') }))
    .filter((r): r is { periode: string; gebied: string; waarde: number; status: string } => r.gebied !== undefined && r.waarde !== null && r.status === '')
    .map(({ periode, gebied, waarde }) => ({ periode, gebied, waarde }))
    .sort((a, b) => a.gebied.localeCompare(b.gebied));
}

describe('comparison municipalities', () => {
  it('carry the CBS code that table 85067NED gives for their name', () => {
    const named = new Map(csv(GEBIEDEN).map((r) => [r.RegioS!.trim(), r.Naam_2!.trim()]));
    const coded = gemeenten.filter((g) => g.data.cbsCode);
    expect(coded.map((g) => g.id).sort()).toEqual(['almere', 'alkmaar', 'haarlem', 'purmerend', 'zaanstad'].sort());
    for (const g of coded) expect(named.get(g.data.cbsCode!), g.id).toBe(g.data.naam);
    expect(gemeenten.find((g) => g.id === site.gemeenteId)?.data.cbsCode).toBe(site.gemeenteCbsCode);
  });
});

describe('youth health monitor 2024 (50140NED)', () => {
  const figures = fromTable('50140NED');
  it('has the comparison figures, each naming its column in the source', () => {
    expect(figures.length).toBeGreaterThanOrEqual(4);
    for (const f of figures) {
      expect(measureOf(f.data), f.id).toBeDefined();
      expect(isComparisonFigure(f.data), f.id).toBe(true);
    }
  });
  it.each(figures.map((f) => [f.id, f.data] as const))('%s: every value equals the source, none left out, none added', (_id, ind) => {
    expect(published(ind)).toEqual(youthSource(measureOf(ind)!));
    expect(ind.observaties.every((o) => o.status === 'definitief')).toBe(true);
  });
  it.each(figures.map((f) => [f.id, f.data] as const))('%s: importing the source again with --vergelijk changes nothing', async (id, ind) => {
    const plan = await planCbsImport({ file: YOUTH, indicator: id, contentDir: CONTENT, samenvoegen: true, maat: measureOf(ind), periode: '2024', vergelijk: true });
    expect(plan.errors).toEqual([]);
    expect(plan.periods).toEqual([{ periode: '2024', areas: ind.observaties.length, rows: ind.observaties.length, toegevoegd: 0, vervangen: 0, ongewijzigd: ind.observaties.length }]);
  });
  it('without --vergelijk the import keeps only the site\'s own municipality', async () => {
    const [id, ind] = [figures[0]!.id, figures[0]!.data];
    const plan = await planCbsImport({ file: YOUTH, indicator: id, contentDir: CONTENT, samenvoegen: true, maat: measureOf(ind), periode: '2024' });
    expect(plan.errors).toEqual([]);
    expect(plan.imported.map((o) => o.gebied)).toEqual([site.gemeenteId]);
  });
  it.each(figures.map((f) => [f.id, f.data] as const))('%s: the text alternative names every value as published', (_id, ind) => {
    const alt = (ind as Ind & { alt: string }).alt;
    for (const o of ind.observaties) expect(alt, o.gebied).toContain(formatNumber(o.waarde!, 1));
  });
  it.each(figures.map((f) => [f.id, f.data] as const))('%s: the figure for the Netherlands in the caveats equals the source', (_id, ind) => {
    const nl = csv(YOUTH).find((r) => r.RegioS?.trim() === 'NL01')![measureOf(ind)!]!;
    expect(ind.kanttekeningen?.some((t) => t.includes(`Nederland is het cijfer ${formatNumber(Number(nl), 1)} procent`))).toBe(true);
  });
});

describe('Kerncijfers wijken en buurten 2024 (85984NED)', () => {
  const figures = fromTable('85984NED');
  const rows = csv(KWB);
  it('covers the comparison of municipalities and the wijken', () => {
    expect(figures.filter((f) => f.data.gebiedsniveau === 'gemeente').length).toBeGreaterThanOrEqual(1);
  });
  it.each(figures.map((f) => [f.id, f.data] as const))('%s: every value equals the source', (_id, ind) => {
    const maat = measureOf(ind)!;
    const prefix = ind.gebiedsniveau === 'gemeente' ? 'GM' : 'WK';
    const source = rows
      .filter((r) => r.code!.startsWith(prefix) && areaByCode.has(r.code!) && ind.observaties.some((o) => o.gebied === areaByCode.get(r.code!)))
      .map((r) => ({ periode: r.jaar!, gebied: areaByCode.get(r.code!)!, waarde: Number(r[maat]) }))
      .sort((a, b) => a.gebied.localeCompare(b.gebied));
    expect(source.length).toBe(ind.observaties.length);
    expect(published(ind)).toEqual(source);
  });
});

describe('CBS measure keys', () => {
  it('a key that CBS starts with "k_" (because it begins with a digit) is a measure, not a dimension', () => {
    const text = 'ID,RegioS,Perioden,k_2CBInAfg12Maanden_98,HeeftSchulden_3\n0,GM0479   ,2024JJ00,2.2,10.4\n1,GM0392   ,2024JJ00,3.8,12\n';
    const { table, errors } = cbsToTable(recordsFromCsv(text, 'test.csv'), { maat: 'k_2CBInAfg12Maanden_98', prefix: 'GM' });
    expect(errors).toEqual([]);
    expect(table.rows.slice(1).map((r) => r.cells.slice(0, 3))).toEqual([['2024', 'GM0479', 2.2], ['2024', 'GM0392', 3.8]]);
  });
});
