import { z } from 'zod';
import { bronverwijzing, datum, slug, text } from './common.ts';

/**
 * Frontmatter of `content/verhalen/<id>.mdx`: a story from practice, linked to the results it speaks to.
 * People are named by role ("een wijkteammedewerker"), never by name.
 */
export const verhaalSchema = z.strictObject({
  /** Title of the story. */
  titel: text,
  /** Id of the keten the story belongs to. */
  keten: slug,
  /** Ids of the result nodes (in that keten's verandertheorie) the story speaks to. */
  resultaten: z.array(slug).default([]),
  /** Ids of indicators the story explains or puts into perspective. */
  indicatoren: z.array(slug).default([]),
  /** From whose point of view the story is told. */
  perspectief: z.enum(['inwoner', 'professional', 'gemeente', 'ketenpartner']),
  /** The role of the speaker, e.g. "een wijkteammedewerker". Never a name. */
  rol: text,
  /** Id of the area the story takes place in, if any. */
  wijk: slug.optional(),
  /** Date of the story or of its source. */
  datum,
  /** What kind of story: a short quote, a description of practice, or a case. */
  soort: z.enum(['citaat', 'praktijkbeschrijving', 'casus']),
  /** The quote itself, for soort citaat: short, literal, in quotation marks on the page. */
  citaat: text.optional(),
  /** Where the story comes from. */
  bron: bronverwijzing,
  /** Consent: `gegeven` (the person agreed) or `openbare-bron` (quoted from a published source). */
  toestemming: z.enum(['gegeven', 'openbare-bron'], { error: 'ontbreekt of is onjuist: schrijf "gegeven" (de persoon gaf toestemming) of "openbare-bron" (overgenomen uit een gepubliceerde bron)' }),
  /** Must be true: the story names no person and cannot be traced to one. */
  geanonimiseerd: z.literal(true, { error: 'moet true zijn: een verhaal noemt mensen bij hun rol, nooit bij naam, en is niet naar een persoon te herleiden' }),
});
export type Verhaal = z.infer<typeof verhaalSchema>;
