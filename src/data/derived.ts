import { areaLabels } from '../lib/areas.ts';
import { apaBibliography } from '../lib/citations.ts';
import { latestFigureText } from '../lib/evidence.ts';
import { comparisonFigures as allComparisons, comparisonFiguresFor, contextFiguresFor, isComparisonFigure } from '../lib/context-figures.ts';
import { groupByKeys } from '../lib/group.ts';
import { historyOf, summarizeStatus } from '../lib/status.ts';
import { coversAllKetens } from '../lib/tracker.ts';
import { storiesPerKeten } from '../lib/stories.ts';
import { wijkFigures, wijkIndicators as perWijk } from '../lib/wijken.ts';
import type { IndicatorInfo } from '../lib/theory.ts';
import { content } from './content.ts';
import { dataVersion, site } from './site.ts';

/** Cross-links and lookups that several pages need, computed once per build. */
async function derive() {
  const c = await content();
  const labels = areaLabels(site, c.gemeenten.map((g) => ({ id: g.id, naam: g.data.naam })), c.publicaties.map((p) => ({ id: p.id, titel: p.data.titel })));
  const areaLabel = (id: string) => labels.get(id) ?? id;
  const areaOrder = [site.gemeenteId, ...site.gebieden.map((g) => g.id)];

  // All sources formatted together, so works of one author in one year are told apart ("2021a") everywhere.
  const sourceCitations = apaBibliography([...c.bronnen.values()]);

  const indicatorInfo = new Map<string, IndicatorInfo>(c.indicatoren.map((i) => [i.id, { id: i.id, titel: i.data.titel, observationCount: i.data.observaties.length }]));
  const indicatorById = new Map(c.indicatoren.map((i) => [i.id, i]));
  // Each indicator's latest figure in words, for every page that names it (the list, its page, keten pages).
  const latestFigure = new Map(c.indicatoren.map((i) => [i.id, latestFigureText(i.data, site.gemeenteId, areaLabel)]));
  const ketenById = new Map(c.ketens.map((k) => [k.id, k]));
  const publicatieById = new Map(c.publicaties.map((p) => [p.id, p]));

  /** indicator id → the keten result nodes that use it. */
  const nodes = [...c.verandertheorie].flatMap(([keten, vt]) => vt.data.knopen.map((k) => ({ keten, node: k.id, titel: k.titel, indicatoren: k.indicatoren })));
  const indicatorUses = groupByKeys(nodes, (n) => n.indicatoren);

  // Context figures per keten ("De keten in cijfers"), in the order the page shows them.
  const contextCandidates = c.indicatoren.map((i) => ({ id: i.id, titel: i.data.titel, rol: i.data.rol, ketens: i.data.ketens, observationCount: i.data.observaties.length, comparison: isComparisonFigure(i.data), entry: i }));
  const contextByKeten = new Map(c.ketens.map((k) => [k.id, contextFiguresFor(contextCandidates, k.id).map((x) => x.entry)]));
  // Comparisons of municipalities stand on /gemeenten/vergelijking/; a keten page links to the ones that name it.
  const comparisonByKeten = new Map(c.ketens.map((k) => [k.id, comparisonFiguresFor(contextCandidates, k.id).map((x) => x.entry)]));
  const comparisonFigures = allComparisons(contextCandidates).map((x) => x.entry);

  const storiesByIndicator = groupByKeys(c.verhalen, (v) => v.data.indicatoren);
  const storiesByWijk = groupByKeys(c.verhalen, (v) => (v.data.wijk ? [v.data.wijk] : []));
  const storiesByKeten = new Map(storiesPerKeten(c.ketens, c.verhalen).map((g) => [g.keten.id, g.stories]));
  // Indicators given per wijk that have figures: /wijken/ and every wijk page ask how many there are.
  const wijkIndicators = perWijk(c.indicatoren);
  // wijk id → the latest figure of each indicator: /wijken/ counts them and each wijk page lists them.
  const figuresByWijk = new Map(site.gebieden.filter((g) => g.niveau === 'wijk').map((g) => [g.id, wijkFigures(c.indicatoren, g.id)]));

  // One row per recommendation across all publications: the tracker and the keten pages read these.
  const referenceDate = dataVersion?.date;
  // Only publications with a status file (content/aanbevelingen/<publicatie>.json) are followed up; the
  // recommendations of, say, a comparative study addressed to municipalities in general are not.
  const ketenIds = c.ketens.map((k) => k.id);
  const allRecommendations = c.publicaties.flatMap((p) => {
    const files = c.aanbevelingen.filter((f) => f.data.publicatie === p.id);
    const statuses = files.flatMap((f) => f.data.statussen);
    return p.data.aanbevelingen.map((a) => {
      const ketens = [...new Set([...a.ketens, ...(a.ketens.length ? [] : p.data.ketens)])];
      return {
        tracked: files.length > 0,
        publicatie: p,
        aanbeveling: a,
        ketens,
        // About the Sociale Wijkteams as a whole: pages say "alle ketens" once, keten pages set these apart.
        forAllKetens: coversAllKetens(ketens, ketenIds),
        history: historyOf(statuses, a.nummer),
        summary: summarizeStatus(statuses, a.nummer, referenceDate, p.data.datum),
      };
    });
  });

  const recommendations = allRecommendations.filter((r) => r.tracked);
  return { areaLabel, areaOrder, sourceCitations, indicatorInfo, indicatorById, latestFigure, ketenById, publicatieById, indicatorUses, contextByKeten, comparisonByKeten, comparisonFigures, storiesByIndicator, storiesByKeten, storiesByWijk, wijkIndicators, figuresByWijk, recommendations, allRecommendations, referenceDate };
}

let cached: ReturnType<typeof derive> | undefined;
export const derived = () => (cached ??= derive());
