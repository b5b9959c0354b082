/**
 * IndicatorFigure reads site data (site.json and the content collections, as synced by `astro sync`),
 * so it is tested here with synthetic indicator entries instead of as a golden file. Only the
 * municipality's own id and name come from the real site.json.
 */
import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { beforeAll, describe, expect, it } from 'vitest';
import IndicatorFigure from '../../src/components/figures/IndicatorFigure.astro';
import { pageData, type PageData } from '../../src/data/page-data.ts';
import { site } from '../../src/data/site.ts';
import { indicatorSchema } from '../../src/schemas/index.ts';
import { ELEMENT_NODE } from 'ultrahtml';
import { $, $$, attr, dom, text, texts, type El } from './dom.ts';

let container: AstroContainer;
// What the middleware hands every page.
let data: PageData;
beforeAll(async () => {
  container = await AstroContainer.create();
  data = await pageData();
});

const entry = (id: string, extra: object) => ({
  id,
  data: indicatorSchema.parse({
    titel: 'Aanvragen schuldhulp', definitie: 'd', soort: 'output', eenheid: { soort: 'aantal', label: 'aanvragen' }, richting: 'neutraal',
    bron: { naam: 'Registratie schuldhulp', tabel: 'Tabel 3' }, frequentie: 'jaar', gebiedsniveau: 'gemeente', streefwaarde: 'geen-streefwaarde',
    kop: 'Meer aanvragen voor schuldhulp', alt: 'Lijn die stijgt van 410 naar 530.', ...extra,
  }),
});
const render = async (indicator: ReturnType<typeof entry>, props: object = {}) =>
  dom(await container.renderToString(IndicatorFigure, { props: { indicator, ...props }, locals: { data } }));

describe('IndicatorFigure', () => {
  it('a figure with headline, subtitle, chart, table and downloads', async () => {
    const d = await render(entry('test-schuldhulp', { observaties: [
      { periode: '2022', gebied: site.gemeenteId, waarde: 410, status: 'definitief' },
      { periode: '2023', gebied: site.gemeenteId, waarde: 1234, status: 'definitief' },
      { periode: '2024', gebied: site.gemeenteId, waarde: 530, status: 'voorlopig' },
    ] }));
    const fig = $(d, 'figure')!;
    expect(attr(fig, 'id')).toBe('figuur-test-schuldhulp');
    expect(text($(fig, '.figure__title'))).toBe('Meer aanvragen voor schuldhulp');
    expect(text($(fig, '.figure__subtitle'))).toBe(`aanvragen · ${site.gemeente} · 2022 – 2024`);
    const svg = $(fig, 'svg.chart--line')!;
    expect(attr(svg, 'role')).toBe('img');
    expect(text($(svg, 'title'))).toBe('Lijn die stijgt van 410 naar 530.');
    expect(text($(fig, 'details summary'))).toBe('Bekijk de cijfers als tabel');
    expect(text($(fig, 'caption'))).toBe('Aanvragen schuldhulp (aanvragen)');
    expect(texts(fig, 'tbody td')).toEqual(['410', '1.234', '530 (voorlopig)']);
    const links = $$(fig, '.figure__meta a').map((a) => [text(a), attr(a, 'href')]);
    expect(links).toEqual(expect.arrayContaining([['CSV', '/data/test-schuldhulp.csv'], ['JSON', '/data/test-schuldhulp.json'], ['Over deze indicator', '/indicatoren/test-schuldhulp/']]));
    expect(text($(fig, '.figure__meta'))).toContain('Bron: Registratie schuldhulp, Tabel 3.');
    // Search finds the figure by its title; all else in it is marked for the indexer to skip.
    const children = (fig.children as El[]).filter((c) => c.type === ELEMENT_NODE);
    expect(children.map((c) => [c.name, attr(c, 'class'), attr(c, 'data-pagefind-ignore')])).toEqual([
      ['figcaption', undefined, undefined], ['div', 'figure__chart', ''], ['details', 'figure__table', ''], ['div', 'figure__meta', ''],
    ]);
  });

  it('names who measured under "Bron" and the document to cite under "Vindplaats", each once', async () => {
    const [bron] = [...data.content.bronnen.keys()];
    const base = entry('test-vindplaats', { observaties: [{ periode: '2024', gebied: site.gemeenteId, waarde: 5, status: 'definitief' }] });
    const withRef = { ...base, data: { ...base.data, bron: { ...base.data.bron, verwijzing: { bron: bron!, plaats: 'tabel 2' } } } };
    const meta = text($(await render(withRef), '.figure__meta'));
    expect(meta.match(/Bron:/g)).toHaveLength(1);
    expect(meta).toMatch(/Vindplaats: .+, tabel 2/);
  });

  it('without observations: a notice with the reason and an empty template', async () => {
    const d = await render(entry('test-leeg', { geenDataToelichting: 'De eerste meting is in 2027.' }));
    expect($(d, 'figure')).toBeUndefined();
    const notice = $(d, '.notice')!;
    expect(attr(notice, 'id')).toBe('figuur-test-leeg');
    expect(text(notice)).toContain('Aanvragen schuldhulp: nog geen openbare data. De eerste meting is in 2027.');
    expect($$(notice, 'a').map((a) => attr(a, 'href'))).toEqual(['/indicatoren/test-leeg/', '/data/test-leeg.csv']);
  });

  it('anchor=false leaves out the id, so a figure can appear twice on a page', async () => {
    const d = await render(entry('test-twee', { observaties: [{ periode: '2024', gebied: site.gemeenteId, waarde: 5, status: 'definitief' }] }), { anchor: false });
    expect(attr($(d, 'figure'), 'id')).toBeUndefined();
    // One value: a key figure instead of a chart.
    expect(text($(d, '.key-figure'))).toBe('5 aanvragen, 2024');
    expect($(d, 'svg')).toBeUndefined();
  });

  it('small multiples: a panel per area and one legend for the group', async () => {
    const obs = ['w1', 'w2'].flatMap((gebied) => ['2022', '2023', '2024'].map((periode) => ({ periode, gebied, waarde: 10, status: 'definitief' })));
    // A gap in both panels: each would otherwise explain it under itself.
    for (const i of [1, 4]) obs[i] = { ...obs[i]!, waarde: null as unknown as number, status: 'ontbreekt' };
    const d = await render(entry('test-veelvouden', { gebiedsniveau: 'wijk', grafiek: 'kleine-veelvouden', observaties: obs }));
    expect($$(d, '.small-multiples__panel svg.chart--line')).toHaveLength(2);
    expect($$(d, '.chart__legend')).toHaveLength(1);
    expect(texts(d, '.chart__legend li')).toEqual(['Onderbroken lijn: voor die periode is er geen cijfer']);
  });
});
