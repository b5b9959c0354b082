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
