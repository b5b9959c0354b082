/**
 * `npm run importeer`: every Dutch export convention in tests/fixtures/import/ reads to the exact
 * observations; every broken file gives the exact Dutch row messages and leaves the indicator file
 * byte-identical; merging, refusing to merge and the dry run. Each test works on a temp copy of the
 * synthetic fixture site (tests/fixtures/site), never on content/.
 */
import { spawn, spawnSync } from 'node:child_process';
import { findNodeAtLocation, parseTree } from 'jsonc-parser';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { formatReport, groupRowErrors, planImport, writeImport, type ImportOptions } from '../../src/lib/import/index.ts';
import { detectSeparator } from '../../src/lib/import/read.ts';
import { detectDecimalMark, fitPeriod, isMissing, parseNumber, readPeriod } from '../../src/lib/import/values.ts';
import type { Frequentie } from '../../src/lib/periods.ts';
import { formatProblem, validateContent } from '../../src/lib/validate/index.ts';

const ROOT = join(import.meta.dirname, '..', '..');
const SITE = join(ROOT, 'tests', 'fixtures', 'site');
const FIXTURES = join(ROOT, 'tests', 'fixtures', 'import');
// Node 24 runs the TypeScript scripts; npm puts it first on PATH, the package keeps a copy in node_modules.
const NODE = existsSync(join(ROOT, 'node_modules', 'node', 'bin', 'node')) ? join(ROOT, 'node_modules', 'node', 'bin', 'node') : process.execPath;

const temps: string[] = [];
afterAll(() => {
  for (const t of temps) rmSync(t, { recursive: true, force: true });
});

/** A fresh copy of the fixture site as <root>/content. */
function tempSite(): { root: string; content: string } {
  const root = mkdtempSync(join(tmpdir(), 'importeer-'));
  temps.push(root);
  const content = join(root, 'content');
  cpSync(SITE, content, { recursive: true });
  return { root, content };
}

const indicatorText = (content: string, id: string) => readFileSync(join(content, 'indicatoren', `${id}.json`), 'utf8');

async function plan(file: string, indicator: string, extra: Partial<ImportOptions> = {}) {
  const site = tempSite();
  const result = await planImport({ file: join(FIXTURES, file), indicator, contentDir: site.content, rel: (p) => relative(site.root, p), ...extra });
  return { ...site, result };
}

/** Runs a script as an editor would: from the project copy, with content/ as the content folder. */
function run(script: 'importeer' | 'nieuw', args: string[], root: string) {
  const r = spawnSync(NODE, [join(ROOT, 'scripts', `${script}.ts`), ...args], { cwd: root, env: { ...process.env, CONTENT_DIR: 'content' }, encoding: 'utf8' });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

function runAsync(script: 'importeer' | 'nieuw', args: string[], root: string): Promise<{ status: number | null; stdout: string; stderr: string }> {
  return new Promise((done) => {
    const child = spawn(NODE, [join(ROOT, 'scripts', `${script}.ts`), ...args], { cwd: root, env: { ...process.env, CONTENT_DIR: 'content' } });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => (stdout += d));
    child.stderr.on('data', (d) => (stderr += d));
    child.on('close', (status) => done({ status, stdout, stderr }));
  });
}

