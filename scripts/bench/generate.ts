/**
 * Writes a synthetic content folder at scale (voorbeelddata), valid under src/schemas/ and the content check.
 * The shape copies tests/fixtures/site/: the same kinds of files with the same fields, only many more.
 * Deterministic: every item draws from its own seeded stream, so the same options give the same files.
 * Long file: one writer per kind of content and the word lists they draw from; apart they would share all of it.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { stringify } from 'yaml';
import { seeded, seedOf, type Random } from './random.ts';
import { body, paragraph, sentence, title } from './text.ts';
import { toSlug } from '../../src/schemas/ids.ts';

export interface GenerateOptions {
  ketens: number;
  /** Result nodes per keten (resultaat-kort and resultaat-lang). */
  resultaten: number;
  indicatoren: number;
  /** Years of observations per indicator. */
  jaren: number;
  /** Wijken in site.json; every indicator has one observation per wijk per year. */
  wijken: number;
  verhalen: number;
  publicaties: number;
}

export interface Generated {
  files: number;
  bytes: number;
  counts: Record<string, number>;
}

const FIRST_YEAR = 2015;
const pad = (n: number, width = 2) => String(n).padStart(width, '0');
const short = (s: string, words = 5) => toSlug(s).split('-').slice(0, words).join('-');

const WIJK_NAMES = [
  'Centrum', 'Havenkwartier', 'De Beemden', 'Molenwijk', 'Parkzoom', 'Oude Dorp', 'Rivierenbuurt', 'Kerkebuurt', 'Zeeheldenwijk',
  'Bloemenbuurt', 'Stationskwartier', 'De Horst', 'Vogelwijk', 'Dichterswijk', 'Oosterpark', 'Westerhout', 'Zuiderveld', 'Noordereiland',
  'De Weeren', 'Kadijken', 'Schildersbuurt', 'Lindenhof', 'Boschkamp', 'De Vaart', 'Meerzicht', 'Eikendonk', 'Polderwijk', 'Singelkwartier',
  'Vestingstad', 'Nieuwland',
];
const KETEN_THEMES = [
  ['Gezond en Thuis', 'gezondheid'], ['Werk en Inkomen', 'participatie'], ['Jeugd en Gezin', 'jeugd'], ['Schulden en Armoede', 'bestaanszekerheid'],
  ['Wonen en Zorg', 'wonen'], ['Veilig Thuis', 'veiligheid'], ['Mantelzorg', 'mantelzorg'], ['Taal en Meedoen', 'taal'],
  ['Psychische Gezondheid', 'ggz'], ['Ouder Worden', 'ouderen'], ['Onderwijs en Zorg', 'onderwijs'], ['Buurt en Samenleven', 'buurt'],
] as const;
const MEASURES = [
  ['Inwoners met een huisbezoek', 'aantal', 'inwoners'], ['Aandeel inwoners dat zich gezond voelt', 'procent', 'procent van de inwoners'],
  ['Rapportcijfer voor de hulp', 'score', 'rapportcijfer'], ['Uren ondersteuning per week', 'uren', 'uren per week'],
  ['Vroege signalen uit de buurt', 'aantal', 'signalen'], ['Aandeel mantelzorgers dat zich zwaar belast voelt', 'procent', 'procent van de mantelzorgers'],
  ['Ervaren regie over het eigen leven', 'score', 'score'], ['Inwoners met een schuldregeling', 'aantal', 'huishoudens'],
  ['Aandeel jongeren met een startkwalificatie', 'procent', 'procent van de jongeren'], ['Kosten van maatwerk per inwoner', 'euro', 'euro per inwoner'],
] as const;
const ORGS = [
  ['gemeente-benchstad', 'Gemeente Benchstad', 'gemeente'], ['wijkteams-benchstad', 'Stichting Wijkteams Benchstad', 'wijkteamorganisatie'],
  ['thuiszorg-de-eik', 'Thuiszorg De Eik', 'ketenpartner'], ['huisartsen-benchstad', 'Huisartsenkring Benchstad', 'ketenpartner'],
  ['steunpunt-mantelzorg-benchstad', 'Steunpunt Mantelzorg Benchstad', 'ketenpartner'], ['werkbedrijf-benchstad', 'Werkbedrijf Benchstad', 'ketenpartner'],
  ['schuldhulp-benchstad', 'Schuldhulp Benchstad', 'ketenpartner'], ['jeugdzorg-regio', 'Jeugdzorg Regio Bench', 'ketenpartner'],
  ['woningcorporatie-thuis', 'Woningcorporatie Thuis', 'ketenpartner'], ['bibliotheek-benchstad', 'Bibliotheek Benchstad', 'overig'],
  ['bureau-telwerk', 'Bureau Telwerk', 'onderzoeksbureau'], ['rekenkamer-benchstad', 'Rekenkamer Benchstad', 'rekenkamer'],
] as const;
const PARTNER_ROLES = ['Gaat op huisbezoek en regelt lichte hulp', 'Signaleert zorgen en meldt ze bij het wijkteam', 'Levert zorg thuis', 'Helpt bij geldzaken', 'Begeleidt naar werk', 'Opdrachtgever en regisseur van de keten'];
const ROLES = ['een wijkteammedewerker', 'een inwoner van 78 jaar', 'een mantelzorger', 'een huisarts', 'een consulent werk', 'een jongerenwerker', 'een beleidsadviseur van de gemeente', 'een wijkverpleegkundige', 'een ouder van twee kinderen'];
const PERSPECTIVES = ['inwoner', 'professional', 'gemeente', 'ketenpartner'] as const;
const ASSUMPTION_STATUS = ['ongetoetst', 'ondersteund', 'twijfelachtig', 'weerlegd'] as const;
const KNOWLEDGE = ['wetenschappelijk', 'professioneel', 'ervaring', 'monitordata'] as const;
const EXPLANATIONS = ['uitvoering', 'randvoorwaarde', 'externe-factor', 'veronderstelling-klopt-niet'] as const;
const PUB_KINDS = ['evaluatie', 'rekenkamerrapport', 'raadsinformatiebrief', 'onderzoek', 'leertraject'] as const;
const REC_STATUS = ['toegezegd', 'in-uitvoering', 'uitgevoerd', 'niet-overgenomen', 'onbekend'] as const;

