import { z } from 'zod';
import { bronverwijzing, datum, text, verwijzing } from './common.ts';

/**
 * The comparable fields of the comparative studies: the five-part template of the Groningen/Drenthe
 * study and the team characteristics of the Noord-Holland study. Each study fills the fields it has.
 */
export const kenmerkVelden = [
  'teamvorm', 'aantal-teams', 'doelgroep', 'positionering', 'samenstelling', 'generalistisch-specialistisch',
  'handelingsbevoegdheid', 'toegang', 'regie-burger', 'opdrachtgeversmodel', 'sturingsmodel', 'governancetype',
  'regierol', 'sturingsniveau-nu', 'sturingsniveau-gewenst', 'burgerparticipatie', 'knelpunten', 'tevredenheid',
] as const;
/** Dutch names of the comparable fields, for the comparison page and the editor. */
export const kenmerkLabels: Record<(typeof kenmerkVelden)[number], string> = {
  teamvorm: 'Teamvorm', 'aantal-teams': 'Aantal teams', doelgroep: 'Doelgroep', positionering: 'Positie (nulde, eerste, tweede lijn)',
  samenstelling: 'Samenstelling', 'generalistisch-specialistisch': 'Generalistisch of specialistisch', handelingsbevoegdheid: 'Handelingsbevoegdheid',
  toegang: 'Toegang', 'regie-burger': 'Regie bij de inwoner', opdrachtgeversmodel: 'Opdrachtgeversmodel', sturingsmodel: 'Sturingsmodel',
  governancetype: 'Governancetype', regierol: 'Regierol van de gemeente', 'sturingsniveau-nu': 'Stuurt nu op', 'sturingsniveau-gewenst': 'Wil sturen op',
  burgerparticipatie: 'Betrekken van inwoners', knelpunten: 'Knelpunten', tevredenheid: 'Tevredenheid',
};
export const kenmerkVeld = z.enum(kenmerkVelden).meta({ labels: kenmerkLabels });

/** One value of a profile, with its source. */
export const kenmerkSchema = z.strictObject({
  /** The value in a few words. */
  waarde: text.meta({ title: 'Waarde', description: 'Wat de studie zegt, in een paar woorden.' }),
  /** Explanation or nuance. */
  toelichting: text.meta({ title: 'Toelichting', description: 'Uitleg of nuance.' }).optional(),
  /** Where the study says this. */
  bron: bronverwijzing.meta({ title: 'Bron', description: 'Waar de studie dit zegt.' }),
});

/** What one study says about this municipality. */
export const studieSchema = z.strictObject({
  /** Id of the publication (the study). */
  publicatie: verwijzing('publicaties').meta({ title: 'Studie', description: 'De publicatie (de studie) die deze gemeente beschrijft.' }),
  /** The date the description applies to ("as of"). */
  peildatum: datum.meta({ title: 'Peildatum', description: 'De datum waarop de beschrijving geldt: JJJJ-MM-DD, JJJJ-MM of JJJJ.' }),
  /** Summary of what the study describes, in our words. */
  samenvatting: text.meta({ title: 'Samenvatting', description: 'Wat de studie over deze gemeente beschrijft, in eigen woorden.' }),
  /** The comparable fields this study fills. */
  kenmerken: z.partialRecord(kenmerkVeld, kenmerkSchema).default({}).meta({ title: 'Kenmerken', description: 'De vergelijkbare kenmerken die deze studie invult; laat de rest leeg.' }),
  /** Short quotes from the study, by role. */
  citaten: z.array(z.strictObject({
    tekst: text.meta({ title: 'Citaat', description: 'Kort en letterlijk.' }),
    rol: text.meta({ title: 'Rol', description: 'De rol van wie het zei, nooit een naam.' }),
    bron: bronverwijzing.meta({ title: 'Bron', description: 'Waar het citaat staat.' }),
  })).default([]).meta({ title: 'Citaten', description: 'Korte citaten uit de studie, met de rol van wie het zei.' }),
});

/** `content/gemeenten/<id>.json`: one municipality, with a section per study it appears in. */
export const gemeenteSchema = z.strictObject({
  /** Name at the time of the studies. */
  naam: text.meta({ title: 'Naam', description: 'De naam ten tijde van de studies. Het adres wordt er bij het eerste opslaan van gemaakt.' }),
  /** Province. */
  provincie: text.meta({ title: 'Provincie', description: 'De provincie van de gemeente.' }),
  /** CBS municipality code (e.g. "GM0479"), so CBS and GGD figures can be matched to this municipality. */
  cbsCode: z.string().regex(/^GM\d{4}$/, { error: 'moet een CBS-gemeentecode zijn: GM en vier cijfers, bijvoorbeeld GM0479' })
    .meta({ title: 'CBS-code', description: 'GM en vier cijfers, zoals GM0479, zodat cijfers van CBS en GGD bij de gemeente passen.' }).optional(),
  /** Later changes, e.g. a merger ("sinds 2018 deel van Midden-Groningen"). */
  opmerking: text.meta({ title: 'Opmerking', description: 'Latere veranderingen, zoals een fusie ("sinds 2018 deel van Midden-Groningen").' }).optional(),
  /** The studies that describe this municipality. */
  studies: z.array(studieSchema).min(1).meta({ title: 'Studies', description: 'De studies die deze gemeente beschrijven; minstens één.' }),
});
export type Gemeente = z.infer<typeof gemeenteSchema>;
export type KenmerkVeld = z.infer<typeof kenmerkVeld>;
