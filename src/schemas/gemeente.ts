import { z } from 'zod';
import { bronverwijzing, datum, text, verwijzing } from './common.ts';

/**
 * The comparable fields of the comparative studies: the five-part template of the Groningen/Drenthe
 * study and the team characteristics of the Noord-Holland study. Each study fills the fields it has.
 */
export const kenmerkVelden = [
  'teamvorm', 'aantal-teams', 'doelgroep', 'positionering', 'samenstelling', 'generalistisch-specialistisch',
  'handelingsbevoegdheid', 'toegang', 'regie-burger', 'opdrachtgeversmodel', 'sturingsmodel', 'governancetype',
  'regierol', 'sturingsniveau-nu', 'sturingsniveau-gewenst', 'burgerparticipatie', 'knelpunten', 'tevredenheid',
] as const;
export const kenmerkVeld = z.enum(kenmerkVelden);

/** One value of a profile, with its source. */
export const kenmerkSchema = z.strictObject({
  /** The value in a few words. */
  waarde: text,
  /** Explanation or nuance. */
  toelichting: text.optional(),
  /** Where the study says this. */
  bron: bronverwijzing,
});

/** What one study says about this municipality. */
export const studieSchema = z.strictObject({
  /** Id of the publication (the study). */
  publicatie: verwijzing('publicaties'),
  /** The date the description applies to ("as of"). */
  peildatum: datum,
  /** Summary of what the study describes, in our words. */
  samenvatting: text,
  /** The comparable fields this study fills. */
  kenmerken: z.partialRecord(kenmerkVeld, kenmerkSchema).default({}),
  /** Short quotes from the study, by role. */
  citaten: z.array(z.strictObject({ tekst: text, rol: text, bron: bronverwijzing })).default([]),
});

/** `content/gemeenten/<id>.json`: one municipality, with a section per study it appears in. */
export const gemeenteSchema = z.strictObject({
  /** Name at the time of the studies. */
  naam: text,
  /** Province. */
  provincie: text,
  /** CBS municipality code (e.g. "GM0479"), so CBS and GGD figures can be matched to this municipality. */
  cbsCode: z.string().regex(/^GM\d{4}$/, { error: 'moet een CBS-gemeentecode zijn: GM en vier cijfers, bijvoorbeeld GM0479' }).optional(),
  /** Later changes, e.g. a merger ("sinds 2018 deel van Midden-Groningen"). */
  opmerking: text.optional(),
  /** The studies that describe this municipality. */
  studies: z.array(studieSchema).min(1),
});
export type Gemeente = z.infer<typeof gemeenteSchema>;
export type KenmerkVeld = z.infer<typeof kenmerkVeld>;
