import { z } from 'zod';
import { bronnen, datum, text, verwijzing } from './common.ts';

/** Ebrahim's four strategies: which kind of results a keten can sensibly be held to. */
export const strategie = z.enum(['niche', 'geintegreerd', 'emergent', 'ecosysteem']);

/** Frontmatter of `content/ketens/<id>.mdx`: one chain of services. The body is its narrative. */
export const ketenSchema = z.strictObject({
  /** Official name, e.g. "Participatie en Armoede". */
  naam: text,
  /** Other names used for this keten in documents ("participatieketen"). */
  aliassen: z.array(text).default([]),
  /** The societal task (opgave) of the keten, in one or two sentences. */
  opgave: text,
  /** Themes of the wijkteam assignment that belong to this keten. */
  themas: z.array(text).default([]),
  /** Organisations in the keten and their role. */
  partners: z.array(z.strictObject({
    /** Id in organisaties.json. */
    organisatie: verwijzing('organisaties'),
    /** What this organisation does in the keten. */
    rol: text,
  })).default([]),
  /** `vastgesteld` (adopted), `concept` (draft or reconstruction) or `nog-niet-beschreven`. */
  status: z.enum(['vastgesteld', 'concept', 'nog-niet-beschreven']),
  /** Summary in plain Dutch (B1), shown as "In het kort". Required. */
  samenvatting: text,
  /** Ebrahim's strategy for this keten, if chosen. */
  strategie: strategie.optional(),
  /** From when this description applies. */
  geldigVan: datum.optional(),
  /** Until when this description applies. */
  geldigTot: datum.optional(),
  /** Position in lists (low first). */
  volgorde: z.number().int().default(100),
  /** Frameworks (kaders) this keten page uses. */
  kaders: z.array(verwijzing('kaders')).default([]),
  /**
   * Context figures that would belong under "De keten in cijfers" but are missing: per line what is missing,
   * why, and what was searched. Shown on the page; a gap is a finding too.
   */
  ontbrekendeCijfers: z.array(text).default([]),
  /** Sources of what this page says. */
  bronnen,
});
export type Keten = z.infer<typeof ketenSchema>;
