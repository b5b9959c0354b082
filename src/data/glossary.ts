/** The glossary terms of a content folder, read from its begrippen files; the linking itself is in lib/glossary.ts. */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { glossaryTerms, type GlossaryTerm } from '../lib/glossary.ts';

export function loadGlossary(contentDir: string): GlossaryTerm[] {
  const dir = join(contentDir, 'begrippen');
  if (!existsSync(dir)) return [];
  return glossaryTerms(readdirSync(dir).filter((f) => /\.mdx?$/.test(f)).map((name) => ({ name, text: readFileSync(join(dir, name), 'utf8') })));
}
