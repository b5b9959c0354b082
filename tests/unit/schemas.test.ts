import { describe, expect, it } from 'vitest';
import type { z } from 'zod';
import {
  aanbevelingStatusSchema, begripSchema, bronSchema, gebiedSchema, gemeenteSchema, indicatorSchema, kaderSchema, ketenSchema,
  observatieSchema, organisatieSchema, paginaSchema, publicatieSchema, siteSchema, slug, trajectSchema, verandertheorieSchema, verhaalSchema,
} from '../../src/schemas/index.ts';
import { datum } from '../../src/schemas/common.ts';
import { dutchMessage, numberInQuotesMessage } from '../../src/schemas/errors-nl.ts';

/** Issues as "path: message", the way the content check shows them (paths 0-based here). */
function issues(schema: z.ZodType, data: unknown): string[] {
  const r = schema.safeParse(data);
  return r.success ? [] : r.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
}
const clone = <T>(v: T): T => structuredClone(v);

// Minimal valid samples, one per schema.
const thema = {
  primair: '#00457c', primairTekst: '#ffffff', link: '#0a58a6', focus: '#b34700', tekst: '#1b1b1b',
  achtergrond: '#ffffff', vlak: '#eef2f6', grafiek: ['#00457c', '#b3541e'], lettertype: 'Arial, sans-serif',
};
const site = {
  gemeente: 'Voorbeeldstad', gemeenteId: 'voorbeeldstad', titel: 'Wijkteams', basisUrl: 'https://voorbeeld.example.org',
  uitgever: 'Gemeente Voorbeeldstad', licentie: { naam: 'CC BY 4.0', url: 'https://creativecommons.org/licenses/by/4.0/' },
  contact: {}, thema, navigatie: [{ label: 'Ketens', href: '/ketens/' }],
  gebieden: [{ id: 'centrum', naam: 'Centrum', niveau: 'wijk', cbsCode: 'WK999901' }],
};
const keten = { naam: 'Gezond thuis', opgave: 'Ouderen wonen veilig thuis.', status: 'concept', samenvatting: 'Kort verhaal.' };
const theorie = {
  status: 'concept',
  toelichting: 'Gereconstrueerd uit de evaluatie.',
  knopen: [
    { id: 'a-bezoek', soort: 'activiteit', titel: 'Huisbezoek' },
    { id: 'rk-gezien', soort: 'resultaat-kort', titel: 'Zorgen gezien', indicatoren: ['vroegsignalen'] },
    { id: 'rl-thuis', soort: 'resultaat-lang', titel: 'Langer thuis', geenIndicatorReden: 'Wordt niet gemeten.' },
  ],
  verbanden: [
    { van: 'a-bezoek', naar: 'rk-gezien', want: 'een bezoek laat zorgen zien', aannames: [{ id: 'bezoek-werkt', tekst: 'Mensen doen open.', status: 'ongetoetst', kennis: 'ervaring' }] },
    { van: 'rk-gezien', naar: 'rl-thuis', want: 'vroege hulp voorkomt zware zorg' },
  ],
};
const indicator = {
  titel: 'Huisbezoeken', definitie: 'Aantal bezoeken.', soort: 'output', eenheid: { soort: 'aantal', label: 'bezoeken' },
  richting: 'hoger-is-beter', bron: { naam: 'Registratie' }, frequentie: 'jaar', gebiedsniveau: 'wijk',
  streefwaarde: 'geen-streefwaarde', kop: 'Meer bezoeken', alt: 'Lijn die stijgt.', minimumAantal: 10,
  observaties: [
    { periode: '2023', gebied: 'centrum', waarde: 120, status: 'definitief' },
    { periode: '2024', gebied: 'centrum', waarde: null, status: 'onderdrukt' },
  ],
};
const verhaal = {
  titel: 'Koffie', keten: 'gezond-thuis', perspectief: 'professional', rol: 'een wijkverpleegkundige', datum: '2024-10-01',
  soort: 'citaat', citaat: 'Bij de koffie komt het verhaal.', bron: { bron: 'interviews-2024' }, toestemming: 'gegeven', geanonimiseerd: true,
};
const publicatie = {
  titel: 'Evaluatie', soort: 'evaluatie', uitgever: 'Bureau', datum: '2024-11', methode: 'Interviews.', onderzoeksvragen: ['Werkt het?'],
  hoofdconclusie: 'Deels.', samenvatting: 'Kort.', document: { bron: 'evaluatie-2024' },
  aanbevelingen: [{ nummer: '2.10', titel: 'Meet meer', tekst: 'Meet per wijk.', adressaat: 'college', subaanbevelingen: [{ nummer: '2.10a', tekst: 'Begin in Centrum.' }] }],
};
const statusFile = { publicatie: 'evaluatie-2024', statussen: [{ aanbeveling: '2.10', datum: '2025-01-15', status: 'toegezegd', toelichting: 'Het college zegt het toe.' }] };
const traject = {
  titel: 'Pilot', keten: 'gezond-thuis', samenvatting: 'Een pilot.', doelen: ['Sneller hulp.'], periode: { van: '2022-09' },
  mijlpalen: [{ id: 'start', titel: 'Start', gepland: '2022-09-01', werkelijk: '2022-10-01' }],
};
const gemeente = {
  naam: 'Noordhaven', provincie: 'Noordland',
  studies: [{ publicatie: 'rekenkamer-2025', peildatum: '2025-01', samenvatting: 'Eén team.', kenmerken: { teamvorm: { waarde: 'één team', bron: { bron: 'rekenkamer-2025', plaats: 'p. 3' } } } }],
};
const kader = { titel: 'Beleidscyclus', samenvatting: 'Stappen.', figuur: { soort: 'stappen', bijschrift: 'Vier stappen', stappen: [{ label: 'Input', tekst: 'Geld' }, { label: 'Output', tekst: 'Aantallen' }] } };
const begrip = { term: 'aanname', definitie: 'Iets wat waar moet zijn.' };
const bron = { id: 'rekenkamer-2025', type: 'report', title: 'Wijkteams', author: [{ literal: 'Rekenkamer' }, { family: 'Berg', given: 'P.', 'non-dropping-particle': 'van den' }], issued: { 'date-parts': [[2025, 6]] } };
const organisatie = { id: 'steunpunt', naam: 'Steunpunt Mantelzorg', soort: 'ketenpartner' };
const pagina = { titel: 'Over', samenvatting: 'Over deze site.' };

