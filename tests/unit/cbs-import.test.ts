/**
 * The CBS import (`npm run importeer -- --cbs`) and download (`npm run cbs`): recorded-format CBS files in
 * tests/fixtures/import/cbs/ (voorbeelddata in the exact shape of CBS's OData v3 answers and StatLine CSV)
 * read into the right observations; broken or foreign files give a Dutch message and leave the indicator
 * file byte-identical. The download runs against a local HTTP server on 127.0.0.1, never the internet.
 */
import { spawn } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cbsPeriod, cbsSymbol } from '../../src/lib/import/cbs.ts';
import { cbsQuery, DownloadError, downloadCbs } from '../../src/lib/import/cbs-download.ts';
import { planCbsImport, type CbsImportOptions } from '../../src/lib/import/cbs-plan.ts';
import { formatReport, writeImport } from '../../src/lib/import/index.ts';

const ROOT = join(import.meta.dirname, '..', '..');
const SITE = join(ROOT, 'tests', 'fixtures', 'site');
const CBS = join(ROOT, 'tests', 'fixtures', 'import', 'cbs');
const NODE = existsSync(join(ROOT, 'node_modules', 'node', 'bin', 'node')) ? join(ROOT, 'node_modules', 'node', 'bin', 'node') : process.execPath;

const temps: string[] = [];
afterAll(() => {
  for (const t of temps) rmSync(t, { recursive: true, force: true });
});

/** Voorbeelddata: an indicator of inhabitants per wijk, without observations, in a copy of the fixture site. */
const INWONERS = {
  titel: 'Inwoners per wijk',
  definitie: 'Voorbeelddata: het aantal inwoners per wijk op 1 januari.',
  soort: 'context',
  eenheid: { soort: 'aantal', label: 'inwoners' },
  richting: 'neutraal',
  bron: { naam: 'CBS, Kerncijfers wijken en buurten (voorbeelddata)' },
  frequentie: 'jaar',
  gebiedsniveau: 'wijk',
  streefwaarde: 'geen-streefwaarde',
  kop: 'Inwoners per wijk (voorbeelddata)',
  alt: 'Inwoners per wijk (voorbeelddata).',
  observaties: [],
};

function tempSite(): { root: string; content: string } {
  const root = mkdtempSync(join(tmpdir(), 'cbs-'));
  temps.push(root);
  const content = join(root, 'content');
  cpSync(SITE, content, { recursive: true });
  writeFileSync(join(content, 'indicatoren', 'inwoners.json'), JSON.stringify(INWONERS, null, 2) + '\n');
  return { root, content };
}
const indicatorText = (content: string, id: string) => readFileSync(join(content, 'indicatoren', `${id}.json`), 'utf8');

async function plan(file: string, indicator: string, extra: Partial<CbsImportOptions> = {}) {
  const site = tempSite();
  const before = indicatorText(site.content, indicator);
  const result = await planCbsImport({ file: join(CBS, file), indicator, contentDir: site.content, rel: (p) => relative(site.root, p), ...extra });
  return { ...site, result, before };
}

describe('CBS codes', () => {
  it('turns period codes into the site periods', () => {
    expect(cbsPeriod('2023JJ00')).toBe('2023');
    expect(cbsPeriod('2023HJ01')).toBe('2023-H1');
    expect(cbsPeriod('2023KW01')).toBe('2023-Q1');
    expect(cbsPeriod('2023KW04')).toBe('2023-Q4');
    expect(cbsPeriod('2023MM01')).toBe('2023-01');
    expect(cbsPeriod('2023MM12')).toBe('2023-12');
    for (const bad of ['2023', '2023MM13', '2023KW05', '2023HJ03', '2023XX01', '2023JJ01']) expect(cbsPeriod(bad), bad).toBeUndefined();
  });

  it("keeps CBS's symbols: . and ? missing, x secret, - nil", () => {
    expect(cbsSymbol('       .')).toMatchObject({ status: 'ontbreekt' });
    expect(cbsSymbol('?')).toMatchObject({ status: 'ontbreekt' });
    expect(cbsSymbol('x')).toMatchObject({ status: 'onderdrukt' });
    expect(cbsSymbol('-')).toEqual({ nil: true });
    expect(cbsSymbol('12')).toBeUndefined();
  });
});

