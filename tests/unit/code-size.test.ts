/**
 * House rules on size, measured: no function over 80 lines, and no source file over 300 lines unless its opening
 * comment says why ("Long file: …"). Functions are found with the TypeScript parser, so nested and arrow
 * functions count on their own; the frontmatter of .astro files, without its imports, is measured as one function.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const MAX_FUNCTION_LINES = 80;
const MAX_FILE_LINES = 300;
const ROOTS = ['src', 'scripts'];

const sourceFiles = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const full = join(dir, e.name);
    if (e.isDirectory()) return sourceFiles(full);
    return /\.(ts|mjs|astro)$/.test(e.name) && !e.name.endsWith('.d.ts') ? [full] : [];
  });

/** Functions longer than `max` lines in one file: name (or the line it starts on) and length. */
export function longFunctions(file: string, code: string, max = MAX_FUNCTION_LINES): string[] {
  const frontmatter = file.endsWith('.astro') ? /^---\n([\s\S]*?)\n---/.exec(code)?.[1] ?? '' : code;
  const source = ts.createSourceFile(file, frontmatter, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS);
  const lineOf = (pos: number) => source.getLineAndCharacterOfPosition(pos).line + 1;
  const found: string[] = [];
  // An .astro frontmatter is the page's one function; its imports are not.
  const body = frontmatter.split('\n').filter((l) => !/^import\b/.test(l)).length;
  if (file.endsWith('.astro') && body > max) found.push(`${file} frontmatter: ${body} regels`);
  const visit = (node: ts.Node) => {
    if (ts.isFunctionLike(node) && 'body' in node && node.body) {
      const lines = lineOf(node.end) - lineOf(node.getStart(source)) + 1;
      const name = node.name && ts.isIdentifier(node.name) ? node.name.text : `(functie op regel ${lineOf(node.getStart(source))})`;
      if (lines > max) found.push(`${file} ${name}: ${lines} regels`);
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

/** The comment a file opens with (after an .astro fence or an import of nothing), or ''. */
const openingComment = (code: string) => /^(?:---\n)?\s*((?:\/\*[\s\S]*?\*\/)|(?:(?:\/\/[^\n]*\n)+))/.exec(code)?.[1] ?? '';

const files = ROOTS.flatMap(sourceFiles).map((file) => ({ file, code: readFileSync(file, 'utf8') }));

describe('code size', () => {
  it('finds a long function when there is one', () => {
    const body = Array.from({ length: 90 }, (_, i) => `  const a${i} = ${i};`).join('\n');
    expect(longFunctions('x.ts', `function long() {\n${body}\n}\nconst short = () => 1;`)).toEqual(['x.ts long: 92 regels']);
    expect(longFunctions('x.ts', 'const short = () => 1;')).toEqual([]);
  });

  it(`has no function over ${MAX_FUNCTION_LINES} lines`, () => {
    expect(files.flatMap(({ file, code }) => longFunctions(file, code))).toEqual([]);
  });

  it(`says in its opening comment why a file is over ${MAX_FILE_LINES} lines`, () => {
    const unexplained = files
      .filter(({ code }) => code.split('\n').length > MAX_FILE_LINES)
      .filter(({ code }) => !/Long file:/.test(openingComment(code)))
      .map(({ file, code }) => `${file}: ${code.split('\n').length} regels`);
    expect(unexplained).toEqual([]);
  });
});
