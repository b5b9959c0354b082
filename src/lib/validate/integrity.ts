/**
 * The checks that span files: references, areas, duplicate terms, redirects, the wijk map and theme contrast.
 * Long file: one short check per collection, all sharing the Checker helpers; apart they would each repeat them.
 */
import type { Site } from '../../schemas/index.ts';
import { contrastRatio } from '../contrast.ts';
import { didYouMean } from '../suggest.ts';
import { formatPath, type Problem } from './problem.ts';
import { isGeneratedRoute, isIndexRoute, knownRoutes, normalRoute, RESERVED_PAGE_IDS } from '../routes.ts';

/** A validated entry, with enough to point an editor at the right line. */
export interface Entry {
  collection: string;
  id: string;
  file: string;
  // Validated data; its shape depends on the collection.
  data: any;
  /** For entries of a list file (bronnen.json): the index of the entry in the file. */
  index?: number;
  lineOf: (path: readonly PropertyKey[]) => number | undefined;
}

export type Entries = Map<string, Map<string, Entry>>;
/** Per collection: every id that exists in a file, including entries that failed validation. */
export type Known = Map<string, Set<string>>;

export interface IntegrityOptions {
  /**
   * JJJJ-MM-DD of the data version (the last commit of the content): nothing can have happened after it.
   * From git, not the clock, so a build of one commit always gives the same result. Unknown: not checked.
   */
  referenceDate?: string;
}

/** "2026-12" lies after "2026-11-30"; compared at the precision of the date. */
const isAfter = (date: string, reference: string) => date > reference.slice(0, date.length);

/** What a reference points to, and where an editor finds (or adds) it. */
const TARGETS: Record<string, { label: string; place: string }> = {
  ketens: { label: 'keten', place: 'ketens/' }, indicatoren: { label: 'indicator', place: 'indicatoren/' },
  publicaties: { label: 'publicatie', place: 'publicaties/' }, kaders: { label: 'kader', place: 'kaders/' },
  begrippen: { label: 'begrip', place: 'begrippen/' }, verandertheorie: { label: 'verandertheorie', place: 'verandertheorie/' },
  bronnen: { label: 'bron', place: 'bronnen.json' }, organisaties: { label: 'organisatie', place: 'organisaties.json' },
};

/** What every check of checkIntegrity shares: the entries, and how to report a problem or a broken reference. */
interface Checker {
  entries: Entries;
  ids: (collection: string) => Map<string, Entry>;
  exists: (collection: string, id: string) => boolean;
  site: Site | undefined;
  report: (e: Entry, path: PropertyKey[], message: string, hint?: string) => void;
  ref: (e: Entry, path: PropertyKey[], collection: string, id: string | undefined) => void;
  refs: (e: Entry, path: PropertyKey[], collection: string, list: string[] | undefined) => void;
  known: Known;
  options: IntegrityOptions;
  /** The node ids of a keten's verandertheorie. */
  nodesOf: (keten: string) => Set<string>;
  /** Every id of a collection, valid or not. */
  allIds: (collection: string) => Set<string>;
}

/**
 * Checks everything that spans files: references, areas, duplicate terms, theme contrast.
 * `known` holds the ids of entries that exist but are invalid; references to them are not reported
 * again (the entry's own problem is), and neither is anything that needs a valid site.json when it is not.
 */
export function checkIntegrity(entries: Entries, known: Known = new Map(), options: IntegrityOptions = {}): Problem[] {
  const problems: Problem[] = [];
  const ids = (c: string) => entries.get(c) ?? new Map<string, Entry>();
  const exists = (c: string, id: string) => ids(c).has(id) || (known.get(c)?.has(id) ?? false);
  const site = ids('site').get('site')?.data as Site | undefined;

  const at = (e: Entry, path: PropertyKey[]) => (e.index === undefined ? path : [e.index, ...path]);
  const report = (e: Entry, path: PropertyKey[], message: string, hint?: string) =>
    problems.push({ file: e.file, line: e.lineOf(at(e, path)), path: formatPath(at(e, path)), message, hint });

  const ref = (e: Entry, path: PropertyKey[], collection: string, id: string | undefined) => {
    if (id === undefined || exists(collection, id)) return;
    const t = TARGETS[collection] ?? { label: collection, place: `${collection}/` };
    report(e, path, `verwijst naar ${t.label} "${id}", maar er is geen ${t.label} met die id in ${t.place}`, didYouMean(id, ids(collection).keys()));
  };
  const refs = (e: Entry, path: PropertyKey[], collection: string, list: string[] | undefined) =>
    list?.forEach((id, i) => ref(e, [...path, i], collection, id));
  const nodesOf = (keten: string) => new Set<string>((ids('verandertheorie').get(keten)?.data.knopen ?? []).map((k: { id: string }) => k.id));
  const allIds = (c: string) => new Set([...ids(c).keys(), ...(known.get(c) ?? [])]);
  const checker: Checker = { entries, ids, exists, site, report, ref, refs, known, options, nodesOf, allIds };
  checkSources(checker);
  checkKetens(checker);
  checkTheories(checker);
  checkIndicators(checker);
  checkStories(checker);
  checkPublications(checker);
  checkStatuses(checker);
  checkOthers(checker);
  checkGemeenteCodes(checker);
  checkGlossary(checker);
  checkPages(checker);
  checkRedirects(checker);
  checkSite(checker);
  return problems;
}