describe('reading Dutch values', () => {
  const periode = (text: string | number | Date, frequentie: Frequentie) => {
    const read = readPeriod(text);
    if (!read) return undefined;
    const fitted = fitPeriod(read, frequentie, String(text));
    return 'periode' in fitted ? fitted.periode : fitted.error;
  };

  it('reads every period form', () => {
    expect(periode('2024', 'jaar')).toBe('2024');
    expect(periode(2024, 'jaar')).toBe('2024');
    expect(periode('2024-H1', 'halfjaar')).toBe('2024-H1');
    expect(periode('1e halfjaar 2024', 'halfjaar')).toBe('2024-H1');
    expect(periode('2024 H1', 'halfjaar')).toBe('2024-H1');
    expect(periode('tweede helft 2024', 'halfjaar')).toBe('2024-H2');
    expect(periode('2024-Q3', 'kwartaal')).toBe('2024-Q3');
    expect(periode('Q3 2024', 'kwartaal')).toBe('2024-Q3');
    expect(periode('3e kwartaal 2024', 'kwartaal')).toBe('2024-Q3');
    expect(periode('juli 2024', 'maand')).toBe('2024-07');
    expect(periode('jul 2024', 'maand')).toBe('2024-07');
    expect(periode('Mrt. 2024', 'maand')).toBe('2024-03');
    expect(periode('2024-07', 'maand')).toBe('2024-07');
    expect(periode('07-2024', 'maand')).toBe('2024-07');
  });

  it('turns a date (peildatum) into the period it falls in', () => {
    expect(periode('31-12-2024', 'jaar')).toBe('2024');
    expect(periode('2024-08-15', 'halfjaar')).toBe('2024-H2');
    expect(periode('15/08/2024', 'kwartaal')).toBe('2024-Q3');
    expect(periode(new Date(Date.UTC(2024, 7, 15)), 'maand')).toBe('2024-08');
  });

  it('rejects what is no period, and periods of another frequency', () => {
    for (const bad of ['2024-H3', '2024-13', 'zomer 2024', '2024-2025', '31-02-2024', '24', 'Q5 2024']) expect(readPeriod(bad), bad).toBeUndefined();
    expect(periode('2024-H1', 'jaar')).toBe('periode "2024-H1" is een halfjaar, maar deze indicator telt per jaar; schrijf bijvoorbeeld 2024');
    expect(periode('2024', 'maand')).toBe('periode "2024" is een jaar, maar deze indicator telt per maand; schrijf bijvoorbeeld 2024-07');
    expect(periode('juli 2024', 'eenmalig')).toBe('2024-07');
  });

  it('reads numbers with a decimal comma or point, thousands, percentages', () => {
    expect(parseNumber('12,5', 'komma')).toBe(12.5);
    expect(parseNumber('1.234', 'komma')).toBe(1234);
    expect(parseNumber('1.234,5', 'komma')).toBe(1234.5);
    expect(parseNumber('12,5%', 'komma')).toBe(12.5);
    expect(parseNumber('€ 1.250.000', 'komma')).toBe(1250000);
    expect(parseNumber('−3', 'komma')).toBe(-3);
    expect(parseNumber('1 234', 'komma')).toBe(1234);
    expect(parseNumber('12.5', 'punt')).toBe(12.5);
    expect(parseNumber('1,234.5', 'punt')).toBe(1234.5);
    expect(parseNumber(7, 'komma')).toBe(7);
    for (const bad of ['12,5,3', '1.23.4', 'twaalf', '12.5']) expect(parseNumber(bad, 'komma'), bad).toBeUndefined();
  });

  it('knows the missing values and detects separator and decimal mark', () => {
    for (const m of ['', '-', '–', 'x', 'X', 'onbekend', null]) expect(isMissing(m), String(m)).toBe(true);
    expect(isMissing('0')).toBe(false);
    expect(detectSeparator('# commentaar, met komma\nJaar;Wijk;Aantal\n')).toBe(';');
    expect(detectSeparator('jaar,wijk,aantal\n')).toBe(',');
    expect(detectSeparator('jaar\twijk\taantal\n')).toBe('\t');
    expect(detectDecimalMark(['12,5', '3'], ';')).toBe('komma');
    expect(detectDecimalMark(['12.5', '3'], ';')).toBe('punt');
    expect(detectDecimalMark(['1.234'], ';')).toBe('komma');
    expect(detectDecimalMark(['1.234,5'], ',')).toBe('komma');
  });
});