const schemas: [string, z.ZodType, Record<string, unknown>][] = [
  ['site', siteSchema, site], ['keten', ketenSchema, keten], ['verandertheorie', verandertheorieSchema, theorie],
  ['indicator', indicatorSchema, indicator], ['verhaal', verhaalSchema, verhaal], ['publicatie', publicatieSchema, publicatie],
  ['aanbeveling-status', aanbevelingStatusSchema, statusFile], ['traject', trajectSchema, traject], ['gemeente', gemeenteSchema, gemeente],
  ['kader', kaderSchema, kader], ['begrip', begripSchema, begrip], ['bron', bronSchema, bron], ['organisatie', organisatieSchema, organisatie],
  ['pagina', paginaSchema, pagina],
];

describe('every schema', () => {
  for (const [name, schema, valid] of schemas) {
    it(`${name}: accepts a minimal valid sample`, () => {
      expect(issues(schema, valid)).toEqual([]);
    });
    it(`${name}: rejects an unknown top-level field, in Dutch`, () => {
      expect(issues(schema, { ...clone(valid), opmerkingen: 'x' })).toEqual([': onbekend veld "opmerkingen"']);
    });
    it(`${name}: reports a missing required field`, () => {
      const required = Object.keys(valid).find((k) => !schema.safeParse({ ...valid, [k]: undefined }).success)!;
      expect(required).toBeDefined();
      const { [required]: _, ...rest } = valid;
      expect(issues(schema, rest).join('\n')).toMatch(new RegExp(`^${required}: `, 'm'));
      expect(issues(schema, rest).join('\n')).toMatch(/ontbreekt|moet/);
    });
    it(`${name}: rejects a non-object`, () => {
      expect(issues(schema, 'tekst')).toEqual([': moet een object { … } zijn, maar is tekst "tekst"']);
    });
  }
});

