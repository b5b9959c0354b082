import { z } from 'zod';
import { bronnen, text, verwijzing } from './common.ts';

/** A comparison table: columns are the things compared, rows the aspects. */
const tabelFiguur = z.strictObject({
  soort: z.literal('tabel').meta({ title: 'Soort figuur', description: 'tabel, stappen of kwadrant.' }),
  /** Caption of the table. */
  bijschrift: text.meta({ title: 'Bijschrift', description: 'Wat de figuur laat zien, in één zin.' }),
  /** Column headings (the things compared). */
  kolommen: z.array(text).min(2).meta({ title: 'Kolommen', description: 'Bij een tabel: de koppen van de kolommen, minstens twee.' }),
  /** Rows: an aspect and one cell per column. */
  rijen: z.array(z.strictObject({
    label: text.meta({ title: 'Rij', description: 'Het aspect van deze rij.' }),
    cellen: z.array(text).meta({ title: 'Cellen', description: 'Eén cel per kolom.' }),
  })).min(1).meta({ title: 'Rijen', description: 'Bij een tabel: per rij een aspect en een cel per kolom.' }),
});
/** A sequence of steps, e.g. input → throughput → output → outcome. */
const stappenFiguur = z.strictObject({
  soort: z.literal('stappen').meta({ title: 'Soort figuur', description: 'tabel, stappen of kwadrant.' }),
  bijschrift: text.meta({ title: 'Bijschrift', description: 'Wat de figuur laat zien, in één zin.' }),
  stappen: z.array(z.strictObject({
    label: text.meta({ title: 'Stap', description: 'De naam van de stap.' }),
    tekst: text.meta({ title: 'Uitleg', description: 'Wat er in deze stap gebeurt.' }),
  })).min(2).meta({ title: 'Stappen', description: 'Bij stappen: minstens twee, op volgorde.' }),
});
/** An axis of a 2×2 grid: its name and what its low and high end mean. */
const kwadrantAs = z.strictObject({
  label: text.meta({ title: 'Naam van de as', description: 'Waar de as over gaat.' }),
  laag: text.meta({ title: 'Laag', description: 'Wat het lage eind betekent.' }),
  hoog: text.meta({ title: 'Hoog', description: 'Wat het hoge eind betekent.' }),
});
/** A 2×2 grid, e.g. Ebrahim's four strategies. */
const kwadrantFiguur = z.strictObject({
  soort: z.literal('kwadrant').meta({ title: 'Soort figuur', description: 'tabel, stappen of kwadrant.' }),
  bijschrift: text.meta({ title: 'Bijschrift', description: 'Wat de figuur laat zien, in één zin.' }),
  /** Horizontal axis: label and its low and high end. */
  x: kwadrantAs.meta({ title: 'Horizontale as', description: 'Bij een kwadrant: de naam van de as en wat laag en hoog betekenen.' }),
  /** Vertical axis. */
  y: kwadrantAs.meta({ title: 'Verticale as', description: 'Bij een kwadrant: de naam van de as en wat laag en hoog betekenen.' }),
  /** The four cells. */
  vakken: z.array(z.strictObject({
    x: z.enum(['laag', 'hoog']).meta({ title: 'Horizontaal', description: 'laag of hoog op de horizontale as.' }),
    y: z.enum(['laag', 'hoog']).meta({ title: 'Verticaal', description: 'laag of hoog op de verticale as.' }),
    titel: text.meta({ title: 'Titel', description: 'De naam van dit vak.' }),
    tekst: text.meta({ title: 'Uitleg', description: 'Wat dit vak betekent.' }),
  })).length(4).meta({ title: 'Vakken', description: 'Bij een kwadrant: precies vier.' }),
});

/** Frontmatter of `content/kaders/<id>.mdx`: a framework used to read the evaluations. */
export const kaderSchema = z.strictObject({
  /** Name of the framework. */
  titel: text.meta({ title: 'Naam', description: 'De naam van het kader. Het adres wordt er bij het eerste opslaan van gemaakt.' }),
  /** What it is for, in plain Dutch (B1). */
  samenvatting: text.meta({ title: 'Samenvatting', description: 'Waar het kader voor is, in gewone taal (B1).' }),
  /** A figure that shows the framework. */
  figuur: z.discriminatedUnion('soort', [tabelFiguur, stappenFiguur, kwadrantFiguur]).meta({ title: 'Figuur', description: 'Een tabel, een rij stappen of een kwadrant die het kader laat zien. Vul alleen de velden van die soort in.' }).optional(),
  /** Publications that use this framework. */
  publicaties: z.array(verwijzing('publicaties')).default([]).meta({ title: 'Publicaties', description: 'Publicaties die dit kader gebruiken.' }),
  /** Sources of the framework. */
  bronnen: bronnen.meta({ title: 'Bronnen', description: 'De bronnen van het kader.' }),
});
export type Kader = z.infer<typeof kaderSchema>;