/** Shared sources every kind of item can cite (CSL-JSON, as in the fixtures). */
const BASE_SOURCES = [
  { id: 'monitor-sociaal-domein', type: 'dataset', title: 'Monitor Sociaal Domein Benchstad', author: [{ literal: 'Gemeente Benchstad, team Onderzoek' }], issued: { 'date-parts': [[2025, 3, 1]] }, publisher: 'Gemeente Benchstad', URL: 'https://data.bench.example.org/monitor' },
  { id: 'interviews-wijkteams', type: 'personal_communication', title: 'Gesprekken met inwoners en medewerkers van de wijkteams', author: [{ literal: 'Redactie Sociale Wijkteams Benchstad' }], issued: { 'date-parts': [[2024, 9]] } },
  { id: 'handboek-verandertheorie-bench', type: 'book', title: 'Werken met een verandertheorie', author: [{ family: 'Jansen', given: 'Ria' }, { family: 'Berg', given: 'Tom', 'non-dropping-particle': 'van den' }], issued: { 'date-parts': [[2021]] }, publisher: 'Uitgeverij Voorbeeld', 'publisher-place': 'Utrecht', ISBN: '978-90-0000-000-2' },
  { id: 'hoofdstuk-strategieen-bench', type: 'chapter', title: 'Vier strategieën om resultaten te meten', 'container-title': 'Werken met een verandertheorie', author: [{ family: 'Berg', given: 'Tom', 'non-dropping-particle': 'van den' }], issued: { 'date-parts': [[2021]] }, page: '33-58' },
  { id: 'artikel-sturen-bench', type: 'article-journal', title: 'Sturen op wijkteams: van tellen naar leren', 'container-title': 'Tijdschrift voor Voorbeeldonderzoek', author: [{ family: 'Vries', given: 'Sanne', 'non-dropping-particle': 'de' }], issued: { 'date-parts': [[2022, 9]] }, volume: 12, issue: '3', page: '45-61', DOI: '10.9999/bench.2022.003' },
  { id: 'verordening-wmo-bench', type: 'legislation', title: 'Verordening maatschappelijke ondersteuning Benchstad', author: [{ literal: 'Gemeenteraad van Benchstad' }], issued: { 'date-parts': [[2022, 12, 15]] } },
  { id: 'webpagina-steunpunt-bench', type: 'webpage', title: 'Hulp voor mantelzorgers', 'container-title': 'Website Steunpunt Mantelzorg Benchstad', issued: { 'date-parts': [[2023]], circa: true }, accessed: { 'date-parts': [[2025, 5, 12]] }, URL: 'https://mantelzorg.bench.example.org/hulp' },
  { id: 'courant-wijkteams-bench', type: 'article-newspaper', title: 'Wijkteam komt vaker aan de keukentafel', 'container-title': 'Benchstad Courant', author: [{ family: 'Hendriks', given: 'Mila' }], issued: { 'date-parts': [[2024, 12, 3]] }, page: '5' },
].map((s) => ({ ...s, language: 'nl', note: 'Voorbeelddata: deze bron bestaat niet en is verzonnen voor de benchmark.' }));
const SOURCE_IDS = BASE_SOURCES.map((s) => s.id);

