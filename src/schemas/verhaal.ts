import { z } from 'zod';
import { bronverwijzing, datum, slug, text, verwijzing } from './common.ts';

/**
 * Frontmatter of `content/verhalen/<id>.mdx`: a story from practice, linked to the results it speaks to.
 * People are named by role ("een wijkteammedewerker"), never by name.
 */
export const verhaalSchema = z.strictObject({
  /** Title of the story. */
  titel: text.meta({ title: 'Titel', description: 'Een korte titel; het adres van het verhaal wordt er bij het eerste opslaan van gemaakt.' }),
  /** Id of the keten the story belongs to. */
  keten: verwijzing('ketens').meta({ title: 'Keten', description: 'De keten waar het verhaal bij hoort.' }),
  /** Ids of the result nodes (in that keten's verandertheorie) the story speaks to. */
  resultaten: z.array(verwijzing('verandertheorie.knopen')).default([]).meta({ title: 'Resultaten', description: 'De resultaten uit de verandertheorie van die keten waar het verhaal over gaat.' }),
  /** Ids of indicators the story explains or puts into perspective. */
  indicatoren: z.array(verwijzing('indicatoren')).default([]).meta({ title: 'Indicatoren', description: 'Cijfers die het verhaal uitlegt of in perspectief zet.' }),
  /** From whose point of view the story is told. */
  perspectief: z.enum(['inwoner', 'professional', 'gemeente', 'ketenpartner']).meta({ title: 'Perspectief', description: 'Vanuit wie het verhaal verteld wordt.' }),
  /** The role of the speaker, e.g. "een wijkteammedewerker". Never a name. */
  rol: text.meta({ title: 'Rol van de verteller', description: 'Bijvoorbeeld "een wijkteammedewerker". Nooit een naam.' }),
  /** Id of the area the story takes place in, if any. */
  wijk: slug.meta({ title: 'Wijk', description: 'De id van de wijk uit de site-instellingen, als het verhaal in één wijk speelt.' }).optional(),
  /** Date of the story or of its source. */
  datum: datum.meta({ title: 'Datum', description: 'Datum van het verhaal of van de bron: JJJJ-MM-DD, JJJJ-MM of JJJJ.' }),
  /** What kind of story: a short quote, a description of practice, or a case. */
  soort: z.enum(['citaat', 'praktijkbeschrijving', 'casus']).meta({ title: 'Soort verhaal', description: 'Een kort citaat, een beschrijving van de praktijk, of een casus.' }),
  /** The quote itself, for soort citaat: short, literal, in quotation marks on the page. */
  citaat: text.meta({ title: 'Citaat', description: 'Alleen bij soort citaat: kort en letterlijk.' }).optional(),
  /** Where the story comes from. */
  bron: bronverwijzing.meta({ title: 'Bron', description: 'Waar het verhaal vandaan komt.' }),
  /** Consent: `gegeven` (the person agreed) or `openbare-bron` (quoted from a published source). */
  toestemming: z.enum(['gegeven', 'openbare-bron'], { error: 'ontbreekt of is onjuist: schrijf "gegeven" (de persoon gaf toestemming) of "openbare-bron" (overgenomen uit een gepubliceerde bron)' }).meta({ title: 'Toestemming', description: '"gegeven": de persoon gaf toestemming; "openbare-bron": overgenomen uit een gepubliceerde bron.' }),
  /** Must be true: the story names no person and cannot be traced to one. */
  geanonimiseerd: z.literal(true, { error: 'moet true zijn: een verhaal noemt mensen bij hun rol, nooit bij naam, en is niet naar een persoon te herleiden' }).meta({ title: 'Geanonimiseerd', description: 'Zet aan als het verhaal niemand bij naam noemt en niet naar een persoon te herleiden is. Zonder dit vinkje wordt het verhaal niet opgeslagen.' }),
});
export type Verhaal = z.infer<typeof verhaalSchema>;