describe('every convention reads to the exact observations', () => {
  const cases: { name: string; file: string; indicator: string; blad?: string; expected: unknown[] }[] = [
    {
      name: 'puntkomma, komma als decimaalteken, punt voor duizendtallen, status en toelichting',
      file: 'puntkomma-duizendtallen.csv',
      indicator: 'uren-jobcoaching',
      expected: [
        { periode: '2025', gebied: 'wijkteam-noord', waarde: 2345.5, status: 'voorlopig' },
        { periode: '2025', gebied: 'wijkteam-zuid', waarde: 2718.25, status: 'voorlopig', toelichting: 'Inclusief de uren van de zomerstage (voorbeelddata)' },
        { periode: '2026', gebied: 'wijkteam-noord', waarde: 1050, status: 'definitief' },
        { periode: '2026', gebied: 'wijkteam-zuid', waarde: null, status: 'ontbreekt', toelichting: 'Nog niet aangeleverd (voorbeelddata)' },
      ],
    },
    {
      name: 'komma als scheidingsteken, punt als decimaalteken, procenten, x (onderdrukt) en onbekend (ontbreekt)',
      file: 'komma-decimale-punt.csv',
      indicator: 'mantelzorgers-overbelast',
      expected: [
        { periode: '2025', gebied: 'centrum', waarde: 14.5, status: 'definitief' },
        { periode: '2025', gebied: 'havenkwartier', waarde: 16.25, status: 'definitief' },
        { periode: '2025', gebied: 'de-beemden', waarde: 13, status: 'definitief' },
        { periode: '2025', gebied: 'molenwijk', waarde: null, status: 'onderdrukt' },
        { periode: '2025', gebied: 'parkzoom', waarde: 15, status: 'definitief' },
        { periode: '2025', gebied: 'oude-dorp', waarde: null, status: 'ontbreekt' },
      ],
    },
    {
      name: 'Nederlandse maandnamen en afkortingen',
      file: 'maandnamen.csv',
      indicator: 'aanmeldingen-schuldhulp',
      expected: [44, 40, 47, null, 51, 49, 38, 42, 55, 60, 63, 57].map((waarde, i) => ({
        periode: `2026-${String(i + 1).padStart(2, '0')}`,
        gebied: 'voorbeeldstad',
        waarde,
        status: waarde === null ? 'ontbreekt' : 'definitief',
      })),
    },
    {
      name: 'halfjaren in vier schrijfwijzen',
      file: 'halfjaren.csv',
      indicator: 'vroegsignalen',
      expected: [
        { periode: '2025-H1', gebied: 'wijkteam-noord', waarde: 240, status: 'definitief' },
        { periode: '2025-H1', gebied: 'wijkteam-zuid', waarde: 262, status: 'definitief' },
        { periode: '2025-H2', gebied: 'wijkteam-noord', waarde: 251, status: 'definitief' },
        { periode: '2025-H2', gebied: 'wijkteam-zuid', waarde: 270, status: 'definitief' },
      ],
    },
    {
      name: 'CBS-wijkcodes (de code wint van een afwijkende naam)',
      file: 'cbs-codes.csv',
      indicator: 'huisbezoeken-75-plus',
      expected: [
        { periode: '2025', gebied: 'centrum', waarde: 177, status: 'definitief' },
        { periode: '2025', gebied: 'havenkwartier', waarde: 1234, status: 'definitief' },
        { periode: '2025', gebied: 'de-beemden', waarde: 205, status: 'definitief' },
        { periode: '2025', gebied: 'molenwijk', waarde: 88, status: 'definitief' },
        { periode: '2025', gebied: 'parkzoom', waarde: 139, status: 'definitief' },
        { periode: '2025', gebied: 'oude-dorp', waarde: 66, status: 'definitief' },
      ],
    },
    {
      name: 'categorieën van de uitsplitsing, zonder kolom voor het gebied',
      file: 'categorieen.csv',
      indicator: 'startgesprekken',
      expected: [
        { periode: '2025-Q3', gebied: 'voorbeeldstad', categorie: 'overbrugbaar', waarde: 214, status: 'definitief' },
        { periode: '2025-Q3', gebied: 'voorbeeldstad', categorie: 'onoverbrugbaar', waarde: 116, status: 'definitief' },
        { periode: '2025-Q4', gebied: 'voorbeeldstad', categorie: 'overbrugbaar', waarde: 221, status: 'voorlopig' },
        { periode: '2025-Q4', gebied: 'voorbeeldstad', categorie: 'onoverbrugbaar', waarde: 118, status: 'voorlopig' },
      ],
    },
    {
      name: 'Excel: eerste werkblad, titelregel, formule, tekstgetal, privacyminimum, rich text',
      file: 'voorbeelddata-verpleeghuisopnames.xlsx',
      indicator: 'verpleeghuisopnames',
      expected: [
        { periode: '2025', gebied: 'centrum', waarde: 19, status: 'voorlopig' },
        { periode: '2025', gebied: 'havenkwartier', waarde: 18, status: 'voorlopig' },
        { periode: '2025', gebied: 'de-beemden', waarde: 24, status: 'voorlopig' },
        { periode: '2025', gebied: 'molenwijk', waarde: null, status: 'onderdrukt' },
        { periode: '2025', gebied: 'parkzoom', waarde: null, status: 'ontbreekt', toelichting: 'Nog niet geteld (voorbeelddata)' },
        { periode: '2025', gebied: 'oude-dorp', waarde: null, status: 'onderdrukt' },
      ],
    },
    {
      name: 'Excel: --blad, peildatum als datum, cellen als percentage',
      file: 'voorbeelddata-verpleeghuisopnames.xlsx',
      indicator: 'mantelzorgers-overbelast',
      blad: 'Percentages',
      expected: [
        { periode: '2025', gebied: 'centrum', waarde: 14.2, status: 'definitief' },
        { periode: '2025', gebied: 'havenkwartier', waarde: 16.5, status: 'definitief' },
      ],
    },
  ];

  for (const c of cases)
    it(c.name, async () => {
      const { content, result } = await plan(c.file, c.indicator, c.blad ? { blad: c.blad } : {});
      expect(result.errors).toEqual([]);
      expect(result.imported).toStrictEqual(c.expected);
      // Written: the new observations at the end, everything before them byte for byte as it was.
      const before = indicatorText(content, c.indicator);
      writeImport(result);
      const after = indicatorText(content, c.indicator);
      const oldObs = JSON.parse(before).observaties as unknown[];
      const data = JSON.parse(after);
      expect(data.observaties.slice(oldObs.length)).toStrictEqual(
        [...(c.expected as { periode: string }[])].sort((a, b) => a.periode.localeCompare(b.periode) || 0),
      );
      const array = findNodeAtLocation(parseTree(before)!, ['observaties'])!;
      const last = array.children!.at(-1)!;
      expect(after.startsWith(before.slice(0, last.offset + last.length))).toBe(true);
      expect(after.endsWith(before.slice(array.offset + array.length))).toBe(true);
      const { observaties: _a, ...restAfter } = data;
      const { observaties: _b, ...restBefore } = JSON.parse(before);
      expect(restAfter).toStrictEqual(restBefore);
    });

  it('counts what was suppressed and what is missing', async () => {
    const { result } = await plan('voorbeelddata-verpleeghuisopnames.xlsx', 'verpleeghuisopnames');
    expect([result.suppressed, result.markedSuppressed, result.missing]).toEqual([2, 0, 1]);
  });

  it('reads a Windows-1252 file and matches names without regard to case or accents', async () => {
    const site = tempSite();
    const file = join(site.root, 'export.csv');
    writeFileSync(file, Buffer.from('Jaar;Wijk;Aantal\r\n2025;HAVENKWARTIÉR;125\r\n2025;de beemden;201\r\n2025;Oude-Dorp;70\r\n', 'latin1'));
    const result = await planImport({ file, indicator: 'huisbezoeken-75-plus', contentDir: site.content });
    expect(result.errors).toEqual([]);
    expect(result.notes[0]).toBe('Gelezen als CSV, scheidingsteken puntkomma (;), Windows-1252; kopregel op rij 1.');
    expect(result.imported.map((o) => o.gebied)).toEqual(['havenkwartier', 'de-beemden', 'oude-dorp']);
  });

  it('leaves the content check without problems after importing every convention', async () => {
    const { root, content } = tempSite();
    for (const c of cases) {
      const result = await planImport({ file: join(FIXTURES, c.file), indicator: c.indicator, contentDir: content, blad: c.blad, samenvoegen: true });
      expect(result.errors).toEqual([]);
      writeImport(result);
    }
    const { problems } = await validateContent(content, root);
    expect(problems.map(formatProblem)).toEqual([]);
  });
});