const BEGRIPPEN = [
  ['aanname', ['aannames'], 'Iets wat waar moet zijn om van de ene stap in de verandertheorie naar de volgende te komen.', ['verandertheorie']],
  ['basiswaarde', ['nulmeting'], 'Het cijfer aan het begin, om latere cijfers mee te vergelijken.', ['streefwaarde']],
  ['indicator', ['indicatoren', 'kengetal'], 'Een cijfer dat laat zien of een resultaat dichterbij komt.', ['resultaat']],
  ['keten', ['ketensamenwerking'], 'Een groep organisaties die samen werkt aan één opgave.', ['wijkteam']],
  ['mantelzorg', ['mantelzorger', 'mantelzorgers'], 'Zorg die iemand onbetaald geeft aan een naaste.', []],
  ['onderdrukte-waarde', ['onderdrukt cijfer'], 'Een cijfer dat niet wordt getoond omdat het over te weinig mensen gaat.', ['indicator']],
  ['resultaat', ['resultaten', 'beoogd resultaat'], 'Wat een keten wil bereiken bij inwoners.', ['indicator']],
  ['streefwaarde', ['doelwaarde'], 'Het cijfer dat de gemeente wil halen.', ['basiswaarde']],
  ['verandertheorie', ['theory of change', 'veranderingstheorie'], 'Een beschrijving van hoe wat je doet leidt tot het resultaat dat je wilt, en waarom.', ['aanname']],
  ['voorbeelddata', ['synthetische data'], 'Verzonnen gegevens om te laten zien hoe de site werkt.', []],
  ['wijkteam', ['wijkteams', 'sociaal wijkteam'], 'Een team van hulpverleners dat in een wijk werkt.', ['keten']],
] as const;

/** Writes all files into `dir` (which must not exist yet or be empty). */
/** What every part of the generator shares: the options, the writers and the ids that items refer to. */
interface Gen {
  o: GenerateOptions;
  write: (rel: string, text: string) => void;
  json: (rel: string, data: unknown) => void;
  mdx: (rel: string, front: object, text: string) => void;
  rng: (key: string) => Random;
  wijken: { id: string; naam: string; niveau: string; cbsCode: string }[];
  ketenIds: string[];
  pubIds: string[];
  kaderIds: string[];
  indicators: { id: string; keten: number; node: number; measure: (typeof MEASURES)[number] }[];
  resultIds: (k: number) => string[];
}

export function generateSite(dir: string, o: GenerateOptions): Generated {
  let files = 0;
  let bytes = 0;
  const write = (rel: string, text: string) => {
    const full = join(dir, rel);
    mkdirSync(join(full, '..'), { recursive: true });
    writeFileSync(full, text);
    files++;
    bytes += Buffer.byteLength(text);
  };
  const json = (rel: string, data: unknown) => write(rel, JSON.stringify(data, null, 2) + '\n');
  // YAML 1.1 quoting keeps dates and numbers-as-text ("2.10") as text, as the fixtures do.
  const mdx = (rel: string, front: object, text: string) => write(rel, `---\n${stringify(front, { version: '1.1', lineWidth: 120 })}---\n\n${text}`);
  const rng = (key: string): Random => seeded(seedOf(key));

  const wijken = writeSite(json, o);
  const ketenIds = Array.from({ length: o.ketens }, (_, i) => {
    const [name] = KETEN_THEMES[i % KETEN_THEMES.length]!;
    return `keten-${pad(i + 1)}-${toSlug(name)}`;
  });
  const pubIds = Array.from({ length: o.publicaties }, (_, i) => `${PUB_KINDS[i % PUB_KINDS.length]}-${2019 + (i % 7)}-${pad(i + 1)}`);
  const kaderIds = ['strategieen', 'beleidscyclus', 'sturingsmodellen'];
  // Indicator i belongs to keten i mod K, on result node floor(i / K): 10 per keten on the first result nodes.
  const indicators = Array.from({ length: o.indicatoren }, (_, i) => {
    const keten = i % Math.max(1, o.ketens);
    const slot = Math.floor(i / Math.max(1, o.ketens));
    const measure = MEASURES[i % MEASURES.length]!;
    return { id: `ind-${pad(i + 1, 4)}-${short(measure[0], 3)}`, keten, node: slot % Math.max(1, o.resultaten), measure };
  });
  const resultIds = (k: number) => Array.from({ length: o.resultaten }, (_, j) => (j < Math.ceil(o.resultaten * 0.6) ? `rk-${pad(j + 1)}` : `rl-${pad(j + 1)}`));
  const g: Gen = { o, write, json, mdx, rng, wijken, ketenIds, pubIds, kaderIds, indicators, resultIds };
  writeSources(g);
  writeKetens(g);
  writeIndicators(g);
  writeStories(g);
  writePublications(g);
  writeTrajectenAndGemeenten(g);
  writeKadersBegrippenPages(g);

  return {
    files,
    bytes,
    counts: {
      ketens: o.ketens, resultaatknopen: o.ketens * o.resultaten, indicatoren: o.indicatoren, observaties: o.indicatoren * o.jaren * o.wijken,
      verhalen: o.ketens ? o.verhalen : 0, publicaties: o.publicaties, wijken: o.wijken,
    },
  };
}