/** Source references anywhere: every `bron` that is an id, and publication reference lists. */
function checkSources({ entries, ref }: Checker): void {
  // Source references anywhere: every `bron` that is an id, and publication reference lists.
  const walkSources = (e: Entry, value: unknown, path: PropertyKey[]) => {
    if (Array.isArray(value)) value.forEach((v, i) => walkSources(e, v, [...path, i]));
    else if (value && typeof value === 'object')
      for (const [k, v] of Object.entries(value)) {
        if (k === 'bron' && typeof v === 'string') ref(e, [...path, k], 'bronnen', v);
        else walkSources(e, v, [...path, k]);
      }
  };
  for (const [name, map] of entries) if (name !== 'bronnen') for (const e of map.values()) walkSources(e, e.data, []);
}

/** Ketens: their partners and kaders exist. */
function checkKetens({ ids, ref, refs }: Checker): void {
  for (const e of ids('ketens').values()) {
    e.data.partners.forEach((p: { organisatie: string }, i: number) => ref(e, ['partners', i, 'organisatie'], 'organisaties', p.organisatie));
    refs(e, ['kaders'], 'kaders', e.data.kaders);
  }
}

/** Verandertheorieën: each belongs to a keten; its nodes name existing indicators, and context figures say what they do not show. */
function checkTheories({ ids, exists, report, refs }: Checker): void {
  for (const e of ids('verandertheorie').values()) {
    if (!exists('ketens', e.id))
      report(e, [], `er is geen keten "${e.id}"; een verandertheorie heet zoals de keten waar hij bij hoort`, didYouMean(e.id, ids('ketens').keys()));
    e.data.knopen.forEach((k: { id: string; indicatoren: string[]; cijferToelichting?: string }, i: number) => {
      refs(e, ['knopen', i, 'indicatoren'], 'indicatoren', k.indicatoren);
      // A context figure (a municipal total) can speak to a result, but only with a word on what it does not show.
      const context = k.indicatoren.filter((id) => ids('indicatoren').get(id)?.data.rol === 'context');
      if (context.length > 0 && !k.cijferToelichting)
        report(e, ['knopen', i, 'indicatoren'], `knoop "${k.id}" noemt het contextcijfer "${context[0]}", maar heeft geen cijferToelichting`, 'leg in "cijferToelichting" uit wat dit cijfer over het resultaat zegt en wat niet: een totaal voor de hele gemeente is geen gemeten effect van de wijkteams');
    });
  }
}

/** Indicators: their ketens exist, and every area exists at the indicator's level. */
function checkIndicators({ ids, site, report, refs, known }: Checker): void {
  const areaIds = (level: string): Set<string> => {
    if (level === 'gemeente') return new Set([...(site ? [site.gemeenteId] : []), ...ids('gemeenten').keys(), ...(known.get('gemeenten') ?? [])]);
    if (level === 'studie') return new Set([...ids('publicaties').keys(), ...(known.get('publicaties') ?? [])]);
    return new Set((site?.gebieden ?? []).filter((g) => g.niveau === level).map((g) => g.id));
  };
  const areaSource: Record<string, string> = {
    gemeente: `de gemeente zelf ("${site?.gemeenteId ?? '?'}") of een bestand in gemeenten/`,
    studie: 'een publicatie (de gemeenten uit die studie)',
    wijk: 'site.json › gebieden met niveau "wijk"',
    wijkteam: 'site.json › gebieden met niveau "wijkteam"',
  };

  for (const e of ids('indicatoren').values()) refs(e, ['ketens'], 'ketens', e.data.ketens);
  for (const e of ids('indicatoren').values()) {
    // Without a valid site.json the areas are unknown; its own problem is reported instead.
    if (!site && e.data.gebiedsniveau !== 'studie') continue;
    const allowed = areaIds(e.data.gebiedsniveau);
    const checkArea = (path: PropertyKey[], area: string | undefined) => {
      if (area === undefined || allowed.has(area)) return;
      report(e, path, `gebied "${area}" bestaat niet voor gebiedsniveau "${e.data.gebiedsniveau}"; kies uit ${areaSource[e.data.gebiedsniveau]}`, didYouMean(area, allowed));
    };
    e.data.observaties.forEach((o: { gebied: string }, i: number) => checkArea(['observaties', i, 'gebied'], o.gebied));
    checkArea(['basiswaarde', 'gebied'], e.data.basiswaarde?.gebied);
  }
}

