import { unified } from '@astrojs/markdown-remark';
import remarkParse from 'remark-parse';
import { unified as bareUnified } from 'unified';
import { describe, expect, it } from 'vitest';
import { DUTCH_QUOTES } from '../../src/plugins/dutch-typography.ts';
import { markdownOptions } from '../../src/plugins/markdown.ts';
import { hasSmartPunctuationWork } from '../../src/plugins/smartypants.ts';

const shared = { syntaxHighlight: false as const };
const options = markdownOptions([]);
// The build's own processor, and the same one with Astro's option instead: smart punctuation on every text.
const ours = unified(options);
const always = unified({ ...options, smartypants: { ...DUTCH_QUOTES }, remarkPlugins: options.remarkPlugins!.slice(1) });
const renderers = async (p: typeof ours) => ({
  md: await p.createRenderer(shared as never),
  mdx: await p.createMdxRenderer!(shared as never, { optimize: true, srcDir: new URL('file:///site/src/') } as never),
});
const [a, b] = await Promise.all([renderers(ours), renderers(always)]);

const TEXTS = [
  'Gewone tekst zonder iets om te veranderen, met koppel-tekens, 3,5 procent en 12.000 inwoners.',
  'De buurtcoach zei: "We komen langs." Dat gebeurde.',
  "Het team werkt ’s avonds en 's ochtends; 't is druk.",
  'Een gedachtestreepje -- zo -- en drie -- streepjes --- hier.',
  'Wacht even... of . . . met spaties.',
  "``Oude'' aanhalingstekens en `code met \"quotes\"`.",
  '**Vet** en [een link](https://example.org) en _schuin_.',
  '## Kop met "aanhaling"\n\n| a | b |\n|---|---|\n| "x" | y... |',
];

describe('smart punctuation, skipped for a text it cannot change', () => {
  it.each(TEXTS)('gives the same HTML as running it on every text: %s', async (text) => {
    expect((await a.md.render(text, {} as never)).code).toBe((await b.md.render(text, {} as never)).code);
    const file = '/site/content/verhalen/a.mdx';
    expect((await a.mdx.process(text, file, {})).code).toBe((await b.mdx.process(text, file, {})).code);
  });

  it('still makes Dutch quotes and dashes', async () => {
    const html = (await a.md.render('Zij zei "ja" -- echt...', {} as never)).code;
    expect(html).toContain('„ja”');
    expect(html).toContain('—');
    expect(html).toContain('…');
  });

  const tree = (text: string) => bareUnified().use(remarkParse).parse(text);
  it('finds work only where there is some', () => {
    expect(hasSmartPunctuationWork(tree('Gewone tekst, met koppel-tekens en 1.5 en 12.000.'))).toBe(false);
    for (const text of ['Zij zei "ja".', "Het is 's avonds.", '``x', 'a -- b', 'wacht...', 'wacht. . .', 'wacht.\n.'])
      expect(hasSmartPunctuationWork(tree(text)), text).toBe(true);
    // Inline code is not text: smart punctuation leaves it alone.
    expect(hasSmartPunctuationWork(tree('Zie `"x" -- y...`.'))).toBe(false);
  });
});
