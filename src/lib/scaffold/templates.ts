/**
 * The new items `npm run nieuw` writes. Every text an editor must still write starts with "VUL IN:",
 * followed by what belongs there; the content check rejects each one that is left. Markdown/MDX files
 * explain each field in a comment above it; JSON has no comments, so there the placeholder explains.
 */
import { PLACEHOLDER } from '../validate/placeholders.ts';
import { frontmatterFile, type Field } from './frontmatter.ts';

/** "VUL IN: " + explanation. */
export const vulIn = (explanation: string) => `${PLACEHOLDER} ${explanation}`;

/** "sociale-basis" → "sociale basis": a first guess of a term, shown as an example. */
const words = (id: string) => id.replace(/-/g, ' ');

const json = (data: unknown) => JSON.stringify(data, null, 2) + '\n';

const bronnenField: Field = {
  key: 'bronnen',
  comment: [
    'Bronnen van wat deze pagina zegt (mag leeg blijven): ids uit bronnen.json, eventueel met de plaats, zo:',
    '  - bron: rekenkamer-wijkteams-2025',
    '    plaats: "§ 4.2"',
  ],
  value: [],
};

export function keten(id: string): string {
  return frontmatterFile([
    { key: 'naam', comment: 'De naam van de keten, zoals de gemeente hem noemt.', value: vulIn('de officiële naam van de keten, bijvoorbeeld: Participatie en Armoede') },
    { key: 'aliassen', comment: 'Andere namen voor deze keten in documenten, bijvoorbeeld "participatieketen" (mag leeg blijven).', value: [] },
    { key: 'opgave', comment: 'De maatschappelijke opgave: waar werkt de keten aan? Eén of twee zinnen.', value: vulIn('de opgave van de keten in één of twee zinnen, bijvoorbeeld: Inwoners doen mee in de samenleving, het liefst met betaald werk.') },
    { key: 'themas', comment: "Thema's uit de opdracht aan de wijkteams die bij deze keten horen (mag leeg blijven).", value: [] },
    {
      key: 'partners',
      comment: [
        'De organisaties in de keten en hun rol (mag leeg blijven). De organisatie is een id uit organisaties.json, zo:',
        '  - organisatie: werkbedrijf',
        '    rol: begeleidt inwoners naar werk',
      ],
      value: [],
    },
    {
      key: 'status',
      comment: 'Hoe ver de beschrijving is: concept (een ontwerp, of gereconstrueerd uit evaluaties), vastgesteld (door de gemeente en de partners vastgesteld) of nog-niet-beschreven.',
      value: vulIn('concept, vastgesteld of nog-niet-beschreven'),
    },
    { key: 'samenvatting', comment: 'Een samenvatting in eenvoudige taal (B1). Die staat op de pagina onder "In het kort".', value: vulIn('wat doet de keten en voor wie, in twee of drie eenvoudige zinnen') },
    { key: 'volgorde', comment: 'De plaats in lijsten: een lager getal staat eerder.', value: 100 },
    {
      key: 'ontbrekendeCijfers',
      comment: 'Cijfers over de omvang van de opgave die op de pagina zouden horen maar ontbreken: per regel wat, waarom, en waar je hebt gezocht (mag leeg blijven). Contextcijfers zelf zijn indicatoren met "rol": "context".',
      value: [],
    },
    bronnenField,
  ], vulIn(`het verhaal van de keten: wie doen er mee, wat doen ze en waarom? Schrijf in eenvoudige taal. Een kopje begint met ## aan het begin van een regel. De verandertheorie staat apart, in verandertheorie/${id}.json.`));
}