describe('strictness of nested objects', () => {
  it.each([
    ['site thema', siteSchema, (d: any): void => { d.thema.kleur = '#000000'; }, 'thema: onbekend veld "kleur"'],
    ['site gebied', siteSchema, (d: any): void => { d.gebieden[0].code = 'x'; }, 'gebieden.0: onbekend veld "code"'],
    ['indicator eenheid', indicatorSchema, (d: any): void => { d.eenheid.decimalen = 1; }, 'eenheid: onbekend veld "decimalen"'],
    ['observatie', indicatorSchema, (d: any): void => { d.observaties[0].opmerking = 'x'; }, 'observaties.0: onbekend veld "opmerking"'],
    ['knoop', verandertheorieSchema, (d: any): void => { d.knopen[0].kleur = 'rood'; }, 'knopen.0: onbekend veld "kleur"'],
    ['aanname', verandertheorieSchema, (d: any): void => { d.verbanden[0].aannames[0].bron = 'x'; }, 'verbanden.0.aannames.0: onbekend veld "bron"'],
    ['bronverwijzing', verhaalSchema, (d: any): void => { d.bron.pagina = 3; }, 'bron: onbekend veld "pagina"'],
    ['kader figuur', kaderSchema, (d: any): void => { d.figuur.kleur = 'blauw'; }, 'figuur: onbekend veld "kleur"'],
    ['gemeente kenmerk', gemeenteSchema, (d: any): void => { d.studies[0].kenmerken.teamvorm.jaar = 2024; }, 'studies.0.kenmerken.teamvorm: onbekend veld "jaar"'],
  ] as const)('%s', (_, schema, mutate, expected) => {
    const base = schemas.find(([, s]) => s === schema)![2];
    const data = clone(base);
    mutate(data);
    expect(issues(schema, data)).toEqual([expected]);
  });

  it('applies defaults, so pages never see undefined lists', () => {
    const k = ketenSchema.parse(keten);
    expect(k).toMatchObject({ aliassen: [], themas: [], partners: [], volgorde: 100, kaders: [], bronnen: [] });
    const s = siteSchema.parse({ ...site, gebieden: undefined });
    expect(s.voorbeelddata).toBe(false);
    expect(s.gebieden).toEqual([]);
    expect(indicatorSchema.parse(indicator).observaties[0]!.kwalificatie).toBe('exact');
    expect(begripSchema.parse(begrip)).toMatchObject({ synoniemen: [], zieOok: [], dubbelzinnig: false, bronnen: [] });
  });
});

describe('common field types', () => {
  it('slug: lower case, digits and single hyphens', () => {
    for (const ok of ['wmo', 'wmo-mantelzorg', '2024-evaluatie']) expect(slug.safeParse(ok).success).toBe(true);
    for (const bad of ['Wmo', 'wmo--x', '-wmo', 'wmo mantelzorg', 'wmö', '']) expect(slug.safeParse(bad).success, bad).toBe(false);
    expect(issues(slug, 'Gezond Thuis')).toEqual([': "Gezond Thuis" is geen geldige id: gebruik kleine letters, cijfers en streepjes (bijvoorbeeld "wmo-mantelzorg")']);
  });

  it('datum: year, month or day precision; YAML dates and bare years become text', () => {
    expect(datum.parse('2024')).toBe('2024');
    expect(datum.parse('2024-06')).toBe('2024-06');
    expect(datum.parse('2024-02-29')).toBe('2024-02-29');
    expect(datum.parse(new Date(Date.UTC(2024, 2, 5)))).toBe('2024-03-05');
    expect(datum.parse(2025)).toBe('2025');
  });

  it('datum: rejects impossible and badly written dates with the value in the message', () => {
    expect(issues(datum, '2024-13')).toEqual([': "2024-13" is geen geldige datum: schrijf JJJJ-MM-DD, JJJJ-MM of JJJJ (bijvoorbeeld 2024-11-01)']);
    expect(issues(datum, '15-06-2024')).toEqual([': "15-06-2024" is geen geldige datum: schrijf JJJJ-MM-DD, JJJJ-MM of JJJJ (bijvoorbeeld 2024-11-01)']);
    expect(issues(datum, '2025-02-29')).toEqual([': "2025-02-29" bestaat niet: februari 2025 heeft 28 dagen']);
    expect(issues(datum, '2024-04-31')).toEqual([': "2024-04-31" bestaat niet: april 2024 heeft 30 dagen']);
    expect(issues(datum, 24)).toEqual([': moet tekst zijn, maar is het getal 24']);
  });
});

