import { z } from 'zod';
import { bronnen, bronverwijzing, datum, slug, text, verwijzing } from './common.ts';

/** A milestone with its planned and actual date; a later actual date is a slip. */
export const mijlpaalSchema = z.strictObject({
  /** Id, unique in this traject; anchor #mijlpaal-<id>. */
  id: slug.meta({ title: 'Id', description: 'Kleine letters, cijfers en streepjes, uniek in dit traject; wordt het anker #mijlpaal-<id>.' }),
  /** What was to happen. */
  titel: text.meta({ title: 'Wat er zou gebeuren', description: 'De mijlpaal in een paar woorden.' }),
  /** Planned date, if one was set. */
  gepland: datum.meta({ title: 'Gepland', description: 'De geplande datum, als die er was: JJJJ-MM-DD, JJJJ-MM of JJJJ.' }).optional(),
  /** Actual date, if it happened. */
  werkelijk: datum.meta({ title: 'Werkelijk', description: 'De datum waarop het echt gebeurde.' }).optional(),
  /** true when the sources do not say whether or when it happened (instead of "not yet"). */
  werkelijkOnbekend: z.literal(true).meta({ title: 'Werkelijke datum onbekend', description: 'Zet aan als de bronnen niet zeggen of en wanneer het gebeurde (in plaats van "nog niet").' }).optional(),
  /** Explanation, e.g. why it slipped. */
  toelichting: text.meta({ title: 'Toelichting', description: 'Bijvoorbeeld waarom het later werd.' }).optional(),
  /** Source of the dates. */
  bron: bronverwijzing.meta({ title: 'Bron', description: 'Waar de datums vandaan komen.' }).optional(),
});

/** `content/trajecten/<id>.json`: a change process (verandertraject) as a dated timeline. */
export const trajectSchema = z
  .strictObject({
    /** Title of the change process. */
    titel: text.meta({ title: 'Titel', description: 'De naam van het veranderproces. Het adres wordt er bij het eerste opslaan van gemaakt.' }),
    /** Keten the process belongs to; left out when it concerns the whole assignment (all ketens). */
    keten: verwijzing('ketens').meta({ title: 'Keten', description: 'De keten van het traject; laat leeg als het over de hele opdracht gaat.' }).optional(),
    /** Publications that describe or evaluate it. */
    publicaties: z.array(verwijzing('publicaties')).default([]).meta({ title: 'Publicaties', description: 'Publicaties die het traject beschrijven of evalueren.' }),
    /** What the process was, in plain Dutch. */
    samenvatting: text.meta({ title: 'Samenvatting', description: 'Wat het traject was, in gewone taal.' }),
    /** Goals of the process. */
    doelen: z.array(text).min(1).meta({ title: 'Doelen', description: 'Minstens één doel.' }),
    /** Start and (planned) end. */
    periode: z.strictObject({
      van: datum.meta({ title: 'Van', description: 'Begin: JJJJ-MM-DD, JJJJ-MM of JJJJ.' }),
      tot: datum.meta({ title: 'Tot', description: 'Einde, ook als dat gepland is.' }).optional(),
    }).meta({ title: 'Periode', description: 'Begin en (geplande) einde.' }),
    /** Milestones, in order. */
    mijlpalen: z.array(mijlpaalSchema).min(1).meta({ title: 'Mijlpalen', description: 'Op volgorde; elk met een geplande of werkelijke datum.' }),
    /** Who was informed when (raad, college, partners). */
    geinformeerd: z.array(z.strictObject({
      datum: datum.meta({ title: 'Datum', description: 'JJJJ-MM-DD, JJJJ-MM of JJJJ.' }),
      wie: text.meta({ title: 'Wie', description: 'Bijvoorbeeld raad, college of partners.' }),
      hoe: text.meta({ title: 'Hoe', description: 'Bijvoorbeeld een raadsinformatiebrief.' }),
      bron: bronverwijzing.meta({ title: 'Bron', description: 'Waar dat staat.' }).optional(),
    })).default([]).meta({ title: 'Geïnformeerd', description: 'Wie wanneer is geïnformeerd.' }),
    /** What was monitored. */
    gemonitord: z.array(text).default([]).meta({ title: 'Gevolgd', description: 'Wat er gemeten of gevolgd is.' }),
    /** What was not monitored (a finding in itself). */
    nietGemonitord: z.array(text).default([]).meta({ title: 'Niet gevolgd', description: 'Wat niet gemeten of gevolgd is; dat is ook een bevinding.' }),
    /** Outcome of the evaluation. */
    evaluatie: text.meta({ title: 'Evaluatie', description: 'Wat de evaluatie opleverde.' }).optional(),
    /** Lessons. */
    lessen: z.array(text).default([]).meta({ title: 'Lessen', description: 'Wat er geleerd is, één per regel.' }),
    /** Sources. */
    bronnen: bronnen.meta({ title: 'Bronnen', description: 'De bronnen van dit traject.' }),
  })
  .superRefine((t, ctx) => {
    const seen = new Set<string>();
    t.mijlpalen.forEach((m, i) => {
      if (seen.has(m.id)) ctx.addIssue({ code: 'custom', path: ['mijlpalen', i, 'id'], message: `id "${m.id}" komt twee keer voor` });
      seen.add(m.id);
      if (!m.gepland && !m.werkelijk) ctx.addIssue({ code: 'custom', path: ['mijlpalen', i], message: 'noem een geplande of een werkelijke datum (of beide)' });
      if (m.werkelijk && m.werkelijkOnbekend) ctx.addIssue({ code: 'custom', path: ['mijlpalen', i, 'werkelijkOnbekend'], message: 'er staat al een werkelijke datum; haal werkelijkOnbekend weg' });
    });
  });
export type Traject = z.infer<typeof trajectSchema>;
export type Mijlpaal = z.infer<typeof mijlpaalSchema>;