describe('npm run importeer -- --cbs', () => {
  it('reads a TypedDataSet (JSON) per wijk: padded codes, only wijken, null as missing', async () => {
    const { result, content } = await plan('kwb-typeddataset-voorbeeldstad.json', 'inwoners', { maat: 'AantalInwoners_5', periode: '2025' });
    expect(result.errors).toEqual([]);
    expect(result.imported).toEqual([
      { periode: '2025', gebied: 'centrum', waarde: 12450, status: 'definitief' },
      { periode: '2025', gebied: 'havenkwartier', waarde: 8730, status: 'definitief' },
      { periode: '2025', gebied: 'de-beemden', waarde: 10215, status: 'definitief' },
      { periode: '2025', gebied: 'molenwijk', waarde: null, status: 'ontbreekt', toelichting: 'CBS: geen cijfer' },
      { periode: '2025', gebied: 'parkzoom', waarde: 6905, status: 'definitief' },
      { periode: '2025', gebied: 'oude-dorp', waarde: 4120, status: 'definitief' },
    ]);
    expect(result.notes).toContain('8 records voor andere gebieden dan wijken overgeslagen.');
    writeImport(result);
    const written = JSON.parse(indicatorText(content, 'inwoners'));
    expect(written.observaties).toHaveLength(6);
    expect(written.titel).toBe(INWONERS.titel);
  });

  it('reads a StatLine CSV per month, keeping CBS symbols, for the municipality itself', async () => {
    const { result } = await plan('statline-maanden.csv', 'aanmeldingen-schuldhulp', { maat: 'Aanmeldingen_1' });
    expect(result.errors).toEqual([]);
    expect(result.imported.map((o) => [o.periode, o.gebied, o.waarde, o.status])).toEqual([
      ['2026-01', 'voorbeeldstad', 31, 'definitief'],
      ['2026-02', 'voorbeeldstad', null, 'ontbreekt'],
      ['2026-03', 'voorbeeldstad', null, 'onderdrukt'],
      ['2026-04', 'voorbeeldstad', null, 'ontbreekt'],
      ['2026-05', 'voorbeeldstad', 0, 'definitief'],
      ['2026-06', 'voorbeeldstad', 44, 'definitief'],
    ]);
    expect(result.imported[3]!.toelichting).toContain('onvoldoende betrouwbaar');
    const report = formatReport(result, { file: 'statline-maanden.csv', droog: true }).join('\n');
    expect(report).toContain('nihil');
    expect(report).toContain('1 waarde is in het bestand als onderdrukt aangegeven');
  });

  it('asks which measure when the file has several, and suggests a near one', async () => {
    const none = await plan('kwb-typeddataset-voorbeeldstad.json', 'inwoners', { periode: '2025' });
    expect(none.result.errors[0]).toMatch(/^kies met --maat welk onderwerp u importeert; dit bestand heeft er \d+: .*AantalInwoners_5/);
    const typo = await plan('kwb-typeddataset-voorbeeldstad.json', 'inwoners', { maat: 'AantalInwoners_6', periode: '2025' });
    expect(typo.result.errors[0]).toContain('onderwerp "AantalInwoners_6" staat niet in dit bestand');
    expect(typo.result.errors[0]).toContain('AantalInwoners_5');
  });

  it('a file without Perioden needs --periode', async () => {
    const { result, content, before } = await plan('kwb-typeddataset-voorbeeldstad.json', 'inwoners', { maat: 'AantalInwoners_5' });
    expect(result.errors).toEqual(['dit bestand heeft geen kolom Perioden (zoals de Kerncijfers wijken en buurten, één tabel per jaar); geef het jaar met --periode, bijvoorbeeld --periode 2024']);
    expect(() => writeImport(result)).toThrow();
    expect(indicatorText(content, 'inwoners')).toBe(before);
  });

  it('a file with wrong rows: every problem at once, with its line, other municipalities left out, and nothing written', async () => {
    const { result, content, before } = await plan('statline-fout.csv', 'aanmeldingen-schuldhulp');
    expect(result.errors).toEqual([
      'rij 3: periode "2026XX01" is geen CBS-periodecode; verwacht bijvoorbeeld 2023JJ00 (jaar), 2023HJ01 (halfjaar), 2023KW01 (kwartaal) of 2023MM01 (maand)',
      'rij 4: "veel" in Aanmeldingen_1 is geen getal en geen teken van CBS (. x ? -)',
      'rij 6: periode "2026-Q2" is een kwartaal, maar deze indicator telt per maand; schrijf bijvoorbeeld 2024-07',
    ]);
    expect(result.notes).toContain('1 rij van andere gemeenten dan GM9999 overgeslagen.');
    expect(result.after).toBeUndefined();
    expect(indicatorText(content, 'aanmeldingen-schuldhulp')).toBe(before);
  });

  it.each([
    ['geen-cbs.json', 'geen-cbs.json is geen CBS-bestand: een TypedDataSet van de CBS-API heeft een lijst "value" met records'],
    ['afgebroken.json', 'afgebroken.json is geen geldige JSON; sla het antwoord van de CBS-API opnieuw op (het bestand is misschien afgebroken)'],
    ['../cbs-codes.csv', 'is geen CSV van CBS StatLine: de eerste regel moet de kolomcodes van CBS hebben'],
    ['bestaat-niet.json', 'bestaat niet'],
  ])('foreign or broken file %s: a Dutch message, nothing written', async (file, message) => {
    const { result, content, before } = await plan(file, 'inwoners', { maat: 'AantalInwoners_5', periode: '2025' });
    expect(result.errors).toHaveLength(1);
    expect(result.errors[0]).toContain(message);
    expect(result.errors[0]).not.toMatch(/at .*\.ts:\d+|TypeError|SyntaxError/);
    expect(indicatorText(content, 'inwoners')).toBe(before);
  });
});

