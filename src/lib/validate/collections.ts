import type { z } from 'zod';
import {
  aanbevelingStatusSchema, begripSchema, bronSchema, gemeenteSchema, indicatorSchema, kaderSchema, ketenSchema,
  organisatieSchema, paginaSchema, publicatieSchema, siteSchema, trajectSchema, verandertheorieSchema, verhaalSchema,
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
  required?: boolean;
}

export const COLLECTIONS: CollectionSpec[] = [
  { name: 'site', file: 'site.json', format: 'single', extensions: ['.json'], schema: siteSchema, label: 'site-instellingen', required: true },
  { name: 'bronnen', file: 'bronnen.json', format: 'array', extensions: ['.json'], schema: bronSchema, label: 'bron', required: true },
  { name: 'organisaties', file: 'organisaties.json', format: 'array', extensions: ['.json'], schema: organisatieSchema, label: 'organisatie', required: true },
  { name: 'ketens', folder: 'ketens', format: 'frontmatter', extensions: ['.mdx', '.md'], schema: ketenSchema, label: 'keten' },
  { name: 'verandertheorie', folder: 'verandertheorie', format: 'json', extensions: ['.json'], schema: verandertheorieSchema, label: 'verandertheorie' },
  { name: 'indicatoren', folder: 'indicatoren', format: 'json', extensions: ['.json'], schema: indicatorSchema, label: 'indicator' },
  { name: 'verhalen', folder: 'verhalen', format: 'frontmatter', extensions: ['.mdx', '.md'], schema: verhaalSchema, label: 'verhaal' },
  { name: 'publicaties', folder: 'publicaties', format: 'frontmatter', extensions: ['.mdx', '.md'], schema: publicatieSchema, label: 'publicatie' },
  { name: 'aanbevelingen', folder: 'aanbevelingen', format: 'json', extensions: ['.json'], schema: aanbevelingStatusSchema, label: 'statusbestand' },
  { name: 'trajecten', folder: 'trajecten', format: 'json', extensions: ['.json'], schema: trajectSchema, label: 'traject' },
  { name: 'gemeenten', folder: 'gemeenten', format: 'json', extensions: ['.json'], schema: gemeenteSchema, label: 'gemeente' },
  { name: 'kaders', folder: 'kaders', format: 'frontmatter', extensions: ['.mdx', '.md'], schema: kaderSchema, label: 'kader' },
  { name: 'begrippen', folder: 'begrippen', format: 'frontmatter', extensions: ['.md', '.mdx'], schema: begripSchema, label: 'begrip' },
  { name: 'paginas', folder: 'paginas', format: 'frontmatter', extensions: ['.mdx', '.md'], schema: paginaSchema, label: 'pagina' },
];
