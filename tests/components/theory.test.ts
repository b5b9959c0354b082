import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { beforeAll, describe, expect, it } from 'vitest';
import Matrix from '../../src/components/charts/Matrix.astro';
import TheoryOutline from '../../src/components/theory/TheoryOutline.astro';
import { verandertheorieSchema } from '../../src/schemas/index.ts';
import { $, $$, attr, dom, text, texts } from './dom.ts';

let container: AstroContainer;
beforeAll(async () => {
  container = await AstroContainer.create();
});

const vt = verandertheorieSchema.parse({
  status: 'concept', toelichting: 't',
  knopen: [
    { id: 'amb', soort: 'ambitie', titel: 'Gezond thuis' },
    { id: 'a-bezoek', soort: 'activiteit', titel: 'Huisbezoeken' },
    { id: 'a-overleg', soort: 'activiteit', titel: 'Overleg met de huisarts' },
    { id: 'rk-gezien', soort: 'resultaat-kort', titel: 'Zorgen vroeg gezien', geenIndicatorReden: 'x' },
    { id: 'rl-thuis', soort: 'resultaat-lang', titel: 'Langer thuis', geenIndicatorReden: 'x' },
    { id: 'ef-vergrijzing', soort: 'externe-factor', titel: 'Vergrijzing' },
  ],
  verbanden: [
    { van: 'a-bezoek', naar: 'rk-gezien', want: 'x', aannames: [{ id: 'a1', tekst: 't', status: 'ongetoetst', kennis: 'ervaring' }] },
    { van: 'a-overleg', naar: 'rk-gezien', want: 'x', aannames: [{ id: 'a2', tekst: 't', status: 'ondersteund', kennis: 'ervaring' }, { id: 'a3', tekst: 't', status: 'ondersteund', kennis: 'ervaring' }] },
    { van: 'a-overleg', naar: 'rl-thuis', want: 'x' },
    { van: 'rk-gezien', naar: 'rl-thuis', want: 'x' },
    { van: 'rl-thuis', naar: 'amb', want: 'x' },
    { van: 'ef-vergrijzing', naar: 'rl-thuis', want: 'x' },
  ],
});

describe('TheoryOutline', () => {
  it('lists the layers in causal order with Dutch names, skipping empty ones', async () => {
    const d = dom(await container.renderToString(TheoryOutline, { props: { vt } }));
    const layers = $$(d, 'ol.theory-outline li').filter((li) => $(li, 'strong') && li.parent?.name === 'ol');
    expect(layers.map((li) => text($(li, 'strong')))).toEqual(['Activiteit', 'Resultaat (korte termijn)', 'Resultaat (lange termijn)', 'Ambitie', 'Externe factor']);
  });

  it('links every node to its section and names what it contributes to, with assumption counts', async () => {
    const d = dom(await container.renderToString(TheoryOutline, { props: { vt } }));
    const items = $$(d, 'ul li');
    expect(items.map(text)).toEqual([
      'Huisbezoeken — draagt bij aan: Zorgen vroeg gezien (1 aanname)',
      'Overleg met de huisarts — draagt bij aan: Zorgen vroeg gezien (2 aannames), Langer thuis',
      'Zorgen vroeg gezien — draagt bij aan: Langer thuis',
      'Langer thuis — draagt bij aan: Gezond thuis',
      'Gezond thuis',
      'Vergrijzing — draagt bij aan: Langer thuis',
    ]);
    expect($$(items[1]!, 'a').map((a) => attr(a, 'href'))).toEqual(['#resultaat-a-overleg', '#resultaat-rk-gezien', '#resultaat-rl-thuis']);
  });
});

describe('Matrix', () => {
  const input = {
    rows: [{ id: 'noordhaven', label: 'Noordhaven' }, { id: 'zuidwaard', label: 'Zuidwaard' }, { id: 'oostmeer', label: 'Oostmeer' }],
    columns: [{ id: 'teamvorm', label: 'Teamvorm' }, { id: 'sturing', label: 'Sturingsmodel' }],
    values: [['één team', 'op resultaat'], ['één team', undefined], ['teams per doelgroep', 'op aantallen']],
  };

  it('is a table in a labelled, focusable scroll region, with every value as text and none cut off', async () => {
    const d = dom(await container.renderToString(Matrix, { props: { id: 'vergelijking', label: 'Sturingskeuzes van vier gemeenten', input } }));
    const region = $(d, '.table-wrap')!;
    expect(attr(region, 'role')).toBe('region');
    expect(attr(region, 'tabindex')).toBe('0');
    expect(attr(region, 'aria-label')).toBe('Sturingskeuzes van vier gemeenten');
    const table = $(region, 'table#vergelijking')!;
    expect($$(table, 'thead th').map(text)).toEqual(['Teamvorm', 'Sturingsmodel']);
    expect($$(table, 'tbody th').map(text)).toEqual(['Noordhaven', 'Zuidwaard', 'Oostmeer']);
    expect($$(table, 'tbody td').map(text)).toEqual(['één team', 'op resultaat', 'één team', 'niet beschreven', 'teams per doelgroep', 'op aantallen']);
  });

  it('gives equal values in a column the same shade and unknown values none', async () => {
    const d = dom(await container.renderToString(Matrix, { props: { id: 'm', label: 'x', input } }));
    const shades = $$(d, 'tbody td').map((c) => attr(c, 'class'));
    expect(shades).toHaveLength(6);
    expect(shades[0]).toBe(shades[2]);
    expect(shades[4]).not.toBe(shades[0]);
    expect(shades[3]).toBe('grid__none');
    expect(shades[0]).toMatch(/^grid__shade-\d$/);
  });
});
