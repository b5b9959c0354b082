import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { beforeAll, describe, expect, it } from 'vitest';
import Breadcrumbs from '../../src/components/Breadcrumbs.astro';
import StatusTag from '../../src/components/StatusTag.astro';
import { STATUS_LABEL } from '../../src/lib/status.ts';
import { $, $$, attr, dom, text, texts } from './dom.ts';

let container: AstroContainer;
beforeAll(async () => {
  container = await AstroContainer.create();
});

describe('StatusTag', () => {
  it('shows the label and carries the kind as a modifier class', async () => {
    const d = dom(await container.renderToString(StatusTag, { props: { kind: 'in-uitvoering', label: STATUS_LABEL['in-uitvoering'] } }));
    const tag = $(d, 'span.tag')!;
    expect(text(tag)).toBe('In uitvoering');
    expect(attr(tag, 'class')!.split(' ')).toEqual(['tag', 'tag--in-uitvoering']);
  });
  it('escapes the label', async () => {
    const html = await container.renderToString(StatusTag, { props: { kind: 'stale', label: 'Ouder dan <6> maanden' } });
    expect(html).not.toContain('<6>');
    expect(text(dom(html))).toBe('Ouder dan <6> maanden');
  });
});

describe('Breadcrumbs', () => {
  const render = async (items: { label: string; href?: string }[]) => dom(await container.renderToString(Breadcrumbs, { props: { items } }));

  it('is a labelled navigation with Home first and the current page last', async () => {
    const d = await render([{ label: 'Ketens', href: '/ketens/' }, { label: 'Gezond thuis' }]);
    const nav = $(d, 'nav')!;
    expect(attr(nav, 'aria-label')).toBe('Kruimelpad');
    expect(texts(d, 'nav ol li')).toEqual(['Home', 'Ketens', 'Gezond thuis']);
    expect($$(d, 'li a').map((a) => [text(a), attr(a, 'href')])).toEqual([['Home', '/'], ['Ketens', '/ketens/']]);
    const current = $(d, '[aria-current="page"]')!;
    expect(text(current)).toBe('Gezond thuis');
    expect(current.name).toBe('span');
  });

  it('renders nothing without items', async () => {
    expect((await container.renderToString(Breadcrumbs, { props: { items: [] } })).trim()).toBe('');
  });
});
