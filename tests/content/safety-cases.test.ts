/**
 * Inputs a careless or malicious contributor could give that cannot live as fixture files: links, huge
 * or deeply nested files, raw bytes. Each is made in a fresh copy of the fixture site and must give its
 * exact Dutch problem line, quickly and without a stack trace.
 */
import { appendFileSync, cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { RESERVED_PAGE_IDS, SECTIONS } from '../../src/lib/routes.ts';
import { formatProblem, validateContent, type CheckOptions } from '../../src/lib/validate/index.ts';

const SITE = join(import.meta.dirname, '..', 'fixtures', 'site');
const temps: string[] = [];
afterAll(() => temps.forEach((t) => rmSync(t, { recursive: true, force: true })), 120_000);

async function problemsAfter(change: (content: string, root: string) => void, options: CheckOptions = {}): Promise<string[]> {
  const root = mkdtempSync(join(tmpdir(), 'safety-case-'));
  temps.push(root);
  const content = join(root, 'content');
  cpSync(SITE, content, { recursive: true });
  change(content, root);
  const started = performance.now();
  const { problems } = await validateContent(content, root, options);
  expect(performance.now() - started, 'the check must finish in seconds').toBeLessThan(10_000);
  return problems.map(formatProblem);
}

const indicator = (content: string) => join(content, 'indicatoren', 'vroegsignalen.json');

describe('unsafe files in content/', () => {
  it('refuses a link to a file outside the repository', async () => {
    const outside = mkdtempSync(join(tmpdir(), 'outside-'));
    temps.push(outside);
    writeFileSync(join(outside, 'geheim.md'), '---\nterm: Geheim\ndefinitie: staat buiten de repository\n---\n');
    expect(await problemsAfter((content) => symlinkSync(join(outside, 'geheim.md'), join(content, 'begrippen', 'geheim.md')))).toEqual([
      'content/begrippen/geheim.md › (bestand): is een snelkoppeling (symlink) naar iets buiten de repository; dat wordt nooit gepubliceerd (verwijder de snelkoppeling; zet alleen eigen inhoud in content/)',
    ]);
  });

  it('refuses a link loop instead of crashing', async () => {
    expect(await problemsAfter((content) => {
      symlinkSync('lus-b', join(content, 'verhalen', 'lus-a.mdx'));
      symlinkSync('lus-a.mdx', join(content, 'verhalen', 'lus-b'));
    })).toEqual([
      'content/verhalen/lus-a.mdx › (bestand): is een snelkoppeling (symlink) die naar zichzelf blijft verwijzen (een lus) (verwijder de snelkoppeling en zet het bestand zelf hier neer)',
      'content/verhalen/lus-b › (bestand): is een snelkoppeling (symlink) die naar zichzelf blijft verwijzen (een lus) (verwijder de snelkoppeling en zet het bestand zelf hier neer)',
    ]);
  });

  it('refuses a linked folder', async () => {
    expect(await problemsAfter((content, root) => {
      rmSync(join(content, 'kaders'), { recursive: true });
      cpSync(join(SITE, 'kaders'), join(root, 'kaders-elders'), { recursive: true });
      symlinkSync(join(root, 'kaders-elders'), join(content, 'kaders'));
    })).toContainEqual('content/kaders › (bestand): is een snelkoppeling (symlink); de site leest alleen gewone bestanden (zet het bestand zelf hier neer in plaats van een snelkoppeling)');
  });

  it('reports JSON nested 100,000 deep', async () => {
    expect(await problemsAfter((content) => writeFileSync(indicator(content), '['.repeat(100_000) + ']'.repeat(100_000)))).toEqual([
      'content/indicatoren/vroegsignalen.json:1:65 › (bestand): ongeldige JSON: de haakjes [ en { zijn hier meer dan 64 niveaus diep genest; zo diep gaat geen inhoud',
    ]);
  });

  it('does not read an oversized indicator', async () => {
    expect(await problemsAfter((content) => {
      const data = JSON.parse(readFileSync(indicator(content), 'utf8'));
      data.definitie = 'x'.repeat(20 * 1024 * 1024);
      writeFileSync(indicator(content), JSON.stringify(data));
    })).toEqual([
      'content/indicatoren/vroegsignalen.json › (bestand): is 20 MB; een inhoudsbestand mag hoogstens 2 MB zijn, anders wordt de pagina te groot om te lezen (splits de cijfers over meer indicatoren of laat oude jaren weg)',
    ]);
  });

  it('names a BOM as a BOM', async () => {
    expect(await problemsAfter((content) => writeFileSync(indicator(content), '\uFEFF' + readFileSync(indicator(content), 'utf8')))).toEqual([
      'content/indicatoren/vroegsignalen.json:1:1 › (bestand): begint met een onzichtbaar BOM-teken (U+FEFF) (sla het bestand op als "UTF-8" zonder BOM)',
    ]);
  });

  it('names a Windows-1252 byte as one', async () => {
    expect(await problemsAfter((content) => {
      const text = readFileSync(indicator(content), 'utf8').replace('"Vroege signalen', '"Vroege signal\u00e9n');
      writeFileSync(indicator(content), Buffer.from(text, 'latin1'));
    })).toEqual([
      'content/indicatoren/vroegsignalen.json:2:26 › (bestand): is geen UTF-8: byte 0xE9 is in Windows-1252 (de oude Windows-codering) het teken "é" (sla het bestand op als "UTF-8")',
    ]);
  });
});

describe('dates and routes', () => {
  const statusFile = (content: string) => join(content, 'aanbevelingen', 'evaluatie-wijkteams-2024.json');
  it('a status cannot lie after the data version (the last commit, not the clock)', async () => {
    const change = (content: string) => {
      const data = JSON.parse(readFileSync(statusFile(content), 'utf8'));
      data.statussen[0].datum = '2031-06';
      writeFileSync(statusFile(content), JSON.stringify(data, null, 2));
    };
    const problems = await problemsAfter(change, { referenceDate: '2030-12-31' });
    expect(problems).toEqual(['content/aanbevelingen/evaluatie-wijkteams-2024.json:6 › statussen[1].datum: 2031-06 ligt na de datum van deze versie van de inhoud (2030-12-31); een stand kan niet in de toekomst liggen (controleer de datum)']);
    // Without a known data version (no git) nothing is compared: the result may never depend on the day of the build.
    expect(await problemsAfter(change)).toEqual([]);
  });

  it('the check knows every section of src/pages', () => {
    const pages = join(import.meta.dirname, '..', '..', 'src', 'pages');
    const sections = readdirSync(pages).map((n) => n.replace(/\.(astro|ts)$/, '')).filter((n) => !n.startsWith('[') && !['index', '404', 'feed.xml', 'over', 'admin'].includes(n));
    expect([...SECTIONS].sort()).toEqual(sections.sort());
    for (const s of sections) expect(RESERVED_PAGE_IDS.has(s), s).toBe(true);
    expect(existsSync(join(pages, '[pagina].astro'))).toBe(true);
  });
});

describe('the build\'s check (mdxTexts: false)', () => {
  const breakTexts = (content: string) => {
    appendFileSync(join(content, 'verhalen', 'eenzaam-in-de-flat.mdx'), '\nDe inhoud: {process.exit(1)}\n');
    appendFileSync(join(content, 'begrippen', 'aanname.md'), '\n[klik](javascript:alert(1))\n');
    const story = join(content, 'verhalen', 'eenzaam-in-de-flat.mdx');
    writeFileSync(story, readFileSync(story, 'utf8').replace(/^titel: .*$/m, 'titel: 12'));
  };
  it('leaves MDX texts to the Markdown pipeline, and still checks .md texts (rendered while Astro reads them) and the data', async () => {
    const build = await problemsAfter(breakTexts, { mdxTexts: false });
    expect(build).toEqual([
      expect.stringMatching(/^content\/begrippen\/aanname\.md:\d+:1 › \(tekst\): een link met "javascript:" is niet toegestaan/),
      expect.stringMatching(/^content\/verhalen\/eenzaam-in-de-flat\.mdx:\d+ › titel: moet tekst zijn/),
    ]);
    const whole = await problemsAfter(breakTexts);
    expect(whole).toHaveLength(3);
    expect(whole).toContainEqual(expect.stringMatching(/eenzaam-in-de-flat\.mdx:\d+:\d+ › \(tekst\): MDX leest \{ en \} als code/));
  });
});
