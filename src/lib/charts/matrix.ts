export interface MatrixInput {
  rows: { id: string; label: string; href?: string; note?: string }[];
  columns: { id: string; label: string }[];
  /** values[row][column]: a short text, or undefined when the source says nothing. */
  values: (string | undefined)[][];
}

export interface MatrixModel {
  columns: { id: string; label: string }[];
  rows: { id: string; label: string; href?: string; note?: string; cells: { text?: string; shade?: number }[] }[];
}

/** The number of shades (tables.css: .grid__shade-0 to -3). */
const SHADES = 4;

/**
 * A grid of categorical values (municipalities × steering choices), drawn as an HTML table so long texts wrap
 * instead of being cut off, at any width. Within a column, a value that occurs more than once has a shade of its
 * own, so patterns stand out; a value that occurs once stays white. A shared shade therefore always means the same
 * value: with more than four repeated values in a column, the ones after the fourth stay white too. The text stays
 * in every cell, so colour is never the only cue.
 */
export function matrixModel(input: MatrixInput): MatrixModel {
  const shades = input.columns.map((_, j) => {
    const column = input.values.map((r) => r[j]).filter((v): v is string => !!v);
    // In order of first appearance, so the shades run down the column.
    const repeated = [...new Set(column)].filter((v) => column.indexOf(v) !== column.lastIndexOf(v)).slice(0, SHADES);
    return (v: string | undefined) => (v && repeated.includes(v) ? repeated.indexOf(v) : undefined);
  });
  return {
    columns: input.columns,
    rows: input.rows.map((r, i) => ({ ...r, cells: input.columns.map((_, j) => {
      const text = input.values[i]?.[j] || undefined;
      return { text, shade: shades[j]!(text) };
    }) })),
  };
}
