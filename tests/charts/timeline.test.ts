import { describe, expect, it } from 'vitest';
import type { Mijlpaal } from '../../src/schemas/index.ts';
import { milestoneSlip, timelineModel } from '../../src/lib/charts/timeline.ts';
import { dateValue } from '../../src/lib/format.ts';

const m = (id: string, gepland?: string, werkelijk?: string): Mijlpaal => ({ id, titel: `Mijlpaal ${id}`, gepland, werkelijk });

describe('dateValue', () => {
  it('reads partial dates as their first day (UTC)', () => {
    expect(dateValue('2024')).toBe(Date.UTC(2024, 0, 1));
    expect(dateValue('2024-03')).toBe(Date.UTC(2024, 2, 1));
    expect(dateValue('2024-03-15')).toBe(Date.UTC(2024, 2, 15));
  });
});

describe('milestoneSlip', () => {
  it('describes the slip in words', () => {
    expect(milestoneSlip({ gepland: '2023-03-01', werkelijk: '2023-09-15' })).toEqual({ months: 6, text: '6 maanden later' });
    expect(milestoneSlip({ gepland: '2023-03-01', werkelijk: '2023-04-01' })).toEqual({ months: 1, text: '1 maand later' });
    expect(milestoneSlip({ gepland: '2023-03-01', werkelijk: '2023-03-01' })).toEqual({ months: 0, text: 'op tijd' });
    expect(milestoneSlip({ gepland: '2023-03-01', werkelijk: '2023-03-20' })).toEqual({ months: 0, text: 'iets later (binnen een maand)' });
    expect(milestoneSlip({ gepland: '2023-03-01', werkelijk: '2023-01-01' })).toEqual({ months: -2, text: '2 maanden eerder' });
    expect(milestoneSlip({ gepland: '2023-03-01', werkelijk: '2023-02-01' })).toEqual({ months: -1, text: '1 maand eerder' });
  });
  it('without a plan or without an actual date', () => {
    expect(milestoneSlip({ werkelijk: '2024-02-20' })).toEqual({ text: 'geen planning bekend' });
    expect(milestoneSlip({ gepland: '2027-03' })).toEqual({ text: 'nog niet gehaald' });
  });
  it('says "niet bekend" when the sources do not say whether it happened', () => {
    expect(milestoneSlip({ gepland: '2025-02', werkelijkOnbekend: true })).toEqual({ text: 'niet bekend' });
  });
});

describe('timelineModel', () => {
  const milestones = [m('start', '2022-09-01', '2022-09-01'), m('evaluatie', '2023-03-01', '2023-09-15'), m('besluit', undefined, '2024-02-20'), m('eind', '2027-03')];
  const t = timelineModel(milestones);

  it('one row per milestone, in order, 44px apart', () => {
    expect(t.rows.map((r) => r.id)).toEqual(['start', 'evaluatie', 'besluit', 'eind']);
    expect(t.rows.map((r) => r.y)).toEqual([28, 72, 116, 160]);
    expect(t.height).toBe(28 + 4 * 44 + 16);
  });

  it('places dates in time order inside the width', () => {
    const xs = [t.rows[0]!.planned!, t.rows[1]!.planned!, t.rows[1]!.actual!, t.rows[2]!.actual!, t.rows[3]!.planned!];
    expect(xs).toEqual([...xs].sort((a, b) => a - b));
    for (const x of xs) {
      expect(x).toBeGreaterThan(t.left);
      expect(x).toBeLessThan(t.width);
    }
  });

  it('draws a slip only where planned and actual differ', () => {
    expect(t.rows[0]!.slip).toBeUndefined();
    expect(t.rows[1]!.slip).toEqual([t.rows[1]!.planned, t.rows[1]!.actual]);
    expect(t.rows[2]).toMatchObject({ planned: undefined, slip: undefined, actualLabel: '20 februari 2024' });
    expect(t.rows[3]).toMatchObject({ actual: undefined, slip: undefined, plannedLabel: 'maart 2027' });
  });

  it('labels each year once', () => {
    const labels = t.ticks.map((k) => k.label);
    expect(new Set(labels).size).toBe(labels.length);
    expect(labels).toContain('2024');
    expect(labels.every((l) => /^\d{4}$/.test(l))).toBe(true);
    expect(t.ticks.map((k) => k.position)).toEqual([...t.ticks.map((k) => k.position)].sort((a, b) => a - b));
  });

  it('a single milestone on a single date still gets an axis', () => {
    const one = timelineModel([m('start', '2024-05-01', '2024-05-01')], 320);
    expect(one.width).toBe(320);
    expect(one.rows[0]!.planned).toBe(one.rows[0]!.actual);
    expect(one.rows[0]!.planned).toBeGreaterThan(one.left);
    expect(one.rows[0]!.planned).toBeLessThan(320);
  });

  it('narrow: long titles wrap inside the width, and the rows below move down', () => {
    const long = { id: 'lang', titel: 'Besluit van de gemeenteraad over het voortzetten van de pilot in alle wijken', gepland: '2024-01' };
    const n = timelineModel([long, ...milestones], 320);
    const [first, second] = n.rows;
    expect(first!.lines.length).toBeGreaterThan(1);
    expect(first!.lines.join(' ')).toBe(long.titel);
    for (const line of first!.lines) expect(n.left + line.length * 8).toBeLessThanOrEqual(320);
    expect(second!.y - first!.y).toBe(44 + (second!.lines.length - 1) * 16);
    expect(first!.y - (first!.lines.length - 1) * 16).toBe(28);
    expect(n.height).toBe(n.rows.at(-1)!.y + 44 + 16);
    // The wide drawing keeps the title on one line.
    expect(timelineModel([long], 640).rows[0]!.lines).toEqual([long.titel]);
  });
});

