import { z } from 'zod';
import { bronverwijzing, datum, rolLens, text, url, verwijzing } from './common.ts';

export const publicatieSoort = z.enum(['evaluatie', 'rekenkamerrapport', 'raadsinformatiebrief', 'onderzoek', 'leertraject']);
/** A number as text ("2.10" must stay "2.10", which a bare YAML/JSON number would turn into 2.1). */
export const nummer = z
  .string({
    error: (issue) => issue.input === undefined
      ? 'ontbreekt: geef het nummer zoals in de bron, tussen aanhalingstekens (bijvoorbeeld "2.1")'
      : 'moet tekst zijn: zet het nummer tussen aanhalingstekens, precies zoals in de bron (bijvoorbeeld "2.10"); zonder aanhalingstekens wordt 2.10 gelezen als 2.1',
  })
  .regex(/^[0-9a-z]+([.-][0-9a-z]+)*$/i, { error: 'moet een nummer zijn als "1", "2.3" of "1a"' });

/** One finding of a publication. */
export const bevindingSchema = z.strictObject({
  /** Number as in the source ("1.4"); becomes the anchor #bevinding-<nummer>. */
  nummer,
  /** Short title of the finding. */
  titel: text,
  /** The finding in our own words. */
  tekst: text,
  /** sterkte (strength), knelpunt (problem) or gemengd (mixed). */
  oordeel: z.enum(['sterkte', 'knelpunt', 'gemengd']),
  /** The role of the municipality the finding looks at. */
  rol: rolLens.optional(),
  /** Ketens the finding touches. */
  ketens: z.array(verwijzing('ketens')).default([]),
  /** Place in the source. */
  bron: bronverwijzing.optional(),
});

/** The college's response to a recommendation. */
export const reactieSchema = z.strictObject({
  /** overgenomen (adopted), deels (partly) or niet (not adopted). */
  oordeel: z.enum(['overgenomen', 'deels', 'niet']),
  /** What the college said, in our words (short quotes allowed, marked). */
  tekst: text,
});

/** One recommendation, with its sub-recommendations and the college's response. */
export const aanbevelingSchema = z.strictObject({
  /** Number as in the source ("2.1", "1"); becomes the anchor #aanbeveling-<nummer>. */
  nummer,
  /** Short title. */
  titel: text,
  /** The recommendation in our own words. */
  tekst: text,
  /** To whom it is addressed (college, raad, wijkteamorganisaties…). */
  adressaat: text,
  /** Sub-recommendations. */
  subaanbevelingen: z.array(z.strictObject({ nummer, tekst: text })).default([]),
  /** The college's response, if published. */
  reactie: reactieSchema.optional(),
  /** Ketens the recommendation touches. */
  ketens: z.array(verwijzing('ketens')).default([]),
  /** Place in the source. */
  bron: bronverwijzing.optional(),
});

/** Frontmatter of `content/publicaties/<id>.mdx`: an evaluation, audit, letter, study or learning trajectory. */
export const publicatieSchema = z
  .strictObject({
    /** Title as published. */
    titel: text,
    /** Subtitle as published. */
    ondertitel: text.optional(),
    /** Kind of publication. */
    soort: publicatieSoort,
    /** Issuing organisation. */
    uitgever: text,
    /** Authors (people or organisations). */
    auteurs: z.array(text).default([]),
    /** Date of publication: JJJJ-MM-DD, or JJJJ-MM / JJJJ when only that is known. */
    datum,
    /** Who commissioned it. */
    opdrachtgever: text.optional(),
    /** For whom it was written (e.g. "gemeenteraad"). */
    voor: text.optional(),
    /** How the research was done. */
    methode: text,
    /** The research question(s). */
    onderzoeksvragen: z.array(text).min(1),
    /** The main conclusion in one or two sentences (B1). */
    hoofdconclusie: text,
    /** Summary in plain Dutch (B1), a few lines. */
    samenvatting: text,
    /** Findings. */
    bevindingen: z.array(bevindingSchema).default([]),
    /** Recommendations. */
    aanbevelingen: z.array(aanbevelingSchema).default([]),
    /** The college's general response, if any. */
    collegereactie: text.optional(),
    /** The issuer's afterword (nawoord) on the response. */
    nawoord: text.optional(),
    /** The source document. */
    document: z.strictObject({
      /** Where the document can be read. */
      url: url.optional(),
      /** The entry in bronnen.json for this publication. */
      bron: verwijzing('bronnen'),
    }),
    /** Ketens this publication concerns. */
    ketens: z.array(verwijzing('ketens')).default([]),
    /** Frameworks (kaders) this publication uses. */
    kaders: z.array(verwijzing('kaders')).default([]),
    /** Sources this publication cites (ids in bronnen.json). */
    referenties: z.array(verwijzing('bronnen')).default([]),
  })
  .superRefine((p, ctx) => {
    for (const list of ['bevindingen', 'aanbevelingen'] as const) {
      const seen = new Set<string>();
      p[list].forEach((item, i) => {
        if (seen.has(item.nummer)) ctx.addIssue({ code: 'custom', path: [list, i, 'nummer'], message: `nummer "${item.nummer}" komt twee keer voor` });
        seen.add(item.nummer);
      });
    }
  });
export type Publicatie = z.infer<typeof publicatieSchema>;
export type Bevinding = z.infer<typeof bevindingSchema>;
export type Aanbeveling = z.infer<typeof aanbevelingSchema>;