/** Verhalen: keten, results, indicators and wijk exist. */
function checkStories({ ids, exists, site, report, ref, refs, nodesOf }: Checker): void {
  for (const e of ids('verhalen').values()) {
    ref(e, ['keten'], 'ketens', e.data.keten);
    const nodes = nodesOf(e.data.keten);
    e.data.resultaten.forEach((r: string, i: number) => {
      // A missing keten is reported above; an invalid verandertheorie in its own file.
      if (nodes.has(r) || !exists('ketens', e.data.keten) || (!ids('verandertheorie').has(e.data.keten) && exists('verandertheorie', e.data.keten))) return;
      if (!ids('verandertheorie').has(e.data.keten)) report(e, ['resultaten', i], `keten "${e.data.keten}" heeft (nog) geen verandertheorie, dus ook geen resultaat "${r}"`, 'haal het resultaat weg, of maak eerst verandertheorie/' + e.data.keten + '.json');
      else report(e, ['resultaten', i], `verwijst naar resultaat "${r}", maar dat staat niet in verandertheorie/${e.data.keten}.json`, didYouMean(r, nodes));
    });
    refs(e, ['indicatoren'], 'indicatoren', e.data.indicatoren);
    if (site && e.data.wijk !== undefined && !site.gebieden.some((g) => g.id === e.data.wijk))
      report(e, ['wijk'], `wijk "${e.data.wijk}" staat niet in site.json › gebieden`, didYouMean(e.data.wijk, (site?.gebieden ?? []).map((g) => g.id)));
  }
}

/** Publications: ketens, kaders and references exist. */
function checkPublications({ ids, refs }: Checker): void {
  for (const e of ids('publicaties').values()) {
    refs(e, ['ketens'], 'ketens', e.data.ketens);
    refs(e, ['kaders'], 'kaders', e.data.kaders);
    refs(e, ['referenties'], 'bronnen', e.data.referenties);
    for (const list of ['bevindingen', 'aanbevelingen'] as const)
      e.data[list].forEach((item: { ketens: string[] }, i: number) => refs(e, [list, i, 'ketens'], 'ketens', item.ketens));
  }
}

/** Status files: their publication and recommendation numbers exist, and no status lies after the data version. */
function checkStatuses({ ids, report, ref, options }: Checker): void {
  for (const e of ids('aanbevelingen').values()) {
    ref(e, ['publicatie'], 'publicaties', e.data.publicatie);
    const pub = ids('publicaties').get(e.data.publicatie);
    if (!pub) continue;
    const numbers = new Set<string>(pub.data.aanbevelingen.flatMap((a: { nummer: string; subaanbevelingen: { nummer: string }[] }) => [a.nummer, ...a.subaanbevelingen.map((s) => s.nummer)]));
    e.data.statussen.forEach((s: { aanbeveling: string; datum: string }, i: number) => {
      if (options.referenceDate && isAfter(s.datum, options.referenceDate))
        report(e, ['statussen', i, 'datum'], `${s.datum} ligt na de datum van deze versie van de inhoud (${options.referenceDate}); een stand kan niet in de toekomst liggen`, 'controleer de datum');
      if (!numbers.has(s.aanbeveling))
        report(e, ['statussen', i, 'aanbeveling'], `publicatie "${e.data.publicatie}" heeft geen aanbeveling "${s.aanbeveling}"`, `de aanbevelingen van deze publicatie hebben de nummers ${[...numbers].join(', ')}`);
    });
  }
}

