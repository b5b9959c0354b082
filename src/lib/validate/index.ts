import { existsSync } from 'node:fs';
import { basename, dirname, extname, join, relative, sep } from 'node:path';
import type { Root } from 'mdast';
import { parseText } from '../markdown/parse.ts';
import { checkProse, checkSummary, type ProseStats } from '../markdown/prose.ts';
import { FIGURE_IN_MARKDOWN, inspectText, unknownFigureMessage, type FigureUse } from '../markdown/safety.ts';
import { SLUG_PATTERN as SLUG, toSlug } from '../../schemas/ids.ts';
import { didYouMean } from '../suggest.ts';
import { glossaryTerms } from '../glossary.ts';
import { COLLECTIONS, type CollectionSpec } from './collections.ts';
import { listContent, readText, type Listing } from './files.ts';
import { checkIntegrity, type Entries, type Entry, type IntegrityOptions, type Known } from './integrity.ts';
import { isSyntaxProblem, parseFrontmatter, parseJson, type Parsed } from './parse.ts';
import { type Problem, sortProblems } from './problem.ts';
import { checkPlaceholders, withoutPlaceholderIssues } from './placeholders.ts';
import { issuesToProblems } from './schema-issues.ts';

export { formatProblem, type Problem } from './problem.ts';


/** Explains the most common MDX mistakes of editors in Dutch; undefined when the mistake is not a known one. */
function mdxMessage(reason: string): string | undefined {
  if (/before name|after `<`|closing tag|Unexpected closing slash/i.test(reason))
    return 'MDX leest een < als het begin van een onderdeel; schrijf "minder dan" of &lt;, of sluit het onderdeel af';
  if (/expression|Unexpected (end of file|character).*(\{|\})/i.test(reason))
    return 'MDX leest { en } als code; schrijf \\{ en \\} of vermijd deze tekens in tekst';
  return undefined;
}

/**
 * Parses a Markdown or MDX body with the build's own parser and reports what the site does not publish
 * (code, unknown components, unsafe HTML and links). Figures placed in the text are returned, to check their ids.
 */
function checkBody(file: string, parsed: Parsed, isMdx: boolean): { problems: Problem[]; figures: FigureUse[]; tree?: Root } {
  const offset = (parsed.bodyLine ?? 1) - 1;
  let tree;
  try {
    tree = parseText(parsed.body ?? '', isMdx);
  } catch (error) {
    // micromark reports "Could not parse expression with acorn" or "Unexpected character … before name" with a place.
    const { line, column, reason = String(error) } = error as { line?: number; column?: number; reason?: string };
    const message = mdxMessage(reason);
    // The parser points inside { … } or after the <; the editor needs the { or < itself.
    let col = column ?? undefined;
    const opener = message?.startsWith('MDX leest {') ? '{' : message ? '<' : undefined;
    if (opener && line && col) {
      const at = (parsed.body ?? '').split('\n')[line - 1]?.lastIndexOf(opener, col - 1) ?? -1;
      if (at >= 0) col = at + 1;
    }
    return {
      problems: [{
        file,
        line: line ? line + offset : undefined,
        column: col,
        path: '(tekst)',
        message: message ?? 'MDX kan deze tekst niet lezen',
        // The technical reason (in English) only helps when we could not explain the mistake ourselves.
        hint: message ? undefined : `technische melding: ${reason.split('\n')[0]}`,
      }],
      figures: [],
    };
  }
  const { findings, figures } = inspectText(tree);
  const problems: Problem[] = findings.map((f) => ({ file, line: f.line ? f.line + offset : undefined, column: f.column, path: '(tekst)', message: f.message, hint: f.hint }));
  if (!isMdx)
    for (const f of figures) problems.push({ file, line: f.line ? f.line + offset : undefined, column: f.column, path: '(tekst)', ...FIGURE_IN_MARKDOWN });
  return { problems, figures: isMdx ? figures.map((f) => ({ ...f, line: f.line ? f.line + offset : undefined })) : [], tree };
}

/** ".mdx- of .md-bestanden" */
const fileKinds = (extensions: string[]) => extensions.map((e, i) => (i === extensions.length - 1 ? `${e}-bestanden` : `${e}-`)).join(' of ');

