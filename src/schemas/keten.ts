import { z } from 'zod';
import { bronnen, datum, text, verwijzing } from './common.ts';

/** Ebrahim's four strategies: which kind of results a keten can sensibly be held to. */
export const strategie = z.enum(['niche', 'geintegreerd', 'emergent', 'ecosysteem']);

/** Frontmatter of `content/ketens/<id>.mdx`: one chain of services. The body is its narrative. */
export const ketenSchema = z.strictObject({
  /** Official name, e.g. "Participatie en Armoede". */
  naam: text.meta({ title: 'Naam', description: 'De officiële naam, zoals "Participatie en Armoede". Het adres van de keten wordt er bij het eerste opslaan van gemaakt.' }),
  /** Other names used for this keten in documents ("participatieketen"). */
  aliassen: z.array(text).default([]).meta({ title: 'Andere namen', description: 'Namen die documenten ook voor deze keten gebruiken, zoals "participatieketen".' }),
  /** The societal task (opgave) of the keten, in one or two sentences. */
  opgave: text.meta({ title: 'Opgave', description: 'De maatschappelijke opgave van de keten, in een of twee zinnen.' }),
  /** Themes of the wijkteam assignment that belong to this keten. */
  themas: z.array(text).default([]).meta({ title: "Thema's", description: 'Thema\'s uit de opdracht aan de wijkteams die bij deze keten horen.' }),
  /** Organisations in the keten and their role. */
  partners: z.array(z.strictObject({
    /** Id in organisaties.json. */
    organisatie: verwijzing('organisaties').meta({ title: 'Organisatie', description: 'Kies de organisatie uit de lijst met organisaties.' }),
    /** What this organisation does in the keten. */
    rol: text.meta({ title: 'Rol', description: 'Wat deze organisatie in de keten doet.' }),
  })).default([]).meta({ title: 'Partners', description: 'De organisaties in de keten en hun rol.' }),
  /** `vastgesteld` (adopted), `concept` (draft or reconstruction) or `nog-niet-beschreven`. */
  status: z.enum(['vastgesteld', 'concept', 'nog-niet-beschreven']).meta({ title: 'Status', description: 'vastgesteld, concept (een ontwerp of reconstructie) of nog-niet-beschreven.' }),
  /** Summary in plain Dutch (B1), shown as "In het kort". Required. */
  samenvatting: text.meta({ title: 'Samenvatting', description: 'Kort en in gewone taal (B1); staat op de pagina onder "In het kort".' }),
  /** Ebrahim's strategy for this keten, if chosen. */
  strategie: strategie.meta({ title: 'Strategie', description: 'De strategie van Ebrahim voor deze keten, als die gekozen is: niche, geintegreerd, emergent of ecosysteem.' }).optional(),
  /** From when this description applies. */
  geldigVan: datum.meta({ title: 'Geldig vanaf', description: 'Vanaf wanneer deze beschrijving geldt: JJJJ-MM-DD, JJJJ-MM of JJJJ.' }).optional(),
  /** Until when this description applies. */
  geldigTot: datum.meta({ title: 'Geldig tot', description: 'Tot wanneer deze beschrijving geldt.' }).optional(),
  /** Position in lists (low first). */
  volgorde: z.number().int().default(100).meta({ title: 'Volgorde', description: 'Plaats in lijsten: een lager getal staat eerder.' }),
  /** Frameworks (kaders) this keten page uses. */
  kaders: z.array(verwijzing('kaders')).default([]).meta({ title: 'Kaders', description: 'De kaders die deze pagina gebruikt.' }),
  /**
   * Context figures that would belong under "De keten in cijfers" but are missing: per line what is missing,
   * why, and what was searched. Shown on the page; a gap is a finding too.
   */
  ontbrekendeCijfers: z.array(text).default([]).meta({ title: 'Ontbrekende cijfers', description: 'Cijfers die onder "De keten in cijfers" zouden horen maar er niet zijn: per regel wat ontbreekt, waarom, en wat is gezocht.' }),
  /** Sources of what this page says. */
  bronnen: bronnen.meta({ title: 'Bronnen', description: 'De bronnen van wat deze pagina zegt.' }),
});
export type Keten = z.infer<typeof ketenSchema>;