export function verandertheorie(): string {
  return json({
    status: vulIn('concept (een ontwerp, of gereconstrueerd uit evaluaties) of vastgesteld (door de gemeente en de partners vastgesteld)'),
    toelichting: vulIn('hoe deze verandertheorie tot stand kwam, bijvoorbeeld: gereconstrueerd uit de evaluaties van 2024 en 2025'),
    knopen: [
      {
        id: 'ambitie',
        soort: 'ambitie',
        titel: vulIn('de ambitie van de keten in een paar woorden; die staat bovenaan in het schema'),
        omschrijving: vulIn('de ambitie in één of twee eenvoudige zinnen. Voeg daarna knopen toe voor de activiteiten, outputs en resultaten, en verbanden daartussen; een volledig voorbeeld staat in tests/fixtures/site/verandertheorie/gezond-thuis.json'),
        indicatoren: [],
        bronnen: [],
      },
    ],
    verbanden: [],
    bronnen: [],
  });
}

export function indicator(): string {
  return json({
    titel: vulIn('de titel van de indicator, bijvoorbeeld: Gevoerde startgesprekken'),
    definitie: vulIn('wat er precies geteld of gemeten wordt, in eenvoudige taal, bijvoorbeeld: Het aantal startgesprekken met nieuwe aanvragers van een uitkering'),
    soort: vulIn('input (wat erin gaat, zoals geld of uren), output (wat de keten doet), resultaat (wat het inwoners oplevert), effect (verandering op lange termijn) of context (cijfers over de omgeving)'),
    eenheid: {
      soort: vulIn('aantal, euro, procent, score of uren; dit bepaalt hoe een cijfer wordt geschreven (1.234, € 14 mln, 12%)'),
      label: vulIn('wat er geteld wordt, in het meervoud, bijvoorbeeld: gesprekken, inwoners of euro per jaar'),
    },
    richting: vulIn('hoger-is-beter, lager-is-beter of neutraal'),
    bron: {
      naam: vulIn('de naam van de bron of registratie waar de cijfers vandaan komen, bijvoorbeeld: Registratie wijkteams'),
    },
    frequentie: vulIn('jaar, halfjaar, kwartaal, maand of eenmalig: hoe vaak er een nieuw cijfer komt'),
    gebiedsniveau: vulIn('gemeente (één cijfer voor de hele gemeente), wijk of wijkteam (per gebied uit site.json) of studie (het totaal van een vergelijkend onderzoek)'),
    streefwaarde: vulIn('schrijf geen-streefwaarde als er geen streefwaarde is afgesproken, of zet hier een object neer zoals { "waarde": 80, "periode": "2026", "toelichting": "afgesproken in het uitvoeringsplan" }'),
    kanttekeningen: [],
    kop: vulIn('de kop boven de grafiek: wat de cijfers laten zien, in één zin, bijvoorbeeld: Elk kwartaal meer startgesprekken'),
    alt: vulIn('de tekst voor wie de grafiek niet kan zien: welke lijnen of staven er zijn en wat ze laten zien'),
    rol: vulIn('resultaat (meet een knoop van een verandertheorie) of context (de omvang van de opgave van een keten; noem de keten dan in "ketens")'),
    ketens: [],
    observaties: [],
    bronnen: [],
  });
}