/** One validation run: what it has found so far, and the helpers every step uses. */
interface Run {
  contentDir: string;
  options: CheckOptions;
  problems: Problem[];
  /** Prose warnings (B1, lint) are for editors running npm run check; the build skips them. */
  warnings: Problem[];
  prose: Map<string, ProseStats>;
  entries: Entries;
  /** Ids that exist in a file, valid or not: a reference to an invalid entry is not a second problem. */
  known: Known;
  /** Files a collection reads; any other file in the content folder is reported. */
  claimed: Set<string>;
  figures: (FigureUse & { file: string })[];
  listing: Listing;
  /** Words the glossary explains are not "too long" for B1: the text links them to their explanation. */
  glossaryWords: Set<string>;
  rel: (path: string) => string;
  /** The text of a file, or undefined after reporting why it cannot be read. */
  read: (full: string, file: string) => string | undefined;
}

/**
 * What a check does besides syntax, schemas, ids and references: `prose` adds the B1 and lint warnings (npm run
 * check); `mdxTexts: false` leaves the texts of .mdx files unparsed, for the build: bundling compiles every one of
 * them through the Markdown pipeline, which refuses the same things (src/plugins/safe-content.ts), and a failed
 * bundle runs the whole check for its report. Texts of .md files are always checked: Astro renders those while it
 * reads the content, and goes on without the text when one fails.
 */
export type CheckOptions = { prose?: boolean; mdxTexts?: boolean } & IntegrityOptions;

/**
 * Validates a content folder: syntax, schemas, ids, references. Reports every problem at once.
 * `root` is the project root; file names in problems are relative to it.
 */
export async function validateContent(contentDir: string, root = process.cwd(), options: CheckOptions = {}): Promise<{ problems: Problem[]; entries: Entries; warnings: Problem[]; prose: Map<string, ProseStats> }> {
  const rel = (p: string) => relative(root, p).split('\\').join('/');
  if (!existsSync(contentDir)) {
    return { problems: [{ file: rel(contentDir), path: '', message: 'de contentmap bestaat niet' }], entries: new Map(), warnings: [], prose: new Map() };
  }
  // One walk that never follows a link; links are reported once and never read.
  const listing = listContent(contentDir, root);
  const problems: Problem[] = listing.problems.map((l) => ({ file: rel(l.full), path: '', message: l.message, hint: l.hint }));
  const read = (full: string, file: string): string | undefined => {
    const result = readText(full, file);
    if ('problem' in result) {
      problems.push(result.problem);
      return undefined;
    }
    return result.text;
  };
  const run: Run = {
    contentDir, options, problems, warnings: [], prose: new Map(), entries: new Map(), known: new Map(), claimed: new Set(), figures: [],
    listing, glossaryWords: options.prose ? glossaryWords(listing, contentDir, rel) : new Set(), rel, read,
  };
  for (const spec of COLLECTIONS) {
    if (spec.file) readListFile(run, spec);
    else await readFolder(run, spec);
  }

  const places = [...COLLECTIONS.filter((c) => c.folder).map((c) => `${c.folder}/`), ...COLLECTIONS.filter((c) => c.file).map((c) => c.file!)];
  for (const full of listing.files)
    if (!run.claimed.has(full))
      problems.push({ file: rel(full), path: '', message: 'de site leest dit bestand niet: het staat niet op een plek voor inhoud', hint: `inhoud hoort in ${places.slice(0, -1).join(', ')} of ${places.at(-1)}; verplaats of verwijder dit bestand` });

  problems.push(...checkIntegrity(run.entries, run.known, { referenceDate: options.referenceDate }));
  const indicators = run.known.get('indicatoren') ?? new Set<string>();
  for (const f of run.figures)
    if (!indicators.has(f.indicator))
      problems.push({ file: f.file, line: f.line, column: f.column, path: '(tekst)', message: unknownFigureMessage(f.indicator), hint: didYouMean(f.indicator, indicators) });
  return { problems: sortProblems(problems), entries: run.entries, warnings: sortProblems(run.warnings), prose: run.prose };
}

