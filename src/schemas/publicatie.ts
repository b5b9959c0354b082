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
  nummer: nummer.meta({ title: 'Nummer', description: 'Zoals in de bron, bijvoorbeeld 1.4; wordt het anker #bevinding-<nummer>.' }),
  /** Short title of the finding. */
  titel: text.meta({ title: 'Titel', description: 'Een korte titel van de bevinding.' }),
  /** The finding in our own words. */
  tekst: text.meta({ title: 'Bevinding', description: 'De bevinding in eigen woorden.' }),
  /** sterkte (strength), knelpunt (problem) or gemengd (mixed). */
  oordeel: z.enum(['sterkte', 'knelpunt', 'gemengd']).meta({ title: 'Oordeel', description: 'sterkte, knelpunt of gemengd.' }),
  /** The role of the municipality the finding looks at. */
  rol: rolLens.meta({ title: 'Rol van de gemeente', description: 'Naar welke rol van de gemeente de bevinding kijkt.' }).optional(),
  /** Ketens the finding touches. */
  ketens: z.array(verwijzing('ketens')).default([]).meta({ title: 'Ketens', description: 'De ketens waar de bevinding over gaat.' }),
  /** Place in the source. */
  bron: bronverwijzing.meta({ title: 'Plaats in de bron', description: 'Waar de bevinding in de bron staat.' }).optional(),
});

/** The college's response to a recommendation. */
export const reactieSchema = z.strictObject({
  /** overgenomen (adopted), deels (partly) or niet (not adopted). */
  oordeel: z.enum(['overgenomen', 'deels', 'niet']).meta({ title: 'Oordeel', description: 'overgenomen, deels of niet.' }),
  /** What the college said, in our words (short quotes allowed, marked). */
  tekst: text.meta({ title: 'Reactie', description: 'Wat het college zei, in eigen woorden; korte citaten tussen aanhalingstekens.' }),
});

/** One recommendation, with its sub-recommendations and the college's response. */
export const aanbevelingSchema = z.strictObject({
  /** Number as in the source ("2.1", "1"); becomes the anchor #aanbeveling-<nummer>. */
  nummer: nummer.meta({ title: 'Nummer', description: 'Zoals in de bron, bijvoorbeeld 2.1; wordt het anker #aanbeveling-<nummer>.' }),
  /** Short title. */
  titel: text.meta({ title: 'Titel', description: 'Een korte titel van de aanbeveling.' }),
  /** The recommendation in our own words. */
  tekst: text.meta({ title: 'Aanbeveling', description: 'De aanbeveling in eigen woorden.' }),
  /** To whom it is addressed (college, raad, wijkteamorganisaties…). */
  adressaat: text.meta({ title: 'Voor wie', description: 'Aan wie de aanbeveling gericht is: college, raad, wijkteamorganisaties …' }),
  /** Sub-recommendations. */
  subaanbevelingen: z.array(z.strictObject({
    nummer: nummer.meta({ title: 'Nummer', description: 'Zoals in de bron, bijvoorbeeld 2.1a.' }),
    tekst: text.meta({ title: 'Tekst', description: 'De deelaanbeveling in eigen woorden.' }),
  })).default([]).meta({ title: 'Deelaanbevelingen', description: 'Onderdelen van de aanbeveling, als de bron ze noemt.' }),
  /** The college's response, if published. */
  reactie: reactieSchema.meta({ title: 'Reactie van het college', description: 'Als het college gereageerd heeft.' }).optional(),
  /** Ketens the recommendation touches. */
  ketens: z.array(verwijzing('ketens')).default([]).meta({ title: 'Ketens', description: 'De ketens waar de aanbeveling over gaat.' }),
  /** Place in the source. */
  bron: bronverwijzing.meta({ title: 'Plaats in de bron', description: 'Waar de aanbeveling in de bron staat.' }).optional(),
});

