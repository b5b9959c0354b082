import { pathToFileURL } from 'node:url';
import { markdownToHtml, mdxToJs } from 'satteri';
import { describe, expect, it } from 'vitest';
import { termPattern, type GlossaryTerm } from '../../src/lib/glossary.ts';
import { glossaryLinks } from '../../src/plugins/glossary-links.ts';

const terms: GlossaryTerm[] = [
  { id: 'betekenisvol-verantwoorden', forms: ['betekenisvol verantwoorden'], definitie: 'Verantwoorden zodat je ervan leert.' },
  { id: 'kpi', forms: ['KPI', "KPI's"], definitie: 'Een kritieke prestatie-indicator.' },
  { id: 'wmo', forms: ['Wmo'], definitie: 'De Wet maatschappelijke ondersteuning.' },
];

// As in Astro: smart punctuation on, so "KPI's" reaches the plugin as "KPI’s".
const render = async (md: string, path = '/site/content/ketens/wmo.mdx') =>
  (await markdownToHtml(md, { mdastPlugins: [glossaryLinks(terms)], fileURL: pathToFileURL(path), features: { smartPunctuation: true } })).html;

describe('remark-glossary', () => {
  it('links the first use of a term, with the definition as accessible description', async () => {
    const html = await render('De Wmo regelt steun. De Wmo is een wet.');
    expect(html).toContain('<a href="/begrippen/#wmo" class="term" aria-describedby="def-wmo-wmo">Wmo</a>');
    expect(html).toContain('<span id="def-wmo-wmo" hidden>De Wet maatschappelijke ondersteuning.</span>');
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
  it("does not link a term inside its own entry", async () => {
    expect(await render('De Wmo is een wet.', '/site/content/begrippen/wmo.md')).not.toContain('class="term"');
  });
  it('links in MDX text but not inside components, and starts afresh in every document', async () => {
    const mdx = '<Kader>De Wmo</Kader>\n\nDe Wmo en de KPI.';
    const first = (await mdxToJs(mdx, { mdastPlugins: [glossaryLinks(terms)], fileURL: pathToFileURL('/site/content/verhalen/a.mdx') })).code;
    expect(first.match(/"aria-describedby": "def-a-wmo"/g)).toHaveLength(1);
    expect(first).toContain('children: "De Wmo"');
    const second = await render('Weer de Wmo.', '/site/content/verhalen/b.mdx');
    expect(second).toContain('aria-describedby="def-b-wmo"');
  });
  it('links nothing without terms', () => {
    expect(glossaryLinks([])).toBeNull();
  });
  it('builds no pattern without terms', () => {
    expect(termPattern([])).toBeUndefined();
  });
});
