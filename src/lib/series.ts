import type { Indicator, Observatie } from '../schemas/index.ts';
import { areasText } from './areas.ts';
import { comparePeriods, periodLabel } from './periods.ts';

export interface Column {
  key: string;
  gebied: string;
  categorie?: string;
  /** Name of the area alone. */
  areaName: string;
  /** Heading of the column: area and/or category. */
  label: string;
}

export interface PivotTable {
  periods: string[];
  columns: Column[];
  /** cells[periodIndex][columnIndex]; undefined when no observation exists for that cell. */
  cells: (Observatie | undefined)[][];
}

const columnKey = (o: Pick<Observatie, 'gebied' | 'categorie'>) => `${o.gebied}|${o.categorie ?? ''}`;

/**
 * Observations as a table: one row per period (oldest first), one column per area
 * (and category, when the indicator is split). Areas keep the order of `areaOrder`.
 */
export function pivot(ind: Pick<Indicator, 'observaties' | 'uitsplitsing'>, areaLabel: (id: string) => string, areaOrder: string[] = []): PivotTable {
  const periods = [...new Set(ind.observaties.map((o) => o.periode))].sort(comparePeriods);
  const catLabel = new Map(ind.uitsplitsing?.categorieen.map((c) => [c.id, c.label]) ?? []);
  const catOrder = ind.uitsplitsing?.categorieen.map((c) => c.id) ?? [];
  const areas = [...new Set(ind.observaties.map((o) => o.gebied))].sort((a, b) => {
    const [ia, ib] = [areaOrder.indexOf(a), areaOrder.indexOf(b)];
    return (ia < 0 ? Infinity : ia) - (ib < 0 ? Infinity : ib) || areaLabel(a).localeCompare(areaLabel(b), 'nl');
  });
  const single = areas.length === 1;
  const columns: Column[] = [];
  for (const gebied of areas) {
    const cats = catOrder.length ? catOrder.filter((c) => ind.observaties.some((o) => o.gebied === gebied && o.categorie === c)) : [undefined];
    for (const categorie of cats) {
      const parts = [single && categorie ? undefined : areaLabel(gebied), categorie ? catLabel.get(categorie) : undefined].filter(Boolean);
      columns.push({ key: columnKey({ gebied, categorie }), gebied, categorie, areaName: areaLabel(gebied), label: parts.join(': ') });
    }
  }
  const index = new Map(ind.observaties.map((o) => [`${o.periode}#${columnKey(o)}`, o]));
  const cells = periods.map((p) => columns.map((c) => index.get(`${p}#${c.key}`)));
  return { periods, columns, cells };
}

/** "2019 – 2024", "2e helft 2023", or "" when there are no observations. */
export function periodRange(observaties: Pick<Observatie, 'periode'>[]): string {
  const periods = [...new Set(observaties.map((o) => o.periode))].sort(comparePeriods);
  if (!periods.length) return '';
  const [first, last] = [periods[0]!, periods[periods.length - 1]!];
  return first === last ? periodLabel(first) : `${periodLabel(first)} – ${periodLabel(last)}`;
}

/** The line under a figure's title: unit, areas and periods ("aanvragen · 12 wijken · 2019 – 2024"). */
export function figureSubtitle(ind: Pick<Indicator, 'eenheid' | 'gebiedsniveau' | 'observaties'>, areaLabel: (id: string) => string): string {
  const areas = areasText([...new Set(ind.observaties.map((o) => o.gebied))], ind.gebiedsniveau, areaLabel);
  return [ind.eenheid.label, areas, periodRange(ind.observaties)].filter(Boolean).join(' · ');
}

/** Whether a figure has anything to draw: at least one value or estimated range. */
export const hasValues = (observaties: readonly { waarde: number | null; kwalificatie?: Observatie['kwalificatie'] }[]) => observaties.some((o) => o.waarde !== null || o.kwalificatie === 'bereik');
