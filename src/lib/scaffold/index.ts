/**
 * `npm run nieuw -- <soort> <id>`: a new item with every required field present and explained.
 * planScaffold decides what to write (or refuses, with a Dutch explanation); writePlan writes it and
 * never overwrites a file that appeared in the meantime.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { applyEdits, modify } from 'jsonc-parser';
import { SLUG_PATTERN as SLUG, toSlug } from '../../schemas/ids.ts';
import { closest, didYouMean } from '../suggest.ts';
import { isSyntaxProblem, parseFrontmatter, parseJson } from '../validate/parse.ts';
import * as t from './templates.ts';

export const SOORTEN = ['keten', 'indicator', 'verhaal', 'publicatie', 'aanbeveling-status', 'begrip'] as const;
export type Soort = (typeof SOORTEN)[number];

export const USAGE = [
  'Gebruik: npm run nieuw -- <soort> <id>',
  '',
  'Soorten:',
  '  keten <id>                                een keten (ketens/<id>.mdx) met een lege verandertheorie (verandertheorie/<id>.json)',
  '  indicator <id>                            een indicator (indicatoren/<id>.json)',
  '  verhaal <id>                              een verhaal uit de praktijk (verhalen/<id>.mdx)',
  '  publicatie <id>                           een evaluatie of onderzoek (publicaties/<id>.mdx)',
  '  aanbeveling-status <publicatie> <nummer>  een nieuwe stand van een aanbeveling (aanbevelingen/<publicatie>.json)',
  '  begrip <id>                               een begrip voor de woordenlijst (begrippen/<id>.md)',
  '',
  'Voorbeeld: npm run nieuw -- indicator wachttijd-jeugdhulp',
].join('\n');

/** A refusal, with a message an editor can act on. */
export class ScaffoldError extends Error {}

export interface PlannedFile {
  /** Full path of the file. */
  path: string;
  /** The complete new text of the file. */
  text: string;
  /** `nieuw`: a new file; `aangevuld`: an existing file with an entry added. */
  action: 'nieuw' | 'aangevuld';
  /** For `aangevuld`: the text the file had, so nothing is written when it changed in the meantime. */
  before?: string;
}

export interface ScaffoldPlan {
  soort: Soort;
  files: PlannedFile[];
  /** What the editor does next, in Dutch. */
  next: string[];
}

const NUMMER = /^[0-9a-z]+([.-][0-9a-z]+)*$/i;

function checkId(id: string | undefined, what: string): string {
  if (id === undefined || id === '') throw new ScaffoldError(`geef een id voor de nieuwe ${what}, bijvoorbeeld: npm run nieuw -- ${what} ${what === 'indicator' ? 'wachttijd-jeugdhulp' : `mijn-${what}`}\n\n${USAGE}`);
  if (SLUG.test(id)) return id;
  const suggestion = toSlug(id);
  throw new ScaffoldError(
    `"${id}" is geen geldige id. De id wordt de bestandsnaam en het webadres, daarom gelden deze regels: ` +
      'alleen kleine letters (a-z), cijfers en streepjes; geen spaties, hoofdletters, accenten of andere tekens; ' +
      'niet beginnen of eindigen met een streepje en geen twee streepjes achter elkaar.' +
      (suggestion ? ` Bedoelde u "${suggestion}"?` : ''),
  );
}

function refuseExisting(paths: string[], rel: (p: string) => string): void {
  const existing = paths.filter((p) => existsSync(p));
  if (existing.length)
    throw new ScaffoldError(
      `${existing.map(rel).join(' en ')} ${existing.length === 1 ? 'bestaat' : 'bestaan'} al; nieuw overschrijft nooit een bestaand bestand. ` +
        'Kies een andere id, of pas het bestaande bestand zelf aan.',
    );
}

const ids = (dir: string, ext: RegExp) => (existsSync(dir) ? readdirSync(dir).filter((f) => ext.test(f)).map((f) => f.replace(ext, '')) : []);

