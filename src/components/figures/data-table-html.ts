import { formatValue, type UnitKind } from '../../lib/format.ts';
import { periodLabel } from '../../lib/periods.ts';
import type { PivotTable } from '../../lib/series.ts';
import { escapeHtml } from '../../lib/markup.ts';

/**
 * The table of a figure: a row per period, a column per area (or category), nl-NL numbers. A string, because
 * a site has hundreds of these with hundreds of cells each.
 */
export function dataTableHtml(table: PivotTable, unit: UnitKind, caption: string): string {
  // Not in the search index: hundreds of numbers per page only drown the words people search for.
  const out: string[] = [`<table class="data" data-pagefind-ignore><caption>${escapeHtml(caption)}</caption><thead><tr><th scope="col">Periode</th>`];
  for (const c of table.columns) out.push(`<th scope="col" class="num">${escapeHtml(c.label)}</th>`);
  out.push('</tr></thead><tbody>');
  table.periods.forEach((p, r) => {
    out.push(`<tr><th scope="row">${escapeHtml(periodLabel(p))}</th>`);
    for (const o of table.cells[r]!) out.push(`<td class="num">${o ? escapeHtml(formatValue(o, unit)) : '–'}${o?.status === 'voorlopig' ? ' (voorlopig)' : ''}</td>`);
    out.push('</tr>');
  });
  out.push('</tbody></table>');
  return out.join('');
}
