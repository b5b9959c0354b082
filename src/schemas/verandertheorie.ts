import { z } from 'zod';
import { closest } from './suggest.ts';
import { bronnen, slug, text, verwijzing } from './common.ts';

/** Kinds of node, from what the keten does to what it aims for, plus conditions around it. */
export const knoopSoort = z.enum([
  'activiteit', 'output', 'resultaat-kort', 'resultaat-lang', 'ambitie', 'randvoorwaarde', 'externe-factor',
]);
/** Node kinds that are results: each must name its indicators or say why it has none. */
export const resultSoorten = ['resultaat-kort', 'resultaat-lang'] as const;

export const aannameStatus = z.enum(['ongetoetst', 'ondersteund', 'twijfelachtig', 'weerlegd']);
export const kennisSoort = z.enum(['wetenschappelijk', 'professioneel', 'ervaring', 'monitordata']);
/** Reading aid "why did it not work?": where the break in the chain lies. */
export const verklaring = z.enum(['uitvoering', 'randvoorwaarde', 'externe-factor', 'veronderstelling-klopt-niet']);

/** One assumption under a link: what must be true for A to lead to B. */
export const aannameSchema = z.strictObject({
  /** Id, unique in this verandertheorie; becomes the anchor #aanname-<id>. */
  id: slug.meta({ title: 'Id', description: 'Kleine letters, cijfers en streepjes, uniek in deze verandertheorie; wordt het anker #aanname-<id>.' }),
  /** The assumption, in one sentence. */
  tekst: text.meta({ title: 'Aanname', description: 'Wat waar moet zijn om van A naar B te komen, in één zin.' }),
  /** How far the assumption has been tested. */
  status: aannameStatus.meta({ title: 'Status', description: 'Hoe ver de aanname getoetst is: ongetoetst, ondersteund, twijfelachtig of weerlegd.' }),
  /** What kind of knowledge the status rests on. */
  kennis: kennisSoort.meta({ title: 'Soort kennis', description: 'Waar de status op rust: wetenschappelijk, professioneel, ervaring of monitordata.' }),
  /** Explanation of the status. */
  toelichting: text.meta({ title: 'Toelichting', description: 'Uitleg bij de status.' }).optional(),
  /** If results fall short: where the sources place the cause. */
  verklaring: verklaring.meta({ title: 'Verklaring', description: 'Als resultaten achterblijven: waar de bronnen de oorzaak zien.' }).optional(),
  /** Sources of the assumption and its status. */
  bronnen: bronnen.meta({ title: 'Bronnen', description: 'De bronnen van de aanname en haar status.' }),
});

/** A node of the theory of change. */
export const knoopSchema = z.strictObject({
  /** Id, unique in this verandertheorie; becomes the anchor #resultaat-<id>. */
  id: slug.meta({ title: 'Id', description: 'Kleine letters, cijfers en streepjes, uniek in deze verandertheorie; wordt het anker #resultaat-<id>. Verander hem niet meer.' }),
  /** Kind of node. */
  soort: knoopSoort.meta({ title: 'Soort', description: 'activiteit, output, resultaat-kort, resultaat-lang, ambitie, randvoorwaarde of externe-factor.' }),
  /** Short title (a few words), shown in the diagram. */
  titel: text.meta({ title: 'Titel', description: 'Een paar woorden; staat in het schema.' }),
  /** Explanation in plain Dutch. */
  omschrijving: text.meta({ title: 'Omschrijving', description: 'Uitleg in gewone taal.' }).optional(),
  /** Indicators that measure this node. */
  indicatoren: z.array(verwijzing('indicatoren')).default([]).meta({ title: 'Indicatoren', description: 'De cijfers die dit meten.' }),
  /**
   * What the linked figures do and do not show about this node. Required when a node names a context figure
   * (an indicator with rol `context`): a municipal total says something about the task, not about the result itself.
   */
  cijferToelichting: text.meta({ title: 'Wat de cijfers laten zien', description: 'Wat de gekoppelde cijfers wel en niet zeggen. Verplicht als je een contextcijfer koppelt.' }).optional(),
  /** For a result without indicators: why there are none. Required then; the gap is shown as a finding. */
  geenIndicatorReden: text.meta({ title: 'Waarom er geen indicator is', description: 'Voor een resultaat zonder indicatoren: verplicht, de site toont het als bevinding.' }).optional(),
  /** Sources of this node. */
  bronnen: bronnen.meta({ title: 'Bronnen', description: 'De bronnen van deze knoop.' }),
});

/** A link "als A, dan B, want …". */
export const verbandSchema = z.strictObject({
  /** Id of the node the link starts from. */
  van: slug.meta({ title: 'Van', description: 'De id van de knoop waar het verband begint.' }),
  /** Id of the node the link leads to. */
  naar: slug.meta({ title: 'Naar', description: 'De id van de knoop waar het verband naartoe leidt.' }),
  /** The reasoning: why A contributes to B. Either the reason alone ("want …") or the whole sentence "Als A, dan B, want …". */
  want: text.meta({ title: 'Want', description: 'Waarom A bijdraagt aan B: alleen de reden ("want …"), of de hele zin "Als A, dan B, want …".' }),
  /** The assumptions behind this link. */
  aannames: z.array(aannameSchema).default([]).meta({ title: 'Aannames', description: 'Wat waar moet zijn voor dit verband.' }),
  /** Sources of this link. */
  bronnen: bronnen.meta({ title: 'Bronnen', description: 'De bronnen van dit verband.' }),
});

