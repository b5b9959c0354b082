import { describe, expect, it } from 'vitest';
import { MAX_LINES, chooseChart } from '../../src/lib/charts/choose.ts';
import { pivot, type PivotTable } from '../../src/lib/series.ts';
import type { Observatie } from '../../src/schemas/index.ts';

const obs = (periode: string, gebied: string): Observatie => ({ periode, gebied, waarde: 1, status: 'definitief', kwalificatie: 'exact' }) as Observatie;
const table = (periods: number, areas: number): PivotTable =>
  pivot({ observaties: Array.from({ length: periods }, (_, p) => Array.from({ length: areas }, (__, a) => obs(String(2015 + p), `wijk-${a}`))).flat() }, (id) => id);

describe('chooseChart', () => {
  it('one value is a key figure, whatever the preference', () => {
    expect(chooseChart(table(1, 1))).toBe('kengetal');
    expect(chooseChart(table(1, 1), 'lijn')).toBe('kengetal');
  });
  it('one period compares areas in a bar chart (or dots when asked)', () => {
    expect(chooseChart(table(1, 6))).toBe('staaf');
    expect(chooseChart(table(1, 6), 'lijn')).toBe('staaf');
    expect(chooseChart(table(1, 6), 'stippen')).toBe('stippen');
  });
  it('a time series is a line chart, also for a single area', () => {
    expect(chooseChart(table(6, 1))).toBe('lijn');
    expect(chooseChart(table(6, MAX_LINES))).toBe('lijn');
  });
  it('many areas over time become small multiples', () => {
    expect(chooseChart(table(6, MAX_LINES + 1))).toBe('kleine-veelvouden');
    expect(chooseChart(table(5, 30))).toBe('kleine-veelvouden');
    expect(chooseChart(table(5, 30), 'lijn')).toBe('kleine-veelvouden');
  });
  it('the editor’s preference wins when the data allow it', () => {
    expect(chooseChart(table(6, 2), 'kleine-veelvouden')).toBe('kleine-veelvouden');
    expect(chooseChart(table(6, 2), 'staaf')).toBe('staaf');
    expect(chooseChart(table(6, 2), 'stippen')).toBe('lijn');
  });
});