/** Trajecten, gemeenten and kaders: what they point to exists. */
function checkOthers({ ids, ref, refs }: Checker): void {
  for (const e of ids('trajecten').values()) {
    if (e.data.keten) ref(e, ['keten'], 'ketens', e.data.keten);
    refs(e, ['publicaties'], 'publicaties', e.data.publicaties);
  }
  for (const e of ids('gemeenten').values())
    e.data.studies.forEach((s: { publicatie: string }, i: number) => ref(e, ['studies', i, 'publicatie'], 'publicaties', s.publicatie));
  for (const e of ids('kaders').values()) refs(e, ['publicaties'], 'publicaties', e.data.publicaties);
}

/** Gemeenten: a CBS code names one municipality, since imports and comparisons match rows of CBS tables on it. */
function checkGemeenteCodes({ ids, site, report }: Checker): void {
  const gemeenteByCode = new Map<string, string>(site?.gemeenteCbsCode ? [[site.gemeenteCbsCode, site.gemeenteId]] : []);
  for (const e of ids('gemeenten').values()) {
    const code: string | undefined = e.data.cbsCode;
    if (!code) continue;
    const other = gemeenteByCode.get(code);
    if (other !== undefined && other !== e.id)
      report(e, ['cbsCode'], `CBS-code ${code} hoort al bij ${other === site?.gemeenteId && !ids('gemeenten').has(other) ? `de gemeente zelf (site.json › gemeenteCbsCode)` : `gemeente "${other}"`}; elke gemeente heeft haar eigen code`, 'zoek de code op in de CBS-tabel Gebieden in Nederland');
    else if (e.id === site?.gemeenteId && site.gemeenteCbsCode && code !== site.gemeenteCbsCode)
      report(e, ['cbsCode'], `is ${code}, maar site.json › gemeenteCbsCode is ${site.gemeenteCbsCode}; dit is dezelfde gemeente`, 'maak de twee codes gelijk');
    else gemeenteByCode.set(code, e.id);
  }
}

/** Begrippen: see-also terms exist, and a word points to one begrip only. */
function checkGlossary({ ids, report, refs }: Checker): void {
  const terms = new Map<string, string>();
  for (const e of ids('begrippen').values()) {
    refs(e, ['zieOok'], 'begrippen', e.data.zieOok);
    [e.data.term, ...e.data.synoniemen].forEach((t: string, i: number) => {
      const key = t.toLowerCase();
      const other = terms.get(key);
      if (other && other !== e.id) report(e, i === 0 ? ['term'] : ['synoniemen', i - 1], `"${t}" is ook al een term of synoniem van begrip "${other}"; een woord mag maar naar één begrip wijzen`);
      else terms.set(key, e.id);
    });
  }
}

/** Pages: no id takes the address of a part of the site. */
function checkPages({ ids, report }: Checker): void {
  for (const e of ids('paginas').values())
    if (RESERVED_PAGE_IDS.has(e.id)) report(e, [], `de id "${e.id}" is al het adres /${e.id}/ van een vast onderdeel van de site; deze pagina zou dat vervangen`, 'hernoem het bestand, bijvoorbeeld naar "over-' + e.id + '.mdx"');
}

/** Redirects: from an old address to a page that exists, without chains that loop. */
function checkRedirects({ ids, report, allIds }: Checker): void {
  const redirectEntry = ids('omleidingen').get('omleidingen');
  if (redirectEntry) {
    const list: { van: string; naar: string }[] = redirectEntry.data.omleidingen;
    const routes = knownRoutes(allIds, [...ids('verhalen').values()].map((e) => String(e.data.keten)));
    const next = new Map(list.map((r) => [normalRoute(r.van), normalRoute(r.naar)]));
    const from = new Set<string>();
    const inCycle = new Set<string>();
    // Suggest only addresses as deep as the one given: "/ketens/" starts every keten address, but is no typo of one.
    const depth = (p: string) => p.split('/').length;
    list.forEach((r, i) => {
      const van = normalRoute(r.van);
      const naar = normalRoute(r.naar);
      const at = (field: string) => ['omleidingen', i, field];
      if (from.has(van)) report(redirectEntry, at('van'), `"${r.van}" staat al eerder in de lijst; een oud adres kan maar naar één nieuw adres leiden`);
      from.add(van);
      if (van === naar) {
        report(redirectEntry, at('naar'), 'is hetzelfde als "van"; een omleiding moet naar een ander adres gaan');
        return;
      }
      if (isIndexRoute(van)) report(redirectEntry, at('van'), `"${r.van}" is ${van === '/' ? 'de voorpagina' : 'een overzichtspagina'} van de site; een omleiding zou die pagina vervangen`, 'een omleiding gaat van een oud adres dat niet meer bestaat naar het nieuwe');
      else if (routes.has(van)) report(redirectEntry, at('van'), `"${r.van}" is een pagina die nog bestaat; een omleiding zou die pagina vervangen`, 'haal de omleiding weg, of hernoem eerst de pagina');
      // Follow the chain: it must end at a page, never come back to where it started.
      const seen = [van];
      let end = naar;
      while (next.has(end) && !seen.includes(end)) {
        seen.push(end);
        end = next.get(end)!;
      }
      if (seen.includes(end)) {
        if (!inCycle.has(van)) report(redirectEntry, at('naar'), `de omleidingen vormen een kring: ${[...seen, end].join(' → ')}; een lezer komt nooit aan`, 'laat de laatste omleiding naar een bestaande pagina gaan');
        seen.forEach((p) => inCycle.add(p));
      } else if (!routes.has(end) && !isGeneratedRoute(end))
        report(redirectEntry, at('naar'), `${end === naar ? `"${r.naar}"` : `"${r.naar}" leidt via andere omleidingen naar "${end}", maar dat`} is geen pagina van deze site`, didYouMean(end, [...routes].filter((p) => depth(p) === depth(end))));
    });
  }
}