describe('site', () => {
  it('checks colours, paths, addresses and CBS codes', () => {
    const d = clone(site) as any;
    d.thema.primair = '#fff';
    d.navigatie[0].href = 'ketens';
    d.basisUrl = 'voorbeeld.nl';
    d.contact.email = 'redactie-at-voorbeeld';
    d.gebieden[0].cbsCode = '0479';
    d.thema.grafiek = ['#000000'];
    expect(issues(siteSchema, d)).toEqual([
      'basisUrl: "voorbeeld.nl" is geen geldig webadres: begin met https://',
      'contact.email: is geen geldig e-mailadres',
      'thema.primair: moet een kleur zijn als #rrggbb (bijvoorbeeld #005a9c)',
      'thema.grafiek: moet minstens 2 items bevatten',
      'navigatie.0.href: moet een pad op deze site zijn, zoals /ketens/',
      'gebieden.0.cbsCode: moet een CBS-code zijn, bijvoorbeeld WK047901',
    ]);
  });
  it('gebied: level is wijk or wijkteam', () => {
    expect(gebiedSchema.safeParse({ id: 'noord', naam: 'Noord', niveau: 'wijkteam' }).success).toBe(true);
    expect(issues(gebiedSchema, { id: 'noord', naam: 'Noord', niveau: 'buurt' })).toEqual(['niveau: "buurt" is geen toegestane waarde; kies uit: "wijk", "wijkteam"']);
  });
});

describe('keten', () => {
  it('rejects unknown status and a non-integer order', () => {
    expect(issues(ketenSchema, { ...keten, status: 'klaar', volgorde: 1.5 })).toEqual([
      'status: "klaar" is geen toegestane waarde; kies uit: "vastgesteld", "concept", "nog-niet-beschreven"',
      'volgorde: moet een heel getal zijn, maar is het getal 1.5',
    ]);
  });
  it('rejects an empty summary (whitespace only)', () => {
    expect(issues(ketenSchema, { ...keten, samenvatting: '   ' })).toEqual(['samenvatting: mag niet leeg zijn']);
  });
});

describe('verandertheorie', () => {
  it('rejects duplicate node ids, links to unknown nodes and self-links', () => {
    const d = clone(theorie) as any;
    d.knopen.push({ id: 'a-bezoek', soort: 'activiteit', titel: 'Nog een bezoek' });
    d.verbanden.push({ van: 'rl-thuis', naar: 'amb-gezond', want: 'x' }, { van: 'rk-gezien', naar: 'rk-gezien', want: 'x' }, { van: 'rk-gezein', naar: 'rl-thuis', want: 'x' });
    expect(issues(verandertheorieSchema, d)).toEqual([
      'knopen.3.id: id "a-bezoek" komt twee keer voor; elke knoop heeft een eigen id',
      'verbanden.2.naar: verwijst naar knoop "amb-gezond", maar die staat niet in knopen',
      'verbanden.3.naar: een verband moet naar een andere knoop leiden',
      'verbanden.4.van: verwijst naar knoop "rk-gezein", maar die staat niet in knopen (bedoelde u "rk-gezien"?)',
    ]);
  });
  it('requires indicators or a reason for results only', () => {
    const d = clone(theorie) as any;
    delete d.knopen[2].geenIndicatorReden;
    d.knopen[0].geenIndicatorReden = 'niet van toepassing';
    expect(issues(verandertheorieSchema, d)).toEqual([
      'knopen.0.geenIndicatorReden: hoort alleen bij een resultaat (resultaat-kort of resultaat-lang)',
      'knopen.2: resultaat "rl-thuis" heeft geen indicatoren en geen geenIndicatorReden; noem in "indicatoren" een indicator, of leg in "geenIndicatorReden" uit waarom die er niet is',
    ]);
  });
  it('rejects the same assumption id under two links', () => {
    const d = clone(theorie) as any;
    d.verbanden[1].aannames = [{ id: 'bezoek-werkt', tekst: 'Ook hier.', status: 'ondersteund', kennis: 'monitordata' }];
    expect(issues(verandertheorieSchema, d)).toEqual(['verbanden.1.aannames.0.id: id "bezoek-werkt" komt twee keer voor; elke aanname heeft een eigen id']);
  });
  it('needs at least one node', () => {
    expect(issues(verandertheorieSchema, { ...theorie, knopen: [], verbanden: [] })).toEqual(['knopen: moet minstens 1 item bevatten']);
  });
});

