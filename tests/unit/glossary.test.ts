import rehypeStringify from 'rehype-stringify';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';
import { describe, expect, it } from 'vitest';
import { termPattern, type GlossaryTerm } from '../../src/lib/glossary.ts';
import remarkGlossary from '../../src/plugins/remark-glossary.ts';

const terms: GlossaryTerm[] = [
  { id: 'betekenisvol-verantwoorden', forms: ['betekenisvol verantwoorden'], definitie: 'Verantwoorden zodat je ervan leert.' },
  { id: 'kpi', forms: ['KPI', "KPI's"], definitie: 'Een kritieke prestatie-indicator.' },
  { id: 'wmo', forms: ['Wmo'], definitie: 'De Wet maatschappelijke ondersteuning.' },
];

const render = (md: string, path = 'content/ketens/wmo.mdx') =>
  String(unified().use(remarkParse).use(remarkGlossary, { terms }).use(remarkRehype).use(rehypeStringify).processSync({ value: md, path }));

describe('remark-glossary', () => {
  it('links the first use of a term, with the definition as accessible description', () => {
    const html = render('De Wmo regelt steun. De Wmo is een wet.');
    expect(html).toContain('<a href="/begrippen/#wmo" class="term" aria-describedby="def-wmo-wmo">Wmo</a>');
    expect(html).toContain('<span id="def-wmo-wmo" hidden>De Wet maatschappelijke ondersteuning.</span>');
    expect(html.match(/class="term"/g)).toHaveLength(1);
  });
  it('prefers the longest form and matches whole words only', () => {
    const html = render('Wij willen betekenisvol verantwoorden, niet Wmo-achtig tellen.');
    expect(html).toContain('href="/begrippen/#betekenisvol-verantwoorden"');
    expect(html).not.toContain('href="/begrippen/#wmo"');
  });
  it('skips headings, links and code', () => {
    const html = render("# De Wmo\n\n[Wmo-site](https://example.org) en `KPI` en KPI's tellen.");
    expect(html).not.toContain('#wmo"');
    expect(html).toContain('href="/begrippen/#kpi"');
    expect(html).toContain(">KPI's</a>");
  });
  it("does not link a term inside its own entry", () => {
    expect(render('De Wmo is een wet.', 'content/begrippen/wmo.md')).not.toContain('class="term"');
  });
  it('builds no pattern without terms', () => {
    expect(termPattern([])).toBeUndefined();
  });
});
