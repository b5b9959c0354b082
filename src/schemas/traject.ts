import { z } from 'zod';
import { bronnen, bronverwijzing, datum, slug, text, verwijzing } from './common.ts';

/** A milestone with its planned and actual date; a later actual date is a slip. */
export const mijlpaalSchema = z.strictObject({
  /** Id, unique in this traject; anchor #mijlpaal-<id>. */
  id: slug,
  /** What was to happen. */
  titel: text,
  /** Planned date, if one was set. */
  gepland: datum.optional(),
  /** Actual date, if it happened. */
  werkelijk: datum.optional(),
  /** true when the sources do not say whether or when it happened (instead of "not yet"). */
  werkelijkOnbekend: z.literal(true).optional(),
  /** Explanation, e.g. why it slipped. */
  toelichting: text.optional(),
  /** Source of the dates. */
  bron: bronverwijzing.optional(),
});

/** `content/trajecten/<id>.json`: a change process (verandertraject) as a dated timeline. */
export const trajectSchema = z
  .strictObject({
    /** Title of the change process. */
    titel: text,
    /** Keten the process belongs to; left out when it concerns the whole assignment (all ketens). */
    keten: verwijzing('ketens').optional(),
    /** Publications that describe or evaluate it. */
    publicaties: z.array(verwijzing('publicaties')).default([]),
    /** What the process was, in plain Dutch. */
    samenvatting: text,
    /** Goals of the process. */
    doelen: z.array(text).min(1),
    /** Start and (planned) end. */
    periode: z.strictObject({ van: datum, tot: datum.optional() }),
    /** Milestones, in order. */
    mijlpalen: z.array(mijlpaalSchema).min(1),
    /** Who was informed when (raad, college, partners). */
    geinformeerd: z.array(z.strictObject({ datum, wie: text, hoe: text, bron: bronverwijzing.optional() })).default([]),
    /** What was monitored. */
    gemonitord: z.array(text).default([]),
    /** What was not monitored (a finding in itself). */
    nietGemonitord: z.array(text).default([]),
    /** Outcome of the evaluation. */
    evaluatie: text.optional(),
    /** Lessons. */
    lessen: z.array(text).default([]),
    /** Sources. */
    bronnen,
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
