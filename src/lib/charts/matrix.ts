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

/**
 * A grid of categorical values (municipalities × steering choices), drawn as an HTML table so long texts wrap
 * instead of being cut off, at any width. Within a column, equal values share a shade so patterns stand out;
 * the text stays in every cell, so colour is never the only cue. Shades cycle through four colours.
 */
export function matrixModel(input: MatrixInput): MatrixModel {
  const shades = input.columns.map((_, j) => {
    const distinct = [...new Set(input.values.map((r) => r[j]).filter((v): v is string => !!v))];
    return (v: string | undefined) => (v ? distinct.indexOf(v) % 4 : undefined);
  });
  return {
    columns: input.columns,
    rows: input.rows.map((r, i) => ({ ...r, cells: input.columns.map((_, j) => {
      const text = input.values[i]?.[j] || undefined;
      return { text, shade: shades[j]!(text) };
    }) })),
  };
}
