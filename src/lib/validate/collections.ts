import type { z } from 'zod';
import {
  aanbevelingStatusSchema, begripSchema, bronSchema, gemeenteSchema, indicatorSchema, kaderSchema, ketenSchema,
  omleidingenSchema, organisatieSchema, wijkkaartSchema, paginaSchema, publicatieSchema, siteSchema, trajectSchema, verandertheorieSchema, verhaalSchema,
} from '../../schemas/index.ts';

/** Where each kind of content lives and what it must look like. */
export interface CollectionSpec {
  name: string;
  /** A folder with one file per entry (id = file name), or a single file. */
  folder?: string;
  file?: string;
  /** `frontmatter`: .md/.mdx; `json`: one object per file; `array`: one file, a list of entries with `id`; `single`: one object. */
  format: 'frontmatter' | 'json' | 'array' | 'single';
  extensions: string[];
  schema: z.ZodType;
  /** Dutch name of one entry, for messages. */
  label: string;
  /** "elke bron", "elk verhaal": Dutch needs the article's gender; default "elke <label>". */
  each?: string;
  required?: boolean;
}

export const COLLECTIONS: CollectionSpec[] = [
  { name: 'site', file: 'site.json', format: 'single', extensions: ['.json'], schema: siteSchema, label: 'site-instellingen', each: 'elke instelling', required: true },
  { name: 'bronnen', file: 'bronnen.json', format: 'array', extensions: ['.json'], schema: bronSchema, label: 'bron', each: 'elke bron', required: true },
  { name: 'organisaties', file: 'organisaties.json', format: 'array', extensions: ['.json'], schema: organisatieSchema, label: 'organisatie', each: 'elke organisatie', required: true },
  { name: 'omleidingen', file: 'omleidingen.json', format: 'single', extensions: ['.json'], schema: omleidingenSchema, label: 'omleidingen', each: 'elke omleiding' },
  { name: 'wijkkaart', file: 'gebieden/wijken.geojson', format: 'single', extensions: ['.geojson'], schema: wijkkaartSchema, label: 'wijkkaart', each: 'elke wijk' },
  { name: 'ketens', folder: 'ketens', format: 'frontmatter', extensions: ['.mdx', '.md'], schema: ketenSchema, label: 'keten', each: 'elke keten' },
  { name: 'verandertheorie', folder: 'verandertheorie', format: 'json', extensions: ['.json'], schema: verandertheorieSchema, label: 'verandertheorie', each: 'elke verandertheorie' },
  { name: 'indicatoren', folder: 'indicatoren', format: 'json', extensions: ['.json'], schema: indicatorSchema, label: 'indicator', each: 'elke indicator' },
  { name: 'verhalen', folder: 'verhalen', format: 'frontmatter', extensions: ['.mdx', '.md'], schema: verhaalSchema, label: 'verhaal', each: 'elk verhaal' },
  { name: 'publicaties', folder: 'publicaties', format: 'frontmatter', extensions: ['.mdx', '.md'], schema: publicatieSchema, label: 'publicatie', each: 'elke publicatie' },
  { name: 'aanbevelingen', folder: 'aanbevelingen', format: 'json', extensions: ['.json'], schema: aanbevelingStatusSchema, label: 'statusbestand', each: 'elk statusbestand' },
  { name: 'trajecten', folder: 'trajecten', format: 'json', extensions: ['.json'], schema: trajectSchema, label: 'traject', each: 'elk traject' },
  { name: 'gemeenten', folder: 'gemeenten', format: 'json', extensions: ['.json'], schema: gemeenteSchema, label: 'gemeente', each: 'elke gemeente' },
  { name: 'kaders', folder: 'kaders', format: 'frontmatter', extensions: ['.mdx', '.md'], schema: kaderSchema, label: 'kader', each: 'elk kader' },
  { name: 'begrippen', folder: 'begrippen', format: 'frontmatter', extensions: ['.md', '.mdx'], schema: begripSchema, label: 'begrip', each: 'elk begrip' },
  { name: 'paginas', folder: 'paginas', format: 'frontmatter', extensions: ['.mdx', '.md'], schema: paginaSchema, label: 'pagina', each: 'elke pagina' },
];
