import { z } from 'zod';
import { bronnen, text, verwijzing } from './common.ts';

/** Frontmatter of `content/begrippen/<id>.md`: one term of the glossary. The body explains it further. */
export const begripSchema = z.strictObject({
  /** The term as it appears in texts. */
  term: text.meta({ title: 'Term', description: 'Het begrip zoals het in teksten staat. Het adres wordt er bij het eerste opslaan van gemaakt.' }),
  /** Other spellings or forms that mean the same ("KPI", "kritieke prestatie-indicator"). */
  synoniemen: z.array(text).default([]).meta({ title: 'Synoniemen', description: 'Andere schrijfwijzen met dezelfde betekenis, zoals "KPI".' }),
  /** Definition in one plain sentence (B1). */
  definitie: text.meta({ title: 'Definitie', description: 'Wat het begrip betekent, in één gewone zin (B1).' }),
  /** Related terms. */
  zieOok: z.array(verwijzing('begrippen')).default([]).meta({ title: 'Zie ook', description: 'Begrippen die erbij horen.' }),
  /** True when the word also has an everyday meaning; it is then not linked automatically in texts. */
  dubbelzinnig: z.boolean().default(false).meta({ title: 'Dubbelzinnig', description: 'Zet aan als het woord ook een gewone betekenis heeft; dan wordt het in teksten niet vanzelf een link.' }),
  /** Sources of the definition. */
  bronnen: bronnen.meta({ title: 'Bronnen', description: 'Waar de definitie vandaan komt.' }),
});
export type Begrip = z.infer<typeof begripSchema>;
