import { z } from 'zod';
import { slug, text, url } from './common.ts';

/** One organisation in `content/organisaties.json`. */
export const organisatieSchema = z.strictObject({
  /** Id, used in keten partners. */
  id: slug,
  /** Name. */
  naam: text,
  /** Kind of organisation. */
  soort: z.enum(['gemeente', 'wijkteamorganisatie', 'ketenpartner', 'onderzoeksbureau', 'rekenkamer', 'overig']),
  /** Website. */
  url: url.optional(),
  /** What the organisation does, in one sentence. */
  omschrijving: text.optional(),
});
export type Organisatie = z.infer<typeof organisatieSchema>;
