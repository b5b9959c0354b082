import { z } from 'zod';
import { link, slug, text, url } from './common.ts';

/**
 * A CSS font stack: names separated by commas, each a word list ("Fira Sans") or quoted ('Fira Sans').
 * Strict on purpose: the value is written into the site's style sheet, so nothing else may get in.
 */
const FONT_NAME = String.raw`(?:"[\p{L}\p{N} -]+"|'[\p{L}\p{N} -]+'|-?[\p{L}][\p{L}\p{N}-]*(?: [\p{L}\p{N}-]+)*)`;
const fontStack = z.string().max(200, { error: 'mag hoogstens 200 tekens lang zijn' }).regex(new RegExp(`^${FONT_NAME}(?: *, *${FONT_NAME})*$`, 'u'), {
  error: 'moet een lijst van lettertypen zijn, gescheiden door komma\'s, met alleen letters, cijfers, spaties en streepjes (bijvoorbeeld "Fira Sans", Arial, sans-serif)',
});

const hexColor = z.string().regex(/^#[0-9a-fA-F]{6}$/, { error: 'moet een kleur zijn als #rrggbb (bijvoorbeeld #005a9c)' });

/** An area of the municipality that observations can be reported for. */
export const gebiedSchema = z.strictObject({
  /** Id used in observations (`gebied`), e.g. "poelenburg". */
  id: slug,
  /** Name as residents know it. */
  naam: text,
  /** Level of the area: a wijk (neighbourhood) or the working area of one wijkteam. */
  niveau: z.enum(['wijk', 'wijkteam']),
  /** CBS code (e.g. "WK047901"), so imports can match on code instead of name. */
  cbsCode: z.string().regex(/^(WK|BU|GM)\d{4,8}$/, { error: 'moet een CBS-code zijn, bijvoorbeeld WK047901' }).optional(),
});

/** Site-wide settings: everything that differs between municipalities. */
export const siteSchema = z.strictObject({
  /** Name of the municipality, e.g. "Zaanstad". */
  gemeente: text,
  /** Id of the municipality as an area for gemeente-level observations, e.g. "zaanstad". */
  gemeenteId: slug,
  /** CBS code of the municipality (e.g. "GM0479"), so CBS files can be imported for the whole municipality. */
  gemeenteCbsCode: z.string().regex(/^GM\d{4}$/, { error: 'moet een CBS-gemeentecode zijn, bijvoorbeeld GM0479' }).optional(),
  /** Title of the site, shown in the header and in citations. */
  titel: text,
  /** One line under the title. */
  ondertitel: text.optional(),
  /** Public address of the site, used for canonical URLs, citations and the sitemap. */
  basisUrl: url,
  /** Address of the content repository; used to link a data version to its change. */
  repository: url.optional(),
  /** Who publishes the site (the issuing organisation in citations). */
  uitgever: text,
  /** Licence of texts and data. */
  licentie: z.strictObject({
    /** Name, e.g. "CC BY 4.0". */
    naam: text,
    /** Address of the licence text. */
    url,
  }),
  /** How readers reach the editors. */
  contact: z.strictObject({
    /** E-mail address of the editors. */
    email: z.email({ error: 'is geen geldig e-mailadres' }).optional(),
    /** Contact page. */
    url: link.optional(),
  }),
  /** True for a demonstration site filled with synthetic data; every page then says "voorbeelddata". */
  voorbeelddata: z.boolean().default(false),
  /** Design tokens of the municipality's house style. Text and background must contrast at least 4.5:1. */
  thema: z.strictObject({
    /** Main colour of header and headings. */
    primair: hexColor,
    /** Text on the main colour. */
    primairTekst: hexColor,
    /** Colour of links. */
    link: hexColor,
    /** Colour of the focus outline. */
    focus: hexColor,
    /** Text colour. */
    tekst: hexColor,
    /** Page background. */
    achtergrond: hexColor,
    /** Background of panels and table headers. */
    vlak: hexColor,
    /** Series colours of charts, in order; each must contrast at least 3:1 with the background. */
    grafiek: z.array(hexColor).min(2),
    /** Font stack, e.g. "Fira Sans, Arial, sans-serif". */
    lettertype: fontStack,
    /** Path of the logo in public/, e.g. "/logo.svg". */
    logo: z.string().regex(/^\/[^\s]+\.(svg|png)$/, { error: 'moet een pad in public/ zijn, bijvoorbeeld /logo.svg' }).optional(),
  }),
  /** Labels of the main navigation, in order. */
  navigatie: z.array(z.strictObject({ label: text, href: z.string().regex(/^\/([a-z0-9-]+\/)*$/, { error: 'moet een pad op deze site zijn, zoals /ketens/' }) })).min(1),
  /** The areas (wijken, wijkteamgebieden) observations can be reported for. */
  gebieden: z.array(gebiedSchema).default([]),
});
export type Site = z.infer<typeof siteSchema>;
export type Gebied = z.infer<typeof gebiedSchema>;
