import { resultSoorten, type Aanname, type Knoop, type Verandertheorie, type Verband } from '../schemas/index.ts';

/** The order of node kinds from what a keten does to what it aims for. */
export const LAYERS = ['activiteit', 'output', 'resultaat-kort', 'resultaat-lang', 'ambitie'] as const;
export const CONDITIONS = ['randvoorwaarde', 'externe-factor'] as const;

export const isResult = (k: Knoop) => (resultSoorten as readonly string[]).includes(k.soort);

// Kept here as well: theory components and pages take them with the rest of the theory helpers.
export { assumptionAnchor, nodeAnchor } from './anchors.ts';

export interface IndicatorInfo {
  id: string;
  titel: string;
  observationCount: number;
}

export interface StoryInfo {
  id: string;
  resultaten: string[];
}

export interface NodeSection<S extends StoryInfo = StoryInfo> {
  node: Knoop;
  incoming: Verband[];
  outgoing: Verband[];
  stories: S[];
  indicators: IndicatorInfo[];
}

export interface TheoryGaps {
  resultsWithoutIndicators: Knoop[];
  indicatorsWithoutData: IndicatorInfo[];
  untestedAssumptions: { link: Verband; assumption: Aanname }[];
}

/** An assumption is open while it was never tested or is in doubt: what the keten pages and the overview count. */
export const isOpenAssumption = (a: { status: string }) => a.status === 'ongetoetst' || a.status === 'twijfelachtig';

/**
 * The counts of a verandertheorie that the keten page and the overview of all ketens both show (analyseTheory
 * computes them once, so the two pages never disagree). Results are the long- and short-term results, not the
 * ambition or the output; open assumptions were never tested or are in doubt.
 */
export interface TheoryCounts {
  results: number;
  resultsWithData: number;
  resultsWithStories: number;
  assumptions: number;
  openAssumptions: number;
}

/** Everything a keten page shows, computed once from the theory, its indicators and its stories. */
export function analyseTheory<S extends StoryInfo>(vt: Verandertheorie, indicators: Map<string, IndicatorInfo>, stories: S[]) {
  const section = (node: Knoop): NodeSection<S> => ({
    node,
    incoming: vt.verbanden.filter((v) => v.naar === node.id),
    outgoing: vt.verbanden.filter((v) => v.van === node.id),
    stories: stories.filter((s) => s.resultaten.includes(node.id)),
    indicators: node.indicatoren.map((id) => indicators.get(id)).filter((i): i is IndicatorInfo => i !== undefined),
  });
  const byKind = (kinds: readonly string[]) => vt.knopen.filter((k) => kinds.includes(k.soort)).map(section);
  const resultSections = [...byKind(['ambitie']), ...byKind(['resultaat-lang']), ...byKind(['resultaat-kort']), ...byKind(['output'])];
  const seenIndicators = new Map<string, IndicatorInfo>();
  for (const s of resultSections) for (const i of s.indicators) seenIndicators.set(i.id, i);
  const gaps: TheoryGaps = {
    resultsWithoutIndicators: vt.knopen.filter((k) => isResult(k) && k.indicatoren.length === 0),
    indicatorsWithoutData: [...seenIndicators.values()].filter((i) => i.observationCount === 0),
    untestedAssumptions: vt.verbanden.flatMap((link) => link.aannames.filter((a) => a.status === 'ongetoetst').map((assumption) => ({ link, assumption }))),
  };
  const assumptions = vt.verbanden.flatMap((l) => l.aannames);
  return {
    resultSections,
    conditions: byKind(CONDITIONS),
    activities: byKind(['activiteit']),
    gaps,
    counts: {
      results: vt.knopen.filter(isResult).length,
      resultsWithData: vt.knopen.filter((k) => isResult(k) && k.indicatoren.some((id) => (indicators.get(id)?.observationCount ?? 0) > 0)).length,
      resultsWithStories: resultSections.filter((s) => isResult(s.node) && s.stories.length > 0).length,
      assumptions: assumptions.length,
      openAssumptions: assumptions.filter(isOpenAssumption).length,
    } satisfies TheoryCounts,
  };
}
