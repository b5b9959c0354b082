/**
 * The evidence summary at the top of a keten page: per result, whether there are figures and their latest value,
 * how many stories speak to it, and how many of the assumptions under it were ever tested. Pure: the page
 * hands in the theory analysis and the indicators' observations.
 */
import type { Bronverwijzing, Knoop, Verband } from '../schemas/index.ts';
import { comparePeriods, periodLabel } from './periods.ts';
import { isOpenAssumption, nodeAnchor, type TheoryCounts } from './theory.ts';
import { listNl } from './labels.ts';
import { formatValue, type UnitKind, type ValueLike } from './format.ts';
import { hasValues } from './series.ts';

/** Which way the latest figure moved: compared with the period before it, in the main series. */
export type Trend = 'stijgt' | 'daalt' | 'gelijk' | 'een-meting' | 'geen-reeks' | 'geen-data';

export interface TrendObservation {
  periode: string;
  gebied: string;
  categorie?: string;
  waarde: number | null;
}

export interface IndicatorTrend<O extends TrendObservation> {
  trend: Trend;
  /** The observations compared, oldest first (or the one measured). */
  compared: O[];
  /** The area of the main series; undefined without one. */
  area?: string;
}

/**
 * The trend of an indicator's main series: the municipality as a whole when it is measured, otherwise the area
 * with the most values. A breakdown into categories has no single series, so no single trend.
 */
export function indicatorTrend<O extends TrendObservation>(observaties: readonly O[], mainArea?: string): IndicatorTrend<O> {
  const known = observaties.filter((o) => o.waarde !== null);
  if (known.length === 0) return { trend: 'geen-data', compared: [] };
  if (known.some((o) => o.categorie)) return { trend: 'geen-reeks', compared: [] };
  const byArea = new Map<string, O[]>();
  for (const o of known) byArea.set(o.gebied, [...(byArea.get(o.gebied) ?? []), o]);
  const area = mainArea && byArea.has(mainArea)
    ? mainArea
    : [...byArea.keys()].sort((a, b) => byArea.get(b)!.length - byArea.get(a)!.length || a.localeCompare(b))[0]!;
  const series = byArea.get(area)!.sort((a, b) => comparePeriods(a.periode, b.periode));
  const last = series.at(-1)!;
  if (series.length === 1) return { trend: 'een-meting', compared: [last], area };
  const before = series.at(-2)!;
  const trend = last.waarde! > before.waarde! ? 'stijgt' : last.waarde! < before.waarde! ? 'daalt' : 'gelijk';
  return { trend, compared: [before, last], area };
}

/** What latestFigureText reads of an indicator. */
interface FigureInput {
  observaties: readonly (TrendObservation & ValueLike)[];
  eenheid: { soort: UnitKind };
  uitsplitsing?: { categorieen: readonly { id: string; label: string }[] };
}

/** Up to this many groups are named one by one; more would not read as one figure. */
const MAX_GROUPS_NAMED = 5;

/**
 * A breakdown into groups, in words: "voorziening 6.285, VVT 4.188, GGZ 1.386 en GZ 377 in 2022", the latest period
 * of the main area, each group in the order of the breakdown. Undefined when that is no one short sentence: more
 * than a few groups, a group without a value in that period, or several areas and none of them the municipality.
 */
function groupsText(ind: FigureInput, mainArea: string, areaLabel: (id: string) => string): string | undefined {
  const known = ind.observaties.filter((o) => o.waarde !== null && o.categorie);
  const areas = new Set(known.map((o) => o.gebied));
  const area = areas.has(mainArea) ? mainArea : areas.size === 1 ? [...areas][0]! : undefined;
  if (area === undefined) return undefined;
  const inArea = known.filter((o) => o.gebied === area);
  const latest = inArea.map((o) => o.periode).sort(comparePeriods).at(-1)!;
  const order = ind.uitsplitsing?.categorieen ?? [];
  // Every group of the breakdown, also one whose value is unknown: leaving it out would make the list look whole.
  const groups = order.length ? order.map((c) => c.id) : [...new Set(inArea.map((o) => o.categorie!))];
  const values = groups.map((g) => inArea.find((o) => o.categorie === g && o.periode === latest));
  if (groups.length > MAX_GROUPS_NAMED || values.some((o) => !o)) return undefined;
  const label = (id: string) => order.find((c) => c.id === id)?.label ?? id;
  const text = `${listNl(values.map((o) => `${label(o!.categorie!)} ${formatValue(o!, ind.eenheid.soort)}`))} in ${periodLabel(latest)}`;
  return areas.size > 1 || area !== mainArea ? `${areaLabel(area)}: ${text}` : text;
}

/**
 * An indicator's latest figure in words, for a reader who wants the number and not only its direction: "4.120 in
 * 2022, meer dan in 2021 (3.950)"; "5,2% in 2024 (één meting)". The main series as indicatorTrend picks it, named
 * when the figure has other areas too ("Zaanstad: …") or it is not the municipality ("Oost: …"); several areas
 * without the municipality give no one number. Estimates keep their qualifier ("circa").
 */
