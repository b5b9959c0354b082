// Prose warnings from npm run check: an over-long sentence and Markdown mistakes are named with file and line,
// summaries are held to stricter limits, and none of it is a problem that stops the build.
import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { fleschDouma, syllables } from '../../src/lib/markdown/readability.ts';
import { formatProblem, validateContent } from '../../src/lib/validate/index.ts';

const SITE = join(import.meta.dirname, '..', 'fixtures', 'site');
const root = mkdtempSync(join(tmpdir(), 'prose-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

const long = 'De coördinator van het steunpunt vertelt dat mantelzorgers die elke week een middag vrij zijn daarna beter uitgerust terugkomen en dat ze dan ook weer meer geduld hebben met de mensen voor wie ze zorgen.';
const words = long.split(' ').length;
const summary = 'Deze samenvatting heeft een zin die voor een samenvatting te lang is, omdat zij meer dan twintig woorden telt en dus niet B1 is.';

describe('prose warnings (voorbeelddata)', async () => {
  const content = join(root, 'content');
  cpSync(SITE, content, { recursive: true });
  writeFileSync(join(content, 'paginas', 'lang.mdx'), `---
titel: Een lange zin
samenvatting: ${summary}
---

Dit is **voorbeelddata**.

${long}

De uitvoeringsovereenkomst regelt de arbeidsmarktparticipatiebevordering.

## Kop

#### Te diep

## Kop

Zie [de bron][nergens] en [leeg]().
`);
  writeFileSync(join(content, 'begrippen', 'uitvoeringsovereenkomst.md'), '---\nterm: uitvoeringsovereenkomst\ndefinitie: De afspraken over het werk (voorbeelddata).\n---\n\nVoorbeelddata.\n');
  const { problems, warnings, prose } = await validateContent(content, root, { prose: true });
  const lines = warnings.map(formatProblem);

  it('are warnings, not problems', () => {
    expect(problems.map(formatProblem)).toEqual([]);
  });
  it('name an over-long sentence with file and line', () => {
    expect(words).toBeGreaterThan(25);
    expect(lines).toContain(`content/paginas/lang.mdx:8:1 › (tekst): zin van ${words} woorden (B1: hoogstens 25); maak er twee zinnen van: „De coördinator van het steunpunt vertelt dat …”`);
  });
  it('name a very long word, unless the glossary explains it', () => {
    expect(lines).toContain('content/paginas/lang.mdx:10:1 › (tekst): lang woord „arbeidsmarktparticipatiebevordering” (35 letters); splits het of leg het uit');
    expect(lines.filter((l) => l.includes('uitvoeringsovereenkomst'))).toEqual([]);
  });
  it('hold a summary to at most 20 words per sentence', () => {
    expect(summary.split(' ').length).toBeGreaterThan(20);
    expect(lines).toContain(`content/paginas/lang.mdx:3 › samenvatting: zin van ${summary.split(' ').length} woorden (B1: hoogstens 20); maak er twee zinnen van: „Deze samenvatting heeft een zin die voor …”`);
  });
  it('catch skipped heading levels, duplicate headings, empty and undefined links', () => {
    expect(lines).toContain('content/paginas/lang.mdx:14:1 › (tekst): een kopniveau wordt overgeslagen (bijvoorbeeld ## gevolgd door ####); neem het volgende niveau');
    expect(lines).toContain('content/paginas/lang.mdx:16:1 › (tekst): dit kopje staat er al; geef elk kopje een eigen tekst (het is ook het anker van de link)');
    expect(lines.some((l) => l.startsWith('content/paginas/lang.mdx:18:5 › (tekst): deze verwijzing [zo] heeft geen adres'))).toBe(true);
    expect(lines).toContain('content/paginas/lang.mdx:18:27 › (tekst): deze link of afbeelding heeft geen adres');
  });
  it('give a readability score per page', () => {
    const stats = prose.get('content/paginas/lang.mdx');
    // "Dit is voorbeelddata.", the long sentence, the glossary sentence, three headings, the links line.
    expect(stats?.sentences).toBe(7);
    expect(stats!.words).toBeGreaterThan(words + 8);
    expect(stats!.score).toBeCloseTo(fleschDouma(stats!.words, 7, stats!.syllables));
  });
  it('are left out when not asked for (the build)', async () => {
    const { warnings: none } = await validateContent(content, root);
    expect(none).toEqual([]);
  });
});

describe('Flesch-Douma', () => {
  it('counts Dutch syllables by vowel groups', () => {
    expect(syllables('mantelzorger')).toBe(4);
    expect(syllables('wijk')).toBe(1);
    expect(syllables('eenzaamheid')).toBe(3);
  });
  it('scores short sentences with short words higher', () => {
    expect(fleschDouma(10, 2, 12)).toBeGreaterThan(fleschDouma(30, 1, 60));
  });
});
