/**
 * Safe by construction, for the pure parts: web addresses, theme values in a <style>, CSV cells a
 * spreadsheet would run, the redirect pattern, the import's decimal mark, its atomic write and its
 * .xlsx guard. Content-level cases are in tests/content/ (broken-cases, safety-cases).
 */
import { cpSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { deflateRawSync } from 'node:zlib';
import { afterAll, describe, expect, it } from 'vitest';
import { indicatorCsv } from '../../src/lib/csv.ts';
import { planImport, writeImport, WriteError, type WriteFs } from '../../src/lib/import/index.ts';
import { detectDecimalMark, parseNumber } from '../../src/lib/import/values.ts';
import { XLSX_LIMITS, xlsxProblem } from '../../src/lib/import/zip-guard.ts';
import { cssValue, themeCss } from '../../src/lib/theme.ts';
import { indicatorSchema, omleidingenSchema, siteSchema } from '../../src/schemas/index.ts';
import { urlProblem } from '../../src/schemas/common.ts';

const ROOT = join(import.meta.dirname, '..', '..');
const SITE = join(ROOT, 'tests', 'fixtures', 'site');
const temps: string[] = [];
afterAll(() => temps.forEach((t) => rmSync(t, { recursive: true, force: true })));
const siteJson = () => JSON.parse(readFileSync(join(SITE, 'site.json'), 'utf8'));

describe('web addresses', () => {
  it('allows only http(s), mailto and site paths where a link may be one', () => {
    expect(urlProblem('https://www.zaanstad.nl/wijkteams')).toBeUndefined();
    expect(urlProblem('http://example.org')).toBeUndefined();
    expect(urlProblem('javascript:alert(1)')).toBe('"javascript:alert(1)" gebruikt "javascript:"; dat is niet toegestaan: alleen https://, http://');
    expect(urlProblem(' JAVASCRIPT:alert(1)')).toBe('" JAVASCRIPT:alert(1)" is geen geldig webadres: het bevat spaties of onzichtbare tekens');
    expect(urlProblem('data:text/html,x')).toBe('"data:text/html,x" gebruikt "data:"; dat is niet toegestaan: alleen https://, http://');
    expect(urlProblem('java\tscript:alert(1)')).toBe('"java\tscript:alert(1)" is geen geldig webadres: het bevat spaties of onzichtbare tekens');
    expect(urlProblem('/ketens/jeugd/')).toBe('"/ketens/jeugd/" is geen geldig webadres: begin met https://');
    expect(urlProblem('/ketens/jeugd/', { relative: true })).toBeUndefined();
    expect(urlProblem('//evil.example/x', { relative: true })).toBe('"//evil.example/x" is geen geldig webadres: begin met https:// of met / voor een pagina op deze site');
    expect(urlProblem('mailto:redactie@zaanstad.nl', { mailto: true })).toBeUndefined();
    expect(urlProblem('mailto:redactie@zaanstad.nl')).toBe('"mailto:redactie@zaanstad.nl" gebruikt "mailto:"; dat is niet toegestaan: alleen https://, http://');
    expect(urlProblem('https://user:pw@example.org/')).toBe('"https://user:pw@example.org/" bevat een gebruikersnaam of wachtwoord; haal dat weg');
    expect(urlProblem('https://intranet/')).toBe('"https://intranet/" is geen geldig webadres: na https:// hoort een domeinnaam zoals www.zaanstad.nl');
  });

  it('is the check of an indicator source', () => {
    const ind = JSON.parse(readFileSync(join(SITE, 'indicatoren', 'vroegsignalen.json'), 'utf8'));
    ind.bron.url = 'vbscript:msgbox(1)';
    const r = indicatorSchema.safeParse(ind);
    expect(r.success).toBe(false);
    expect(r.error!.issues.map((i) => `${i.path.join('.')}: ${i.message}`)).toEqual(['bron.url: "vbscript:msgbox(1)" gebruikt "vbscript:"; dat is niet toegestaan: alleen https://, http://']);
  });
});

describe('theme values in the <style> element', () => {
  const attack = 'Arial}</style><script>alert(1)</script><style>';
  it('the schema refuses a font stack that is not one', () => {
    const site = siteJson();
    site.thema.lettertype = attack;
    const r = siteSchema.safeParse(site);
    expect(r.error!.issues.map((i) => `${i.path.join('.')}: ${i.message}`)).toEqual([
      'thema.lettertype: moet een lijst van lettertypen zijn, gescheiden door komma\'s, met alleen letters, cijfers, spaties en streepjes (bijvoorbeeld "Fira Sans", Arial, sans-serif)',
    ]);
    for (const ok of ['system-ui, -apple-system, \'Segoe UI\', Roboto, Arial, sans-serif', '"Fira Sans", Arial, sans-serif', 'Georgia']) {
      site.thema.lettertype = ok;
      expect(siteSchema.safeParse(site).success, ok).toBe(true);
    }
  });

  it('and the writer escapes it anyway', () => {
    expect(cssValue(attack)).toBe('Arial\\7d \\3c \\2f style\\3e \\3c script\\3e alert(1)\\3c \\2f script\\3e \\3c style\\3e ');
    const css = themeCss({ ...siteJson().thema, lettertype: attack });
    expect(css).not.toMatch(/<|>|\}[^}]*\}$/);
    expect(css.endsWith('}')).toBe(true);
    expect(css.match(/\{/g)).toHaveLength(1);
  });
});

