/** What the site knows about one wijk: the latest figure of every indicator that has one for it. Pure. */
import type { Indicator, Observatie } from '../schemas/index.ts';
import { comparePeriods } from './periods.ts';

export interface WijkFigure {
  indicator: string;
  titel: string;
  eenheid: Indicator['eenheid'];
  /** The latest observation for the wijk (the value may be null: suppressed or missing). */
  latest: Observatie;
  /** How many periods the indicator has for the wijk. */
  periods: number;
}

/** Indicators with observations for this wijk, in the given order, each with its latest observation. */
export function wijkFigures(indicators: { id: string; data: Indicator }[], wijk: string): WijkFigure[] {
  return indicators.flatMap(({ id, data }) => {
    const own = data.observaties.filter((o) => o.gebied === wijk && !o.categorie).sort((a, b) => comparePeriods(a.periode, b.periode));
    const latest = own.at(-1);
    return latest ? [{ indicator: id, titel: data.titel, eenheid: data.eenheid, latest, periods: new Set(own.map((o) => o.periode)).size }] : [];
  });
}

/**
 * Up to this many indicators with figures per wijk, /wijken/ draws each as a map with its table. Beyond it the page
 * lists them and links to each indicator's own map: hundreds of maps on one page can be neither read nor built
 * (at 5,000 indicators the page was 330 MB).
 */
export const OVERVIEW_MAP_LIMIT = 12;

/** Indicators given per wijk that have figures: the ones /wijken/ shows. */
export const wijkIndicators = <T extends { data: Indicator }>(indicators: T[]): T[] =>
  indicators.filter((i) => i.data.gebiedsniveau === 'wijk' && i.data.observaties.length > 0);

/** Whether /wijken/ shows the maps themselves for this many indicators per wijk. */
export const mapsOnOverview = (count: number): boolean => count <= OVERVIEW_MAP_LIMIT;

export interface WijkIndicatorRow {
  indicator: string;
  titel: string;
  /** The latest period with a figure for any wijk. */
  latestPeriod: string;
  /** How many wijken have a figure in any period. */
  wijken: number;
}

/** One row per indicator with figures per wijk, for the overview list when there are too many maps. */
export function wijkIndicatorRows(indicators: { id: string; data: Indicator }[], wijkIds: ReadonlySet<string>): WijkIndicatorRow[] {
  return indicators.flatMap(({ id, data }) => {
    const own = data.observaties.filter((o) => wijkIds.has(o.gebied) && !o.categorie);
    if (own.length === 0) return [];
    const latestPeriod = own.map((o) => o.periode).sort(comparePeriods).at(-1)!;
    return [{ indicator: id, titel: data.titel, latestPeriod, wijken: new Set(own.map((o) => o.gebied)).size }];
  });
}