/** The words of the glossary, lower case. Unreadable begrippen are reported where they are checked; here they explain nothing. */
function glossaryWords(listing: Listing, contentDir: string, rel: (path: string) => string): Set<string> {
  const begrippen = listing.files.filter((f) => dirname(f) === join(contentDir, 'begrippen'));
  return new Set(glossaryTerms(begrippen.flatMap((full) => {
    const result = readText(full, rel(full));
    return 'text' in result ? [{ name: basename(full), text: result.text }] : [];
  })).flatMap((t) => t.forms.map((f) => f.toLowerCase())));
}

function know({ known }: Run, spec: CollectionSpec, id: unknown) {
  if (typeof id !== 'string') return;
  const set = known.get(spec.name) ?? new Set<string>();
  known.set(spec.name, set);
  set.add(id);
}

/** Keeps a valid entry, unless another entry of the collection already has its id. */
function add({ entries, problems }: Run, spec: CollectionSpec, entry: Entry) {
  const map = entries.get(spec.name) ?? new Map<string, Entry>();
  entries.set(spec.name, map);
  const other = map.get(entry.id);
  if (other && entry.index !== undefined) {
    problems.push({
      file: entry.file,
      line: entry.lineOf([entry.index, 'id']),
      path: `[${entry.index + 1}].id`,
      message: `id "${entry.id}" staat ook al bij [${other.index! + 1}] (regel ${other.lineOf([other.index!, 'id'])}); ${spec.each ?? `elke ${spec.label}`} heeft een eigen id`,
      hint: 'geef dit item een andere id, of voeg de twee samen',
    });
    return;
  }
  if (other) {
    problems.push({ file: entry.file, path: '', message: `heeft dezelfde id "${entry.id}" als ${other.file}; ${spec.each ?? `elke ${spec.label}`} heeft een eigen id`, hint: 'hernoem of verwijder een van beide bestanden' });
    return;
  }
  map.set(entry.id, entry);
}

/** A collection in one JSON file: site.json (one object) or a list such as bronnen.json. */
function readListFile(run: Run, spec: CollectionSpec): void {
  const { problems, rel, read } = run;
  const full = join(run.contentDir, spec.file!);
  run.claimed.add(full);
  if (!run.listing.files.includes(full)) {
    if (run.listing.problems.some((l) => l.full === full)) return;
    if (spec.required) problems.push({ file: rel(full), path: '', message: 'dit bestand ontbreekt', hint: spec.format === 'array' ? 'maak het aan met de inhoud [] als er nog niets in hoeft' : 'het bevat de instellingen van de site: naam, kleuren en gebieden; zet het terug' });
    return;
  }
  const text = read(full, rel(full));
  if (text === undefined) return;
  const parsed = parseJson(text);
  if (isSyntaxProblem(parsed)) {
    problems.push({ file: rel(full), line: parsed.line, column: parsed.column, path: '', message: parsed.message });
    return;
  }
  if (spec.format === 'single') {
    problems.push(...checkPlaceholders(rel(full), parsed.data, parsed.lineOf));
    const result = spec.schema.safeParse(parsed.data);
    if (!result.success) problems.push(...issuesToProblems(withoutPlaceholderIssues(result.error.issues, parsed.data), spec.schema, parsed.data, rel(full), parsed.lineOf));
    else add(run, spec, { collection: spec.name, id: spec.name, file: rel(full), data: result.data, lineOf: parsed.lineOf });
    return;
  }
  if (!Array.isArray(parsed.data)) {
    problems.push({ file: rel(full), line: 1, path: '', message: 'moet een lijst [ … ] van items zijn' });
    return;
  }
  parsed.data.forEach((item: unknown, index: number) => {
    know(run, spec, (item as { id?: unknown } | null)?.id);
    problems.push(...checkPlaceholders(rel(full), item, parsed.lineOf, { prefix: [index] }));
    const result = spec.schema.safeParse(item);
    if (!result.success) {
      problems.push(...issuesToProblems(withoutPlaceholderIssues(result.error.issues, item), spec.schema, item, rel(full), parsed.lineOf, [index]));
      return;
    }
    const data = result.data as { id: string };
    add(run, spec, { collection: spec.name, id: data.id, file: rel(full), data, index, lineOf: parsed.lineOf });
  });
}