describe('broken files: exact Dutch messages, and nothing written', () => {
  const cases: { file: string; indicator: string; errors: string[] }[] = [
    {
      file: 'fout-onbekende-wijk.csv',
      indicator: 'huisbezoeken-75-plus',
      errors: [
        'rij 4: wijk "Havenkwartir" onbekend; bedoelde u "Havenkwartier"?',
        'rij 5: wijk "Atlantis" onbekend; kies uit Centrum, Havenkwartier, De Beemden, Molenwijk, Parkzoom, Oude Dorp',
        'rij 6: "Wijkteam Noord" is een wijkteam, maar deze indicator telt per wijk',
        'rij 7: CBS-code "WK999999" onbekend: geen gebied in site.json › gebieden heeft deze code',
        'rij 8: wijk ontbreekt',
      ],
    },
    {
      file: 'fout-periode.csv',
      indicator: 'huisbezoeken-75-plus',
      errors: [
        'rij 4: periode "2025-H3" niet herkend; schrijf een jaar, bijvoorbeeld 2024',
        'rij 5: periode "2025-13" niet herkend; schrijf een jaar, bijvoorbeeld 2024',
        'rij 6: periode "zomer 2025" niet herkend; schrijf een jaar, bijvoorbeeld 2024',
        'rij 7: periode ontbreekt',
      ],
    },
    {
      file: 'fout-periode.csv',
      indicator: 'vroegsignalen',
      errors: [
        'rij 3: periode "2025" is een jaar, maar deze indicator telt per halfjaar; schrijf bijvoorbeeld 2024-H1',
        'rij 3: "Centrum" is een wijk, maar deze indicator telt per wijkteam',
        'rij 4: periode "2025-H3" niet herkend; schrijf een halfjaar, bijvoorbeeld 2024-H1, 2024 H2 of 1e halfjaar 2024',
        'rij 4: "Havenkwartier" is een wijk, maar deze indicator telt per wijkteam',
        'rij 5: periode "2025-13" niet herkend; schrijf een halfjaar, bijvoorbeeld 2024-H1, 2024 H2 of 1e halfjaar 2024',
        'rij 5: "De Beemden" is een wijk, maar deze indicator telt per wijkteam',
        'rij 6: periode "zomer 2025" niet herkend; schrijf een halfjaar, bijvoorbeeld 2024-H1, 2024 H2 of 1e halfjaar 2024',
        'rij 6: "Molenwijk" is een wijk, maar deze indicator telt per wijkteam',
        'rij 7: periode ontbreekt',
        'rij 7: "Parkzoom" is een wijk, maar deze indicator telt per wijkteam',
      ],
    },
    {
      file: 'fout-getal.csv',
      indicator: 'huisbezoeken-75-plus',
      errors: [
        'rij 4: "12,5,3" is geen getal',
        'rij 5: "twaalf" is geen getal',
        'rij 6: "1.23.4" is geen getal',
        'rij 7: "139.5" is geen getal: in dit bestand is de komma het decimaalteken (12,5)',
      ],
    },
    {
      file: 'fout-kolom-ontbreekt.csv',
      indicator: 'huisbezoeken-75-plus',
      errors: ['kolom voor de waarde ontbreekt; gevonden kolommen: "Jaar", "Wijk", "Hoeveel". Noem de kolom bijvoorbeeld "waarde", "aantal" of "percentage"'],
    },
    {
      file: 'fout-frequentie.csv',
      indicator: 'huisbezoeken-75-plus',
      errors: [
        'rij 4: periode "2025-H1" is een halfjaar, maar deze indicator telt per jaar; schrijf bijvoorbeeld 2024',
        'rij 5: periode "Q3 2025" is een kwartaal, maar deze indicator telt per jaar; schrijf bijvoorbeeld 2024',
        'rij 6: periode "juli 2025" is een maand, maar deze indicator telt per jaar; schrijf bijvoorbeeld 2024',
      ],
    },
    {
      file: 'fout-dubbel.csv',
      indicator: 'huisbezoeken-75-plus',
      errors: [
        'rij 5: dubbel: rij 3 heeft ook periode 2025, wijk Centrum; laat er één staan',
        'rij 6: dubbel: rij 4 heeft ook periode 2025, wijk Havenkwartier; laat er één staan',
      ],
    },
    {
      file: 'fout-categorie.csv',
      indicator: 'startgesprekken',
      errors: [
        'rij 3: categorie "Overbrugbar" onbekend; bedoelde u "Overbrugbaar"?',
        'rij 4: categorie ontbreekt; kies uit Overbrugbaar, Onoverbrugbaar',
        'rij 5: categorie "Anders" onbekend; kies uit Overbrugbaar, Onoverbrugbaar',
      ],
    },
    {
      file: 'categorieen.csv',
      indicator: 'huisbezoeken-75-plus',
      errors: [
        'kolom voor het gebied ontbreekt; gevonden kolommen: "Kwartaal", "Uitkomst", "Aantal", "Status". Noem de kolom bijvoorbeeld "wijk", "gebied", "buurt" of "wijkcode"',
      ],
    },
  ];

  for (const c of cases)
    it(`${c.file} → ${c.indicator}`, async () => {
      const { content, result } = await plan(c.file, c.indicator);
      expect(result.errors).toEqual(c.errors);
      expect(result.after).toBeUndefined();
      expect(() => writeImport(result)).toThrow();
      expect(indicatorText(content, c.indicator)).toBe(readFileSync(join(SITE, 'indicatoren', `${c.indicator}.json`), 'utf8'));
    });

  it('the command line refuses them: exit 1, the same lines, the indicator file byte-identical', async () => {
    const { root, content } = tempSite();
    // Each run starts Node (about a second); one file per kind of problem: rows, a column, duplicates.
    const some = cases.filter((c) => ['fout-onbekende-wijk.csv', 'fout-kolom-ontbreekt.csv', 'fout-dubbel.csv'].includes(c.file));
    const before = new Map(some.map((c) => [c.indicator, indicatorText(content, c.indicator)]));
    for (let i = 0; i < some.length; i += 2) {
      const batch = some.slice(i, i + 2);
      const results = await Promise.all(batch.map((c) => runAsync('importeer', [join(FIXTURES, c.file), '--indicator', c.indicator, '--samenvoegen'], root)));
      batch.forEach((c, j) => {
        const cli = results[j]!;
        expect(cli.status, c.file).toBe(1);
        expect(cli.stdout).toBe('');
        expect(cli.stderr).toBe([
          `Problemen in ${join(FIXTURES, c.file)} (indicator ${c.indicator}):`,
          ...c.errors.map((e) => `  ${e}`),
          '',
          `Er is niets geschreven: content/indicatoren/${c.indicator}.json is niet veranderd. Los ${c.errors.length === 1 ? 'het probleem' : `de ${c.errors.length} problemen`} op en probeer het opnieuw.`,
          '',
        ].join('\n'));
      });
    }
    for (const [id, text] of before) expect(indicatorText(content, id), id).toBe(text);
  });

  it('names an unknown indicator, sheet or option with a suggestion', async () => {
    const { result } = await plan('halfjaren.csv', 'vroegsignaal');
    expect(result.errors).toEqual(['indicator "vroegsignaal" bestaat niet: content/indicatoren/vroegsignaal.json ontbreekt; bedoelde u "vroegsignalen"? Of maak een nieuwe met: npm run nieuw -- indicator vroegsignaal']);
    const sheet = await plan('voorbeelddata-verpleeghuisopnames.xlsx', 'mantelzorgers-overbelast', { blad: 'Percentage' });
    expect(sheet.result.errors).toEqual(['werkblad "Percentage" bestaat niet; bedoelde u "Percentages"? De werkbladen heten: "Opnames", "Percentages".']);
    const cli = run('importeer', [join(FIXTURES, 'halfjaren.csv'), '--indicator', 'vroegsignalen', '--samenvoegn'], sheet.root);
    expect(cli.status).toBe(1);
    expect(cli.stderr.split('\n')[0]).toBe('Niet geïmporteerd: onbekende optie "--samenvoegn"; bedoelde u "--samenvoegen"?');
  });
});