export function latestFigureText(
  ind: FigureInput,
  mainArea: string,
  areaLabel: (id: string) => string,
): string {
  const trend = indicatorTrend(ind.observaties, mainArea);
  const [first, second] = trend.compared;
  const value = (o: ValueLike) => formatValue(o, ind.eenheid.soort);
  if (!first && trend.trend === 'geen-data') {
    // Only estimates as a range ("€ 3 à 5 mln"), which have no single value to compare: the latest one.
    const range = ind.observaties
      .filter((o) => o.kwalificatie === 'bereik' && o.ondergrens !== undefined)
      .sort((a, b) => comparePeriods(a.periode, b.periode))
      .at(-1);
    return range ? `${value(range)} in ${periodLabel(range.periode)}` : 'nog geen openbare data';
  }
  if (!first) return groupsText(ind, mainArea, areaLabel) ?? 'per groep, geen totaal';
  // Several areas and none of them the whole municipality: one of them would stand for all.
  const areas = new Set(ind.observaties.filter((o) => o.waarde !== null).map((o) => o.gebied));
  if (trend.area !== mainArea && areas.size > 1) return `per gebied (${periodLabel((second ?? first).periode)}), geen totaal`;
  const at = (o: TrendObservation & ValueLike) => `${value(o)} in ${periodLabel(o.periode)}`;
  const compared = trend.trend === 'gelijk' ? `evenveel als in ${periodLabel(first.periode)}`
    : `${trend.trend === 'stijgt' ? 'meer' : 'minder'} dan in ${periodLabel(first.periode)} (${value(first)})`;
  const text = second ? `${at(second)}, ${compared}` : `${at(first)} (één meting)`;
  // Named when it could be another area: the figure has several, or this one is not the municipality.
  return areas.size > 1 || trend.area !== mainArea ? `${areaLabel(trend.area!)}: ${text}` : text;
}

export interface EvidenceIndicator {
  id: string;
  titel: string;
  /** It has a figure: a value, or an estimate as a range. */
  hasValues: boolean;
  /** The latest figure in words (latestFigureText). */
  latest: string;
  /** A context figure: it shows the size of the task, not what the wijkteams achieve. */
  context: boolean;
}

export interface ResultEvidence {
  id: string;
  anchor: string;
  titel: string;
  soort: Knoop['soort'];
  indicators: EvidenceIndicator[];
  /** At least one indicator has a value. */
  hasFigures: boolean;
  stories: number;
  /** The assumptions under the result, and how many are open (never tested, or in doubt). */
  assumptions: { total: number; open: number };
}

export interface EvidenceSection {
  node: Knoop;
  incoming: Pick<Verband, 'aannames'>[];
  stories: unknown[];
}

export interface EvidenceIndicatorInput {
  titel: string;
  rol?: string;
  observaties: readonly { waarde: number | null; kwalificatie?: ValueLike['kwalificatie'] }[];
}

/**
 * One row per result section, in the order of the page. `indicators` by id, as the build keeps them; `latest`, each
 * indicator's latest figure in words (latestFigureText, worked out once per build).
 */
export function resultEvidence(
  sections: readonly EvidenceSection[],
  indicators: ReadonlyMap<string, { data: EvidenceIndicatorInput }>,
  latest: ReadonlyMap<string, string>,
): ResultEvidence[] {
  return sections.map(({ node, incoming, stories }) => {
    const list = node.indicatoren.flatMap((id) => {
      const ind = indicators.get(id)?.data;
      if (!ind) return [];
      return [{ id, titel: ind.titel, hasValues: hasValues(ind.observaties), latest: latest.get(id) ?? '', context: ind.rol === 'context' }];
    });
    const assumptions = incoming.flatMap((l) => l.aannames);
    return {
      id: node.id,
      anchor: nodeAnchor(node.id),
      titel: node.titel,
      soort: node.soort,
      indicators: list,
      hasFigures: list.some((i) => i.hasValues),
      stories: stories.length,
      assumptions: { total: assumptions.length, open: assumptions.filter(isOpenAssumption).length },
    };
  });
}

/** One or many: "1 cijfer" / "3 cijfers"; none when there is a word for it. */
const countWords = (n: number, one: string, many: string, none?: string) =>
  n === 0 && none ? none : n === 1 ? one : many.replace('#', String(n));

/** "Geen van de 6 resultaten heeft", "1 van de 6 resultaten heeft", "3 van de 6 resultaten hebben", "Alle 6 resultaten hebben". */
const ofResults = (n: number, total: number) =>
  n === 0 ? `Geen van de ${total} resultaten heeft` : n === total ? `Alle ${total} resultaten hebben` : n === 1 ? `1 van de ${total} resultaten heeft` : `${n} van de ${total} resultaten hebben`;

