import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { beforeAll, describe, expect, it } from 'vitest';
import KaderFigure from '../../src/components/KaderFigure.astro';
import { kaderSchema, type Kader } from '../../src/schemas/index.ts';
import { $, $$, attr, dom, text, texts } from './dom.ts';

let container: AstroContainer;
beforeAll(async () => {
  container = await AstroContainer.create();
});
const figuur = (f: unknown) => kaderSchema.parse({ titel: 't', samenvatting: 's', figuur: f }).figuur as NonNullable<Kader['figuur']>;
const render = async (f: unknown) => dom(await container.renderToString(KaderFigure, { props: { id: 'kader-figuur', figuur: figuur(f) } }));

describe('KaderFigure', () => {
  it('tabel: a captioned table with column and row headers', async () => {
    const d = await render({
      soort: 'tabel', bijschrift: 'Drie sturingsmodellen vergeleken',
      kolommen: ['Netwerk', 'Markt', 'Hiërarchie'],
      rijen: [{ label: 'Wie beslist', cellen: ['samen', 'de klant', 'de gemeente'] }, { label: 'Sturen op', cellen: ['vertrouwen', 'prijs', 'regels'] }],
    });
    const fig = $(d, 'figure')!;
    expect(attr(fig, 'id')).toBe('kader-figuur');
    expect(text($(fig, 'figcaption'))).toBe('Drie sturingsmodellen vergeleken');
    expect(text($(d, 'table caption'))).toBe('Drie sturingsmodellen vergeleken');
    expect(texts(d, 'thead th[scope="col"]')).toEqual(['Netwerk', 'Markt', 'Hiërarchie']);
    expect(texts(d, 'tbody th[scope="row"]')).toEqual(['Wie beslist', 'Sturen op']);
    expect($$(d, 'tbody tr').map((tr) => texts(tr, 'td'))).toEqual([['samen', 'de klant', 'de gemeente'], ['vertrouwen', 'prijs', 'regels']]);
  });

  it('stappen: an ordered list of labelled steps', async () => {
    const d = await render({ soort: 'stappen', bijschrift: 'Van input naar outcome', stappen: [{ label: 'Input', tekst: 'Geld en mensen.' }, { label: 'Output', tekst: 'Aantallen.' }, { label: 'Outcome', tekst: 'Wat inwoners merken.' }] });
    expect(text($(d, 'figcaption'))).toBe('Van input naar outcome');
    const steps = $$(d, 'ol.steps li');
    expect(steps.map((li) => text($(li, 'strong')))).toEqual(['Input', 'Output', 'Outcome']);
    expect(text(steps[2])).toBe('OutcomeWat inwoners merken.');
    expect($(d, 'table')).toBeUndefined();
  });

  it('kwadrant: a labelled group with four cells, top row high, left column low', async () => {
    const d = await render({
      soort: 'kwadrant', bijschrift: 'Vier strategieën',
      x: { label: 'Zekerheid over oorzaak en gevolg', laag: 'laag', hoog: 'hoog' },
      y: { label: 'Controle over resultaten', laag: 'weinig', hoog: 'veel' },
      vakken: [
        { x: 'laag', y: 'laag', titel: 'Emergent', tekst: 'Leren.' },
        { x: 'hoog', y: 'laag', titel: 'Ecosysteem', tekst: 'Samen.' },
        { x: 'laag', y: 'hoog', titel: 'Geïntegreerd', tekst: 'Keten.' },
        { x: 'hoog', y: 'hoog', titel: 'Niche', tekst: 'Eigen.' },
      ],
    });
    const group = $(d, '[role="group"]')!;
    expect(attr(group, 'aria-label')).toBe('Vier strategieën. Horizontaal: Zekerheid over oorzaak en gevolg, van laag naar hoog. Verticaal: Controle over resultaten, van weinig naar veel.');
    const cells = $$(d, '.quadrant__cell');
    expect(cells.map((c) => text($(c, 'h3')))).toEqual(['Geïntegreerd', 'Niche', 'Emergent', 'Ecosysteem']);
    expect(text($(cells[0]!, '.quadrant__pos'))).toBe('Zekerheid over oorzaak en gevolg laag; Controle over resultaten veel');
    expect(text($(d, '.quadrant__x'))).toBe('Zekerheid over oorzaak en gevolg: laag (links) ↔ hoog (rechts)');
    expect(text($(d, '.quadrant__y'))).toBe('Controle over resultaten: veel (boven) ↔ weinig (onder)');
  });
});