/** site.json, with o.wijken wijken; returns the wijken. */
function writeSite(json: Gen['json'], o: GenerateOptions) {
  const wijken = Array.from({ length: o.wijken }, (_, i) => {
    const base = WIJK_NAMES[i % WIJK_NAMES.length]!;
    const naam = i < WIJK_NAMES.length ? base : `${base} ${Math.floor(i / WIJK_NAMES.length) + 1}`;
    return { id: toSlug(naam), naam, niveau: 'wijk', cbsCode: `WK${9990000 + i + 1}` };
  });
  json('site.json', {
    gemeente: 'Benchstad',
    gemeenteId: 'benchstad',
    titel: 'Sociale Wijkteams Benchstad (voorbeelddata)',
    ondertitel: 'Synthetische site voor de prestatiemeting: niets op deze site gaat over een echte gemeente.',
    basisUrl: 'https://bench.example.org',
    uitgever: 'Gemeente Benchstad (fictief)',
    licentie: { naam: 'CC BY 4.0', url: 'https://creativecommons.org/licenses/by/4.0/deed.nl' },
    contact: { email: 'redactie@bench.example.org' },
    voorbeelddata: true,
    thema: {
      primair: '#00457c', primairTekst: '#ffffff', link: '#0a58a6', focus: '#b34700', tekst: '#1b1b1b', achtergrond: '#ffffff', vlak: '#eef2f6',
      grafiek: ['#00457c', '#b3541e', '#2e7d32', '#7b3f98', '#8a6d00', '#c2185b'],
      lettertype: 'Fira Sans, Arial, sans-serif',
      logo: '/logo-voorbeeld.svg',
    },
    navigatie: [
      { label: 'Ketens', href: '/ketens/' }, { label: 'Indicatoren', href: '/indicatoren/' }, { label: 'Verhalen', href: '/verhalen/' },
      { label: 'Publicaties', href: '/publicaties/' }, { label: 'Aanbevelingen', href: '/aanbevelingen/' }, { label: 'Gemeenten', href: '/gemeenten/' },
      { label: 'Begrippen', href: '/begrippen/' }, { label: 'Over deze site', href: '/over/' },
    ],
    gebieden: wijken,
  });
  return wijken;
}

/** bronnen.json, organisaties.json and omleidingen.json. */
function writeSources({ o, json, ketenIds, pubIds }: Gen): void {
  const pubSources = pubIds.map((id, i) => ({
    id, type: i % 5 === 2 ? 'document' : 'report', title: `Publicatie ${i + 1} over de Sociale Wijkteams Benchstad`, author: [{ literal: ORGS[10 + (i % 2)]![1] }],
    issued: { 'date-parts': [[2019 + (i % 7), 1 + (i % 12), 1 + (i % 28)]] }, publisher: ORGS[10 + (i % 2)]![1], language: 'nl',
    note: 'Voorbeelddata: deze bron bestaat niet en is verzonnen voor de benchmark.',
  }));
  json('bronnen.json', [...BASE_SOURCES, ...pubSources]);
  json('organisaties.json', ORGS.map(([id, naam, soort]) => ({ id, naam, soort, omschrijving: `${naam} (fictieve organisatie, voorbeelddata).` })));
  json('omleidingen.json', { omleidingen: o.ketens ? [{ van: '/ketens/oude-naam/', naar: `/ketens/${ketenIds[0]}/`, datum: '2025-03-01', reden: 'de keten kreeg een nieuwe naam (voorbeelddata).' }] : [] });
}

/** Ketens and their verandertheorie. */
function writeKetens(g: Gen): void {
  for (let k = 0; k < g.o.ketens; k++) {
    const r = g.rng(`keten-${k}`);
    writeTheory(g, k, r, writeKeten(g, k, r));
  }
}

/** The page of keten k; returns its name. */
function writeKeten({ mdx, ketenIds, kaderIds }: Gen, k: number, r: Random): string {
  const [name, theme] = KETEN_THEMES[k % KETEN_THEMES.length]!;
  const naam = k < KETEN_THEMES.length ? name : `${name} ${Math.floor(k / KETEN_THEMES.length) + 1}`;
  const partners = r.sample(ORGS.slice(0, 10), r.int(3, 5)).map(([organisatie]) => ({ organisatie, rol: r.pick(PARTNER_ROLES) }));
  mdx(`ketens/${ketenIds[k]}.mdx`, {
    naam,
    aliassen: [`${theme}keten`],
    opgave: `${sentence(r)} Voorbeelddata.`,
    themas: [theme, 'wijkteam'],
    partners,
    status: k % 5 === 4 ? 'concept' : 'vastgesteld',
    samenvatting: `${paragraph(r, 2, 3)} Dit is voorbeelddata: de keten en alle cijfers zijn verzonnen.`,
    strategie: r.pick(['niche', 'geintegreerd', 'emergent', 'ecosysteem']),
    geldigVan: '2023-01-01',
    geldigTot: '2026-12-31',
    volgorde: k + 1,
    kaders: r.sample(kaderIds, 2),
    bronnen: [{ bron: 'handboek-verandertheorie-bench', plaats: 'p. 12' }, { bron: r.pick(SOURCE_IDS) }],
  }, body(r, 4, 'Deze pagina is **voorbeelddata**. Benchstad bestaat niet.'));
  return naam;
}

