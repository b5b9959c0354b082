import type { z } from 'zod';
import { didYouMean } from '../suggest.ts';
import { formatPath, type Problem } from './problem.ts';
import { valueAt } from './value-at.ts';

type AnySchema = z.core.$ZodType;
const WRAPPERS = new Set(['optional', 'nullable', 'default', 'prefault', 'readonly', 'catch', 'nonoptional']);

/** The schemas a value at `path` may have (several for unions), unwrapped. */
function schemasAt(schema: AnySchema, path: readonly PropertyKey[]): AnySchema[] {
  let current: AnySchema[] = [schema];
  for (const seg of [...path, undefined]) {
    const next: AnySchema[] = [];
    const queue = [...current];
    while (queue.length) {
      const s = queue.shift()!;
      const def = s._zod.def as unknown as Record<string, unknown> & { type: string };
      if (WRAPPERS.has(def.type)) queue.push(def.innerType as AnySchema);
      else if (def.type === 'pipe') queue.push(def.in as AnySchema, def.out as AnySchema);
      else if (def.type === 'union') queue.push(...(def.options as AnySchema[]));
      else if (seg === undefined) next.push(s);
      else if (def.type === 'object') {
        const child = (def.shape as Record<string, AnySchema>)[String(seg)];
        if (child) next.push(child);
      } else if (def.type === 'array') next.push(def.element as AnySchema);
      else if (def.type === 'record') next.push(def.valueType as AnySchema);
      else if (def.type === 'tuple' && typeof seg === 'number') {
        const item = (def.items as AnySchema[])[seg];
        if (item) next.push(item);
      }
    }
    current = next;
  }
  return current;
}

function knownKeys(schema: AnySchema, path: readonly PropertyKey[]): string[] {
  return schemasAt(schema, path).flatMap((s) => {
    const def = s._zod.def as unknown as { type: string; shape?: Record<string, unknown> };
    return def.type === 'object' && def.shape ? Object.keys(def.shape) : [];
  });
}


/** Turns zod issues into problems an editor can act on: Dutch, located, with a suggestion where one helps. */
export function issuesToProblems(
  issues: readonly z.core.$ZodIssue[],
  schema: AnySchema,
  data: unknown,
  file: string,
  lineOf: (path: readonly PropertyKey[]) => number | undefined,
  pathPrefix: readonly PropertyKey[] = [],
): Problem[] {
  const problems: Problem[] = [];
  for (const issue of issues) {
    const path = [...pathPrefix, ...issue.path];
    if (issue.code === 'unrecognized_keys') {
      const present = Object.keys((valueAt(data, issue.path) as object) ?? {});
      const candidates = knownKeys(schema, issue.path).filter((k) => !present.includes(k));
      for (const key of issue.keys) {
        const hint = didYouMean(key, candidates);
        problems.push({
          file,
          line: lineOf([...path, key]),
          path: formatPath([...path, key]),
          message: 'onbekend veld',
          hint: hint ?? (candidates.length ? `toegestane velden die nog ontbreken: ${candidates.join(', ')}` : 'verwijder dit veld'),
        });
      }
      continue;
    }
    if (issue.code === 'invalid_union') {
      const union = issue as z.core.$ZodIssueInvalidUnion & { discriminator?: string; options?: unknown[] };
      // A discriminated union ("soort") with an unknown or missing kind: list the kinds.
      if (union.discriminator && union.options?.length) {
        const value = valueAt(data, issue.path);
        const choices = union.options.map((o) => `"${String(o)}"`).join(', ');
        problems.push({ file, line: lineOf(path), path: formatPath(path), message: value === undefined ? `ontbreekt; kies uit: ${choices}` : `${typeof value === 'string' ? `"${value}"` : JSON.stringify(value)} is geen toegestane waarde; kies uit: ${choices}` });
        continue;
      }
      // The form the editor evidently meant: the only one whose problems lie inside the value rather
      // than in its kind ({ "waarde": "2500" } is meant as the object form, not as "geen-streefwaarde").
      const meant = (union.errors ?? [])
        .filter((branch) => branch.length > 0 && !branch.some((i) => i.path.length === 0 && (i.code === 'invalid_type' || i.code === 'invalid_value')))
        .sort((a, b) => a.length - b.length);
      if (meant.length === 1 || (meant.length > 1 && meant[0]!.length < meant[1]!.length)) {
        problems.push(...issuesToProblems(meant[0]!.map((i) => ({ ...i, path: [...issue.path, ...i.path] })), schema, data, file, lineOf, pathPrefix));
        continue;
      }
    }
    let message = issue.message;
    if (valueAt(data, issue.path) === undefined && !message.startsWith('ontbreekt') && issue.code !== 'custom')
      message = `ontbreekt; ${message}`;
    problems.push({ file, line: lineOf(path), path: formatPath(path), message });
  }
  return problems;
}