describe('CSV downloads', () => {
  it('a text a spreadsheet would run starts with a quote; numbers stay numbers', () => {
    const ind = indicatorSchema.parse(JSON.parse(readFileSync(join(SITE, 'indicatoren', 'vroegsignalen.json'), 'utf8')));
    ind.observaties = ind.observaties.slice(0, 5);
    const texts = ['=HYPERLINK("https://evil.example","klik")', '+31 6 1234', '@SUM(A1:A9)', '-2+3', '\tverborgen'];
    ind.observaties.forEach((o, i) => { o.toelichting = texts[i]; o.waarde = i === 0 ? -12.5 : o.waarde; });
    const rows = indicatorCsv('vroegsignalen', ind, (id) => id, undefined).split('\n').slice(1, 6);
    const cell = (row: string) => row.split(',').slice(11).join(',').replace(/,,$/, '');
    expect(rows.map(cell)).toEqual([`"'=HYPERLINK(""https://evil.example"",""klik"")"`, `"'+31 6 1234"`, `"'@SUM(A1:A9)"`, `"'-2+3"`, `"'\tverborgen"`]);
    expect(rows[0]!.split(',')[5]).toBe('-12.5');
  });
});

describe('redirect paths', () => {
  it('the pattern is linear: the input that once hung the check is refused at once', () => {
    const long = `/${'a/'.repeat(20_000)}#citaat`;
    const started = performance.now();
    for (const van of ['/verhalen/mantelzorger-krijgt-lucht/#citaat', long]) {
      const r = omleidingenSchema.safeParse({ omleidingen: [{ van, naar: '/verhalen/', datum: '2025', reden: 'test' }] });
      expect(r.success).toBe(false);
    }
    expect(performance.now() - started).toBeLessThan(200);
    expect(omleidingenSchema.safeParse({ omleidingen: [{ van: '/ketens/oud/', naar: '/ketens/nieuw/', datum: '2025', reden: 'hernoemd' }] }).success).toBe(true);
  });
});

describe('the decimal mark of an import', () => {
  it('reads 0.875 as evidence, and says when it cannot know', () => {
    expect(detectDecimalMark(['1.250', '2.375', '0.875'], ',')).toBe('punt');
    expect(['1.250', '2.375', '0.875'].map((t) => parseNumber(t, 'punt'))).toEqual([1.25, 2.375, 0.875]);
    expect(detectDecimalMark(['1.250', '2.375'], ',')).toBe('onduidelijk');
    expect(detectDecimalMark(['1.250', '2.375'], '\t')).toBe('onduidelijk');
    expect(detectDecimalMark(['1.250', '2.375'], ';')).toBe('komma');
    expect(detectDecimalMark(['1.250.000', '2.375'], ',')).toBe('komma');
    expect(detectDecimalMark(['0,875', '1,250'], ',')).toBe('komma');
    expect(detectDecimalMark(['12', '13'], ',')).toBe('komma');
  });

  it('asks the editor when every number could be either', async () => {
    const root = mkdtempSync(join(tmpdir(), 'safety-import-'));
    temps.push(root);
    cpSync(SITE, join(root, 'content'), { recursive: true });
    writeFileSync(join(root, 'export.csv'), 'periode,wijk,percentage\n2025,Centrum,1.250\n2025,Havenkwartier,2.375\n');
    const base = { file: join(root, 'export.csv'), indicator: 'mantelzorgers-overbelast', contentDir: join(root, 'content') };
    const unclear = await planImport(base);
    expect(unclear.errors).toEqual(['de getallen "1.250", "2.375" kunnen duizendtallen of decimalen zijn: "1.250" is 1250 of 1,25. Zeg welke: --decimaalteken komma als de punt duizendtallen scheidt, of --decimaalteken punt als de punt het decimaalteken is']);
    const said = await planImport({ ...base, decimaalteken: 'punt' });
    expect(said.errors).toEqual([]);
    expect(said.imported.map((o) => o.waarde)).toEqual([1.25, 2.375]);
  });
});