/** The verandertheorie of keten k: activities to ambition, with assumptions on some links. */
function writeTheory({ o, json, ketenIds, indicators, resultIds }: Gen, k: number, r: Random, naam: string): void {
  const results = resultIds(k);
  const nodeIndicators = new Map<number, string[]>();
  for (const ind of indicators.filter((x) => x.keten === k)) nodeIndicators.set(ind.node, [...(nodeIndicators.get(ind.node) ?? []), ind.id]);
  const activities = ['a-01', 'a-02', 'a-03', 'a-04'];
  const outputs = ['o-01', 'o-02', 'o-03'];
  const knopen: object[] = [
    ...activities.map((id) => ({ id, soort: 'activiteit', titel: title(r), omschrijving: sentence(r) })),
    ...outputs.map((id) => ({ id, soort: 'output', titel: title(r), omschrijving: sentence(r) })),
    ...results.map((id, j) => {
      const ids = nodeIndicators.get(j) ?? [];
      return {
        id,
        soort: id.startsWith('rk') ? 'resultaat-kort' : 'resultaat-lang',
        titel: title(r),
        omschrijving: sentence(r),
        ...(ids.length ? { indicatoren: ids } : { geenIndicatorReden: `${sentence(r)} Er is geen cijfer per wijk (voorbeelddata).` }),
        ...(r.chance(0.3) ? { bronnen: [{ bron: r.pick(SOURCE_IDS), plaats: `p. ${r.int(3, 80)}` }] } : {}),
      };
    }),
    { id: 'amb', soort: 'ambitie', titel: `${naam}: iedereen doet mee`, omschrijving: sentence(r) },
    { id: 'rv-01', soort: 'randvoorwaarde', titel: 'Goede samenwerking', omschrijving: sentence(r) },
    { id: 'rv-02', soort: 'randvoorwaarde', titel: 'Genoeg geld en mensen', omschrijving: sentence(r) },
    { id: 'ef-01', soort: 'externe-factor', titel: 'Vergrijzing', omschrijving: sentence(r) },
  ];
  let assumption = 0;
  const link = (van: string, naar: string) => {
    const count = r.chance(0.5) ? r.int(1, 2) : 0;
    const aannames = Array.from({ length: count }, () => {
      const status = r.pick(ASSUMPTION_STATUS);
      return {
        id: `aanname-${pad(++assumption, 3)}`,
        tekst: sentence(r),
        status,
        kennis: r.pick(KNOWLEDGE),
        ...(r.chance(0.5) ? { toelichting: sentence(r) } : {}),
        ...(status === 'twijfelachtig' || status === 'weerlegd' ? { verklaring: r.pick(EXPLANATIONS) } : {}),
        ...(r.chance(0.4) ? { bronnen: [{ bron: r.pick(SOURCE_IDS) }] } : {}),
      };
    });
    return { van, naar, want: `want ${sentence(r).toLowerCase().replace(/\.$/, '')}`, ...(aannames.length ? { aannames } : {}) };
  };
  const shortResults = results.filter((id) => id.startsWith('rk'));
  const longResults = results.filter((id) => id.startsWith('rl'));
  const verbanden = [
    ...activities.map((a, i) => link(a, outputs[i % outputs.length]!)),
    ...shortResults.map((rk, i) => link(outputs[i % outputs.length]!, rk)),
    ...longResults.map((rl, i) => link(shortResults[i % Math.max(1, shortResults.length)] ?? outputs[0]!, rl)),
    ...(longResults.length ? longResults : shortResults).map((id) => link(id, 'amb')),
    link('rv-01', activities[0]!),
    link('rv-02', activities[1]!),
    link('ef-01', (longResults[0] ?? shortResults[0] ?? 'amb')),
  ];
  json(`verandertheorie/${ketenIds[k]}.json`, {
    status: k % 5 === 4 ? 'concept' : 'vastgesteld',
    toelichting: `Vastgesteld door de ketenpartners in 2023. ${sentence(r)} Voorbeelddata.`,
    knopen,
    verbanden,
    bronnen: [{ bron: 'handboek-verandertheorie-bench' }],
  });
}