export function verhaal(): string {
  return frontmatterFile([
    { key: 'titel', comment: 'De titel van het verhaal.', value: vulIn('een korte titel, bijvoorbeeld: Koffie aan de keukentafel') },
    { key: 'keten', comment: 'De keten waar het verhaal bij hoort: de id (de bestandsnaam zonder .mdx) van een keten in ketens/.', value: vulIn('de id van de keten, bijvoorbeeld: gezond-thuis') },
    {
      key: 'resultaten',
      comment: ['De resultaten uit de verandertheorie van die keten waar het verhaal over gaat: ids van knopen (mag leeg blijven), zo:', '  - rk-minder-eenzaam'],
      value: [],
    },
    { key: 'indicatoren', comment: 'Indicatoren die het verhaal uitlegt of in perspectief zet: ids uit indicatoren/ (mag leeg blijven).', value: [] },
    { key: 'perspectief', comment: 'Vanuit wie het verhaal verteld wordt: inwoner, professional, gemeente of ketenpartner.', value: vulIn('inwoner, professional, gemeente of ketenpartner') },
    { key: 'rol', comment: 'De rol van wie aan het woord is. Noem nooit een naam.', value: vulIn('de rol van de verteller, bijvoorbeeld: een wijkteammedewerker of een mantelzorger') },
    { key: 'wijk', comment: 'Niet verplicht: de wijk waar het verhaal speelt, een id uit site.json › gebieden. Haal het # voor de regel weg om hem te gebruiken.', value: 'id-van-de-wijk', optional: true },
    { key: 'datum', comment: 'De datum van het verhaal of van de bron: JJJJ-MM-DD, of JJJJ-MM of JJJJ als alleen dat bekend is.', value: vulIn('de datum, bijvoorbeeld 2025-03-14') },
    { key: 'soort', comment: 'De soort verhaal: citaat (een korte, letterlijke uitspraak), praktijkbeschrijving of casus.', value: vulIn('citaat, praktijkbeschrijving of casus') },
    { key: 'citaat', comment: 'Alleen bij soort citaat: de letterlijke uitspraak, kort. Haal het # voor de regel weg om hem te gebruiken.', value: 'de uitspraak', optional: true },
    {
      key: 'bron',
      comment: 'Waar het verhaal vandaan komt.',
      fields: [
        { key: 'bron', comment: 'De id van de bron in bronnen.json, bijvoorbeeld een interviewverslag.', value: vulIn('de id van de bron in bronnen.json, bijvoorbeeld: interviews-wijkteams-2024') },
        { key: 'plaats', comment: 'Niet verplicht: waar in de bron, bijvoorbeeld p. 12. Haal het # weg om hem te gebruiken.', value: 'p. 12', optional: true },
      ],
    },
    { key: 'toestemming', comment: 'Toestemming: gegeven (de persoon gaf toestemming) of openbare-bron (overgenomen uit een gepubliceerde bron).', value: vulIn('gegeven of openbare-bron') },
    {
      key: 'geanonimiseerd',
      comment: 'Schrijf true als het verhaal niemand bij naam noemt en niet naar een persoon te herleiden is. Anders mag het niet online.',
      value: vulIn('true, als het verhaal niemand bij naam noemt en niet naar een persoon te herleiden is'),
    },
  ], vulIn('het verhaal zelf, in eenvoudige taal. Noem mensen bij hun rol, nooit bij naam.'));
}

