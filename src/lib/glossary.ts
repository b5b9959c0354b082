import { isSyntaxProblem, parseFrontmatter } from './validate/parse.ts';

export interface GlossaryTerm { id: string; forms: string[]; definitie: string }

/**
 * The terms to link in texts, from the begrippen files (name and text): each begrip with its synonyms, except
 * ambiguous words (`dubbelzinnig: true`), which also have an everyday meaning. Longest forms first,
 * so "betekenisvol verantwoorden" wins over "verantwoorden".
 */
export function glossaryTerms(files: { name: string; text: string }[]): GlossaryTerm[] {
  return files
    .filter((f) => /\.mdx?$/.test(f.name))
    .map((f) => {
      const parsed = parseFrontmatter(f.text);
      // A broken file is reported by the content check; here it simply links nothing.
      const data = (isSyntaxProblem(parsed) ? {} : (parsed.data ?? {})) as { term?: string; synoniemen?: string[]; dubbelzinnig?: boolean; definitie?: string };
      return { id: f.name.replace(/\.mdx?$/, ''), data };
    })
    .filter(({ data }) => data.term && !data.dubbelzinnig)
    .map(({ id, data }) => ({ id, forms: [data.term!, ...(data.synoniemen ?? [])], definitie: data.definitie ?? '' }))
    .sort((a, b) => Math.max(...b.forms.map((f) => f.length)) - Math.max(...a.forms.map((f) => f.length)));
}

// Smart punctuation turns ' into ’ before plugins see the text, so both count as the same apostrophe.
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/['’]/g, "['’]");
const normalise = (s: string) => s.toLowerCase().replace(/’/g, "'");

/** One regular expression for all forms, matching whole words only (Dutch letters count as word characters). */
export function termPattern(terms: GlossaryTerm[]): RegExp | undefined {
  const forms = terms.flatMap((t) => t.forms).sort((a, b) => b.length - a.length);
  if (!forms.length) return undefined;
  return new RegExp(`(?<![\\p{L}\\p{N}-])(${forms.map(escape).join('|')})(?![\\p{L}\\p{N}-])`, 'giu');
}

/** A piece of a text after linking: plain text, or a term with the id of its definition. */
export type TextPart = { text: string } | { term: GlossaryTerm; text: string; definitionId: string };

/**
 * Finds glossary terms in one text for one document. A term is linked once per document (`linked` remembers
 * which ones, across calls), never inside its own entry (`self`). Returns undefined when nothing is linked.
 */
export function glossaryMatcher(terms: GlossaryTerm[]) {
  const byForm = new Map(terms.flatMap((t) => t.forms.map((f) => [normalise(f), t] as const)));
  const pattern = termPattern(terms);
  return (text: string, document: { linked: Set<string>; self?: string; prefix: string }): TextPart[] | undefined => {
    if (!pattern) return undefined;
    const parts: TextPart[] = [];
    let last = 0;
    for (const m of text.matchAll(pattern)) {
      const term = byForm.get(normalise(m[0]));
      if (!term || document.linked.has(term.id) || term.id === document.self) continue;
      document.linked.add(term.id);
      if (m.index > last) parts.push({ text: text.slice(last, m.index) });
      parts.push({ term, text: m[0], definitionId: `def-${document.prefix}-${term.id}` });
      last = m.index + m[0].length;
    }
    if (!parts.length) return undefined;
    if (last < text.length) parts.push({ text: text.slice(last) });
    return parts;
  };
}