/** Indicators: o.jaren × o.wijken observations each. */
function writeIndicators({ o, json, rng, wijken, indicators }: Gen): void {
  for (const ind of indicators) {
    const r = rng(ind.id);
    const [measure, soort, label] = ind.measure;
    const scale = soort === 'procent' ? { min: 0, max: 100 } : soort === 'score' ? { min: 1, max: 10 } : undefined;
    const round = (v: number) => (soort === 'procent' || soort === 'score' ? Math.round(v * 10) / 10 : Math.round(v));
    const base = soort === 'procent' ? r.int(20, 70) : soort === 'score' ? r.int(5, 8) : soort === 'euro' ? r.int(200, 900) : soort === 'uren' ? r.int(3, 30) : r.int(8, 400);
    const trend = (r.next() - 0.5) * 0.06;
    const minimumAantal = soort === 'aantal' ? 10 : undefined;
    const observaties: object[] = [];
    for (let y = 0; y < o.jaren; y++)
      for (const w of wijken) {
        const periode = String(FIRST_YEAR + y);
        let v = base * (1 + trend * y) * (0.75 + r.next() * 0.5);
        if (scale) v = Math.min(scale.max, Math.max(scale.min, v));
        v = round(v);
        const last = y === o.jaren - 1;
        if (r.chance(0.01)) observaties.push({ periode, gebied: w.id, waarde: null, status: 'ontbreekt', toelichting: 'Dit cijfer is niet geleverd (voorbeelddata).' });
        else if (minimumAantal !== undefined && v < minimumAantal) observaties.push({ periode, gebied: w.id, waarde: null, status: 'onderdrukt' });
        else observaties.push({ periode, gebied: w.id, waarde: v, status: last ? 'voorlopig' : 'definitief', ...(r.chance(0.02) ? { kwalificatie: 'ongeveer' } : {}) });
      }
    const target = soort === 'score' ? 8 : soort === 'procent' ? round(Math.min(95, base * 1.1)) : round(base * 1.1);
    json(`indicatoren/${ind.id}.json`, {
      titel: `${measure} (${ind.id.slice(4, 8)})`,
      definitie: `${sentence(r)} Voorbeelddata.`,
      soort: r.pick(['output', 'resultaat', 'effect']),
      eenheid: { soort, label, ...(scale ? { schaal: scale } : {}) },
      richting: r.pick(['hoger-is-beter', 'lager-is-beter', 'neutraal']),
      bron: { naam: 'Monitor Sociaal Domein Benchstad (voorbeelddata)', tabel: `Tabel ${r.int(1, 12)}.${r.int(1, 9)}`, verwijzing: { bron: 'monitor-sociaal-domein', plaats: `tabel ${r.int(1, 40)}` } },
      frequentie: 'jaar',
      gebiedsniveau: 'wijk',
      ...(o.jaren > 1 ? { basiswaarde: { periode: String(FIRST_YEAR), waarde: round(base) } } : {}),
      streefwaarde: r.chance(0.6) ? { waarde: target, periode: String(FIRST_YEAR + o.jaren), toelichting: 'Vastgelegd in het beleidsplan (voorbeelddata).' } : 'geen-streefwaarde',
      kanttekeningen: r.chance(0.4) ? [sentence(r)] : [],
      kop: `${measure} per wijk, ${FIRST_YEAR} tot ${FIRST_YEAR + o.jaren - 1} (voorbeelddata)`,
      alt: `Kleine grafieken per wijk van ${FIRST_YEAR} tot ${FIRST_YEAR + o.jaren - 1}. Voorbeelddata.`,
      ...(minimumAantal !== undefined ? { minimumAantal } : {}),
      ...(r.chance(0.2) ? { grafiek: 'staaf' } : {}),
      observaties,
      bronnen: r.chance(0.3) ? [{ bron: r.pick(SOURCE_IDS) }] : [],
    });
  }
}

/** Stories, linked to result nodes (and some indicators) of their keten. */
function writeStories({ o, mdx, rng, wijken, ketenIds, indicators, resultIds }: Gen): void {
  for (let i = 0; i < o.verhalen && o.ketens > 0; i++) {
    const r = rng(`verhaal-${i}`);
    const k = i % o.ketens;
    const t = title(r);
    const id = `verhaal-${pad(i + 1, 4)}-${short(t, 4)}`;
    const soort = r.pick(['citaat', 'praktijkbeschrijving', 'casus'] as const);
    const own = indicators.filter((x) => x.keten === k).map((x) => x.id);
    mdx(`verhalen/${id}.mdx`, {
      titel: t,
      keten: ketenIds[k],
      resultaten: r.sample(resultIds(k), r.int(1, 2)),
      ...(own.length && r.chance(0.5) ? { indicatoren: r.sample(own, r.int(1, 2)) } : {}),
      perspectief: r.pick(PERSPECTIVES),
      rol: r.pick(ROLES),
      ...(r.chance(0.8) && wijken.length ? { wijk: r.pick(wijken).id } : {}),
      datum: `${r.int(2019, 2025)}-${pad(r.int(1, 12))}-${pad(r.int(1, 28))}`,
      soort,
      ...(soort === 'citaat' ? { citaat: sentence(r) } : {}),
      bron: { bron: 'interviews-wijkteams', plaats: `gesprek ${r.int(1, 200)}` },
      toestemming: r.pick(['gegeven', 'openbare-bron']),
      geanonimiseerd: true,
    }, body(r, r.int(3, 5), 'Dit verhaal is **voorbeelddata**: het is verzonnen.'));
  }
}

