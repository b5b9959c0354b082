import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { beforeAll, describe, expect, it } from 'vitest';
import DataTable from '../../src/components/figures/DataTable.astro';
import { pivot } from '../../src/lib/series.ts';
import { indicatorSchema } from '../../src/schemas/index.ts';
import { $, $$, dom, text, texts } from './dom.ts';

let container: AstroContainer;
beforeAll(async () => {
  container = await AstroContainer.create();
});

const names: Record<string, string> = { centrum: 'Centrum', haven: 'Havenkwartier', stad: 'Voorbeeldstad' };
const base = {
  titel: 'Huisbezoeken', definitie: 'd', soort: 'output', richting: 'hoger-is-beter', bron: { naam: 'Registratie' },
  frequentie: 'jaar', gebiedsniveau: 'wijk', streefwaarde: 'geen-streefwaarde', kop: 'k', alt: 'a',
};
async function render(extra: object, caption = 'Huisbezoeken (aantal)') {
  const indicator = indicatorSchema.parse({ ...base, eenheid: { soort: 'aantal', label: 'huisbezoeken' }, ...extra });
  const table = pivot(indicator, (id) => names[id] ?? id, ['centrum', 'haven']);
  return dom(await container.renderToString(DataTable, { props: { table, indicator, caption } }));
}

describe('DataTable', () => {
  it('has a caption, a header per area and a row per period, with nl-NL numbers', async () => {
    const d = await render({ observaties: [
      { periode: '2023', gebied: 'centrum', waarde: 1234, status: 'definitief' },
      { periode: '2023', gebied: 'haven', waarde: 987.5, status: 'definitief' },
      { periode: '2024', gebied: 'centrum', waarde: 1502, status: 'voorlopig' },
      { periode: '2024', gebied: 'haven', waarde: null, status: 'onderdrukt', toelichting: 'Minder dan 10 bezoeken.' },
    ], minimumAantal: 10 });
    expect(text($(d, 'caption'))).toBe('Huisbezoeken (aantal)');
    expect(texts(d, 'thead th')).toEqual(['Periode', 'Centrum', 'Havenkwartier']);
    expect($$(d, 'thead th').map((th) => th.attributes.scope)).toEqual(['col', 'col', 'col']);
    expect(texts(d, 'tbody th')).toEqual(['2023', '2024']);
    expect($$(d, 'tbody th').every((th) => th.attributes.scope === 'row')).toBe(true);
    expect($$(d, 'tbody tr').map((tr) => texts(tr, 'td'))).toEqual([
      ['1.234', '987,5'],
      ['1.502 (voorlopig)', 'onderdrukt (te klein aantal)'],
    ]);
    expect($$(d, 'tbody td').every((td) => td.attributes.class === 'num')).toBe(true);
  });

  it('lists notes for provisional values and explanations, naming the column', async () => {
    const d = await render({ observaties: [
      { periode: '2024', gebied: 'centrum', waarde: 1502, status: 'voorlopig' },
      { periode: '2024', gebied: 'haven', waarde: null, status: 'onderdrukt', toelichting: 'Minder dan 10 bezoeken.' },
    ] });
    expect(texts(d, 'ul.figure__notes li')).toEqual(['2024, Centrum: voorlopig cijfer', '2024, Havenkwartier: Minder dan 10 bezoeken.']);
  });

  it('shows gaps, missing values, estimates and euro amounts in words a reader understands', async () => {
    const d = await render({
      eenheid: { soort: 'euro', label: 'budget' }, gebiedsniveau: 'gemeente', frequentie: 'halfjaar',
      observaties: [
        { periode: '2023-H1', gebied: 'stad', waarde: 13.8e6, status: 'definitief', kwalificatie: 'bijna' },
        { periode: '2023-H2', gebied: 'stad', waarde: null, status: 'ontbreekt' },
        { periode: '2024-H1', gebied: 'stad', waarde: null, status: 'voorlopig', kwalificatie: 'bereik', ondergrens: 3e6, bovengrens: 5e6 },
        { periode: '2024-H2', gebied: 'centrum', waarde: 950000, status: 'definitief' },
      ],
    }, 'Budget (euro)');
    expect(texts(d, 'thead th')).toEqual(['Periode', 'Centrum', 'Voorbeeldstad']);
    expect(texts(d, 'tbody th')).toEqual(['1e helft 2023', '2e helft 2023', '1e helft 2024', '2e helft 2024']);
    expect($$(d, 'tbody tr').map((tr) => texts(tr, 'td'))).toEqual([
      ['–', 'bijna € 13,8 mln'],
      ['–', 'geen gegevens'],
      ['–', '€ 3 à 5 mln (voorlopig)'],
      ['€ 950.000', '–'],
    ]);
  });

  it('has no notes list when there is nothing to note', async () => {
    const d = await render({ observaties: [{ periode: '2024', gebied: 'centrum', waarde: 5, status: 'definitief' }] });
    expect($(d, 'ul.figure__notes')).toBeUndefined();
    expect(texts(d, 'tbody td')).toEqual(['5']);
  });
});
