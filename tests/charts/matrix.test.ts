import { describe, expect, it } from 'vitest';
import { matrixModel } from '../../src/lib/charts/matrix.ts';
import { wrap } from '../../src/lib/charts/theory-layout.ts';

const input = {
  rows: [{ id: 'noord', label: 'Noordhaven' }, { id: 'zuid', label: 'Zuidwaard' }, { id: 'oost', label: 'Oostmeer' }],
  columns: [{ id: 'teamvorm', label: 'Teamvorm' }, { id: 'sturing', label: 'Sturingsmodel van de gemeente op de wijkteams' }],
  values: [
    ['één team', 'resultaatsturing'],
    ['één team', undefined],
    ['aparte teams per doelgroep voor jeugd, ouderen en werk', 'inkoop'],
  ],
};

describe('matrixModel', () => {
  const m = matrixModel(input);

  it('sizes: a label column plus one column per field, one row per municipality', () => {
    expect(m.width).toBe(140 + 120 * 2 + 8);
    expect(m.cells).toHaveLength(6);
    expect(m.rows.map((r) => r.label)).toEqual(['Noordhaven', 'Zuidwaard', 'Oostmeer']);
    expect(m.height).toBe(m.headerHeight + 46 * 3 + 8);
  });

  it('equal values in a column share a shade; the text stays in every cell', () => {
    const col0 = m.cells.filter((_, i) => i % 2 === 0);
    expect(col0[0]!.shade).toBe(col0[1]!.shade);
    expect(col0[2]!.shade).not.toBe(col0[0]!.shade);
    expect(col0[0]!.lines).toEqual(['één team']);
  });

  it('an unknown value is white with a dash, not a shade', () => {
    const cell = m.cells[3]!;
    expect(cell.shade).toBeUndefined();
    expect(cell.lines).toEqual(['—']);
  });

  it('long texts wrap to two lines in cells and three in headers', () => {
    expect(m.cells[4]!.lines.length).toBe(2);
    expect(m.cells[4]!.lines.at(-1)).toMatch(/…$/);
    expect(m.columns[1]!.lines.length).toBeLessThanOrEqual(3);
    expect(m.headerHeight).toBe(m.columns[1]!.lines.length * 14 + 12);
  });

  it('cells do not overlap', () => {
    for (const a of m.cells) for (const b of m.cells) {
      if (a === b) continue;
      const apart = a.x + a.w <= b.x || b.x + b.w <= a.x || a.y + a.h <= b.y || b.y + b.h <= a.y;
      expect(apart).toBe(true);
    }
  });

  it('shades cycle through four colours', () => {
    const many = matrixModel({ rows: ['a', 'b', 'c', 'd', 'e'].map((id) => ({ id, label: id })), columns: [{ id: 'x', label: 'X' }], values: [['1'], ['2'], ['3'], ['4'], ['5']] });
    expect(many.cells.map((c) => c.shade)).toEqual([0, 1, 2, 3, 0]);
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
