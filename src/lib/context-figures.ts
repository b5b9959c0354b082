/**
 * Context figures ("De keten in cijfers"): indicators with rol `context` show the size and trend of the task
 * a keten works on. They are not results of the verandertheorie, and a page must never read them as such.
 */

/** What this module needs to know of an indicator. */
export interface ContextCandidate {
  id: string;
  titel: string;
  rol: 'resultaat' | 'context';
  ketens: readonly string[];
  observationCount: number;
}

/** The context figures of one keten, ordered by title (Dutch collation) so the page is stable. */
export function contextFiguresFor<T extends ContextCandidate>(indicators: readonly T[], keten: string): T[] {
  return indicators
    .filter((i) => i.rol === 'context' && i.ketens.includes(keten))
    .sort((a, b) => a.titel.localeCompare(b.titel, 'nl') || a.id.localeCompare(b.id));
}