function today(): string {
  const d = new Date();
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

/**
 * Works out which files `npm run nieuw -- <args>` makes, without writing anything.
 * Throws a ScaffoldError with a Dutch explanation when it cannot.
 */
export function planScaffold(args: string[], options: { contentDir: string; today?: string; rel?: (p: string) => string }): ScaffoldPlan {
  const { contentDir } = options;
  const rel = options.rel ?? ((p: string) => p);
  const [soortArg, ...rest] = args;
  if (!soortArg) throw new ScaffoldError(`geef aan wat u wilt maken.\n\n${USAGE}`);
  const soort = SOORTEN.find((s) => s === soortArg.toLowerCase());
  if (!soort) {
    const like = closest(soortArg, SOORTEN);
    throw new ScaffoldError(`onbekende soort "${soortArg}"${like ? `; bedoelde u "${like}"?` : '.'} Kies uit: ${SOORTEN.join(', ')}.`);
  }
  const path = (...parts: string[]) => join(contentDir, ...parts);
  const checkFile = `Draai daarna npm run check: zolang er nog een "VUL IN:" in staat, noemt de controle elke plek met bestand en regel.`;

  if (soort === 'aanbeveling-status') return planStatus(rest, { contentDir, rel, date: options.today ?? today(), checkFile });

  if (rest.length > 1) throw new ScaffoldError(`te veel woorden na "${soort}": ${rest.slice(1).map((w) => `"${w}"`).join(' ')}. Een id is één woord met streepjes, bijvoorbeeld "${toSlug(rest.join(' ')) || 'mijn-id'}".`);
  const id = checkId(rest[0], soort);
  const fill = (file: string) => `Open ${rel(file)} en vervang elke tekst die begint met "VUL IN:"; wat er hoort, staat erachter${file.endsWith('.json') ? '' : ' en in de regel met # erboven'}.`;

  switch (soort) {
    case 'keten': {
      const mdx = path('ketens', `${id}.mdx`);
      const theory = path('verandertheorie', `${id}.json`);
      refuseExisting([mdx, path('ketens', `${id}.md`), theory], rel);
      return {
        soort,
        files: [{ path: mdx, text: t.keten(id), action: 'nieuw' }, { path: theory, text: t.verandertheorie(), action: 'nieuw' }],
        next: [
          fill(mdx),
          fill(theory),
          `Voeg in ${rel(theory)} knopen toe (activiteiten, outputs, resultaten) en verbanden ertussen. Elk resultaat noemt zijn indicatoren, of legt in geenIndicatorReden uit waarom die er niet zijn.`,
          checkFile,
        ],
      };
    }
    case 'indicator': {
      const file = path('indicatoren', `${id}.json`);
      refuseExisting([file], rel);
      return {
        soort,
        files: [{ path: file, text: t.indicator(), action: 'nieuw' }],
        next: [
          fill(file),
          `Meet de indicator een resultaat ("rol": "resultaat")? Zet "${id}" dan in "indicatoren" van dat resultaat in de verandertheorie. Is het een contextcijfer ("rol": "context")? Noem dan in "ketens" de keten(s) waarop het cijfer staat.`,
          `Cijfers toevoegen: npm run importeer -- <bestand.csv of .xlsx> --indicator ${id}. Zijn er nog geen openbare cijfers, leg dat dan uit in een veld "geenDataToelichting".`,
          checkFile,
        ],
      };
    }
    case 'verhaal': {
      const file = path('verhalen', `${id}.mdx`);
      refuseExisting([file, path('verhalen', `${id}.md`)], rel);
      return {
        soort,
        files: [{ path: file, text: t.verhaal(), action: 'nieuw' }],
        next: [fill(file), 'Noem mensen bij hun rol, nooit bij naam, en zet alleen geanonimiseerd: true als het verhaal niet naar een persoon te herleiden is.', checkFile],
      };
    }
    case 'publicatie': {
      const file = path('publicaties', `${id}.mdx`);
      refuseExisting([file, path('publicaties', `${id}.md`)], rel);
      return {
        soort,
        files: [{ path: file, text: t.publicatie(id), action: 'nieuw' }],
        next: [
          fill(file),
          `Zet de publicatie ook in bronnen.json (met id "${id}"), als hij daar nog niet staat: dan kan de site hem citeren.`,
          `Houd daarna de stand van elke aanbeveling bij met: npm run nieuw -- aanbeveling-status ${id} <nummer>`,
          checkFile,
        ],
      };
    }
    case 'begrip': {
      const file = path('begrippen', `${id}.md`);
      refuseExisting([file, path('begrippen', `${id}.mdx`)], rel);
      return { soort, files: [{ path: file, text: t.begrip(id), action: 'nieuw' }], next: [fill(file), checkFile] };
    }
  }
}

function planStatus(args: string[], ctx: { contentDir: string; rel: (p: string) => string; date: string; checkFile: string }): ScaffoldPlan {
  const { contentDir, rel, date } = ctx;
  const [publicatie, nummer, ...extra] = args;
  const usage = 'Gebruik: npm run nieuw -- aanbeveling-status <publicatie-id> <nummer>, bijvoorbeeld: npm run nieuw -- aanbeveling-status rekenkamer-sociale-wijkteams-2025 2.1';
  if (!publicatie || !nummer) throw new ScaffoldError(`geef de id van de publicatie en het nummer van de aanbeveling.\n${usage}`);
  if (extra.length) throw new ScaffoldError(`te veel woorden: ${extra.map((w) => `"${w}"`).join(' ')}.\n${usage}`);
  checkId(publicatie, 'publicatie');
  if (!NUMMER.test(nummer)) throw new ScaffoldError(`"${nummer}" is geen nummer van een aanbeveling; schrijf het zoals in de publicatie, bijvoorbeeld 2.1, 2.10 of 1a.`);

  const pubDir = join(contentDir, 'publicaties');
  const pubFile = ['.mdx', '.md'].map((ext) => join(pubDir, `${publicatie}${ext}`)).find((p) => existsSync(p));
  if (!pubFile) {
    const hint = didYouMean(publicatie, ids(pubDir, /\.mdx?$/));
    throw new ScaffoldError(`er is geen publicatie "${publicatie}" in ${rel(pubDir)}/; ${hint ? `${hint} Of maak` : 'maak'} hem eerst met: npm run nieuw -- publicatie ${publicatie}`);
  }
  const parsed = parseFrontmatter(readFileSync(pubFile, 'utf8'));
  if (!isSyntaxProblem(parsed)) {
    const recs = ((parsed.data as { aanbevelingen?: unknown }).aanbevelingen ?? []) as { nummer?: unknown; subaanbevelingen?: { nummer?: unknown }[] }[];
    const numbers = Array.isArray(recs) ? recs.flatMap((a) => [a?.nummer, ...(Array.isArray(a?.subaanbevelingen) ? a.subaanbevelingen.map((s) => s?.nummer) : [])]).map(String) : [];
    if (numbers.length === 0)
      throw new ScaffoldError(`publicatie "${publicatie}" heeft (nog) geen aanbevelingen; zet ze eerst in ${rel(pubFile)} onder "aanbevelingen".`);
    if (!numbers.includes(nummer))
      throw new ScaffoldError(`publicatie "${publicatie}" heeft geen aanbeveling "${nummer}"; de aanbevelingen hebben de nummers ${numbers.join(', ')}.`);
  }

  const file = join(contentDir, 'aanbevelingen', `${publicatie}.json`);
  const entry = t.statusEntry(nummer, date);
  const next = [
    `Open ${rel(file)} en vul in de nieuwe regel onderaan "statussen" de status en de toelichting in (de tekst na "VUL IN:").`,
    `De datum is ${date}; pas hem aan als de stand op een andere dag is vastgesteld.`,
    ctx.checkFile,
  ];
  if (!existsSync(file)) return { soort: 'aanbeveling-status', files: [{ path: file, text: t.statusFile(publicatie, entry), action: 'nieuw' }], next };

  const before = readFileSync(file, 'utf8');
  const json = parseJson(before);
  if (isSyntaxProblem(json)) throw new ScaffoldError(`${rel(file)} is geen geldige JSON (regel ${json.line}): ${json.message}. Los dat eerst op; er is niets veranderd.`);
  const data = json.data as { statussen?: unknown } | null;
  if (!data || typeof data !== 'object' || Array.isArray(data)) throw new ScaffoldError(`${rel(file)} moet een object { "publicatie": …, "statussen": [ … ] } zijn. Los dat eerst op; er is niets veranderd.`);
  if (data.statussen !== undefined && !Array.isArray(data.statussen)) throw new ScaffoldError(`in ${rel(file)} moet "statussen" een lijst [ … ] zijn. Los dat eerst op; er is niets veranderd.`);
  const eol = before.includes('\r\n') ? '\r\n' : '\n';
  const edits = data.statussen === undefined
    ? modify(before, ['statussen'], [entry], { formattingOptions: { insertSpaces: true, tabSize: 2, eol } })
    : modify(before, ['statussen', -1], entry, { isArrayInsertion: true, formattingOptions: { insertSpaces: true, tabSize: 2, eol } });
  return { soort: 'aanbeveling-status', files: [{ path: file, text: applyEdits(before, edits), action: 'aangevuld', before }], next };
}

/** Writes a plan. New files are created exclusively: a file that appeared since planning is never overwritten. */
export function writePlan(plan: ScaffoldPlan): void {
  for (const f of plan.files) {
    if (f.action === 'aangevuld' && readFileSync(f.path, 'utf8') !== f.before)
      throw new ScaffoldError(`${f.path} is net door iets anders veranderd; er is niets geschreven. Probeer het opnieuw.`);
  }
  const written: string[] = [];
  for (const f of plan.files) {
    mkdirSync(dirname(f.path), { recursive: true });
    try {
      writeFileSync(f.path, f.text, { flag: f.action === 'nieuw' ? 'wx' : 'w' });
      written.push(f.path);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'EEXIST')
        throw new ScaffoldError(`${f.path} bestaat al; nieuw overschrijft nooit een bestaand bestand.${written.length ? ` Wel gemaakt: ${written.join(', ')}.` : ''}`);
      throw error;
    }
  }
}