/** `content/verandertheorie/<keten-id>.json`: the theory of change of one keten, as a graph. */
export const verandertheorieSchema = z
  .strictObject({
    /** `vastgesteld` when adopted; `concept` for a draft or a reconstruction from evaluations. */
    status: z.enum(['vastgesteld', 'concept']).meta({ title: 'Status', description: 'vastgesteld als het bestuur hem heeft vastgesteld; concept voor een ontwerp of een reconstructie uit evaluaties.' }),
    /** How this verandertheorie came about (e.g. "gereconstrueerd uit de evaluaties van 2024 en 2025"). */
    toelichting: text.meta({ title: 'Hoe hij tot stand kwam', description: 'Bijvoorbeeld "gereconstrueerd uit de evaluaties van 2024 en 2025".' }),
    /** The nodes. */
    knopen: z.array(knoopSchema).min(1).meta({ title: 'Knopen', description: 'De stappen van activiteit tot ambitie, en de randvoorwaarden en externe factoren.' }),
    /** The links between nodes. */
    verbanden: z.array(verbandSchema).default([]).meta({ title: 'Verbanden', description: 'Als A, dan B, want …: welke knoop tot welke leidt.' }),
    /** Sources of the whole verandertheorie. */
    bronnen: bronnen.meta({ title: 'Bronnen', description: 'De bronnen van de hele verandertheorie.' }),
  })
  .superRefine((vt, ctx) => {
    const seen = new Set<string>();
    vt.knopen.forEach((k, i) => {
      if (seen.has(k.id)) ctx.addIssue({ code: 'custom', path: ['knopen', i, 'id'], message: `id "${k.id}" komt twee keer voor; elke knoop heeft een eigen id` });
      seen.add(k.id);
      const isResult = (resultSoorten as readonly string[]).includes(k.soort);
      if (isResult && k.indicatoren.length === 0 && !k.geenIndicatorReden)
        ctx.addIssue({ code: 'custom', path: ['knopen', i], message: `resultaat "${k.id}" heeft geen indicatoren en geen geenIndicatorReden; noem in "indicatoren" een indicator, of leg in "geenIndicatorReden" uit waarom die er niet is` });
      if (!isResult && k.geenIndicatorReden)
        ctx.addIssue({ code: 'custom', path: ['knopen', i, 'geenIndicatorReden'], message: 'hoort alleen bij een resultaat (resultaat-kort of resultaat-lang)' });
    });
    const assumptionIds = new Set<string>();
    vt.verbanden.forEach((v, i) => {
      for (const end of ['van', 'naar'] as const)
        if (!seen.has(v[end])) {
          const like = closest(v[end], seen);
          ctx.addIssue({ code: 'custom', path: ['verbanden', i, end], message: `verwijst naar knoop "${v[end]}", maar die staat niet in knopen${like ? ` (bedoelde u "${like}"?)` : ''}` });
        }
      if (v.van === v.naar) ctx.addIssue({ code: 'custom', path: ['verbanden', i, 'naar'], message: 'een verband moet naar een andere knoop leiden' });
      v.aannames.forEach((a, j) => {
        if (assumptionIds.has(a.id)) ctx.addIssue({ code: 'custom', path: ['verbanden', i, 'aannames', j, 'id'], message: `id "${a.id}" komt twee keer voor; elke aanname heeft een eigen id` });
        assumptionIds.add(a.id);
      });
    });
    // Every node takes part in the chain: a node without links says nothing about how results come about.
    const linked = new Set(vt.verbanden.flatMap((v) => [v.van, v.naar]));
    if (vt.knopen.length > 1)
      vt.knopen.forEach((k, i) => {
        if (!linked.has(k.id)) ctx.addIssue({ code: 'custom', path: ['knopen', i], message: `knoop "${k.id}" is met geen enkele andere knoop verbonden; voeg in "verbanden" een verband toe, of haal de knoop weg` });
      });
    const cycle = findCycle(vt.verbanden);
    if (cycle) ctx.addIssue({ code: 'custom', path: ['verbanden', cycle.index], message: `dit verband maakt een kring: ${cycle.path.join(' → ')}; een verandertheorie loopt van activiteit naar ambitie, niet in een rondje` });
  });

/** The first link that closes a cycle, and the cycle; depth-first, without recursion. */
function findCycle(links: { van: string; naar: string }[]): { index: number; path: string[] } | undefined {
  const out = new Map<string, { naar: string; index: number }[]>();
  links.forEach((l, index) => l.van !== l.naar && out.set(l.van, [...(out.get(l.van) ?? []), { naar: l.naar, index }]));
  const state = new Map<string, 'open' | 'done'>();
  for (const start of out.keys()) {
    if (state.has(start)) continue;
    const stack: { node: string; next: number }[] = [{ node: start, next: 0 }];
    state.set(start, 'open');
    while (stack.length) {
      const top = stack.at(-1)!;
      const edge = out.get(top.node)?.[top.next++];
      if (!edge) {
        state.set(top.node, 'done');
        stack.pop();
      } else if (state.get(edge.naar) === 'open') {
        const from = stack.findIndex((s) => s.node === edge.naar);
        return { index: edge.index, path: [...stack.slice(from).map((s) => s.node), edge.naar] };
      } else if (!state.has(edge.naar)) {
        state.set(edge.naar, 'open');
        stack.push({ node: edge.naar, next: 0 });
      }
    }
  }
  return undefined;
}
export type Verandertheorie = z.infer<typeof verandertheorieSchema>;
export type Knoop = z.infer<typeof knoopSchema>;
export type Verband = z.infer<typeof verbandSchema>;
export type Aanname = z.infer<typeof aannameSchema>;
