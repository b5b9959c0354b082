import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { contentPath } from '../lib/content-dir.ts';
import { indicatorSchema, type Indicator } from '../schemas/index.ts';

/** An indicator as pages use it: its id (the file name without .json) and its data. */
export interface IndicatorEntry {
  id: string;
  data: Indicator;
}

/**
 * The indicators of content/indicatoren/, read once per build. They are not an Astro content collection: Astro
 * serialises its whole content store, bundles it as one string and parses it again in every build, and the
 * observations make up nearly all of it (bench: 120,000 observations, a 13 MB store). The build's content check has
 * already reported any problem in Dutch; the schema gives the data its shape (defaults), as a collection would.
 */
export function loadIndicators(dir = contentPath('indicatoren')): IndicatorEntry[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((name) => name.endsWith('.json'))
    .sort()
    .map((name) => ({ id: name.slice(0, -'.json'.length), data: uniform(indicatorSchema.parse(JSON.parse(readFileSync(join(dir, name), 'utf8')))) }));
}

/**
 * The same data as plain JSON objects. The schema's output objects for the observations end up with many different
 * hidden classes in V8, which made every later pass over them several times slower (bench: the wijk pages' filter
 * over 120,000 observations 1.4 s instead of 0.15 s); Astro's content store gave them one shape by its own round trip.
 */
function uniform<T>(data: T): T {
  return JSON.parse(JSON.stringify(data)) as T;
}
