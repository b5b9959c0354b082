/**
 * Context figures ("De keten in cijfers"): indicators with rol `context` show the size and trend of the task
 * a keten works on. They are not results of the verandertheorie, and a page must never read them as such.
 *
 * A context figure that puts several municipalities side by side (gebiedsniveau `gemeente`, more than one
 * gebied) is a comparison: it stands on /gemeenten/vergelijking/, and the keten pages link to it.
 */

/** What this module needs to know of an indicator. */
export interface ContextCandidate {
  id: string;
  titel: string;
  rol: 'resultaat' | 'context';
  ketens: readonly string[];
  observationCount: number;
  /** True for a comparison of municipalities (see isComparisonFigure). */
  comparison?: boolean;
}

/** True when a context figure compares municipalities: its observations are for more than one gemeente. */
export function isComparisonFigure(ind: { rol: string; gebiedsniveau: string; observaties: readonly { gebied: string }[] }): boolean {
  return ind.rol === 'context' && ind.gebiedsniveau === 'gemeente' && new Set(ind.observaties.map((o) => o.gebied)).size > 1;
}

const byTitle = (a: ContextCandidate, b: ContextCandidate) => a.titel.localeCompare(b.titel, 'nl') || a.id.localeCompare(b.id);

/** The context figures of one keten, ordered by title (Dutch collation) so the page is stable; comparisons are left out. */
export function contextFiguresFor<T extends ContextCandidate>(indicators: readonly T[], keten: string): T[] {
  return indicators.filter((i) => i.rol === 'context' && !i.comparison && i.ketens.includes(keten)).sort(byTitle);
}

/** The comparisons of municipalities that name this keten, ordered by title: the keten page links to them. */
export function comparisonFiguresFor<T extends ContextCandidate>(indicators: readonly T[], keten: string): T[] {
  return indicators.filter((i) => i.rol === 'context' && i.comparison && i.ketens.includes(keten)).sort(byTitle);
}

/** Every comparison of municipalities, ordered by title: the figures of /gemeenten/vergelijking/. */
export function comparisonFigures<T extends ContextCandidate>(indicators: readonly T[]): T[] {
  return indicators.filter((i) => i.rol === 'context' && i.comparison).sort(byTitle);
}