/** Frontmatter of `content/publicaties/<id>.mdx`: an evaluation, audit, letter, study or learning trajectory. */
export const publicatieSchema = z
  .strictObject({
    /** Title as published. */
    titel: text.meta({ title: 'Titel', description: 'Zoals gepubliceerd. Het adres wordt er bij het eerste opslaan van gemaakt.' }),
    /** Subtitle as published. */
    ondertitel: text.meta({ title: 'Ondertitel', description: 'Zoals gepubliceerd.' }).optional(),
    /** Kind of publication. */
    soort: publicatieSoort.meta({ title: 'Soort', description: 'evaluatie, rekenkamerrapport, raadsinformatiebrief, onderzoek of leertraject.' }),
    /** Issuing organisation. */
    uitgever: text.meta({ title: 'Uitgever', description: 'De organisatie die de publicatie uitbracht.' }),
    /** Authors (people or organisations). */
    auteurs: z.array(text).default([]).meta({ title: 'Auteurs', description: 'Mensen of organisaties, één per regel.' }),
    /** Date of publication: JJJJ-MM-DD, or JJJJ-MM / JJJJ when only that is known. */
    datum: datum.meta({ title: 'Datum', description: 'Datum van publicatie: JJJJ-MM-DD, of JJJJ-MM of JJJJ als alleen dat bekend is.' }),
    /** Who commissioned it. */
    opdrachtgever: text.meta({ title: 'Opdrachtgever', description: 'Wie de opdracht gaf.' }).optional(),
    /** For whom it was written (e.g. "gemeenteraad"). */
    voor: text.meta({ title: 'Geschreven voor', description: 'Bijvoorbeeld "gemeenteraad".' }).optional(),
    /** How the research was done. */
    methode: text.meta({ title: 'Methode', description: 'Hoe het onderzoek is gedaan.' }),
    /** The research question(s). */
    onderzoeksvragen: z.array(text).min(1).meta({ title: 'Onderzoeksvragen', description: 'Minstens één vraag.' }),
    /** The main conclusion in one or two sentences (B1). */
    hoofdconclusie: text.meta({ title: 'Hoofdconclusie', description: 'In een of twee zinnen, in gewone taal (B1).' }),
    /** Summary in plain Dutch (B1), a few lines. */
    samenvatting: text.meta({ title: 'Samenvatting', description: 'Een paar regels in gewone taal (B1).' }),
    /** Findings. */
    bevindingen: z.array(bevindingSchema).default([]).meta({ title: 'Bevindingen', description: 'Wat het onderzoek vond, met het nummer uit de bron.' }),
    /** Recommendations. */
    aanbevelingen: z.array(aanbevelingSchema).default([]).meta({ title: 'Aanbevelingen', description: 'De aanbevelingen, met het nummer uit de bron. Hun stand houd je bij onder "Stand van aanbevelingen".' }),
    /** The college's general response, if any. */
    collegereactie: text.meta({ title: 'Reactie van het college', description: 'De algemene reactie van het college, als die er is.' }).optional(),
    /** The issuer's afterword (nawoord) on the response. */
    nawoord: text.meta({ title: 'Nawoord', description: 'Het nawoord van de uitgever op de reactie.' }).optional(),
    /** The source document. */
    document: z.strictObject({
      /** Where the document can be read. */
      url: url.meta({ title: 'Webadres', description: 'Waar het document te lezen is.' }).optional(),
      /** The entry in bronnen.json for this publication. */
      bron: verwijzing('bronnen').meta({ title: 'In de bronnenlijst', description: 'Deze publicatie in de lijst met bronnen.' }),
    }).meta({ title: 'Document', description: 'Het document zelf.' }),
    /** Ketens this publication concerns. */
    ketens: z.array(verwijzing('ketens')).default([]).meta({ title: 'Ketens', description: 'De ketens waar de publicatie over gaat.' }),
    /** Frameworks (kaders) this publication uses. */
    kaders: z.array(verwijzing('kaders')).default([]).meta({ title: 'Kaders', description: 'De kaders die de publicatie gebruikt.' }),
    /** Sources this publication cites (ids in bronnen.json). */
    referenties: z.array(verwijzing('bronnen')).default([]).meta({ title: 'Referenties', description: 'Bronnen die de publicatie aanhaalt.' }),
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