describe('merging with existing observations', () => {
  it('without --samenvoegen: refuses periods that already have figures, and writes nothing', async () => {
    const { root, content, result } = await plan('halfjaren-correctie.csv', 'vroegsignalen');
    expect(result.errors).toEqual([
      'content/indicatoren/vroegsignalen.json heeft al cijfers voor periode 2024-H2. Voeg --samenvoegen toe om die te vervangen door de rijen uit het bestand (met dezelfde periode en hetzelfde wijkteam); de andere cijfers blijven staan.',
    ]);
    const before = indicatorText(content, 'vroegsignalen');
    const cli = run('importeer', [join(FIXTURES, 'halfjaren-correctie.csv'), '--indicator', 'vroegsignalen'], root);
    expect(cli.status).toBe(1);
    expect(indicatorText(content, 'vroegsignalen')).toBe(before);
  });

  it('with --samenvoegen: replaces the same period and area, keeps the rest, adds the new', async () => {
    const { content, result } = await plan('halfjaren-correctie.csv', 'vroegsignalen', { samenvoegen: true });
    expect(result.errors).toEqual([]);
    expect(result.changes.map((c) => [c.kind, c.row])).toEqual([['vervangen', 3], ['ongewijzigd', 4], ['toegevoegd', 5]]);
    expect(result.kept).toBe(10);
    expect(result.periods).toEqual([
      { periode: '2024-H2', areas: 2, rows: 2, toegevoegd: 0, vervangen: 1, ongewijzigd: 1 },
      { periode: '2025-H1', areas: 1, rows: 1, toegevoegd: 1, vervangen: 0, ongewijzigd: 0 },
    ]);
    const before = JSON.parse(indicatorText(content, 'vroegsignalen'));
    writeImport(result);
    const after = JSON.parse(indicatorText(content, 'vroegsignalen'));
    const expected = structuredClone(before.observaties);
    expected[5] = { periode: '2024-H2', gebied: 'wijkteam-noord', waarde: 231, status: 'definitief' };
    expected.push({ periode: '2025-H1', gebied: 'wijkteam-noord', waarde: 240, status: 'voorlopig' });
    expect(after.observaties).toStrictEqual(expected);
    // An observation with more fields than the import gives (kwalificatie, toelichting) is kept as it was.
    expect(after.observaties[8]).toStrictEqual(before.observaties[8]);
  });

  it('importing the same file again changes no byte', async () => {
    const { content } = tempSite();
    const options = { file: join(FIXTURES, 'halfjaren-correctie.csv'), indicator: 'vroegsignalen', contentDir: content, samenvoegen: true };
    writeImport(await planImport(options));
    const once = indicatorText(content, 'vroegsignalen');
    const again = await planImport(options);
    expect(again.changes.map((c) => c.kind)).toEqual(['ongewijzigd', 'ongewijzigd', 'ongewijzigd']);
    writeImport(again);
    expect(indicatorText(content, 'vroegsignalen')).toBe(once);
  });
});

