import { Cite } from '@citation-js/core';
import '@citation-js/plugin-csl';
import '@citation-js/plugin-bibtex';
import type { Bron } from '../schemas/index.ts';


/** CSL-JSON allows numbers for volume, issue, edition and number; citeproc needs text. */
function forCiteproc(bron: Bron): object {
  const copy: Record<string, unknown> = { ...bron };
  for (const key of ['volume', 'issue', 'edition', 'number'] as const) if (typeof copy[key] === 'number') copy[key] = String(copy[key]);
  return copy;
}

/** One source as an APA-style reference in Dutch (citation-js with the bundled APA style and nl-NL locale). */
export function apaReference(bron: Bron): string {
  return new Cite(forCiteproc(bron))
    .format('bibliography', { format: 'text', template: 'apa', lang: 'nl-NL' })
    .trim();
}

/** A source as BibTeX, for reference managers. */
export function bibtex(bron: Bron): string {
  return new Cite(forCiteproc(bron)).format('bibtex', { format: 'text' }).trim();
}
