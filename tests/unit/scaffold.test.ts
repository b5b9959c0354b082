/**
 * `npm run nieuw`: a new item of every soort makes the content check name exactly its "VUL IN:" placeholders
 * and nothing else; filled in with valid values, the check passes. It refuses to overwrite, refuses invalid
 * ids with the rules, and suggests the closest soort. Works on temp copies of tests/fixtures/site.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parseDocument } from 'yaml';
import { planScaffold, ScaffoldError, writePlan, type ScaffoldPlan } from '../../src/lib/scaffold/index.ts';
import { formatProblem, validateContent } from '../../src/lib/validate/index.ts';
import { isSyntaxProblem, parseFrontmatter, parseJson } from '../../src/lib/validate/parse.ts';
import { findPlaceholders, PLACEHOLDER } from '../../src/lib/validate/placeholders.ts';
import { formatPath } from '../../src/lib/validate/problem.ts';

const ROOT = join(import.meta.dirname, '..', '..');
const SITE = join(ROOT, 'tests', 'fixtures', 'site');
const NODE = existsSync(join(ROOT, 'node_modules', 'node', 'bin', 'node')) ? join(ROOT, 'node_modules', 'node', 'bin', 'node') : process.execPath;
const TODAY = '2026-03-01';

const temps: string[] = [];
afterAll(() => {
  for (const t of temps) rmSync(t, { recursive: true, force: true });
});

function tempSite(): { root: string; content: string; rel: (p: string) => string } {
  const root = mkdtempSync(join(tmpdir(), 'nieuw-'));
  temps.push(root);
  const content = join(root, 'content');
  cpSync(SITE, content, { recursive: true });
  return { root, content, rel: (p) => relative(root, p).split('\\').join('/') };
}

const scaffold = (args: string[], site: ReturnType<typeof tempSite>) => planScaffold(args, { contentDir: site.content, today: TODAY, rel: site.rel });

/** The message of the ScaffoldError a call throws. */
function refusal(fn: () => unknown): string {
  try {
    fn();
  } catch (error) {
    if (error instanceof ScaffoldError) return error.message;
    throw error;
  }
  throw new Error('no refusal');
}

/** Every placeholder in a file, found independently of the check: "file › path". */
function placeholdersIn(file: string, rel: string): string[] {
  const text = readFileSync(file, 'utf8');
  if (file.endsWith('.json')) {
    const parsed = parseJson(text);
    if (isSyntaxProblem(parsed)) throw new Error(parsed.message);
    return findPlaceholders(parsed.data).map((p) => `${rel} › ${formatPath(p.path)}`);
  }
  const parsed = parseFrontmatter(text);
  if (isSyntaxProblem(parsed)) throw new Error(parsed.message);
  const body = (parsed.body ?? '').split('\n').filter((l) => l.includes(PLACEHOLDER)).map(() => `${rel} › (tekst)`);
  return [...findPlaceholders(parsed.data).map((p) => `${rel} › ${formatPath(p.path)}`), ...body];
}

/** Valid values for the fields that are not free text; every other placeholder becomes a sentence. */
const FILL: Record<string, unknown> = {
  'ketens:status': 'concept',
  'verandertheorie:status': 'concept',
  'indicatoren:soort': 'output',
  'indicatoren:eenheid.soort': 'aantal',
  'indicatoren:richting': 'neutraal',
  'indicatoren:frequentie': 'jaar',
  'indicatoren:gebiedsniveau': 'wijk',
  'indicatoren:streefwaarde': 'geen-streefwaarde',
  'indicatoren:rol': 'resultaat',
  'verhalen:keten': 'gezond-thuis',
  'verhalen:perspectief': 'inwoner',
  'verhalen:datum': '2025-03-14',
  'verhalen:soort': 'praktijkbeschrijving',
  'verhalen:bron.bron': 'interviews-wijkteams-2024',
  'verhalen:toestemming': 'gegeven',
  'verhalen:geanonimiseerd': true,
  'publicaties:soort': 'evaluatie',
  'publicaties:datum': '2026-02-01',
  'publicaties:document.bron': 'evaluatie-wijkteams-2024',
  'aanbevelingen:statussen.status': 'in-uitvoering',
};
const TEXT = 'Ingevuld door de redactie (voorbeelddata).';