describe('the command line', () => {
  it('--droog prints the changes and writes nothing', () => {
    const { root, content } = tempSite();
    cpSync(join(FIXTURES, 'halfjaren-correctie.csv'), join(root, 'export.csv'));
    const before = indicatorText(content, 'vroegsignalen');
    const cli = run('importeer', ['export.csv', '--indicator', 'vroegsignalen', '--samenvoegen', '--droog'], root);
    expect(cli.stderr).toBe('');
    expect(cli.status).toBe(0);
    expect(cli.stdout).toBe(`Importeren uit export.csv naar content/indicatoren/vroegsignalen.json (droog: er wordt niets geschreven)
  Gelezen als CSV, scheidingsteken puntkomma (;), UTF-8; kopregel op rij 2.
  Kolommen: periode = "Periode", gebied = "Wijkteam", waarde = "Aantal signalen", status = "Status".
  Getallen: komma als decimaalteken, punt voor duizendtallen (1.234,5).

3 rijen gelezen: 1 toegevoegd, 1 vervangen, 1 ongewijzigd. 10 bestaande observaties blijven zoals ze waren.

Per periode:
  2024-H2: 2 wijkteams (1 vervangen, 1 ongewijzigd)
  2025-H1: 1 wijkteam (1 toegevoegd)

Wijzigingen:
  ~ 2024-H2 Wijkteam Noord: 229 (voorlopig) → 231 (definitief)
  + 2025-H1 Wijkteam Noord: 240 (voorlopig)

Droog: er is niets geschreven. Laat --droog weg om content/indicatoren/vroegsignalen.json bij te werken.
`);
    expect(indicatorText(content, 'vroegsignalen')).toBe(before);
  });

  it('writes the file and says so', () => {
    const { root, content } = tempSite();
    const cli = run('importeer', [join(FIXTURES, 'voorbeelddata-verpleeghuisopnames.xlsx'), '--indicator', 'verpleeghuisopnames'], root);
    expect(cli.status).toBe(0);
    expect(cli.stdout).toContain('2 waarden lager dan het privacyminimum van 10: onderdrukt (status onderdrukt, waarde null).\n');
    expect(cli.stdout).toContain('  2025: 6 wijken (6 toegevoegd)\n');
    expect(cli.stdout).toContain('Geschreven: content/indicatoren/verpleeghuisopnames.json.');
    expect(JSON.parse(indicatorText(content, 'verpleeghuisopnames')).observaties).toHaveLength(42);
  });

  it('reports in Dutch through formatReport', async () => {
    const { root, result } = await plan('fout-dubbel.csv', 'huisbezoeken-75-plus');
    expect(formatReport(result, { file: 'fout-dubbel.csv', rel: (p) => relative(root, p) })).toEqual([
      'Problemen in fout-dubbel.csv (indicator huisbezoeken-75-plus):',
      '  rij 5: dubbel: rij 3 heeft ook periode 2025, wijk Centrum; laat er één staan',
      '  rij 6: dubbel: rij 4 heeft ook periode 2025, wijk Havenkwartier; laat er één staan',
      '',
      'Er is niets geschreven: content/indicatoren/huisbezoeken-75-plus.json is niet veranderd. Los de 2 problemen op en probeer het opnieuw.',
    ]);
  });
});

describe('the same problem on many rows', () => {
  it('is said once, with its rows', () => {
    const same = Array.from({ length: 24 }, (_, i) => `rij ${i + 2}: wijk "X" onbekend`);
    expect(groupRowErrors(same)).toEqual(['rij 2 t/m 25 (24 rijen): wijk "X" onbekend']);
    expect(groupRowErrors(['rij 3: a', 'rij 5: b', 'rij 7: a', 'kolom ontbreekt'])).toEqual(['rij 3 en 7: a', 'rij 5: b', 'kolom ontbreekt']);
    expect(groupRowErrors(['rij 4: a', 'rij 9: a', 'rij 12: a'])).toEqual(['rij 4, 9 en 12: a']);
  });
});
