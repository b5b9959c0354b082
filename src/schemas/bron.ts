import { z } from 'zod';
import { slug, text, url } from './common.ts';

/** A person or organisation as CSL-JSON names it. */
const naam = z.union([
  z.strictObject({
    /** Family name. */
    family: text.meta({ title: 'Achternaam', description: 'Zonder voorvoegsel.' }),
    /** Given names or initials. */
    given: text.meta({ title: 'Voornaam of voorletters' }).optional(),
    /** Particle such as "van", "de". */
    'non-dropping-particle': text.meta({ title: 'Voorvoegsel', description: 'Zoals "van" of "de".' }).optional(),
  }),
  z.strictObject({
    /** An organisation or a name that must not be split. */
    literal: text.meta({ title: 'Naam van een organisatie', description: 'Voor een organisatie, of een naam die niet gesplitst mag worden. Laat dan achternaam en voornaam leeg.' }),
  }),
], { error: 'moet { "family": …, "given": … } zijn, of { "literal": … } voor een organisatie' });

/** A date as CSL-JSON writes it: [[year, month, day]], month and day optional. */
const cslDatum = z.strictObject({
  'date-parts': z.array(z.tuple([z.number().int(), z.number().int().min(1).max(12).optional(), z.number().int().min(1).max(31).optional()])).min(1).max(2)
    .meta({ title: 'Datum', description: 'Jaar, maand en dag als getallen, zoals 2024, 11, 1. Maand en dag mogen ontbreken.' }),
  /** True when the date is approximate. */
  circa: z.boolean().meta({ title: 'Ongeveer', description: 'Zet aan als de datum bij benadering is.' }).optional(),
});

/** One entry of `content/bronnen.json`, in CSL-JSON (the format of Zotero and other reference managers). */
export const bronSchema = z.strictObject({
  /** Id used to cite this source, e.g. "rekenkamer-zaanstad-2025". */
  id: slug.meta({ title: 'Id', description: 'Waarmee je de bron noemt, zoals "rekenkamer-zaanstad-2025". Kleine letters, cijfers en streepjes; verander hem niet meer.' }),
  /** CSL type. */
  type: z.enum(['report', 'book', 'chapter', 'article-journal', 'article', 'webpage', 'document', 'legislation', 'dataset', 'paper-conference', 'thesis', 'article-magazine', 'article-newspaper', 'speech', 'personal_communication']).meta({ title: 'Soort bron', description: 'report (rapport), book (boek), webpage (webpagina), document, dataset, legislation (wet) enzovoort.' }),
  /** Title. */
  title: text.meta({ title: 'Titel', description: 'De titel van de bron.' }),
  /** Short title. */
  'title-short': text.meta({ title: 'Korte titel' }).optional(),
  /** Journal, book or series it appeared in. */
  'container-title': text.meta({ title: 'Verschenen in', description: 'Het tijdschrift, boek of de reeks waarin de bron verscheen.' }).optional(),
  /** Series title. */
  'collection-title': text.meta({ title: 'Reeks' }).optional(),
  /** Authors. */
  author: z.array(naam).meta({ title: 'Auteurs', description: 'Mensen met achternaam en voornaam, of een organisatie.' }).optional(),
  /** Editors. */
  editor: z.array(naam).meta({ title: 'Redacteuren', description: 'Mensen met achternaam en voornaam, of een organisatie.' }).optional(),
  /** Date of publication. */
  issued: cslDatum.meta({ title: 'Verschenen op', description: 'De datum van publicatie.' }).optional(),
  /** Date the online source was consulted. */
  accessed: cslDatum.meta({ title: 'Geraadpleegd op', description: 'Wanneer de online bron is bekeken.' }).optional(),
  /** Publisher or issuing organisation. */
  publisher: text.meta({ title: 'Uitgever', description: 'De uitgever of de organisatie die de bron uitbracht.' }).optional(),
  /** Place of publication. */
  'publisher-place': text.meta({ title: 'Plaats van uitgave' }).optional(),
  /** Web address. */
  URL: url.meta({ title: 'Webadres', description: 'Begin met https://.' }).optional(),
  /** DOI, e.g. "10.1234/abc". */
  DOI: z.string().regex(/^10\.\d{4,9}\/\S+$/, { error: 'moet een DOI zijn zoals 10.1234/abc (zonder https://doi.org/)' })
    .meta({ title: 'DOI', description: 'Zoals 10.1234/abc, zonder https://doi.org/.' }).optional(),
  /** ISBN. */
  ISBN: text.meta({ title: 'ISBN' }).optional(),
  /** Pages. */
  page: text.meta({ title: "Pagina's", description: 'Zoals 12-34.' }).optional(),
  /** Volume. */
  volume: z.union([text, z.number()]).meta({ title: 'Jaargang of deel' }).optional(),
  /** Issue. */
  issue: z.union([text, z.number()]).meta({ title: 'Nummer van het tijdschrift' }).optional(),
  /** Edition. */
  edition: z.union([text, z.number()]).meta({ title: 'Druk' }).optional(),
  /** Report number or similar. */
  number: z.union([text, z.number()]).meta({ title: 'Rapportnummer', description: 'Het nummer van een rapport of iets vergelijkbaars.' }).optional(),
  /** Kind of document, e.g. "Rekenkamerbrief". */
  genre: text.meta({ title: 'Soort document', description: 'Bijvoorbeeld "Rekenkamerbrief".' }).optional(),
  /** Language, e.g. "nl". */
  language: text.meta({ title: 'Taal', description: 'Zoals nl of en.' }).optional(),
  /** Note. */
  note: text.meta({ title: 'Opmerking' }).optional(),
});
export type Bron = z.infer<typeof bronSchema>;
