import { z } from 'zod';
import { slug, text, url } from './common.ts';

/** One organisation in `content/organisaties.json`. */
export const organisatieSchema = z.strictObject({
  /** Id, used in keten partners. */
  id: slug.meta({ title: 'Id', description: 'Kleine letters, cijfers en streepjes; ketens noemen de organisatie met deze id. Verander hem niet meer.' }),
  /** Name. */
  naam: text.meta({ title: 'Naam', description: 'De naam van de organisatie.' }),
  /** Kind of organisation. */
  soort: z.enum(['gemeente', 'wijkteamorganisatie', 'ketenpartner', 'onderzoeksbureau', 'rekenkamer', 'overig']).meta({ title: 'Soort', description: 'Wat voor organisatie het is.' }),
  /** Website. */
  url: url.meta({ title: 'Website', description: 'Begin met https://.' }).optional(),
  /** What the organisation does, in one sentence. */
  omschrijving: text.meta({ title: 'Omschrijving', description: 'Wat de organisatie doet, in één zin.' }).optional(),
});
export type Organisatie = z.infer<typeof organisatieSchema>;