/** A collection in a folder, one entry a file; subfolders and files of another kind are refused. */
async function readFolder(run: Run, spec: CollectionSpec): Promise<void> {
  const dir = join(run.contentDir, spec.folder!);
  if (!run.listing.dirs.includes(dir)) return;
  // A subfolder would give ids with a slash, which no route accepts: refuse it with everything in it.
  for (const sub of run.listing.dirs.filter((d) => dirname(d) === dir)) {
    run.problems.push({ file: `${run.rel(sub)}/`, path: '', message: `is een map in ${spec.folder}/; daar staan alleen bestanden, geen mappen`, hint: `zet de bestanden direct in ${spec.folder}/, of verwijder de map` });
    for (const f of run.listing.files.filter((f) => f.startsWith(sub + sep))) run.claimed.add(f);
  }
  for (const full of run.listing.files.filter((f) => dirname(f) === dir)) await readFolderFile(run, spec, dir, full);
}

/** One file of a folder collection: its name as id, its syntax, text and schema. */
async function readFolderFile(run: Run, spec: CollectionSpec, dir: string, full: string): Promise<void> {
  const { problems, warnings, prose, figures, options, glossaryWords, claimed, rel, read } = run;
  claimed.add(full);
  const file = rel(full);
  const ext = extname(full);
  if (!spec.extensions.includes(ext)) {
    problems.push({ file, path: '', message: `hoort niet in ${spec.folder}/`, hint: `hier staan alleen ${fileKinds(spec.extensions)}; verplaats of verwijder dit bestand` });
    return;
  }
  const id = relative(dir, full).slice(0, -ext.length).split('\\').join('/');
  if (!SLUG.test(basename(id))) {
    const suggestion = toSlug(basename(id));
    problems.push({
      file,
      path: '',
      message: `de bestandsnaam "${basename(full)}" is geen geldige id: de naam wordt het webadres, dus alleen kleine letters, cijfers en streepjes`,
      hint: suggestion ? `hernoem het bestand naar "${suggestion}${ext}"` : 'bijvoorbeeld "wmo-mantelzorg.mdx"',
    });
    return;
  }
  know(run, spec, id);
  const text = read(full, file);
  if (text === undefined) return;
  const parsed = spec.format === 'json' ? parseJson(text) : parseFrontmatter(text);
  if (isSyntaxProblem(parsed)) {
    problems.push({ file, line: parsed.line, column: parsed.column, path: '', message: parsed.message });
    return;
  }
  if (spec.format === 'frontmatter' && (ext !== '.mdx' || options.mdxTexts !== false)) {
    const body = checkBody(file, parsed, ext === '.mdx');
    problems.push(...body.problems);
    for (const f of body.figures) figures.push({ ...f, file });
    if (options.prose && body.tree) {
      const result = await checkProse(body.tree, parsed.body ?? '', (parsed.bodyLine ?? 1) - 1, glossaryWords);
      warnings.push(...result.warnings.map((w) => ({ file, ...w, path: '(tekst)' })));
      if (result.stats.sentences) prose.set(file, result.stats);
    }
  }
  const summary = (parsed.data as { samenvatting?: unknown } | null)?.samenvatting;
  if (options.prose && typeof summary === 'string' && summary.trim()) {
    const result = await checkSummary(summary, glossaryWords);
    warnings.push(...result.warnings.map((w) => ({ file, line: parsed.lineOf(['samenvatting']), path: 'samenvatting', message: w.message })));
  }
  problems.push(...checkPlaceholders(file, parsed.data, parsed.lineOf, { body: parsed.body, bodyLine: parsed.bodyLine }));
  const result = spec.schema.safeParse(parsed.data);
  if (!result.success) {
    problems.push(...issuesToProblems(withoutPlaceholderIssues(result.error.issues, parsed.data), spec.schema, parsed.data, file, parsed.lineOf));
    return;
  }
  add(run, spec, { collection: spec.name, id, file, data: result.data, lineOf: parsed.lineOf });
}
