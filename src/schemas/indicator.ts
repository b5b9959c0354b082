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
  periode: periode.meta({ title: 'Periode', description: 'Het jaar, halfjaar, kwartaal of de maand: 2024, 2024-H1, 2024-Q3 of 2024-07. Past bij de frequentie van de indicator.' }),
  /** Id of the area: a gebied of site.json, or a gemeente. */
  gebied: slug.meta({ title: 'Gebied', description: 'De id van het gebied: een wijk of wijkteam uit de site-instellingen, of een gemeente.' }),
  /** Id of the category, if the indicator has an uitsplitsing. */
  categorie: slug.meta({ title: 'Categorie', description: 'Alleen als de indicator een uitsplitsing heeft: de id van de categorie.' }).optional(),
  /** The value as a number (with a decimal point), or null when suppressed or missing. */
  waarde: z.number().nullable().meta({ title: 'Waarde', description: 'Het getal, met een punt voor decimalen (12.5). Laat leeg bij status onderdrukt of ontbreekt: dan wordt er geen getal opgeslagen.' }),
  /** definitief, voorlopig, onderdrukt (hidden for privacy) or ontbreekt (missing). */
  status: observatieStatus.meta({ title: 'Status', description: 'definitief, voorlopig, onderdrukt (te klein aantal, niet getoond) of ontbreekt (geen cijfer).' }),
  /** How exact the value is; default exact. For `bereik` give ondergrens and bovengrens. */
  kwalificatie: kwalificatie.default('exact').meta({ title: 'Kwalificatie', description: 'Hoe precies het getal is. Een schatting blijft een schatting: kies bijna, ruim, ongeveer, minstens of hoogstens. Bij bereik vul je onder- en bovengrens in.' }),
  /** Lower bound of a range ("3 à 5 miljoen": 3000000). */
  ondergrens: z.number().meta({ title: 'Ondergrens', description: 'Alleen bij kwalificatie bereik: het laagste getal ("3 à 5 miljoen": 3000000).' }).optional(),
  /** Upper bound of a range. */
  bovengrens: z.number().meta({ title: 'Bovengrens', description: 'Alleen bij kwalificatie bereik: het hoogste getal.' }).optional(),
  /** Note on this value. */
  toelichting: text.meta({ title: 'Toelichting', description: 'Een opmerking bij dit getal.' }).optional(),
  /** Where this value comes from, if it differs from the indicator's source. */
  bron: bronverwijzing.meta({ title: 'Bron van dit getal', description: 'Alleen als dit getal uit een andere bron komt dan de indicator.' }).optional(),
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
    titel: text.meta({ title: 'Titel', description: 'Een korte naam, zoals "Gevoerde startgesprekken". Het adres van de indicator wordt er bij het eerste opslaan van gemaakt.' }),
    /** What is counted or measured, in plain Dutch (B1). */
    definitie: text.meta({ title: 'Definitie', description: 'Wat er geteld of gemeten wordt, in gewone taal (B1).' }),
    /** input, output, resultaat, effect or context. */
    soort: indicatorSoort.meta({ title: 'Soort', description: 'input, output, resultaat, effect of context.' }),
    /** Unit: what a value means. */
    eenheid: z.strictObject({
      /** How values are formatted: aantal (1.234), euro (€ 14 mln), procent (12%), score, uren. */
      soort: z.enum(['aantal', 'euro', 'procent', 'score', 'uren']).meta({ title: 'Soort getal', description: 'Hoe de getallen op de site staan: aantal (1.234), euro (€ 14 mln), procent (12%), score of uren.' }),
      /** What is counted, e.g. "gesprekken", "gemeenten", "euro per jaar". */
      label: text.meta({ title: 'Wat er geteld wordt', description: 'Bijvoorbeeld "gesprekken", "gemeenten" of "euro per jaar".' }),
      /**
       * For scores: the full scale (e.g. 1 to 5), so charts show where values lie on it. Not for an ordinary
       * percentage: its axis starts at 0 anyway, and a 0–100 axis flattens a change from 6 to 5 percent into a line
       * on the floor (values are checked against 0–100 without it).
       */
      schaal: z.strictObject({ min: z.number().meta({ title: 'Laagste waarde', description: 'Het begin van de schaal, zoals 1.' }), max: z.number().meta({ title: 'Hoogste waarde', description: 'Het eind van de schaal, zoals 5.' }) }).refine((s) => s.min < s.max, { error: 'min moet kleiner zijn dan max' })
        .meta({ title: 'Schaal', description: 'Voor scores: de hele schaal, bijvoorbeeld 1 tot 5. Laat hem weg bij een gewoon percentage: de grafiek begint dan bij 0 en loopt tot net boven de hoogste waarde, zodat een verandering zichtbaar blijft.' }).optional(),
    }).meta({ title: 'Eenheid', description: 'Wat een getal betekent.' }),
    /** Which way is better. */
    richting: z.enum(['hoger-is-beter', 'lager-is-beter', 'neutraal']).meta({ title: 'Richting', description: 'Welke kant beter is: hoger, lager, of geen van beide (neutraal).' }),
    /** Where the data come from. */
    bron: z.strictObject({
      /** Name of the source or register. */
      naam: text.meta({ title: 'Naam van de bron', description: 'De naam van de bron of het register.' }),
      /** Table or report section. */
      tabel: text.meta({ title: 'Tabel', description: 'De tabel of het hoofdstuk in de bron.' }).optional(),
      /** Address of the source. */
      url: url.meta({ title: 'Webadres', description: 'Waar de cijfers te vinden zijn.' }).optional(),
      /** Licence of the source data. */
      licentie: text.meta({ title: 'Licentie', description: 'Onder welke licentie de cijfers vrij te gebruiken zijn, zoals CC BY 4.0.' }).optional(),
      /** When the data were retrieved. */
      opgehaald: datum.meta({ title: 'Opgehaald op', description: 'Wanneer de cijfers zijn opgehaald: JJJJ-MM-DD.' }).optional(),
      /** The source in bronnen.json, with page or line. */
      verwijzing: bronverwijzing.meta({ title: 'In de bronnenlijst', description: 'De bron in de lijst met bronnen, met pagina of regel.' }).optional(),
    }).meta({ title: 'Bron', description: 'Waar de cijfers vandaan komen.' }),
    /** How often a value is published. */
    frequentie: frequentie.meta({ title: 'Frequentie', description: 'Hoe vaak er een nieuw cijfer komt: jaar, halfjaar, kwartaal, maand of eenmalig.' }),
    /**
     * Level of the areas in the observations: `wijk` or `wijkteam` (ids from site.json gebieden),
     * `gemeente` (the site's own municipality or a gemeente profile), or `studie`: the group of municipalities
     * studied in a publication, for aggregate figures of a comparative study (gebied = the publication id).
     */
    gebiedsniveau: z.enum(['gemeente', 'wijk', 'wijkteam', 'studie']).meta({ title: 'Gebiedsniveau', description: 'Voor welke gebieden de cijfers gelden: de gemeente, een wijk, een wijkteam, of studie (de gemeenten van een vergelijkend onderzoek).' }),
    /** Starting point to compare with. */
    basiswaarde: z.strictObject({
      periode: periode.meta({ title: 'Periode', description: 'De periode van het startpunt, zoals 2022.' }),
      waarde: z.number().meta({ title: 'Waarde', description: 'Het getal bij de start.' }),
      gebied: slug.meta({ title: 'Gebied', description: 'De id van het gebied, als het startpunt voor één gebied geldt.' }).optional(),
    }).meta({ title: 'Basiswaarde', description: 'Het startpunt om mee te vergelijken.' }).optional(),
    /** The target, or the literal "geen-streefwaarde" when none has been set. */
    streefwaarde: z.union([
      z.literal('geen-streefwaarde'),
      z.strictObject({
        /** Target value. */
        waarde: z.number().meta({ title: 'Doel', description: 'Het getal dat de gemeente wil halen.' }),
        /** Period the target applies to. */
        periode: periode.meta({ title: 'Periode', description: 'Wanneer het doel gehaald moet zijn, zoals 2026.' }).optional(),
        /** Where the target was set. */
        toelichting: text.meta({ title: 'Toelichting', description: 'Waar het doel is vastgelegd, bijvoorbeeld in welk besluit.' }).optional(),
      }),
    ], { error: 'moet "geen-streefwaarde" zijn of een object { "waarde": getal }' }).meta({ title: 'Streefwaarde', description: 'Is er een doel vastgesteld? Kies "Geen streefwaarde", of vul het getal in.' }),
    /** Caveats a reader must know. */
    kanttekeningen: z.array(text).default([]).meta({ title: 'Kanttekeningen', description: 'Wat een lezer moet weten om de cijfers goed te lezen. Eén per regel.' }),
    /** Headline of the chart: what the figure shows, in one sentence. */
    kop: text.meta({ title: 'Kop van de grafiek', description: 'Wat de grafiek laat zien, in één zin.' }),
    /** Text alternative of the chart for screen readers. */
    alt: text.meta({ title: 'Tekst voor schermlezers', description: 'Beschrijf de grafiek in woorden, voor wie hem niet kan zien.' }),
    /** Counts below this number are hidden for privacy (status onderdrukt, waarde null). */
    minimumAantal: z.number().int().positive().meta({ title: 'Privacyminimum', description: 'Aantallen onder dit getal worden niet getoond (status onderdrukt).' }).optional(),
    /** Breakdown into categories, e.g. overbrugbaar / onoverbrugbaar. */
    uitsplitsing: z.strictObject({
      /** What the categories split, e.g. "uitkomst startgesprek". */
      label: text.meta({ title: 'Waarin gesplitst wordt', description: 'Bijvoorbeeld "uitkomst startgesprek".' }),
      /** The categories. */
      categorieen: z.array(z.strictObject({
        id: slug.meta({ title: 'Id', description: 'Kleine letters, cijfers en streepjes; observaties noemen deze id.' }),
        label: text.meta({ title: 'Naam', description: 'De naam van de categorie op de site.' }),
      })).min(2).meta({ title: 'Categorieën', description: 'Minstens twee.' }),
    }).meta({ title: 'Uitsplitsing', description: 'Als de cijfers per categorie zijn, bijvoorbeeld overbrugbaar en onoverbrugbaar.' }).optional(),
    /** Preferred chart: lijn (time), staaf (compare areas), kleine-veelvouden (per wijk) or stippen. */
    grafiek: z.enum(['lijn', 'staaf', 'kleine-veelvouden', 'stippen']).meta({ title: 'Soort grafiek', description: 'lijn (over de tijd), staaf (gebieden naast elkaar), kleine-veelvouden (per wijk) of stippen.' }).optional(),
    /** Why there are no observations yet (e.g. "nog geen openbare data"). */
    geenDataToelichting: text.meta({ title: 'Waarom er nog geen cijfers zijn', description: 'Bijvoorbeeld "nog geen openbare data".' }).optional(),
    /**
     * Role on keten pages. `resultaat` (default): measures a result of a verandertheorie and is named in that
     * node's `indicatoren`. `context`: shows the size and trend of the task a keten works on, under
     * "De keten in cijfers" on the pages of `ketens`. A municipal total is context, never an effect of the wijkteams.
     */
    rol: z.enum(['resultaat', 'context'], { error: 'moet "resultaat" of "context" zijn' }).default('resultaat').meta({ title: 'Rol', description: 'resultaat: meet een resultaat uit de verandertheorie. context: laat de omvang van de opgave zien, onder "De keten in cijfers".' }),
    /** For rol `context`: the ketens whose page shows this figure under "De keten in cijfers". */
    ketens: z.array(verwijzing('ketens')).default([]).meta({ title: 'Ketens', description: 'Alleen bij rol context: de ketens die dit cijfer tonen.' }),
    /** The observations; may be empty when no public data exist yet. */
    observaties: z.array(observatieSchema).default([]).meta({ title: 'Observaties', description: 'De gemeten getallen: één per periode, gebied en categorie. Mag leeg zijn als er nog geen openbare cijfers zijn.' }),
    /** Further sources. */
    bronnen: bronnen.meta({ title: 'Andere bronnen', description: 'Meer bronnen bij deze indicator.' }),
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
