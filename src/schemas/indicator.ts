import { z } from 'zod';
import { PERIOD_EXAMPLES, parsePeriod, periodMatches } from './periods.ts';
import { bronnen, bronverwijzing, datum, slug, text, url, verwijzing } from './common.ts';

export const indicatorSoort = z.enum(['input', 'output', 'resultaat', 'effect', 'context']);
export const frequentie = z.enum(['jaar', 'halfjaar', 'kwartaal', 'maand', 'eenmalig']);
export const observatieStatus = z.enum(['definitief', 'voorlopig', 'onderdrukt', 'ontbreekt']);
/** How exact a value is. Estimates stay estimates: "bijna 14 miljoen" is never printed as 14 miljoen. */
export const kwalificatie = z.enum(['exact', 'bijna', 'ruim', 'ongeveer', 'minstens', 'hoogstens', 'bereik']);

/** A period: 2024, 2024-H1, 2024-Q3 or 2024-07. */
export const periode = z.string().refine((p) => parsePeriod(p) !== undefined, {
  error: 'is geen geldige periode: schrijf 2024, 2024-H1, 2024-Q3 of 2024-07',
});

/** One measured value: for one period, one area and optionally one category. */
export const observatieSchema = z.strictObject({
  /** Period: `2024`, `2024-H1`, `2024-Q3` or `2024-07`. */
  periode,
  /** Id of the area: a gebied of site.json, or a gemeente. */
  gebied: slug,
  /** Id of the category, if the indicator has an uitsplitsing. */
  categorie: slug.optional(),
  /** The value as a number (with a decimal point), or null when suppressed or missing. */
  waarde: z.number().nullable(),
  /** definitief, voorlopig, onderdrukt (hidden for privacy) or ontbreekt (missing). */
  status: observatieStatus,
  /** How exact the value is; default exact. For `bereik` give ondergrens and bovengrens. */
  kwalificatie: kwalificatie.default('exact'),
  /** Lower bound of a range ("3 à 5 miljoen": 3000000). */
  ondergrens: z.number().optional(),
  /** Upper bound of a range. */
  bovengrens: z.number().optional(),
  /** Note on this value. */
  toelichting: text.optional(),
  /** Where this value comes from, if it differs from the indicator's source. */
  bron: bronverwijzing.optional(),
});

const nl = (n: number) => String(n).replace('.', ',');

/** Why a value cannot be one of this unit, in Dutch; undefined when it can. */
function valueRange(eenheid: { soort: string; schaal?: { min: number; max: number } }): (value: number) => string | undefined {
  const { soort, schaal } = eenheid;
  if (schaal) return (v) => (v < schaal.min || v > schaal.max ? `${nl(v)} valt buiten de schaal van ${nl(schaal.min)} tot ${nl(schaal.max)} (eenheid.schaal); controleer het getal of de schaal` : undefined);
  if (soort === 'aantal' || soort === 'uren') return (v) => (v < 0 ? `${nl(v)} is negatief, maar een ${soort === 'aantal' ? 'aantal' : 'aantal uren'} kan niet onder 0 liggen; controleer het getal` : undefined);
  if (soort === 'procent')
    return (v) => (v < -100 || v > 100
      ? `${nl(v)} procent kan niet: een percentage ligt tussen 0 en 100 (een verandering tussen -100 en 100); controleer het getal, of geef eenheid.schaal als het echt verder kan gaan`
      : undefined);
  return () => undefined;
}

