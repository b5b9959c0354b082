/** One content problem, as an editor reads it: which file, where, what is wrong, what to do. */
export interface Problem {
  /** Path of the file relative to the project root, e.g. `content/indicatoren/x.json`. */
  file: string;
  /** 1-based line in the file, when known. */
  line?: number;
  /** 1-based column, for syntax errors. */
  column?: number;
  /** Field path as an editor reads it: `observaties[4].waarde` (lists count from 1); empty for the whole file. */
  path: string;
  /** What is wrong, in Dutch. */
  message: string;
  /** What to do about it, in Dutch, if the message does not already say so. */
  hint?: string;
}

/** Lists count from 1 for editors: ['observaties', 3, 'waarde'] → "observaties[4].waarde". */
export function formatPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const part of path) {
    if (typeof part === 'number') out += `[${part + 1}]`;
    else out += (out ? '.' : '') + String(part);
  }
  return out;
}

export function formatProblem(p: Problem): string {
  const where = p.line ? `${p.file}:${p.line}${p.column ? `:${p.column}` : ''}` : p.file;
  return `${where} › ${p.path || '(bestand)'}: ${p.message}${p.hint ? ` (${p.hint})` : ''}`;
}

export function sortProblems(problems: Problem[]): Problem[] {
  return [...problems].sort((a, b) => a.file.localeCompare(b.file) || (a.line ?? 0) - (b.line ?? 0) || a.path.localeCompare(b.path));
}
