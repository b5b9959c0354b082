import { kenmerkLabels, kenmerkVelden, type Gemeente, type KenmerkVeld } from '../schemas/index.ts';
import type { UnitKind, ValueLike } from './format.ts';
import { comparePeriods } from './periods.ts';

/** Dutch labels of the comparable fields; defined with the schema, so the editor shows the same names. */
export const KENMERK_LABEL: Record<KenmerkVeld, string> = kenmerkLabels;

/** The fields compared side by side on /gemeenten/vergelijking/ (the steering choices). */
export const COMPARED: KenmerkVeld[] = ['teamvorm', 'sturingsmodel', 'governancetype', 'regierol', 'sturingsniveau-nu', 'sturingsniveau-gewenst', 'opdrachtgeversmodel', 'burgerparticipatie', 'doelgroep', 'positionering', 'samenstelling'];

export interface MatrixCell { waarde: string; publicatie: string; peildatum: string }

/**
 * Municipalities × fields for one study: each cell the value that study gives, or undefined.
 * A comparison is only fair within one study (same questions, same moment).
 */
export function comparisonMatrix(gemeenten: { id: string; data: Gemeente }[], publicatie: string, fields: readonly KenmerkVeld[] = kenmerkVelden) {
  const rows = gemeenten
    .map((g) => ({ id: g.id, naam: g.data.naam, study: g.data.studies.find((s) => s.publicatie === publicatie) }))
    .filter((r) => r.study)
    .map((r) => ({ id: r.id, naam: r.naam, cells: fields.map((f): MatrixCell | undefined => {
      const k = r.study!.kenmerken[f];
      return k ? { waarde: k.waarde, publicatie, peildatum: r.study!.peildatum } : undefined;
    }) }));
  const usedFields = fields.filter((_, i) => rows.some((r) => r.cells[i]));
  // A municipality the study says nothing about on these points would be a row of "niet beschreven": named once instead.
  const described = rows.filter((r) => r.cells.some(Boolean));
  return {
    fields: usedFields,
    rows: described.map((r) => ({ ...r, cells: fields.map((f, i) => [f, r.cells[i]] as const).filter(([f]) => usedFields.includes(f)).map(([, c]) => c) })),
    undescribed: rows.filter((r) => !described.includes(r)).map(({ id, naam }) => ({ id, naam })),
  };
}

/** What the figure comparison needs of an indicator. */
export interface ComparedFigure {
  id: string;
  titel: string;
  eenheid: { soort: UnitKind; label: string };
  bron: { naam: string };
  observaties: readonly (ValueLike & { periode: string; gebied: string; categorie?: string })[];
}

export interface FigureComparison {
  /** The municipalities in the columns: the site's own first, then by name. */
  gemeenten: { id: string; naam: string }[];
  /** One row per figure, at its latest period; a cell is undefined when the source has no value for that municipality. */
  rows: { id: string; titel: string; eenheid: ComparedFigure['eenheid']; bron: string; periode: string; cells: (ValueLike | undefined)[] }[];
}

/** Source and period (as the reader sees it, e.g. "2024") in one label, without saying the year twice. */
export function sourceAndYear(bron: string, when: string): string {
  return !when || bron.includes(when) ? bron : `${bron}, ${when}`;
}

/**
 * Figures × municipalities: the comparison figures side by side, each at its latest period. Only
 * observations without a category count; a municipality appears when at least one figure has it.
 */
export function figureComparison(figures: readonly ComparedFigure[], areaLabel: (id: string) => string, ownId: string): FigureComparison {
  const rows = figures.map((f) => {
    const plain = f.observaties.filter((o) => !o.categorie);
    const periode = [...new Set(plain.map((o) => o.periode))].sort(comparePeriods).at(-1) ?? '';
    return { f, periode, at: new Map(plain.filter((o) => o.periode === periode).map((o) => [o.gebied, o])) };
  });
  const ids = [...new Set(rows.flatMap((r) => [...r.at.keys()]))]
    .sort((a, b) => Number(b === ownId) - Number(a === ownId) || areaLabel(a).localeCompare(areaLabel(b), 'nl'));
  return {
    gemeenten: ids.map((id) => ({ id, naam: areaLabel(id) })),
    rows: rows.map(({ f, periode, at }) => ({ id: f.id, titel: f.titel, eenheid: f.eenheid, bron: f.bron.naam, periode, cells: ids.map((id) => at.get(id)) })),
  };
}