/** `content/indicatoren/<id>.json`: the definition of an indicator and its observations. */
export const indicatorSchema = z
  .strictObject({
    /** Title, e.g. "Gevoerde startgesprekken". */
    titel: text,
    /** What is counted or measured, in plain Dutch (B1). */
    definitie: text,
    /** input, output, resultaat, effect or context. */
    soort: indicatorSoort,
    /** Unit: what a value means. */
    eenheid: z.strictObject({
      /** How values are formatted: aantal (1.234), euro (€ 14 mln), procent (12%), score, uren. */
      soort: z.enum(['aantal', 'euro', 'procent', 'score', 'uren']),
      /** What is counted, e.g. "gesprekken", "gemeenten", "euro per jaar". */
      label: text,
      /** For scores and percentages: the full scale (e.g. 1 to 5), so charts show where values lie on it. */
      schaal: z.strictObject({ min: z.number(), max: z.number() }).refine((s) => s.min < s.max, { error: 'min moet kleiner zijn dan max' }).optional(),
    }),
    /** Which way is better. */
    richting: z.enum(['hoger-is-beter', 'lager-is-beter', 'neutraal']),
    /** Where the data come from. */
    bron: z.strictObject({
      /** Name of the source or register. */
      naam: text,
      /** Table or report section. */
      tabel: text.optional(),
      /** Address of the source. */
      url: url.optional(),
      /** Licence of the source data. */
      licentie: text.optional(),
      /** When the data were retrieved. */
      opgehaald: datum.optional(),
      /** The source in bronnen.json, with page or line. */
      verwijzing: bronverwijzing.optional(),
    }),
    /** How often a value is published. */
    frequentie,
    /**
     * Level of the areas in the observations: `wijk` or `wijkteam` (ids from site.json gebieden),
     * `gemeente` (the site's own municipality or a gemeente profile), or `studie`: the group of municipalities
     * studied in a publication, for aggregate figures of a comparative study (gebied = the publication id).
     */
    gebiedsniveau: z.enum(['gemeente', 'wijk', 'wijkteam', 'studie']),
    /** Starting point to compare with. */
    basiswaarde: z.strictObject({ periode, waarde: z.number(), gebied: slug.optional() }).optional(),
    /** The target, or the literal "geen-streefwaarde" when none has been set. */
    streefwaarde: z.union([
      z.literal('geen-streefwaarde'),
      z.strictObject({
        /** Target value. */
        waarde: z.number(),
        /** Period the target applies to. */
        periode: periode.optional(),
        /** Where the target was set. */
        toelichting: text.optional(),
      }),
    ], { error: 'moet "geen-streefwaarde" zijn of een object { "waarde": getal }' }),
    /** Caveats a reader must know. */
    kanttekeningen: z.array(text).default([]),
    /** Headline of the chart: what the figure shows, in one sentence. */
    kop: text,
    /** Text alternative of the chart for screen readers. */
    alt: text,
    /** Counts below this number are hidden for privacy (status onderdrukt, waarde null). */
    minimumAantal: z.number().int().positive().optional(),
    /** Breakdown into categories, e.g. overbrugbaar / onoverbrugbaar. */
    uitsplitsing: z.strictObject({
      /** What the categories split, e.g. "uitkomst startgesprek". */
      label: text,
      /** The categories. */
      categorieen: z.array(z.strictObject({ id: slug, label: text })).min(2),
    }).optional(),
    /** Preferred chart: lijn (time), staaf (compare areas), kleine-veelvouden (per wijk) or stippen. */
    grafiek: z.enum(['lijn', 'staaf', 'kleine-veelvouden', 'stippen']).optional(),
    /** Why there are no observations yet (e.g. "nog geen openbare data"). */
    geenDataToelichting: text.optional(),
    /**
     * Role on keten pages. `resultaat` (default): measures a result of a verandertheorie and is named in that
     * node's `indicatoren`. `context`: shows the size and trend of the task a keten works on, under
     * "De keten in cijfers" on the pages of `ketens`. A municipal total is context, never an effect of the wijkteams.
     */
    rol: z.enum(['resultaat', 'context'], { error: 'moet "resultaat" of "context" zijn' }).default('resultaat'),
    /** For rol `context`: the ketens whose page shows this figure under "De keten in cijfers". */
    ketens: z.array(verwijzing('ketens')).default([]),
    /** The observations; may be empty when no public data exist yet. */
    observaties: z.array(observatieSchema).default([]),
    /** Further sources. */
    bronnen,
  })
  .superRefine((ind, ctx) => {
    // Values that cannot be: a negative count, a percentage below -100 or beyond its scale, a score off its scale.
    const range = valueRange(ind.eenheid);
    const checkValue = (value: number | null | undefined, path: PropertyKey[]) => {
      const problem = value === null || value === undefined ? undefined : range(value);
      if (problem) ctx.addIssue({ code: 'custom', path, message: problem });
    };
    ind.observaties.forEach((o, i) => (['waarde', 'ondergrens', 'bovengrens'] as const).forEach((f) => checkValue(o[f], ['observaties', i, f])));
    checkValue(ind.basiswaarde?.waarde, ['basiswaarde', 'waarde']);
    if (typeof ind.streefwaarde === 'object') checkValue(ind.streefwaarde.waarde, ['streefwaarde', 'waarde']);

    if (ind.rol === 'context' && ind.ketens.length === 0)
      ctx.addIssue({ code: 'custom', path: ['ketens'], message: 'een contextcijfer hoort bij minstens één keten; noem de id van de keten(s) waarvan de pagina dit cijfer toont' });
    if (ind.rol === 'resultaat' && ind.ketens.length > 0)
      ctx.addIssue({ code: 'custom', path: ['ketens'], message: 'hoort alleen bij rol "context"; zet "rol": "context", of haal ketens weg (een resultaatindicator koppel je in de verandertheorie, bij indicatoren van het resultaat)' });
    const seen = new Map<string, number>();
    const categories = new Set(ind.uitsplitsing?.categorieen.map((c) => c.id) ?? []);
    ind.observaties.forEach((o, i) => {
      const at = (field?: string) => (field ? ['observaties', i, field] : ['observaties', i]);
      if (parsePeriod(o.periode) && !periodMatches(o.periode, ind.frequentie))
        ctx.addIssue({ code: 'custom', path: at('periode'), message: `periode "${o.periode}" past niet bij frequentie "${ind.frequentie}"; schrijf bijvoorbeeld ${PERIOD_EXAMPLES[ind.frequentie as keyof typeof PERIOD_EXAMPLES] ?? '2024'}` });
      const key = `${o.periode}|${o.gebied}|${o.categorie ?? ''}`;
      const first = seen.get(key);
      if (first !== undefined) ctx.addIssue({ code: 'custom', path: at(), message: `dubbele observatie: observaties[${first + 1}] heeft ook periode ${o.periode}, gebied ${o.gebied}${o.categorie ? `, categorie ${o.categorie}` : ''}; laat er één staan` });
      else seen.set(key, i);
      if (o.categorie && !categories.has(o.categorie))
        ctx.addIssue({ code: 'custom', path: at('categorie'), message: categories.size ? `categorie "${o.categorie}" staat niet in uitsplitsing.categorieen` : 'deze indicator heeft geen uitsplitsing; laat categorie weg of voeg een uitsplitsing toe' });
      if (!o.categorie && categories.size)
        ctx.addIssue({ code: 'custom', path: at('categorie'), message: 'ontbreekt: deze indicator heeft een uitsplitsing, dus elke observatie noemt haar categorie' });
      const hidden = o.status === 'onderdrukt' || o.status === 'ontbreekt';
      if (hidden && o.waarde !== null)
        ctx.addIssue({ code: 'custom', path: at('waarde'), message: `moet null zijn bij status "${o.status}": ${o.status === 'onderdrukt' ? 'een onderdrukt cijfer wordt niet gepubliceerd' : 'er is dan geen cijfer'}; schrijf "waarde": null` });
      if (o.kwalificatie === 'bereik') {
        if (o.ondergrens === undefined || o.bovengrens === undefined)
          ctx.addIssue({ code: 'custom', path: at('kwalificatie'), message: 'een bereik heeft ondergrens en bovengrens nodig; vul ze allebei in, of kies een andere kwalificatie' });
        else if (o.ondergrens > o.bovengrens)
          ctx.addIssue({ code: 'custom', path: at('ondergrens'), message: 'is groter dan de bovengrens' });
      } else if (o.ondergrens !== undefined || o.bovengrens !== undefined)
        ctx.addIssue({ code: 'custom', path: at('kwalificatie'), message: 'ondergrens en bovengrens horen bij kwalificatie "bereik"' });
      if (!hidden && o.waarde === null && o.kwalificatie !== 'bereik')
        ctx.addIssue({ code: 'custom', path: at('waarde'), message: `ontbreekt bij status "${o.status}"; geef een getal, of zet status op "ontbreekt"` });
      if (ind.minimumAantal !== undefined && !hidden && o.waarde !== null && ind.eenheid.soort === 'aantal' && Math.abs(o.waarde) > 0 && o.waarde < ind.minimumAantal)
        ctx.addIssue({ code: 'custom', path: at('waarde'), message: `${o.waarde} is lager dan het privacyminimum van ${ind.minimumAantal}; zet waarde op null en status op "onderdrukt"` });
    });
  });
export type Indicator = z.infer<typeof indicatorSchema>;
export type Observatie = z.infer<typeof observatieSchema>;
