import { describe, expect, it } from 'vitest';
import { OVERVIEW_MAP_LIMIT, mapsOnOverview, wijkFigures, wijkIndicatorRows, wijkIndicators } from '../../src/lib/wijken.ts';
import type { Indicator, Observatie } from '../../src/schemas/index.ts';

// Only the fields these functions read; the rest of an indicator does not matter here.
const indicator = (id: string, gebiedsniveau: Indicator['gebiedsniveau'], observaties: Partial<Observatie>[]) =>
  ({ id, data: { titel: `Indicator ${id}`, gebiedsniveau, eenheid: { soort: 'aantal', label: 'personen' }, observaties } as unknown as Indicator });

const inwoners = indicator('inwoners', 'wijk', [
  { periode: '2023', gebied: 'oost', waarde: 10 },
  { periode: '2024', gebied: 'oost', waarde: 12 },
  { periode: '2024', gebied: 'west', waarde: 7, categorie: 'jongeren' },
  { periode: '2022', gebied: 'west', waarde: 9 },
  { periode: '2025', gebied: 'buiten-de-gemeente', waarde: 1 },
]);
const totaal = indicator('totaal', 'gemeente', [{ periode: '2024', gebied: 'zaanstad', waarde: 100 }]);
const leeg = indicator('leeg', 'wijk', []);

describe('wijkIndicators', () => {
  it('keeps indicators given per wijk that have figures', () => {
    expect(wijkIndicators([inwoners, totaal, leeg]).map((i) => i.id)).toEqual(['inwoners']);
  });
});

describe('mapsOnOverview', () => {
  it('draws maps up to the limit and lists beyond it', () => {
    expect(mapsOnOverview(0)).toBe(true);
    expect(mapsOnOverview(OVERVIEW_MAP_LIMIT)).toBe(true);
    expect(mapsOnOverview(OVERVIEW_MAP_LIMIT + 1)).toBe(false);
  });
});

describe('wijkIndicatorRows', () => {
  it('gives the latest period and the number of wijken, counting only wijken of the site and no categories', () => {
    expect(wijkIndicatorRows([inwoners], new Set(['oost', 'west']))).toEqual([
      { indicator: 'inwoners', titel: 'Indicator inwoners', latestPeriod: '2024', wijken: 2 },
    ]);
  });

  it('leaves out an indicator without a figure for a wijk of the site', () => {
    expect(wijkIndicatorRows([inwoners], new Set(['noord']))).toEqual([]);
  });
});

describe('wijkFigures', () => {
  it('takes the latest figure of the wijk itself', () => {
    const [f] = wijkFigures([inwoners], 'oost');
    expect(f?.latest.periode).toBe('2024');
    expect(f?.periods).toBe(2);
    expect(wijkFigures([inwoners], 'noord')).toEqual([]);
  });
});
