import { z } from 'zod';
import { bronnen, text, verwijzing } from './common.ts';

/** Frontmatter of `content/begrippen/<id>.md`: one term of the glossary. The body explains it further. */
export const begripSchema = z.strictObject({
  /** The term as it appears in texts. */
  term: text,
  /** Other spellings or forms that mean the same ("KPI", "kritieke prestatie-indicator"). */
  synoniemen: z.array(text).default([]),
  /** Definition in one plain sentence (B1). */
  definitie: text,
  /** Related terms. */
  zieOok: z.array(verwijzing('begrippen')).default([]),
  /** True when the word also has an everyday meaning; it is then not linked automatically in texts. */
  dubbelzinnig: z.boolean().default(false),
  /** Sources of the definition. */
  bronnen,
});
export type Begrip = z.infer<typeof begripSchema>;
