/** Dutch labels of enum values, in one place so every page says the same. */
export const KETEN_STATUS_LABEL = { vastgesteld: 'Vastgesteld', concept: 'Concept', 'nog-niet-beschreven': 'Nog niet beschreven' } as const;
export const KNOOP_SOORT_LABEL = {
  activiteit: 'Activiteit', output: 'Output', 'resultaat-kort': 'Resultaat (korte termijn)', 'resultaat-lang': 'Resultaat (lange termijn)',
  ambitie: 'Ambitie', randvoorwaarde: 'Randvoorwaarde', 'externe-factor': 'Externe factor',
} as const;
export const AANNAME_STATUS_LABEL = { ongetoetst: 'Ongetoetst', ondersteund: 'Ondersteund', twijfelachtig: 'Twijfelachtig', weerlegd: 'Weerlegd' } as const;
export const KENNIS_LABEL = { wetenschappelijk: 'wetenschappelijk onderzoek', professioneel: 'professionele kennis', ervaring: 'ervaringskennis', monitordata: 'monitordata' } as const;
export const VERKLARING_LABEL = {
  uitvoering: 'de uitvoering', randvoorwaarde: 'een randvoorwaarde', 'externe-factor': 'een externe factor', 'veronderstelling-klopt-niet': 'de veronderstelling zelf: die klopt niet',
} as const;
export const OORDEEL_LABEL = { sterkte: 'Sterkte', knelpunt: 'Knelpunt', gemengd: 'Gemengd' } as const;
export const REACTIE_LABEL = { overgenomen: 'Overgenomen', deels: 'Deels overgenomen', niet: 'Niet overgenomen' } as const;
export const PUBLICATIE_SOORT_LABEL = {
  evaluatie: 'Evaluatie', rekenkamerrapport: 'Rekenkamerrapport', raadsinformatiebrief: 'Raadsinformatiebrief', onderzoek: 'Onderzoek', leertraject: 'Leertraject',
} as const;
export const INDICATOR_SOORT_LABEL = { input: 'Input', output: 'Output', resultaat: 'Resultaat', effect: 'Effect', context: 'Context' } as const;
export const RICHTING_LABEL = { 'hoger-is-beter': 'Hoger is beter', 'lager-is-beter': 'Lager is beter', neutraal: 'Geen richting: hoger of lager is niet vanzelf beter' } as const;
export const PERSPECTIEF_LABEL = { inwoner: 'Inwoner', professional: 'Professional', gemeente: 'Gemeente', ketenpartner: 'Ketenpartner' } as const;
export const FREQUENTIE_LABEL = { jaar: 'per jaar', halfjaar: 'per half jaar', kwartaal: 'per kwartaal', maand: 'per maand', eenmalig: 'eenmalig' } as const;
export const ROL_LABEL = { opdrachtgever: 'Opdrachtgever', partner: 'Partner', regisseur: 'Regisseur', uitvoerder: 'Uitvoerder' } as const;

const listFormat = new Intl.ListFormat('nl', { type: 'conjunction' });
/** An editor's phrase without its final full stop, for a sentence that adds its own ("… begroting.. Opgehaald"). */
export const withoutFinalStop = (text: string): string => text.replace(/\.+$/, '');
/** "A, B en C": a Dutch list. */
export const listNl = (items: readonly string[]): string => listFormat.format(items);

/**
 * Who issued a publication, for a short line such as "(uitgever, datum)". A publication whose document names no
 * publisher has `uitgever: "Niet vermeld (…)"` in the content, which explains the gap on its own page; in a
 * short line that reads as a name, so the authors stand in (or nothing, when there are none).
 */
export function issuerLabel(p: { uitgever: string; auteurs?: readonly string[] }): string | undefined {
  if (!/^niet vermeld\b/i.test(p.uitgever.trim())) return p.uitgever;
  return p.auteurs?.length ? listNl(p.auteurs) : undefined;
}
