import type { z } from 'zod';
import { formatPath, type Problem } from './problem.ts';
import { valueAt } from './value-at.ts';

/**
 * Placeholders: `npm run nieuw` writes every text an editor still has to fill in as "VUL IN: <uitleg>".
 * This check reports each one that is left, in data (any string value, however deep) and in the text
 * of a Markdown/MDX file, so a half-finished item never goes online.
 */
export const PLACEHOLDER = 'VUL IN:';

const HINT = `vervang de tekst na "${PLACEHOLDER}"`;

export const isPlaceholder = (value: unknown): value is string => typeof value === 'string' && value.includes(PLACEHOLDER);

/** The placeholder as the editor sees it: from "VUL IN:" to the end of the text (one line). */
const shown = (text: string) => text.slice(text.indexOf(PLACEHOLDER)).replace(/\s+/g, ' ').trim();

/** Every string value that still holds a placeholder, with its path. */
export function findPlaceholders(value: unknown, path: PropertyKey[] = []): { path: PropertyKey[]; text: string }[] {
  if (isPlaceholder(value)) return [{ path, text: value }];
  if (Array.isArray(value)) return value.flatMap((v, i) => findPlaceholders(v, [...path, i]));
  if (value && typeof value === 'object') return Object.entries(value).flatMap(([k, v]) => findPlaceholders(v, [...path, k]));
  return [];
}

/**
 * Problems for the placeholders left in one entry. `prefix` is the entry's place in a list file
 * (bronnen.json); `body` and `bodyLine` are the text of a Markdown/MDX file and the line it starts on.
 */
export function checkPlaceholders(
  file: string,
  data: unknown,
  lineOf: (path: readonly PropertyKey[]) => number | undefined,
  options: { prefix?: PropertyKey[]; body?: string; bodyLine?: number } = {},
): Problem[] {
  const prefix = options.prefix ?? [];
  const problems: Problem[] = findPlaceholders(data, prefix).map(({ path, text }) => ({
    file,
    line: lineOf(path),
    path: formatPath(path),
    message: `nog niet ingevuld: ${shown(text)}`,
    hint: HINT,
  }));
  if (options.body)
    options.body.split('\n').forEach((line, i) => {
      if (isPlaceholder(line))
        problems.push({ file, line: (options.bodyLine ?? 1) + i, path: '(tekst)', message: `nog niet ingevuld: ${shown(line)}`, hint: HINT });
    });
  return problems;
}


/**
 * Schema issues about a value that is still a placeholder ("soort": "VUL IN: kies uit …" is no allowed
 * value yet) say the same thing as the placeholder problem; they are left out so the editor reads one line.
 */
export function withoutPlaceholderIssues(issues: readonly z.core.$ZodIssue[], data: unknown): z.core.$ZodIssue[] {
  return issues.filter((issue) => !isPlaceholder(valueAt(data, issue.path)));
}
