import { z } from 'zod';
import { slug, text, url } from './common.ts';

/** A person or organisation as CSL-JSON names it. */
const naam = z.union([
  z.strictObject({
    /** Family name. */
    family: text,
    /** Given names or initials. */
    given: text.optional(),
    /** Particle such as "van", "de". */
    'non-dropping-particle': text.optional(),
  }),
  z.strictObject({
    /** An organisation or a name that must not be split. */
    literal: text,
  }),
], { error: 'moet { "family": …, "given": … } zijn, of { "literal": … } voor een organisatie' });

/** A date as CSL-JSON writes it: [[year, month, day]], month and day optional. */
const cslDatum = z.strictObject({
  'date-parts': z.array(z.tuple([z.number().int(), z.number().int().min(1).max(12).optional(), z.number().int().min(1).max(31).optional()])).min(1).max(2),
  /** True when the date is approximate. */
  circa: z.boolean().optional(),
});

/** One entry of `content/bronnen.json`, in CSL-JSON (the format of Zotero and other reference managers). */
export const bronSchema = z.strictObject({
  /** Id used to cite this source, e.g. "rekenkamer-zaanstad-2025". */
  id: slug,
  /** CSL type. */
  type: z.enum(['report', 'book', 'chapter', 'article-journal', 'article', 'webpage', 'document', 'legislation', 'dataset', 'paper-conference', 'thesis', 'article-magazine', 'article-newspaper', 'speech', 'personal_communication']),
  /** Title. */
  title: text,
  /** Short title. */
  'title-short': text.optional(),
  /** Journal, book or series it appeared in. */
  'container-title': text.optional(),
  /** Series title. */
  'collection-title': text.optional(),
  /** Authors. */
  author: z.array(naam).optional(),
  /** Editors. */
  editor: z.array(naam).optional(),
  /** Date of publication. */
  issued: cslDatum.optional(),
  /** Date the online source was consulted. */
  accessed: cslDatum.optional(),
  /** Publisher or issuing organisation. */
  publisher: text.optional(),
  /** Place of publication. */
  'publisher-place': text.optional(),
  /** Web address. */
  URL: url.optional(),
  /** DOI, e.g. "10.1234/abc". */
  DOI: z.string().regex(/^10\.\d{4,9}\/\S+$/, { error: 'moet een DOI zijn zoals 10.1234/abc (zonder https://doi.org/)' }).optional(),
  /** ISBN. */
  ISBN: text.optional(),
  /** Pages. */
  page: text.optional(),
  /** Volume. */
  volume: z.union([text, z.number()]).optional(),
  /** Issue. */
  issue: z.union([text, z.number()]).optional(),
  /** Edition. */
  edition: z.union([text, z.number()]).optional(),
  /** Report number or similar. */
  number: z.union([text, z.number()]).optional(),
  /** Kind of document, e.g. "Rekenkamerbrief". */
  genre: text.optional(),
  /** Language, e.g. "nl". */
  language: text.optional(),
  /** Note. */
  note: text.optional(),
});
export type Bron = z.infer<typeof bronSchema>;