/** Replaces every placeholder of a file the way an editor would: YAML keeps its comments. */
function fillIn(file: string, folder: string): void {
  const text = readFileSync(file, 'utf8');
  const value = (path: PropertyKey[]) => FILL[`${folder}:${formatPath(path).replace(/\[\d+\]/g, '')}`] ?? TEXT;
  if (file.endsWith('.json')) {
    const data = JSON.parse(text);
    for (const { path } of findPlaceholders(data)) {
      let target = data;
      for (const seg of path.slice(0, -1)) target = target[seg as string];
      target[path.at(-1) as string] = value(path);
    }
    writeFileSync(file, JSON.stringify(data, null, 2) + '\n');
    return;
  }
  const match = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(text)!;
  const doc = parseDocument(match[1]!);
  for (const { path } of findPlaceholders(doc.toJS())) doc.setIn(path, value(path));
  const body = match[2]!.split('\n').map((l) => (l.includes(PLACEHOLDER) ? TEXT : l)).join('\n');
  writeFileSync(file, `---\n${doc.toString()}---\n${body}`);
}

const ALL: string[][] = [
  ['keten', 'wonen-en-welzijn'],
  ['indicator', 'wachttijd-jeugdhulp'],
  ['verhaal', 'buurtkamer-open'],
  ['publicatie', 'evaluatie-wijkteams-2026'],
  ['begrip', 'sociale-basis'],
  ['aanbeveling-status', 'evaluatie-wijkteams-2024', '2.2'],
];