describe('indicator and observatie', () => {
  const withObs = (...obs: object[]) => ({ ...clone(indicator), observaties: obs });
  it('accepts a range with bounds and null value', () => {
    expect(issues(indicatorSchema, withObs({ periode: '2024', gebied: 'centrum', waarde: null, status: 'voorlopig', kwalificatie: 'bereik', ondergrens: 14, bovengrens: 18 }))).toEqual([]);
  });
  it('checks period form and frequency', () => {
    expect(issues(indicatorSchema, withObs({ periode: '2024-Q5', gebied: 'centrum', waarde: 12, status: 'definitief' }))).toEqual([
      'observaties.0.periode: is geen geldige periode: schrijf 2024, 2024-H1, 2024-Q3 of 2024-07',
    ]);
    expect(issues(indicatorSchema, withObs({ periode: '2024-H1', gebied: 'centrum', waarde: 12, status: 'definitief' }))).toEqual([
      'observaties.0.periode: periode "2024-H1" past niet bij frequentie "jaar"; schrijf bijvoorbeeld 2024',
    ]);
    expect(issues(indicatorSchema, { ...withObs({ periode: '2024-H1', gebied: 'centrum', waarde: 12, status: 'definitief' }), frequentie: 'eenmalig' })).toEqual([]);
  });
  it('finds duplicates, naming the first one', () => {
    expect(issues(indicatorSchema, withObs(
      { periode: '2023', gebied: 'centrum', waarde: 12, status: 'definitief' },
      { periode: '2024', gebied: 'centrum', waarde: 13, status: 'definitief' },
      { periode: '2023', gebied: 'centrum', waarde: 14, status: 'voorlopig' },
    ))).toEqual(['observaties.2: dubbele observatie: observaties[1] heeft ook periode 2023, gebied centrum; laat er één staan']);
  });
  it('checks categories against the breakdown', () => {
    const split = { ...withObs({ periode: '2023', gebied: 'centrum', waarde: 12, status: 'definitief' }, { periode: '2023', gebied: 'centrum', categorie: 'onbekend', waarde: 12, status: 'definitief' }), uitsplitsing: { label: 'uitkomst', categorieen: [{ id: 'ja', label: 'Ja' }, { id: 'nee', label: 'Nee' }] } };
    expect(issues(indicatorSchema, split)).toEqual([
      'observaties.0.categorie: ontbreekt: deze indicator heeft een uitsplitsing, dus elke observatie noemt haar categorie',
      'observaties.1.categorie: categorie "onbekend" staat niet in uitsplitsing.categorieen',
    ]);
    expect(issues(indicatorSchema, withObs({ periode: '2023', gebied: 'centrum', categorie: 'ja', waarde: 12, status: 'definitief' }))).toEqual([
      'observaties.0.categorie: deze indicator heeft geen uitsplitsing; laat categorie weg of voeg een uitsplitsing toe',
    ]);
  });
  it('keeps hidden values hidden and requires values otherwise', () => {
    expect(issues(indicatorSchema, withObs(
      { periode: '2021', gebied: 'centrum', waarde: 4, status: 'onderdrukt' },
      { periode: '2022', gebied: 'centrum', waarde: 0, status: 'ontbreekt' },
      { periode: '2023', gebied: 'centrum', waarde: null, status: 'definitief' },
    ))).toEqual([
      'observaties.0.waarde: moet null zijn bij status "onderdrukt": een onderdrukt cijfer wordt niet gepubliceerd; schrijf "waarde": null',
      'observaties.1.waarde: moet null zijn bij status "ontbreekt": er is dan geen cijfer; schrijf "waarde": null',
      'observaties.2.waarde: ontbreekt bij status "definitief"; geef een getal, of zet status op "ontbreekt"',
    ]);
  });
  it('applies the privacy minimum to counts only, and not to zero', () => {
    const below = withObs({ periode: '2023', gebied: 'centrum', waarde: 7, status: 'definitief' }, { periode: '2024', gebied: 'centrum', waarde: 0, status: 'definitief' });
    expect(issues(indicatorSchema, below)).toEqual(['observaties.0.waarde: 7 is lager dan het privacyminimum van 10; zet waarde op null en status op "onderdrukt"']);
    expect(issues(indicatorSchema, { ...below, eenheid: { soort: 'procent', label: '%' } })).toEqual([]);
  });
  it('checks ranges', () => {
    expect(issues(indicatorSchema, withObs(
      { periode: '2021', gebied: 'centrum', waarde: null, status: 'voorlopig', kwalificatie: 'bereik', ondergrens: 5 },
      { periode: '2022', gebied: 'centrum', waarde: null, status: 'voorlopig', kwalificatie: 'bereik', ondergrens: 18, bovengrens: 14 },
      { periode: '2023', gebied: 'centrum', waarde: 16, status: 'voorlopig', ondergrens: 14, bovengrens: 18 },
    ))).toEqual([
      'observaties.0.kwalificatie: een bereik heeft ondergrens en bovengrens nodig; vul ze allebei in, of kies een andere kwalificatie',
      'observaties.1.ondergrens: is groter dan de bovengrens',
      'observaties.2.kwalificatie: ondergrens en bovengrens horen bij kwalificatie "bereik"',
    ]);
  });
  it('explains numbers written as text', () => {
    expect(issues(observatieSchema, { periode: '2023', gebied: 'centrum', waarde: '12,5', status: 'definitief' })).toEqual([
      'waarde: "12,5" is tekst met een komma; schrijf het getal zonder aanhalingstekens en met een punt als decimaalteken: 12.5',
    ]);
  });
  it('streefwaarde: the literal or an object with a number', () => {
    expect(issues(indicatorSchema, { ...indicator, streefwaarde: { waarde: 15, periode: '2026' } })).toEqual([]);
    expect(issues(indicatorSchema, { ...indicator, streefwaarde: 'geen' })).toEqual(['streefwaarde: moet "geen-streefwaarde" zijn of een object { "waarde": getal }']);
  });
  it('gebiedsniveau and minimumAantal', () => {
    expect(issues(indicatorSchema, { ...indicator, gebiedsniveau: 'buurt', minimumAantal: 0 })).toEqual([
      'gebiedsniveau: "buurt" is geen toegestane waarde; kies uit: "gemeente", "wijk", "wijkteam", "studie"',
      'minimumAantal: moet groter dan 0 zijn',
    ]);
  });
});

