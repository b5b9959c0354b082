import { unified } from '@astrojs/markdown-remark';
import { describe, expect, it } from 'vitest';
import { termPattern, type GlossaryTerm } from '../../src/lib/glossary.ts';
import { markdownOptions } from '../../src/plugins/markdown.ts';

const terms: GlossaryTerm[] = [
  { id: 'betekenisvol-verantwoorden', forms: ['betekenisvol verantwoorden'], definitie: 'Verantwoorden zodat je ervan leert.' },
  { id: 'kpi', forms: ['KPI', "KPI's"], definitie: 'Een kritieke prestatie-indicator.' },
  { id: 'wmo', forms: ['Wmo'], definitie: 'De Wet maatschappelijke ondersteuning.' },
];

// The build's own processor and options, so smart punctuation runs first: "KPI's" reaches the plugin as "KPI’s".
const processor = unified(markdownOptions(terms));
const shared = { syntaxHighlight: false as const };
const md = await processor.createRenderer(shared as never);
const mdx = await processor.createMdxRenderer!(shared as never, { optimize: false, srcDir: new URL('file:///site/src/') } as never);
const render = async (text: string, path = '/site/content/ketens/wmo.md') => (await md.render(text, { fileURL: new URL(`file://${path}`) } as never)).code;
const compile = async (text: string, path = '/site/content/verhalen/a.mdx') => (await mdx.process(text, path, {})).code;

describe('glossary links (remark)', () => {
  it('links the first use of a term, with the definition as description and as a popover', async () => {
    const html = await render('De Wmo regelt steun. De Wmo is een wet.');
    expect(html).toContain('<a href="/begrippen/#wmo" class="term" aria-describedby="def-wmo-wmo">Wmo</a>');
    expect(html).toContain('<button type="button" class="term-uitleg" popovertarget="def-wmo-wmo" data-pagefind-ignore="">');
    expect(html).toContain('<span class="visually-hidden">Wat betekent Wmo?</span>');
    expect(html).toContain('<span id="def-wmo-wmo" popover="auto" class="term-definitie" role="note" data-pagefind-ignore="">De Wet maatschappelijke ondersteuning.</span>');
    expect(html.match(/class="term"/g)).toHaveLength(1);
  });
  it('prefers the longest form and matches whole words only', async () => {
    const html = await render('Wij willen betekenisvol verantwoorden, niet Wmo-achtig tellen.');
    expect(html).toContain('href="/begrippen/#betekenisvol-verantwoorden"');
    expect(html).not.toContain('href="/begrippen/#wmo"');
  });
  it('skips headings, links and code', async () => {
    const html = await render("# De Wmo\n\n[Wmo-site](https://example.org) en `KPI` en KPI's tellen.");
    expect(html).not.toContain('#wmo"');
    expect(html).toContain('href="/begrippen/#kpi"');
    expect(html).toContain('>KPI’s</a>');
  });
  it('does not link a term inside its own entry', async () => {
    expect(await render('De Wmo is een wet.', '/site/content/begrippen/wmo.md')).not.toContain('class="term"');
  });
  it('links in MDX text, and starts afresh in every document', async () => {
    const first = await compile('De Wmo en de KPI.\n\nWeer de Wmo.');
    expect(first.match(/"aria-describedby": "def-a-wmo"/g)).toHaveLength(1);
    const second = await render('Weer de Wmo.', '/site/content/verhalen/b.md');
    expect(second).toContain('aria-describedby="def-b-wmo"');
  });
  it('links nothing without terms', async () => {
    const html = await (await unified(markdownOptions([])).createRenderer(shared as never)).render('De Wmo.', {} as never);
    expect(html.code).not.toContain('class="term"');
  });
  it('builds no pattern without terms', () => {
    expect(termPattern([])).toBeUndefined();
  });
});

describe('Dutch typography, headings and footnotes', () => {
  it('uses Dutch quotes and keeps the apostrophe of ’s avonds', async () => {
    const html = await render(`Zij zei "goed" en 'prima', 's avonds en 't huis.`);
    expect(html).toContain('„goed”');
    expect(html).toContain('‚prima’');
    expect(html).toContain('’s avonds');
    expect(html).toContain('’t huis');
  });
  it('puts an anchor link with an accessible name after each prose heading', async () => {
    const html = await render('## Wat we zagen\n\nTekst.');
    expect(html).toContain('<div class="kop kop-h2"><h2 id="wat-we-zagen">Wat we zagen</h2><a class="kop-anker" href="#wat-we-zagen" data-pagefind-ignore=""><span aria-hidden="true">#</span><span class="visually-hidden">Link naar dit deel: Wat we zagen</span></a></div>');
  });
  it('labels footnotes in Dutch', async () => {
    const html = await render('Een feit.[^1]\n\n[^1]: De bron.');
    expect(html).toContain('>Voetnoten</h2>');
    expect(html).toContain('aria-label="Terug naar de tekst bij voetnoot 1"');
  });
});
