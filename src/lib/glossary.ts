import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { isSyntaxProblem, parseFrontmatter } from './validate/parse.ts';

export interface GlossaryTerm { id: string; forms: string[]; definitie: string }

/**
 * The terms to link in texts: each begrip with its synonyms, except ambiguous words
 * (`dubbelzinnig: true`), which also have an everyday meaning. Longest forms first,
 * so "betekenisvol verantwoorden" wins over "verantwoorden".
 */
export function loadGlossary(contentDir: string): GlossaryTerm[] {
  const dir = join(contentDir, 'begrippen');
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((f) => /\.mdx?$/.test(f))
    .map((f) => {
      const parsed = parseFrontmatter(readFileSync(join(dir, f), 'utf8'));
      // A broken file is reported by the content check; here it simply links nothing.
      const data = (isSyntaxProblem(parsed) ? {} : (parsed.data ?? {})) as { term?: string; synoniemen?: string[]; dubbelzinnig?: boolean; definitie?: string };
      return { id: f.replace(/\.mdx?$/, ''), data };
    })
    .filter(({ data }) => data.term && !data.dubbelzinnig)
    .map(({ id, data }) => ({ id, forms: [data.term!, ...(data.synoniemen ?? [])], definitie: data.definitie ?? '' }))
    .sort((a, b) => Math.max(...b.forms.map((f) => f.length)) - Math.max(...a.forms.map((f) => f.length)));
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** One regular expression for all forms, matching whole words only (Dutch letters count as word characters). */
export function termPattern(terms: GlossaryTerm[]): RegExp | undefined {
  const forms = terms.flatMap((t) => t.forms).sort((a, b) => b.length - a.length);
  if (!forms.length) return undefined;
  return new RegExp(`(?<![\\p{L}\\p{N}-])(${forms.map(escape).join('|')})(?![\\p{L}\\p{N}-])`, 'giu');
}