describe('verhaal', () => {
  it('requires consent and anonymity', () => {
    expect(issues(verhaalSchema, { ...verhaal, toestemming: 'ja', geanonimiseerd: false })).toEqual([
      'toestemming: ontbreekt of is onjuist: schrijf "gegeven" (de persoon gaf toestemming) of "openbare-bron" (overgenomen uit een gepubliceerde bron)',
      'geanonimiseerd: moet true zijn: een verhaal noemt mensen bij hun rol, nooit bij naam, en is niet naar een persoon te herleiden',
    ]);
  });
  it('requires a source reference with a valid id', () => {
    expect(issues(verhaalSchema, { ...verhaal, bron: { bron: 'Interviews 2024' } })).toEqual([
      'bron.bron: "Interviews 2024" is geen geldige id: gebruik kleine letters, cijfers en streepjes (bijvoorbeeld "wmo-mantelzorg")',
    ]);
  });
});

describe('publicatie and status file', () => {
  it('keeps numbers as text and rejects numbers written as numbers', () => {
    expect(publicatieSchema.parse(publicatie).aanbevelingen[0]!.nummer).toBe('2.10');
    const d = clone(publicatie) as any;
    d.aanbevelingen[0].nummer = 2.1;
    expect(issues(publicatieSchema, d)).toEqual(['aanbevelingen.0.nummer: moet tekst zijn: zet het nummer tussen aanhalingstekens, precies zoals in de bron (bijvoorbeeld "2.10"); zonder aanhalingstekens wordt 2.10 gelezen als 2.1']);
  });
  it('rejects duplicate numbers and badly formed numbers', () => {
    const d = clone(publicatie) as any;
    d.aanbevelingen.push(clone(d.aanbevelingen[0]));
    d.aanbevelingen[0].subaanbevelingen[0].nummer = '2.10 a';
    expect(issues(publicatieSchema, d)).toEqual([
      'aanbevelingen.0.subaanbevelingen.0.nummer: moet een nummer zijn als "1", "2.3" of "1a"',
      'aanbevelingen.1.nummer: nummer "2.10" komt twee keer voor',
    ]);
  });
  it('status entries: known statuses and valid dates', () => {
    const d = clone(statusFile) as any;
    d.statussen[0].status = 'afgerond';
    d.statussen[0].datum = '2025-1-5';
    expect(issues(aanbevelingStatusSchema, d)).toEqual([
      'statussen.0.datum: "2025-1-5" is geen geldige datum: schrijf JJJJ-MM-DD, JJJJ-MM of JJJJ (bijvoorbeeld 2024-11-01)',
      'statussen.0.status: "afgerond" is geen toegestane waarde; kies uit: "toegezegd", "in-uitvoering", "uitgevoerd", "niet-overgenomen", "onbekend"',
    ]);
    expect(aanbevelingStatusSchema.parse({ publicatie: 'x' }).statussen).toEqual([]);
  });
});