/** The sentence above the summary table of a keten page, in the words of the overview of all ketens. */
export function theoryCountsSentence(c: TheoryCounts): string {
  const stories = c.resultsWithStories === 0 ? 'geen enkel resultaat heeft' : c.resultsWithStories === c.results ? 'alle hebben' : c.resultsWithStories === 1 ? '1 heeft' : `${c.resultsWithStories} hebben`;
  const results =
    c.results === 0 ? 'Deze verandertheorie noemt nog geen resultaten.'
    : c.results === 1 ? `Het ene resultaat heeft ${c.resultsWithData ? '' : 'nog geen '}cijfers en ${c.resultsWithStories ? 'een' : 'nog geen'} verhaal.`
    : `${ofResults(c.resultsWithData, c.results)} cijfers; ${stories} een verhaal.`;
  const open = c.openAssumptions === 1 ? 'is er 1' : `zijn er ${c.openAssumptions}`;
  const assumptions =
    c.assumptions === 0 ? 'De verandertheorie noemt nog geen aannames.'
    : c.openAssumptions === 0 ? `${c.assumptions === 1 ? 'De ene aanname is' : `Alle ${c.assumptions} aannames zijn`} getoetst, zonder twijfel.`
    : `Van de ${c.assumptions} ${c.assumptions === 1 ? 'aanname' : 'aannames'} in de hele verandertheorie ${open} nog open: nooit getoetst, of er is twijfel over.`;
  return `${results} ${assumptions}`;
}

export interface GatheredSource {
  bron: string;
  /** The places cited in this source ("p. 12", "bijlage 3"), each once, in order of first mention. */
  plaatsen: string[];
}

/** All source references of a section, each source once with every place cited in it. */
export function gatherSources(...lists: readonly (readonly Bronverwijzing[] | undefined)[]): GatheredSource[] {
  const byBron = new Map<string, GatheredSource>();
  for (const ref of lists.flat()) {
    if (!ref) continue;
    const entry = byBron.get(ref.bron) ?? { bron: ref.bron, plaatsen: [] };
    if (ref.plaats && !entry.plaatsen.includes(ref.plaats)) entry.plaatsen.push(ref.plaats);
    byBron.set(ref.bron, entry);
  }
  return [...byBron.values()];
}

type Sourced = { bronnen?: readonly Bronverwijzing[] };
/** The sources of a node's section: the node, the links into it and the assumptions under those links. */
export const sectionSources = (...sections: readonly { node: Sourced; incoming: readonly (Sourced & { aannames: readonly Sourced[] })[] }[]) =>
  gatherSources(...sections.flatMap((s) => [s.node.bronnen, ...s.incoming.flatMap((l) => [l.bronnen, ...l.aannames.map((a) => a.bronnen)])]));

/** Several gathered lists as one: each source once, with the places of all lists. */
export const mergeSources = (...lists: readonly (readonly GatheredSource[])[]) =>
  gatherSources(lists.flat().flatMap((g) => (g.plaatsen.length ? g.plaatsen.map((plaats) => ({ bron: g.bron, plaats })) : [{ bron: g.bron }])));

/** Which way each context figure moved, for the line in "In het kort" that points to "De keten in cijfers". */
export interface ContextFigureSummary {
  count: number;
  /** How many figures have at least one value. */
  withData: number;
  /** Counts per trend, only the trends that occur, in a fixed order. */
  trends: { trend: Trend; count: number }[];
}

const TREND_ORDER: Trend[] = ['stijgt', 'daalt', 'gelijk', 'een-meting', 'geen-reeks', 'geen-data'];

export function contextFigureSummary(figures: readonly { observaties: readonly TrendObservation[] }[], mainArea?: string): ContextFigureSummary {
  const trends = figures.map((f) => indicatorTrend(f.observaties, mainArea).trend);
  return {
    count: figures.length,
    withData: trends.filter((t) => t !== 'geen-data').length,
    trends: TREND_ORDER.map((trend) => ({ trend, count: trends.filter((t) => t === trend).length })).filter((t) => t.count > 0),
  };
}

const TREND_WORDS: Record<Trend, [one: string, many: string]> = {
  stijgt: ['stijgt', 'stijgen'], daalt: ['daalt', 'dalen'], gelijk: ['blijft gelijk', 'blijven gelijk'],
  'een-meting': ['heeft één meting', 'hebben één meting'], 'geen-reeks': ['heeft alleen cijfers per groep', 'hebben alleen cijfers per groep'], 'geen-data': ['heeft nog geen data', 'hebben nog geen data'],
};

/** "3 stijgen, 1 daalt en 1 heeft één meting": the trends in words, for people rather than arrows. */
export const contextTrendWords = (s: ContextFigureSummary): string =>
  listNl(s.trends.map(({ trend, count }) => `${count} ${TREND_WORDS[trend][count === 1 ? 0 : 1]}`));

/** What follows "De keten in cijfers:" in the summary: how many context figures there are and where they go. */
export const contextSentence = (s: ContextFigureSummary): string =>
  s.count === 0
    ? 'nog geen cijfers over hoe groot de opgave is.'
    : `${countWords(s.count, '1 cijfer', '# cijfers')} over hoe groot de opgave is${s.withData > 0 ? `; ten opzichte van de meting ervoor: ${contextTrendWords(s)}` : ''}. Ze meten niet wat de wijkteams bereiken.`;