describe('the import writes whole files or nothing', () => {
  async function planned() {
    const root = mkdtempSync(join(tmpdir(), 'safety-write-'));
    temps.push(root);
    cpSync(SITE, join(root, 'content'), { recursive: true });
    const plan = await planImport({ file: join(ROOT, 'tests', 'fixtures', 'import', 'halfjaren.csv'), indicator: 'vroegsignalen', contentDir: join(root, 'content') });
    expect(plan.errors).toEqual([]);
    return { root, plan, folder: join(root, 'content', 'indicatoren') };
  }
  const failing = (code: string, after: 'write' | 'rename'): WriteFs => ({
    writeFileSync: (file, text, options) => {
      if (after === 'write') {
        writeFileSync(file, text.slice(0, 100), options); // half a file, then the disk is full
        throw Object.assign(new Error(code), { code });
      }
      writeFileSync(file, text, options);
    },
    renameSync: () => {
      throw Object.assign(new Error(code), { code });
    },
    rmSync,
  });

  for (const [code, after, reason] of [['ENOSPC', 'write', 'de schijf is vol'], ['EROFS', 'write', 'de map is alleen-lezen'], ['EACCES', 'rename', 'je hebt geen rechten om in deze map te schrijven']] as const) {
    it(`${code}: a Dutch message, the file unchanged, no temporary file left`, async () => {
      const { plan, folder } = await planned();
      const before = readdirSync(folder);
      const text = readFileSync(plan.indicatorFile, 'utf8');
      let thrown: unknown;
      try {
        writeImport(plan, failing(code, after), () => 'content/indicatoren/vroegsignalen.json');
      } catch (error) {
        thrown = error;
      }
      expect(thrown).toBeInstanceOf(WriteError);
      expect((thrown as Error).message).toBe(`kan content/indicatoren/vroegsignalen.json niet schrijven: ${reason}. Er is niets veranderd: het bestand is nog zoals het was.`);
      expect(readFileSync(plan.indicatorFile, 'utf8')).toBe(text);
      expect(readdirSync(folder)).toEqual(before);
    });
  }

  it('writes through a temporary file that is renamed', async () => {
    const { plan, folder } = await planned();
    const before = readdirSync(folder);
    writeImport(plan);
    expect(readFileSync(plan.indicatorFile, 'utf8')).toBe(plan.after);
    expect(readdirSync(folder)).toEqual(before);
  });
});

/** A zip archive with one deflated entry, enough to test the guard. */
function zip(name: string, content: Buffer): Buffer {
  const body = deflateRawSync(content);
  const nameBytes = Buffer.from(name);
  const local = Buffer.alloc(30);
  local.writeUInt32LE(0x04034b50, 0); local.writeUInt16LE(8, 8); local.writeUInt32LE(body.length, 18); local.writeUInt32LE(content.length, 22); local.writeUInt16LE(nameBytes.length, 26);
  const central = Buffer.alloc(46);
  central.writeUInt32LE(0x02014b50, 0); central.writeUInt16LE(8, 10); central.writeUInt32LE(body.length, 20); central.writeUInt32LE(content.length, 24); central.writeUInt16LE(nameBytes.length, 28); central.writeUInt32LE(0, 42);
  const cdOffset = local.length + nameBytes.length + body.length;
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0); end.writeUInt16LE(1, 8); end.writeUInt16LE(1, 10); end.writeUInt32LE(central.length + nameBytes.length, 12); end.writeUInt32LE(cdOffset, 16);
  return Buffer.concat([local, nameBytes, body, central, nameBytes, end]);
}

describe('the .xlsx guard', () => {
  it('names a renamed text file', () => {
    expect(xlsxProblem(Buffer.from('periode;wijk;aantal\n2025;Centrum;12\n'))).toBe('dit is geen Excel-bestand maar tekst, met .xlsx als naam; is het een CSV-bestand? Geef het dan de naam .csv');
  });
  it('stops a zip bomb with bounded memory, even when it lies about its size', () => {
    const name = 'xl/worksheets/sheet1.xml';
    const bomb = zip(name, Buffer.alloc(40 * 1024 * 1024));
    expect(bomb.length).toBeLessThan(100 * 1024);
    bomb.writeUInt32LE(1000, bomb.length - 22 - 46 - name.length + 24); // the central directory claims 1000 bytes unpacked
    const before = process.memoryUsage().rss;
    expect(xlsxProblem(bomb, { ...XLSX_LIMITS, unpackedBytes: 8 * 1024 * 1024 })).toBe('het Excel-bestand pakt uit tot meer dan 8 MB; dat is geen gewone export (mogelijk een "zip-bom"). Sla alleen het werkblad met de cijfers op als CSV');
    expect(process.memoryUsage().rss - before).toBeLessThan(40 * 1024 * 1024);
    expect(XLSX_LIMITS.unpackedBytes).toBe(100 * 1024 * 1024);
  });
  it('names a damaged archive and passes a real workbook', () => {
    expect(xlsxProblem(zip('a.xml', Buffer.from('<a/>')).subarray(0, 40))).toBe('het Excel-bestand is beschadigd of niet compleet; sla het in Excel opnieuw op als .xlsx of als CSV');
    expect(xlsxProblem(readFileSync(join(ROOT, 'tests', 'fixtures', 'import', 'voorbeelddata-verpleeghuisopnames.xlsx')))).toBeUndefined();
  });
});
