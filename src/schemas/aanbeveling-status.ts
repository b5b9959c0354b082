import { z } from 'zod';
import { bronverwijzing, datum, link, text, verwijzing } from './common.ts';
import { nummer } from './publicatie.ts';

export const aanbevelingStatus = z.enum(['toegezegd', 'in-uitvoering', 'uitgevoerd', 'niet-overgenomen', 'onbekend']);

/** One dated status of one recommendation. */
export const statusEntrySchema = z.strictObject({
  /** Number of the recommendation in the publication ("2.1"). */
  aanbeveling: nummer.meta({ title: 'Aanbeveling', description: 'Het nummer van de aanbeveling in de publicatie, zoals 2.1.' }),
  /** Date of this status. */
  datum: datum.meta({ title: 'Datum', description: 'Datum van deze stand: JJJJ-MM-DD.' }),
  /** toegezegd, in-uitvoering, uitgevoerd, niet-overgenomen or onbekend. */
  status: aanbevelingStatus.meta({ title: 'Status', description: 'toegezegd, in-uitvoering, uitgevoerd, niet-overgenomen of onbekend.' }),
  /** What happened, in one or two sentences. */
  toelichting: text.meta({ title: 'Toelichting', description: 'Wat er gebeurde, in een of twee zinnen.' }),
  /** Evidence: a document or decision that shows the status. */
  bewijs: z.strictObject({
    titel: text.meta({ title: 'Titel', description: 'De naam van het document of besluit.' }),
    url: link.meta({ title: 'Webadres', description: 'Begin met https://, of met / voor een pagina op deze site.' }).optional(),
    bron: bronverwijzing.meta({ title: 'Bron', description: 'Het document in de lijst met bronnen.' }).optional(),
  }).meta({ title: 'Bewijs', description: 'Een document of besluit dat de stand laat zien.' }).optional(),
});

/** `content/aanbevelingen/<id>.json`: the status history of the recommendations of one publication. */
export const aanbevelingStatusSchema = z.strictObject({
  /** Id of the publication whose recommendations these are. */
  publicatie: verwijzing('publicaties').meta({ title: 'Publicatie', description: 'De publicatie met deze aanbevelingen; het bestand krijgt haar id als naam.' }),
  /** Status entries, any order; the newest per recommendation counts. */
  statussen: z.array(statusEntrySchema).default([]).meta({ title: 'Standen', description: 'Een nieuwe stand voeg je bovenaan toe, met datum. Een oude stand pas je nooit aan: de site toont de geschiedenis.', nieuwBovenaan: true }),
});
export type AanbevelingStatusFile = z.infer<typeof aanbevelingStatusSchema>;
export type StatusEntry = z.infer<typeof statusEntrySchema>;