describe('traject, gemeente, kader, begrip, bron, organisatie', () => {
  it('traject: milestones need a date and a unique id', () => {
    const d = clone(traject) as any;
    d.mijlpalen.push({ id: 'start', titel: 'Nog eens', gepland: '2023' }, { id: 'eind', titel: 'Eind' });
    expect(issues(trajectSchema, d)).toEqual([
      'mijlpalen.1.id: id "start" komt twee keer voor',
      'mijlpalen.2: noem een geplande of een werkelijke datum (of beide)',
    ]);
  });
  it('traject: keten may be left out; "werkelijkOnbekend" only without an actual date', () => {
    const d = clone(traject) as any;
    delete d.keten;
    d.mijlpalen.push({ id: 'zienswijze', titel: 'Zienswijze', gepland: '2025-02', werkelijkOnbekend: true }, { id: 'besluit', titel: 'Besluit', werkelijk: '2025-01', werkelijkOnbekend: true });
    expect(issues(trajectSchema, d)).toEqual(['mijlpalen.2.werkelijkOnbekend: er staat al een werkelijke datum; haal werkelijkOnbekend weg']);
  });
  it('gemeente: only known comparable fields, and at least one study', () => {
    const d = clone(gemeente) as any;
    d.studies[0].kenmerken.kleur = { waarde: 'blauw', bron: { bron: 'x' } };
    expect(issues(gemeenteSchema, d)[0]).toMatch(/^studies\.0\.kenmerken/);
    expect(issues(gemeenteSchema, { ...gemeente, studies: [] })).toEqual(['studies: moet minstens 1 item bevatten']);
  });
  it('gemeente: cbsCode is optional and, when given, a CBS municipality code', () => {
    expect(issues(gemeenteSchema, { ...gemeente, cbsCode: 'GM0479' })).toEqual([]);
    for (const wrong of ['gm0479', 'GM479', 'WK047911', 'GM04790', '0479'])
      expect(issues(gemeenteSchema, { ...gemeente, cbsCode: wrong })).toEqual(['cbsCode: moet een CBS-gemeentecode zijn: GM en vier cijfers, bijvoorbeeld GM0479']);
  });
  it('kader: each figure kind has its own shape', () => {
    const kwadrant = { soort: 'kwadrant', bijschrift: 'Vier', x: { label: 'X', laag: 'l', hoog: 'h' }, y: { label: 'Y', laag: 'l', hoog: 'h' }, vakken: [{ x: 'laag', y: 'laag', titel: 'a', tekst: 'b' }] };
    expect(issues(kaderSchema, { ...kader, figuur: kwadrant })).toEqual(['figuur.vakken: moet precies 4 items bevatten']);
    expect(issues(kaderSchema, { ...kader, figuur: { soort: 'tabel', bijschrift: 'T', kolommen: ['a', 'b'], rijen: [{ label: 'r', cellen: ['1', '2'] }] } })).toEqual([]);
    expect(kaderSchema.safeParse({ ...kader, figuur: { soort: 'taart', bijschrift: 'T' } }).success).toBe(false);
  });
  it('begrip: synonyms are text', () => {
    expect(issues(begripSchema, { ...begrip, synoniemen: 'veronderstelling' })).toEqual(['synoniemen: moet een lijst [ … ] zijn, maar is tekst "veronderstelling"']);
  });
  it('bron: CSL types, names and DOIs', () => {
    expect(issues(bronSchema, { ...bron, type: 'rapport' })[0]).toMatch(/^type: "rapport" is geen toegestane waarde; kies uit: "report", "book"/);
    expect(issues(bronSchema, { ...bron, DOI: 'https://doi.org/10.1234/abc' })).toEqual(['DOI: moet een DOI zijn zoals 10.1234/abc (zonder https://doi.org/)']);
    expect(issues(bronSchema, { ...bron, author: ['Jansen'] })).toEqual(['author.0: moet { "family": …, "given": … } zijn, of { "literal": … } voor een organisatie']);
    expect(issues(bronSchema, { ...bron, issued: { 'date-parts': [[2025, 13]] } })).toEqual(['issued.date-parts.0.1: moet hoogstens 12 zijn']);
  });
  it('organisatie: kind from the list', () => {
    expect(issues(organisatieSchema, { ...organisatie, soort: 'zorgaanbieder' })[0]).toMatch(/^soort: "zorgaanbieder" is geen toegestane waarde/);
  });
});