/** Publications with findings, recommendations and status files. */
function writePublications({ o, json, mdx, rng, ketenIds, pubIds, kaderIds }: Gen): void {
  for (let p = 0; p < o.publicaties; p++) {
    const r = rng(`publicatie-${p}`);
    const year = 2019 + (p % 7);
    const ketens = r.sample(ketenIds, Math.min(ketenIds.length, r.int(2, 5)));
    const bevindingen = Array.from({ length: 8 }, (_, j) => ({
      nummer: `1.${j + 1}`,
      titel: title(r),
      tekst: paragraph(r, 1, 2),
      oordeel: r.pick(['sterkte', 'knelpunt', 'gemengd']),
      rol: r.pick(['opdrachtgever', 'partner', 'regisseur', 'uitvoerder']),
      ketens: r.sample(ketens, r.int(1, 2)),
      bron: { bron: pubIds[p], plaats: `p. ${10 + j * 3}` },
    }));
    const hasRecs = PUB_KINDS[p % PUB_KINDS.length] !== 'leertraject';
    const aanbevelingen = hasRecs ? Array.from({ length: 6 }, (_, j) => ({
      nummer: `2.${j + 1}`,
      titel: title(r),
      tekst: sentence(r),
      adressaat: r.pick(['college', 'gemeenteraad', 'wijkteamorganisatie', 'college en ketenpartners']),
      subaanbevelingen: Array.from({ length: r.int(0, 2) }, (_, s) => ({ nummer: `2.${j + 1}${'abc'[s]}`, tekst: sentence(r) })),
      reactie: { oordeel: r.pick(['overgenomen', 'deels', 'niet']), tekst: sentence(r) },
      ketens: r.sample(ketens, 1),
      bron: { bron: pubIds[p], plaats: `p. ${40 + j}` },
    })) : [];
    mdx(`publicaties/${pubIds[p]}.mdx`, {
      titel: `Publicatie ${p + 1}: ${title(r)}`,
      ondertitel: `${sentence(r).replace(/\.$/, '')} (voorbeelddata)`,
      soort: PUB_KINDS[p % PUB_KINDS.length],
      uitgever: `${ORGS[10 + (p % 2)]![1]} (fictief)`,
      auteurs: [ORGS[10 + (p % 2)]![1], 'L. Voorbeeld'],
      datum: `${year}-${pad(1 + (p % 12))}-${pad(1 + (p % 28))}`,
      opdrachtgever: 'Gemeente Benchstad',
      voor: 'gemeenteraad van Benchstad',
      methode: `${paragraph(r, 1, 2)} Voorbeelddata.`,
      onderzoeksvragen: [sentence(r).replace(/\.$/, '?'), sentence(r).replace(/\.$/, '?')],
      hoofdconclusie: `${sentence(r)} Voorbeelddata.`,
      samenvatting: `${paragraph(r, 2, 3)} Dit is een verzonnen publicatie: voorbeelddata.`,
      bevindingen,
      aanbevelingen,
      ...(hasRecs ? { collegereactie: `${sentence(r)} Voorbeelddata.`, nawoord: `${sentence(r)} Voorbeelddata.` } : {}),
      document: { url: `https://bench.example.org/documenten/${pubIds[p]}.pdf`, bron: pubIds[p] },
      ketens,
      kaders: r.sample(kaderIds, 2),
      referenties: r.sample(SOURCE_IDS, 3),
    }, body(r, 4, 'Deze publicatie is **voorbeelddata**. Het rapport bestaat niet.'));
    if (hasRecs)
      json(`aanbevelingen/${pubIds[p]}.json`, {
        publicatie: pubIds[p],
        statussen: aanbevelingen.flatMap((a, j) => Array.from({ length: r.int(1, 3) }, (_, s) => ({
          aanbeveling: a.nummer,
          datum: `${year + 1 + s}-${pad(1 + ((j + s) % 12))}-15`,
          status: s === 0 ? 'toegezegd' : r.pick(REC_STATUS),
          toelichting: sentence(r),
          ...(r.chance(0.4) ? { bewijs: { titel: 'Raadsinformatiebrief over de opvolging (voorbeelddata)', url: 'https://bench.example.org/documenten/opvolging.pdf' } } : {}),
        }))),
      });
  }
}

/** Trajecten and gemeenten. */
function writeTrajectenAndGemeenten({ o, json, rng, ketenIds, pubIds }: Gen): void {
  const trajecten = Math.min(2, o.ketens);
  for (let t = 0; t < trajecten; t++) {
    const r = rng(`traject-${t}`);
    json(`trajecten/pilot-${t + 1}.json`, {
      titel: `Pilot ${t + 1}: ${title(r)}`,
      keten: ketenIds[t],
      publicaties: pubIds.slice(0, 2),
      samenvatting: `${paragraph(r, 2, 2)} Voorbeelddata.`,
      doelen: [sentence(r), sentence(r)],
      periode: { van: '2022-09', tot: '2027-06' },
      mijlpalen: [
        { id: 'start', titel: 'Start van de pilot', gepland: '2022-09-01', werkelijk: '2022-09-01' },
        { id: 'tussenevaluatie', titel: 'Tussenevaluatie klaar', gepland: '2023-03-01', werkelijk: '2023-09-15', toelichting: sentence(r) },
        { id: 'eindevaluatie', titel: 'Eindevaluatie', gepland: '2027-03' },
      ],
      geinformeerd: [{ datum: '2023-04-11', wie: 'gemeenteraad', hoe: 'raadsinformatiebrief' }],
      gemonitord: ['aantal inwoners in de pilot'],
      nietGemonitord: ['de tevredenheid van inwoners'],
      lessen: [sentence(r)],
      bronnen: [{ bron: pubIds[0] ?? 'monitor-sociaal-domein' }],
    });
  }
  const gemeenten = ['noordhaven', 'oostmeer', 'zuidwaard'];
  if (pubIds.length)
    for (const [g, id] of gemeenten.entries()) {
      const r = rng(`gemeente-${id}`);
      const pub = pubIds[g % pubIds.length]!;
      json(`gemeenten/${id}.json`, {
        naam: id.charAt(0).toUpperCase() + id.slice(1),
        provincie: 'Noordkust (fictief)',
        studies: [{
          publicatie: pub,
          peildatum: '2024-06-01',
          samenvatting: `${sentence(r)} Voorbeelddata.`,
          kenmerken: {
            teamvorm: { waarde: r.pick(['breed sociaal wijkteam', 'jeugd en volwassenen apart']), bron: { bron: pub, plaats: 'p. 22' } },
            'aantal-teams': { waarde: `${r.int(2, 9)} teams`, bron: { bron: pub, plaats: 'p. 22' } },
            sturingsmodel: { waarde: r.pick(['sturen op resultaten', 'sturen op productie']), bron: { bron: pub, plaats: 'p. 31' } },
          },
          citaten: [{ tekst: sentence(r), rol: 'een beleidsmedewerker', bron: { bron: pub, plaats: 'p. 33' } }],
        }],
      });
    }
}

