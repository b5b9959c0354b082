import { z } from 'zod';
import { bronnen, text, verwijzing } from './common.ts';

/** A comparison table: columns are the things compared, rows the aspects. */
const tabelFiguur = z.strictObject({
  soort: z.literal('tabel'),
  /** Caption of the table. */
  bijschrift: text,
  /** Column headings (the things compared). */
  kolommen: z.array(text).min(2),
  /** Rows: an aspect and one cell per column. */
  rijen: z.array(z.strictObject({ label: text, cellen: z.array(text) })).min(1),
});
/** A sequence of steps, e.g. input → throughput → output → outcome. */
const stappenFiguur = z.strictObject({
  soort: z.literal('stappen'),
  bijschrift: text,
  stappen: z.array(z.strictObject({ label: text, tekst: text })).min(2),
});
/** A 2×2 grid, e.g. Ebrahim's four strategies. */
const kwadrantFiguur = z.strictObject({
  soort: z.literal('kwadrant'),
  bijschrift: text,
  /** Horizontal axis: label and its low and high end. */
  x: z.strictObject({ label: text, laag: text, hoog: text }),
  /** Vertical axis. */
  y: z.strictObject({ label: text, laag: text, hoog: text }),
  /** The four cells. */
  vakken: z.array(z.strictObject({ x: z.enum(['laag', 'hoog']), y: z.enum(['laag', 'hoog']), titel: text, tekst: text })).length(4),
});

/** Frontmatter of `content/kaders/<id>.mdx`: a framework used to read the evaluations. */
export const kaderSchema = z.strictObject({
  /** Name of the framework. */
  titel: text,
  /** What it is for, in plain Dutch (B1). */
  samenvatting: text,
  /** A figure that shows the framework. */
  figuur: z.discriminatedUnion('soort', [tabelFiguur, stappenFiguur, kwadrantFiguur]).optional(),
  /** Publications that use this framework. */
  publicaties: z.array(verwijzing('publicaties')).default([]),
  /** Sources of the framework. */
  bronnen,
});
export type Kader = z.infer<typeof kaderSchema>;