describe('a new item of every soort', () => {
  it('makes the check name exactly its placeholders, and passes once they are filled in', async () => {
    const site = tempSite();
    const plans: ScaffoldPlan[] = ALL.map((args) => scaffold(args, site));
    for (const plan of plans) writePlan(plan);
    const files = plans.flatMap((p) => p.files.map((f) => f.path));
    expect(files.map(site.rel)).toEqual([
      'content/ketens/wonen-en-welzijn.mdx',
      'content/verandertheorie/wonen-en-welzijn.json',
      'content/indicatoren/wachttijd-jeugdhulp.json',
      'content/verhalen/buurtkamer-open.mdx',
      'content/publicaties/evaluatie-wijkteams-2026.mdx',
      'content/begrippen/sociale-basis.md',
      'content/aanbevelingen/evaluatie-wijkteams-2024.json',
    ]);

    const { problems } = await validateContent(site.content, site.root);
    const lines = problems.map(formatProblem);
    // Nothing but placeholders…
    for (const p of problems) {
      expect(p.message, formatProblem(p)).toMatch(/^nog niet ingevuld: VUL IN: \S/);
      expect(p.hint).toBe('vervang de tekst na "VUL IN:"');
    }
    // …and every placeholder, each once.
    const found = problems.map((p) => `${p.file} › ${p.path}`).sort();
    expect(found).toEqual(files.flatMap((f) => placeholdersIn(f, site.rel(f))).sort());
    const perFile = Object.fromEntries(files.map((f) => [site.rel(f), problems.filter((p) => p.file === site.rel(f)).length]));
    expect(perFile).toEqual({
      'content/ketens/wonen-en-welzijn.mdx': 5,
      'content/verandertheorie/wonen-en-welzijn.json': 4,
      'content/indicatoren/wachttijd-jeugdhulp.json': 13,
      'content/verhalen/buurtkamer-open.mdx': 10,
      'content/publicaties/evaluatie-wijkteams-2026.mdx': 10,
      'content/begrippen/sociale-basis.md': 3,
      'content/aanbevelingen/evaluatie-wijkteams-2024.json': 2,
    });
    expect(lines).toContain('content/indicatoren/wachttijd-jeugdhulp.json:2 › titel: nog niet ingevuld: VUL IN: de titel van de indicator, bijvoorbeeld: Gevoerde startgesprekken (vervang de tekst na "VUL IN:")');
    expect(lines).toContain('content/verhalen/buurtkamer-open.mdx:32 › geanonimiseerd: nog niet ingevuld: VUL IN: true, als het verhaal niemand bij naam noemt en niet naar een persoon te herleiden is (vervang de tekst na "VUL IN:")');
    expect(lines).toContain('content/begrippen/sociale-basis.md:18 › (tekst): nog niet ingevuld: VUL IN: meer uitleg over het begrip, met een voorbeeld uit de praktijk van de wijkteams. (vervang de tekst na "VUL IN:")');
    expect(lines).toContain('content/aanbevelingen/evaluatie-wijkteams-2024.json:74 › statussen[9].status: nog niet ingevuld: VUL IN: toegezegd, in-uitvoering, uitgevoerd, niet-overgenomen of onbekend (vervang de tekst na "VUL IN:")');

    for (const f of files) fillIn(f, relative(site.content, f).split(/[\\/]/)[0]!);
    const filled = await validateContent(site.content, site.root);
    expect(filled.problems.map(formatProblem)).toEqual([]);
    expect(filled.entries.get('indicatoren')?.has('wachttijd-jeugdhulp')).toBe(true);
    expect(filled.entries.get('verandertheorie')?.get('wonen-en-welzijn')?.data.knopen[0].soort).toBe('ambitie');
  });

  it('explains every frontmatter field in a Dutch comment above it', () => {
    const site = tempSite();
    for (const args of ALL.filter(([soort]) => soort !== 'aanbeveling-status' && soort !== 'indicator'))
      for (const file of scaffold(args, site).files.filter((f) => !f.path.endsWith('.json'))) {
        const front = /^---\n([\s\S]*?)\n---\n/.exec(file.text)![1]!.split('\n');
        front.forEach((line, i) => {
          if (/^\s*[a-zA-Z]+:/.test(line)) expect(front[i - 1], `${file.path}: ${line}`).toMatch(/^\s*#/);
        });
        expect(parseFrontmatter(file.text)).not.toHaveProperty('message');
      }
  });

  it('reports a placeholder anywhere, also in a list file such as bronnen.json', async () => {
    const site = tempSite();
    const file = join(site.content, 'bronnen.json');
    const data = JSON.parse(readFileSync(file, 'utf8'));
    data[1].note = 'VUL IN: een opmerking over deze bron';
    writeFileSync(file, JSON.stringify(data, null, 2) + '\n');
    const { problems } = await validateContent(site.content, site.root);
    expect(problems.map(formatProblem)).toEqual([
      `content/bronnen.json:${readFileSync(file, 'utf8').split('\n').findIndex((l) => l.includes('VUL IN:')) + 1} › [2].note: nog niet ingevuld: VUL IN: een opmerking over deze bron (vervang de tekst na "VUL IN:")`,
    ]);
  });
});

describe('refusals', () => {
  it('never overwrites an existing file', () => {
    const site = tempSite();
    const existing = join(site.content, 'indicatoren', 'huisbezoeken-75-plus.json');
    const before = readFileSync(existing, 'utf8');
    expect(refusal(() => scaffold(['indicator', 'huisbezoeken-75-plus'], site))).toBe(
      'content/indicatoren/huisbezoeken-75-plus.json bestaat al; nieuw overschrijft nooit een bestaand bestand. Kies een andere id, of pas het bestaande bestand zelf aan.',
    );
    expect(refusal(() => scaffold(['keten', 'gezond-thuis'], site))).toBe(
      'content/ketens/gezond-thuis.mdx en content/verandertheorie/gezond-thuis.json bestaan al; nieuw overschrijft nooit een bestaand bestand. Kies een andere id, of pas het bestaande bestand zelf aan.',
    );
    // A keten whose verandertheorie already exists: nothing at all is made.
    writeFileSync(join(site.content, 'verandertheorie', 'zorg-dichtbij.json'), '{}\n');
    expect(refusal(() => scaffold(['keten', 'zorg-dichtbij'], site))).toMatch(/^content\/verandertheorie\/zorg-dichtbij\.json bestaat al;/);
    expect(existsSync(join(site.content, 'ketens', 'zorg-dichtbij.mdx'))).toBe(false);
    // A file that appears between planning and writing is not overwritten either.
    const plan = scaffold(['begrip', 'buurtnetwerk'], site);
    writeFileSync(plan.files[0]!.path, 'van iemand anders\n');
    expect(refusal(() => writePlan(plan))).toMatch(/bestaat al; nieuw overschrijft nooit een bestaand bestand\.$/);
    expect(readFileSync(plan.files[0]!.path, 'utf8')).toBe('van iemand anders\n');
    expect(readFileSync(existing, 'utf8')).toBe(before);
  });

  it('refuses an invalid id and explains the rules', () => {
    const site = tempSite();
    const rules = 'De id wordt de bestandsnaam en het webadres, daarom gelden deze regels: alleen kleine letters (a-z), cijfers en streepjes; geen spaties, hoofdletters, accenten of andere tekens; niet beginnen of eindigen met een streepje en geen twee streepjes achter elkaar.';
    expect(refusal(() => scaffold(['indicator', 'Wachttijd Jeugdhulp'], site))).toBe(`"Wachttijd Jeugdhulp" is geen geldige id. ${rules} Bedoelde u "wachttijd-jeugdhulp"?`);
    expect(refusal(() => scaffold(['verhaal', 'café-de-hoek'], site))).toBe(`"café-de-hoek" is geen geldige id. ${rules} Bedoelde u "cafe-de-hoek"?`);
    expect(refusal(() => scaffold(['begrip', 'a--b'], site))).toBe(`"a--b" is geen geldige id. ${rules} Bedoelde u "a-b"?`);
    expect(refusal(() => scaffold(['keten', 'wonen', 'en', 'welzijn'], site))).toBe('te veel woorden na "keten": "en" "welzijn". Een id is één woord met streepjes, bijvoorbeeld "wonen-en-welzijn".');
    expect(refusal(() => scaffold(['indicator'], site))).toMatch(/^geef een id voor de nieuwe indicator, bijvoorbeeld: npm run nieuw -- indicator wachttijd-jeugdhulp\n/);
  });

  it('suggests the closest soort when it is misspelt', () => {
    const site = tempSite();
    const choices = 'Kies uit: keten, indicator, verhaal, publicatie, aanbeveling-status, begrip.';
    expect(refusal(() => scaffold(['indikator', 'x'], site))).toBe(`onbekende soort "indikator"; bedoelde u "indicator"? ${choices}`);
    expect(refusal(() => scaffold(['verhal', 'x'], site))).toBe(`onbekende soort "verhal"; bedoelde u "verhaal"? ${choices}`);
    expect(refusal(() => scaffold(['begrippen', 'x'], site))).toBe(`onbekende soort "begrippen"; bedoelde u "begrip"? ${choices}`);
    expect(refusal(() => scaffold(['aanbeveling', 'x'], site))).toBe(`onbekende soort "aanbeveling"; bedoelde u "aanbeveling-status"? ${choices}`);
    expect(refusal(() => scaffold(['grafiek', 'x'], site))).toBe(`onbekende soort "grafiek". ${choices}`);
  });
});

describe('aanbeveling-status', () => {
  it('adds a dated entry at the end of statussen and keeps the rest of the file as it was', () => {
    const site = tempSite();
    const file = join(site.content, 'aanbevelingen', 'evaluatie-wijkteams-2024.json');
    const before = readFileSync(file, 'utf8');
    writePlan(scaffold(['aanbeveling-status', 'evaluatie-wijkteams-2024', '2.1a'], site));
    const after = readFileSync(file, 'utf8');
    const lastEntryEnd = before.lastIndexOf('    }') + 5;
    expect(after.slice(0, lastEntryEnd)).toBe(before.slice(0, lastEntryEnd));
    expect(after.slice(lastEntryEnd)).toBe(`,
    {
      "aanbeveling": "2.1a",
      "datum": "${TODAY}",
      "status": "VUL IN: toegezegd, in-uitvoering, uitgevoerd, niet-overgenomen of onbekend",
      "toelichting": "VUL IN: wat er is gebeurd, in één of twee zinnen; noem in \\"bewijs\\" eventueel het document dat het laat zien, zoals { \\"titel\\": \\"Raadsinformatiebrief\\", \\"url\\": \\"https://…\\" }"
    }
  ]
}
`);
  });

  it('creates the file when the publication has none yet', () => {
    const site = tempSite();
    const file = join(site.content, 'aanbevelingen', 'rekenkamer-wijkteams-2025.json');
    rmSync(file);
    const plan = scaffold(['aanbeveling-status', 'rekenkamer-wijkteams-2025', '2a'], site);
    expect(plan.files.map((f) => [site.rel(f.path), f.action])).toEqual([['content/aanbevelingen/rekenkamer-wijkteams-2025.json', 'nieuw']]);
    writePlan(plan);
    expect(JSON.parse(readFileSync(file, 'utf8'))).toEqual({
      publicatie: 'rekenkamer-wijkteams-2025',
      statussen: [{ aanbeveling: '2a', datum: TODAY, status: expect.stringMatching(/^VUL IN: /), toelichting: expect.stringMatching(/^VUL IN: /) }],
    });
  });

  it('names an unknown publication or recommendation', () => {
    const site = tempSite();
    expect(refusal(() => scaffold(['aanbeveling-status', 'evaluatie-wijkteams-2023', '2.1'], site))).toBe(
      'er is geen publicatie "evaluatie-wijkteams-2023" in content/publicaties/; bedoelde u "evaluatie-wijkteams-2024"? Of maak hem eerst met: npm run nieuw -- publicatie evaluatie-wijkteams-2023',
    );
    expect(refusal(() => scaffold(['aanbeveling-status', 'evaluatie-wijkteams-2024', '3.1'], site))).toBe(
      'publicatie "evaluatie-wijkteams-2024" heeft geen aanbeveling "3.1"; de aanbevelingen hebben de nummers 2.1, 2.1a, 2.1b, 2.2, 2.3, 2.4, 2.4a.',
    );
    expect(refusal(() => scaffold(['aanbeveling-status', 'raadsinformatiebrief-pilot-2023', '1'], site))).toBe(
      'publicatie "raadsinformatiebrief-pilot-2023" heeft (nog) geen aanbevelingen; zet ze eerst in content/publicaties/raadsinformatiebrief-pilot-2023.mdx onder "aanbevelingen".',
    );
    expect(refusal(() => scaffold(['aanbeveling-status', 'evaluatie-wijkteams-2024'], site))).toMatch(/^geef de id van de publicatie en het nummer van de aanbeveling\./);
  });
});

describe('the command line', () => {
  const run = (args: string[], root: string) =>
    spawnSync(NODE, [join(ROOT, 'scripts', 'nieuw.ts'), ...args], { cwd: root, env: { ...process.env, CONTENT_DIR: 'content' }, encoding: 'utf8' });

  it('prints the files it made and what to do next', () => {
    const site = tempSite();
    const r = run(['indicator', 'wachttijd-jeugdhulp'], site.root);
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    expect(r.stdout).toBe(`Gemaakt:
  content/indicatoren/wachttijd-jeugdhulp.json

Wat u nu doet:
  1. Open content/indicatoren/wachttijd-jeugdhulp.json en vervang elke tekst die begint met "VUL IN:"; wat er hoort, staat erachter.
  2. Meet de indicator een resultaat ("rol": "resultaat")? Zet "wachttijd-jeugdhulp" dan in "indicatoren" van dat resultaat in de verandertheorie. Is het een contextcijfer ("rol": "context")? Noem dan in "ketens" de keten(s) waarop het cijfer staat.
  3. Cijfers toevoegen: npm run importeer -- <bestand.csv of .xlsx> --indicator wachttijd-jeugdhulp. Zijn er nog geen openbare cijfers, leg dat dan uit in een veld "geenDataToelichting".
  4. Draai daarna npm run check: zolang er nog een "VUL IN:" in staat, noemt de controle elke plek met bestand en regel.
`);
    expect(existsSync(join(site.content, 'indicatoren', 'wachttijd-jeugdhulp.json'))).toBe(true);
  });

  it('exits 1 with the refusal on stderr', () => {
    const site = tempSite();
    const r = run(['indikator', 'wachttijd-jeugdhulp'], site.root);
    expect(r.status).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toBe('Niet gemaakt: onbekende soort "indikator"; bedoelde u "indicator"? Kies uit: keten, indicator, verhaal, publicatie, aanbeveling-status, begrip.\n');
  });
});