describe('Dutch default messages', () => {
  it('number written as text: comma, thousands point or just quotes', () => {
    expect(numberInQuotesMessage('12,5')).toBe('"12,5" is tekst met een komma; schrijf het getal zonder aanhalingstekens en met een punt als decimaalteken: 12.5');
    expect(numberInQuotesMessage('1.234,5')).toBe('"1.234,5" is tekst met een komma; schrijf het getal zonder aanhalingstekens en met een punt als decimaalteken: 1234.5');
    expect(numberInQuotesMessage('2.500')).toBe('"2.500" is tekst; schrijf het getal zonder aanhalingstekens en zonder punt voor duizendtallen: 2500');
    expect(numberInQuotesMessage('2500')).toBe('"2500" is tekst; schrijf het getal zonder aanhalingstekens: 2500');
    expect(numberInQuotesMessage('-0.5')).toBe('"-0.5" is tekst; schrijf het getal zonder aanhalingstekens: -0.5');
    expect(numberInQuotesMessage('twaalf')).toBeUndefined();
  });
  it('covers the common issue codes without English', () => {
    const msgs = [
      dutchMessage({ code: 'invalid_type', expected: 'string', input: 3, path: [] } as never),
      dutchMessage({ code: 'invalid_type', expected: 'boolean', input: 'ja', path: [] } as never),
      dutchMessage({ code: 'too_big', origin: 'string', maximum: 80, inclusive: true, input: 'x', path: [] } as never),
      dutchMessage({ code: 'unrecognized_keys', keys: ['a', 'b'], input: {}, path: [] } as never),
      dutchMessage({ code: 'invalid_format', format: 'email', input: 'x', path: [] } as never),
    ];
    expect(msgs).toEqual([
      'moet tekst zijn, maar is het getal 3',
      'moet true of false zijn, maar is tekst "ja"',
      'mag hoogstens 80 tekens lang zijn',
      'onbekende velden "a", "b"',
      'heeft niet de juiste vorm (email)',
    ]);
  });
});

describe('indicator rol: result indicators and context figures', () => {
  it('defaults to a result indicator without ketens', () => {
    const parsed = indicatorSchema.parse(clone(indicator));
    expect(parsed.rol).toBe('resultaat');
    expect(parsed.ketens).toEqual([]);
  });
  it('accepts a context figure that names its keten', () => {
    expect(issues(indicatorSchema, { ...clone(indicator), rol: 'context', ketens: ['gezond-thuis'] })).toEqual([]);
  });
  it('asks a context figure for its keten, in Dutch', () => {
    expect(issues(indicatorSchema, { ...clone(indicator), rol: 'context' })).toEqual([
      'ketens: een contextcijfer hoort bij minstens één keten; noem de id van de keten(s) waarvan de pagina dit cijfer toont',
    ]);
  });
  it('refuses ketens on a result indicator, which is linked through the verandertheorie instead', () => {
    expect(issues(indicatorSchema, { ...clone(indicator), ketens: ['gezond-thuis'] })[0]).toMatch(/^ketens: hoort alleen bij rol "context"/);
  });
  it('refuses an unknown rol', () => {
    expect(issues(indicatorSchema, { ...clone(indicator), rol: 'effect' })).toEqual(['rol: moet "resultaat" of "context" zijn']);
  });
});

describe('keten ontbrekendeCijfers and knoop cijferToelichting', () => {
  it('are optional lists and texts', () => {
    expect(ketenSchema.parse(clone(keten)).ontbrekendeCijfers).toEqual([]);
    expect(issues(ketenSchema, { ...clone(keten), ontbrekendeCijfers: ['Geen openbare reeks gevonden.'] })).toEqual([]);
    const vt = clone(theorie);
    (vt.knopen[1] as Record<string, unknown>).cijferToelichting = 'Een totaal voor de hele gemeente.';
    expect(issues(verandertheorieSchema, vt)).toEqual([]);
  });
  it('refuses a list of numbers as missing figures', () => {
    expect(issues(ketenSchema, { ...clone(keten), ontbrekendeCijfers: [3] }).length).toBe(1);
  });
});