/** site.json: unique area ids, a shape on the wijk map for every wijk, and theme colours with enough contrast. */
function checkSite({ ids, site, report }: Checker): void {
  const siteEntry = ids('site').get('site');
  if (siteEntry && site) {
    const seen = new Set<string>();
    site.gebieden.forEach((g, i) => {
      if (seen.has(g.id) || g.id === site.gemeenteId) report(siteEntry, ['gebieden', i, 'id'], `id "${g.id}" komt twee keer voor (ook gemeenteId telt mee)`);
      seen.add(g.id);
    });
    // The wijk map: every shape belongs to a wijk of site.json, and every wijk has a shape.
    const kaart = ids('wijkkaart').get('wijkkaart');
    if (kaart) {
      const codes = new Map(site.gebieden.filter((g) => g.cbsCode).map((g) => [g.cbsCode!.toUpperCase(), g]));
      const drawn = new Set<string>();
      (kaart.data.features as { properties: { code: string } }[]).forEach((f, i) => {
        const code = f.properties.code.toUpperCase();
        if (drawn.has(code)) report(kaart, ['features', i, 'properties', 'code'], `CBS-code ${code} heeft al een vorm op de kaart; laat er één staan`);
        else if (!codes.has(code)) report(kaart, ['features', i, 'properties', 'code'], `CBS-code ${code} staat niet bij een gebied in site.json › gebieden`, 'voeg de wijk toe aan site.json met deze cbsCode, of haal de vorm weg');
        drawn.add(code);
      });
      site.gebieden.forEach((g, i) => {
        if (g.niveau === 'wijk' && (!g.cbsCode || !drawn.has(g.cbsCode.toUpperCase())))
          report(siteEntry, ['gebieden', i, g.cbsCode ? 'cbsCode' : 'id'], `wijk "${g.id}" heeft geen vorm in gebieden/wijken.geojson${g.cbsCode ? '' : ' (er is geen cbsCode)'}`, 'de kaart koppelt op CBS-code: geef de wijk de cbsCode van haar vorm');
      });
    }
    const t = site.thema;
    const pairs: [PropertyKey[], string, string, number, string][] = [
      [['thema', 'tekst'], t.tekst, t.achtergrond, 4.5, 'tekst op achtergrond'],
      [['thema', 'link'], t.link, t.achtergrond, 4.5, 'link op achtergrond'],
      [['thema', 'primairTekst'], t.primairTekst, t.primair, 4.5, 'primairTekst op primair'],
      [['thema', 'tekst'], t.tekst, t.vlak, 4.5, 'tekst op vlak'],
      [['thema', 'focus'], t.focus, t.achtergrond, 3, 'focus op achtergrond'],
      ...t.grafiek.map((c, i): [PropertyKey[], string, string, number, string] => [['thema', 'grafiek', i], c, t.achtergrond, 3, `grafiekkleur ${i + 1} op achtergrond`]),
    ];
    for (const [path, fg, bg, min, what] of pairs) {
      const ratio = contrastRatio(fg, bg);
      if (ratio < min) report(siteEntry, path, `te weinig contrast voor ${what}: ${ratio.toFixed(2).replace('.', ',')}:1, terwijl WCAG 2.1 AA minimaal ${String(min).replace('.', ',')}:1 vraagt`, 'kies een donkerdere of lichtere kleur');
    }
  }
}