export function publicatie(id: string): string {
  return frontmatterFile([
    { key: 'titel', comment: 'De titel zoals gepubliceerd.', value: vulIn('de titel zoals op de voorkant van het rapport') },
    { key: 'soort', comment: 'De soort publicatie: evaluatie, rekenkamerrapport, raadsinformatiebrief, onderzoek of leertraject.', value: vulIn('evaluatie, rekenkamerrapport, raadsinformatiebrief, onderzoek of leertraject') },
    { key: 'uitgever', comment: 'Wie de publicatie uitgeeft.', value: vulIn('de organisatie die de publicatie uitgeeft, bijvoorbeeld: Rekenkamer Zaanstad') },
    { key: 'auteurs', comment: 'De auteurs: mensen of organisaties, elk op een eigen regel met - ervoor (mag leeg blijven).', value: [] },
    { key: 'datum', comment: 'De datum van publicatie: JJJJ-MM-DD, of JJJJ-MM of JJJJ als alleen dat bekend is.', value: vulIn('de datum van publicatie, bijvoorbeeld 2025-06-30') },
    { key: 'methode', comment: 'Hoe het onderzoek is gedaan.', value: vulIn('hoe het onderzoek is gedaan, bijvoorbeeld: gesprekken met 24 medewerkers en een analyse van de registratie') },
    { key: 'onderzoeksvragen', comment: 'De onderzoeksvragen, elk op een eigen regel met - ervoor. Minstens één.', value: [vulIn('de eerste onderzoeksvraag; zet elke volgende vraag op een nieuwe regel met - ervoor')] },
    { key: 'hoofdconclusie', comment: 'De belangrijkste conclusie in één of twee eenvoudige zinnen (B1).', value: vulIn('de belangrijkste conclusie in één of twee zinnen') },
    { key: 'samenvatting', comment: 'Een samenvatting in eenvoudige taal (B1), een paar regels.', value: vulIn('een samenvatting van een paar regels, in eenvoudige taal') },
    {
      key: 'bevindingen',
      comment: [
        'De bevindingen (mag leeg blijven), elk zo:',
        '  - nummer: "1.1"          (zoals in de bron, tussen aanhalingstekens)',
        '    titel: Meer ouderen bereikt',
        '    tekst: Het aantal huisbezoeken is in alle wijken gestegen.',
        '    oordeel: sterkte       (sterkte, knelpunt of gemengd)',
      ],
      value: [],
    },
    {
      key: 'aanbevelingen',
      comment: [
        'De aanbevelingen (mag leeg blijven), elk zo:',
        '  - nummer: "2.1"',
        '    titel: Meet de wachttijd',
        '    tekst: Registreer per wijk hoe lang inwoners wachten.',
        '    adressaat: college',
        'De stand van een aanbeveling houdt u bij met: npm run nieuw -- aanbeveling-status ' + id + ' 2.1',
      ],
      value: [],
    },
    {
      key: 'document',
      comment: 'Het brondocument.',
      fields: [
        { key: 'bron', comment: `De id van deze publicatie in bronnen.json; meestal dezelfde id als dit bestand: ${id}.`, value: vulIn(`de id in bronnen.json, meestal ${id}; zet de publicatie eerst in bronnen.json als hij daar nog niet staat`) },
        { key: 'url', comment: 'Niet verplicht: het webadres van het document. Haal het # weg om het te gebruiken.', value: 'https://', optional: true },
      ],
    },
    { key: 'ketens', comment: 'De ketens waar deze publicatie over gaat: ids uit ketens/ (mag leeg blijven).', value: [] },
  ], vulIn('een korte inleiding op de publicatie, in eenvoudige taal: waarom is het onderzoek gedaan en wat komt eruit?'));
}

export function begrip(id: string): string {
  return frontmatterFile([
    { key: 'term', comment: 'Het begrip zoals het in teksten staat.', value: vulIn(`het begrip zoals het in teksten staat, bijvoorbeeld: ${words(id)}`) },
    { key: 'synoniemen', comment: 'Andere schrijfwijzen of woorden die hetzelfde betekenen, elk op een eigen regel met - ervoor (mag leeg blijven).', value: [] },
    { key: 'definitie', comment: 'De betekenis in één eenvoudige zin (B1).', value: vulIn('de betekenis in één eenvoudige zin') },
    { key: 'zieOok', comment: 'Verwante begrippen: ids uit begrippen/ (mag leeg blijven).', value: [] },
    { key: 'dubbelzinnig', comment: 'true als het woord ook een gewone betekenis heeft; het wordt dan niet vanzelf gelinkt in teksten.', value: false },
    bronnenField,
  ], vulIn('meer uitleg over het begrip, met een voorbeeld uit de praktijk van de wijkteams.'));
}

/** One new status of a recommendation, for content/aanbevelingen/<publicatie>.json. */
export function statusEntry(nummer: string, datum: string): Record<string, string> {
  return {
    aanbeveling: nummer,
    datum,
    status: vulIn('toegezegd, in-uitvoering, uitgevoerd, niet-overgenomen of onbekend'),
    toelichting: vulIn('wat er is gebeurd, in één of twee zinnen; noem in "bewijs" eventueel het document dat het laat zien, zoals { "titel": "Raadsinformatiebrief", "url": "https://…" }'),
  };
}

export function statusFile(publicatie: string, entry: Record<string, string>): string {
  return json({ publicatie, statussen: [entry] });
}
