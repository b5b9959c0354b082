import { z } from 'zod';
import { bronverwijzing, datum, link, slug, text } from './common.ts';
import { nummer } from './publicatie.ts';

export const aanbevelingStatus = z.enum(['toegezegd', 'in-uitvoering', 'uitgevoerd', 'niet-overgenomen', 'onbekend']);

/** One dated status of one recommendation. */
export const statusEntrySchema = z.strictObject({
  /** Number of the recommendation in the publication ("2.1"). */
  aanbeveling: nummer,
  /** Date of this status. */
  datum,
  /** toegezegd, in-uitvoering, uitgevoerd, niet-overgenomen or onbekend. */
  status: aanbevelingStatus,
  /** What happened, in one or two sentences. */
  toelichting: text,
  /** Evidence: a document or decision that shows the status. */
  bewijs: z.strictObject({ titel: text, url: link.optional(), bron: bronverwijzing.optional() }).optional(),
});

/** `content/aanbevelingen/<id>.json`: the status history of the recommendations of one publication. */
export const aanbevelingStatusSchema = z.strictObject({
  /** Id of the publication whose recommendations these are. */
  publicatie: slug,
  /** Status entries, any order; the newest per recommendation counts. */
  statussen: z.array(statusEntrySchema).default([]),
});
export type AanbevelingStatusFile = z.infer<typeof aanbevelingStatusSchema>;
export type StatusEntry = z.infer<typeof statusEntrySchema>;
