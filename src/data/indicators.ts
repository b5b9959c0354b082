import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { checkedIndicators } from '../integrations/content-check.ts';
import { contentDir, contentPath } from '../lib/content-dir.ts';
import { indicatorSchema, type Indicator } from '../schemas/index.ts';

/** An indicator as pages use it: its id (the file name without .json) and its data. */
export interface IndicatorEntry {
  id: string;
  data: Indicator;
}

/** By id, the same order in a build (the check's list) and outside one (files read here). */
export const idOrder = (a: { id: string }, b: { id: string }) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/**
 * The indicators of content/indicatoren/, read once per build. They are not an Astro content collection: Astro
 * serialises its whole content store, bundles it as one string and parses it again in every build, and the
 * observations make up nearly all of it (bench: 120,000 observations, a 13 MB store). In a build they come from the
 * content check, which has read and validated them on another thread; elsewhere (tests, astro dev) they are read here.
 */
export async function indicators(): Promise<IndicatorEntry[]> {
  return (await checkedIndicators(contentDir)) ?? loadIndicators();
}

/** Reads and validates the indicators of a folder; the schema gives the data its shape (defaults), as a collection would. */
export function loadIndicators(dir = contentPath('indicatoren')): IndicatorEntry[] {
  if (!existsSync(dir)) return [];
  const entries = readdirSync(dir)
    .filter((name) => name.endsWith('.json'))
    .map((name) => ({ id: name.slice(0, -'.json'.length), data: indicatorSchema.parse(JSON.parse(readFileSync(join(dir, name), 'utf8'))) }))
    .sort(idOrder);
  return uniform(entries);
}

/**
 * The same data as plain JSON objects, as the content check hands them over. The schema's output objects for the
 * observations end up with many different hidden classes in V8, which made every later pass over them several times
 * slower (bench: the wijk pages' filter over 120,000 observations 1.4 s instead of 0.15 s).
 */
function uniform<T>(data: T): T {
  return JSON.parse(JSON.stringify(data)) as T;
}
