import { r1 } from './common.ts';
import { wrap } from './theory-layout.ts';

export interface MatrixInput {
  rows: { id: string; label: string }[];
  columns: { id: string; label: string }[];
  /** values[row][column]: a short text, or undefined when the source says nothing. */
  values: (string | undefined)[][];
}

export interface MatrixModel {
  width: number;
  height: number;
  rowLabelWidth: number;
  headerHeight: number;
  columns: { x: number; lines: string[] }[];
  rows: { y: number; label: string }[];
  cells: { x: number; y: number; w: number; h: number; lines: string[]; shade?: number }[];
  cellWidth: number;
}

/**
 * A matrix of categorical values (municipalities × steering choices). Within a column, equal values
 * share a shade so patterns stand out; the text stays in every cell, so colour is never the only cue.
 */
export function matrixModel(input: MatrixInput): MatrixModel {
  const rowLabelWidth = 140;
  const cellWidth = 120;
  const rowHeight = 46;
  const headerLines = input.columns.map((c) => wrap(c.label, 16, 3).lines);
  const headerHeight = Math.max(...headerLines.map((l) => l.length), 1) * 14 + 12;
  const shades = input.columns.map((_, j) => {
    const distinct = [...new Set(input.values.map((r) => r[j]).filter((v): v is string => !!v))];
    return (v: string | undefined) => (v === undefined ? undefined : distinct.indexOf(v) % 4);
  });
  return {
    width: rowLabelWidth + cellWidth * input.columns.length + 8,
    height: headerHeight + rowHeight * input.rows.length + 8,
    rowLabelWidth,
    headerHeight,
    cellWidth,
    columns: input.columns.map((_, j) => ({ x: r1(rowLabelWidth + j * cellWidth + 6), lines: headerLines[j]! })),
    rows: input.rows.map((r, i) => ({ y: r1(headerHeight + i * rowHeight), label: r.label })),
    cells: input.rows.flatMap((_, i) => input.columns.map((__, j) => {
      const v = input.values[i]![j];
      return { x: rowLabelWidth + j * cellWidth, y: headerHeight + i * rowHeight, w: cellWidth - 4, h: rowHeight - 4, lines: v ? wrap(v, 16, 2).lines : ['—'], shade: shades[j]!(v) };
    })),
  };
}
