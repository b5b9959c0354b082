import { describe, expect, it } from 'vitest';
import { matrixModel } from '../../src/lib/charts/matrix.ts';
import { wrap } from '../../src/lib/charts/wrap.ts';

const long = 'aparte teams per doelgroep voor jeugd, ouderen en werk';
const input = {
  rows: [{ id: 'noord', label: 'Noordhaven', href: '/gemeenten/noord/' }, { id: 'zuid', label: 'Zuidwaard' }, { id: 'oost', label: 'Oostmeer' }],
  columns: [{ id: 'teamvorm', label: 'Teamvorm' }, { id: 'sturing', label: 'Sturingsmodel van de gemeente op de wijkteams' }],
  values: [
    ['één team', 'resultaatsturing'],
    ['één team', undefined],
    [long, 'inkoop'],
  ],
};

describe('matrixModel', () => {
  const m = matrixModel(input);

  it('one row per municipality, one cell per field, row links kept', () => {
    expect(m.rows.map((r) => r.label)).toEqual(['Noordhaven', 'Zuidwaard', 'Oostmeer']);
    expect(m.rows.map((r) => r.cells.length)).toEqual([2, 2, 2]);
    expect(m.rows[0]!.href).toBe('/gemeenten/noord/');
    expect(m.columns.map((c) => c.label)).toEqual(input.columns.map((c) => c.label));
  });

  it('equal values in a column share a shade; the text stays in every cell', () => {
    const col0 = m.rows.map((r) => r.cells[0]!);
    expect(col0[0]!.shade).toBe(col0[1]!.shade);
    expect(col0[2]!.shade).not.toBe(col0[0]!.shade);
    expect(col0[0]!.text).toBe('één team');
  });

  it('keeps long texts whole: a table cell wraps them, nothing is cut off', () => {
    expect(m.rows[2]!.cells[0]!.text).toBe(long);
  });

  it('an unknown value has no text and no shade', () => {
    expect(m.rows[1]!.cells[1]).toEqual({ text: undefined, shade: undefined });
  });

  it('a shared shade always means the same value: values that occur once stay white, and so do repeats after the fourth', () => {
    const values = ['1', '2', '1', '3', '2', '4', '5', '4', '6', '6', '7', '5', '8'].map((v) => [v]);
    const many = matrixModel({ rows: values.map((_, i) => ({ id: `r${i}`, label: `r${i}` })), columns: [{ id: 'x', label: 'X' }], values });
    expect(many.rows.map((r) => r.cells[0]!.shade)).toEqual([0, 1, 0, undefined, 1, 2, 3, 2, undefined, undefined, undefined, 3, undefined]);
    expect(many.rows.map((r) => r.cells[0]!.text)).toEqual(values.map(([v]) => v));
  });
});

describe('wrap', () => {
  it('wraps greedily on words', () => {
    expect(wrap('Ouderen wonen langer thuis', 12, 4)).toEqual({ lines: ['Ouderen', 'wonen langer', 'thuis'], truncated: false });
  });
  it('cuts words longer than a line', () => {
    expect(wrap('Arbeidsmarktbemiddeling', 10, 2).lines[0]).toBe('Arbeidsma…');
  });
  it('truncates to the maximum number of lines with an ellipsis', () => {
    const r = wrap('een twee drie vier vijf zes zeven acht', 9, 2);
    expect(r.truncated).toBe(true);
    expect(r.lines).toHaveLength(2);
    expect(r.lines[1]).toMatch(/ …$/);
  });
});