describe('npm run cbs (against a local server)', () => {
  let server: Server;
  let base: string;
  const asked: string[] = [];
  beforeAll(async () => {
    server = createServer((req, res) => {
      asked.push(req.url!);
      const url = new URL(req.url!, 'http://127.0.0.1');
      const send = (file: string) => {
        res.writeHead(200, { 'content-type': 'application/json;charset=utf-8' });
        res.end(readFileSync(join(CBS, file)));
      };
      if (url.pathname === '/odata/85984NED/DataProperties') return send('odata-85984NED-DataProperties.json');
      if (url.pathname === '/odata/85984NED/TypedDataSet' && url.searchParams.get('$filter') === "substringof('WK9999',WijkenEnBuurten)") return send('odata-85984NED-TypedDataSet-WK9999.json');
      if (url.pathname === '/odata/85984NED/TypedDataSet') {
        res.writeHead(200, { 'content-type': 'application/json' });
        return res.end('{"value":[]}');
      }
      res.writeHead(404, { 'content-type': 'text/plain' });
      res.end('Not found');
    });
    await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}/odata`;
  });
  afterAll(() => server.close());

  it('asks DataProperties, then the wijken of the municipality with padded codes in mind', async () => {
    const got = await downloadCbs({ table: '85984NED', gemeente: 'GM9999', maat: 'AantalInwoners_5', niveau: 'wijk', base });
    expect(got.data.value).toHaveLength(6);
    const last = decodeURIComponent(got.urls.at(-1)!);
    expect(last).toContain("$filter=substringof('WK9999',WijkenEnBuurten)");
    expect(last).toContain('$select=ID,WijkenEnBuurten,AantalInwoners_5');
    expect(last).toContain('$format=json');
  });

  it('an unknown measure or table: a Dutch message before anything is imported', async () => {
    await expect(downloadCbs({ table: '85984NED', gemeente: 'GM9999', maat: 'AantalInwoners_6', niveau: 'wijk', base })).rejects.toThrow(/onderwerp "AantalInwoners_6" staat niet in tabel 85984NED; bedoelt u AantalInwoners_5\?/);
    await expect(downloadCbs({ table: '99999NED', gemeente: 'GM9999', maat: 'AantalInwoners_5', niveau: 'wijk', base })).rejects.toThrow(DownloadError);
    await expect(downloadCbs({ table: '85984', gemeente: 'GM9999', maat: 'AantalInwoners_5', niveau: 'wijk', base })).rejects.toThrow(/geen CBS-tabelnummer/);
    await expect(downloadCbs({ table: '85984NED', gemeente: 'GM9999', maat: 'AantalInwoners_5', niveau: 'gemeente', base })).rejects.toThrow(/heeft geen cijfers voor GM9999/);
  });

  it('no server: says CBS cannot be reached and how to import a saved file instead', async () => {
    await expect(downloadCbs({ table: '85984NED', gemeente: 'GM9999', maat: 'AantalInwoners_5', niveau: 'wijk', base: 'http://127.0.0.1:9/odata' })).rejects.toThrow(/CBS is niet bereikbaar .*npm run importeer -- --cbs/);
  });

  it('cbsQuery picks the region column from DataProperties', () => {
    const props = JSON.parse(readFileSync(join(CBS, 'odata-85984NED-DataProperties.json'), 'utf8')).value;
    expect(cbsQuery(props, { table: '85984NED', gemeente: 'GM0479', maat: 'AantalInwoners_5', niveau: 'gemeente' }).filter).toBe("substringof('GM0479',WijkenEnBuurten)");
  });

  it('the command downloads and imports, like importeer --cbs', async () => {
    const { root, content } = tempSite();
    const r = await new Promise<{ status: number | null; stdout: string; stderr: string }>((done) => {
      const child = spawn(NODE, [join(ROOT, 'scripts', 'cbs.ts'), '85984NED', '--indicator', 'inwoners', '--maat', 'AantalInwoners_5', '--periode', '2025', '--bewaar', 'cbs-antwoord.json'], { cwd: root, env: { ...process.env, CONTENT_DIR: 'content', CBS_ODATA_URL: base } });
      let stdout = '';
      let stderr = '';
      child.stdout.on('data', (d) => (stdout += d));
      child.stderr.on('data', (d) => (stderr += d));
      child.on('close', (status) => done({ status, stdout, stderr }));
    });
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('6 rijen gelezen: 6 toegevoegd');
    expect(JSON.parse(indicatorText(content, 'inwoners')).observaties).toHaveLength(6);
    expect(JSON.parse(readFileSync(join(root, 'cbs-antwoord.json'), 'utf8')).value).toHaveLength(6);
  });
});