/** Kaders, begrippen and pages. */
function writeKadersBegrippenPages({ write, mdx, rng, pubIds }: Gen): void {
  const kaderPubs = pubIds.slice(0, 2);
  mdx('kaders/strategieen.mdx', {
    titel: 'Vier strategieën om resultaten te meten',
    samenvatting: 'Niet elke keten kan op dezelfde resultaten worden afgerekend. Voorbeeldtekst bij voorbeelddata.',
    figuur: {
      soort: 'kwadrant', bijschrift: 'Vier strategieën (voorbeelddata).',
      x: { label: 'Werkwijze', laag: 'gericht', hoog: 'breed' }, y: { label: 'Zekerheid over oorzaak en gevolg', laag: 'zeker', hoog: 'onzeker' },
      vakken: [
        { x: 'laag', y: 'laag', titel: 'Niche', tekst: 'Meet vooral output.' }, { x: 'hoog', y: 'laag', titel: 'Geïntegreerd', tekst: 'Meet resultaten op korte termijn.' },
        { x: 'laag', y: 'hoog', titel: 'Emergent', tekst: 'Meet wat je leert.' }, { x: 'hoog', y: 'hoog', titel: 'Ecosysteem', tekst: 'Meet effecten samen met alle partners.' },
      ],
    },
    publicaties: kaderPubs,
    bronnen: [{ bron: 'hoofdstuk-strategieen-bench', plaats: 'p. 35' }],
  }, body(rng('kader-1'), 2, 'Dit kader is **voorbeelddata**.'));
  mdx('kaders/beleidscyclus.mdx', {
    titel: 'Van input naar outcome',
    samenvatting: 'De stappen van geld en mensen tot het effect bij inwoners. Voorbeeldtekst bij voorbeelddata.',
    figuur: {
      soort: 'stappen', bijschrift: 'Vier stappen van input tot outcome (voorbeelddata).',
      stappen: [{ label: 'Input', tekst: 'Geld, mensen en tijd.' }, { label: 'Throughput', tekst: 'Gesprekken en bezoeken.' }, { label: 'Output', tekst: 'Aantallen.' }, { label: 'Outcome', tekst: 'Wat inwoners merken.' }],
    },
    publicaties: kaderPubs,
    bronnen: [{ bron: 'handboek-verandertheorie-bench', plaats: 'hoofdstuk 2' }],
  }, body(rng('kader-2'), 2, 'Dit kader is **voorbeelddata**.'));
  mdx('kaders/sturingsmodellen.mdx', {
    titel: 'Drie manieren van sturen',
    samenvatting: 'Een gemeente kan sturen als baas, als klant of als partner. Voorbeeldtekst bij voorbeelddata.',
    figuur: {
      soort: 'tabel', bijschrift: 'Drie sturingsmodellen vergeleken (voorbeelddata).', kolommen: ['Hiërarchisch', 'Als klant', 'Netwerk'],
      rijen: [{ label: 'Rol van de gemeente', cellen: ['baas', 'opdrachtgever', 'partner'] }, { label: 'Sturen op', cellen: ['regels', 'prijs en aantallen', 'gedeelde doelen'] }],
    },
    publicaties: kaderPubs.slice(0, 1),
    bronnen: [{ bron: 'artikel-sturen-bench', plaats: 'p. 47' }],
  }, body(rng('kader-3'), 2, 'Dit kader is **voorbeelddata**.'));
  for (const [id, synoniemen, definitie, zieOok] of BEGRIPPEN) {
    const term = id.replace(/-/g, ' ');
    const front = { term, synoniemen: [...synoniemen], definitie, zieOok: [...zieOok], dubbelzinnig: id === 'keten' };
    write(`begrippen/${id}.md`, `---\n${stringify(front, { version: '1.1' })}---\n\n${paragraph(rng(`begrip-${id}`), 1, 2)} Voorbeelddata.\n`);
  }
  mdx('paginas/over.mdx', { titel: 'Over deze benchmarksite', samenvatting: 'Deze site is synthetisch: voorbeelddata voor een prestatiemeting.' },
    'Deze site meet hoe snel de bouw is. **Alles is voorbeelddata**.\n');
  mdx('paginas/toegankelijkheid.mdx', { titel: 'Toegankelijkheid', samenvatting: 'Wij willen dat iedereen deze site kan gebruiken.' },
    'De site volgt de richtlijnen WCAG 2.1 op niveau AA. Dit is een voorbeeldpagina bij **voorbeelddata**.\n');
}
