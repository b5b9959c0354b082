import { describe, expect, it } from 'vitest';
import * as pagefind from 'pagefind';
import { gunzipSync } from 'node:zlib';
import { orderedFeed, searchableHtml, separateWords } from '../../src/lib/search-feed.ts';

// A page as the site builds it (synthetic): a figure whose drawing, data table, notes and source are marked as not to
// index (its title stays), a drawing in running text, and an ordinary table that must stay.
const FIGURE = '<figure class="figure"><figcaption><p>Meer mantelzorgers in Oost</p></figcaption>'
  + '<div class="figure__chart" data-pagefind-ignore><div class="small-multiples"><div class="small-multiples__panel"><p>Zeldzaamwoordwijk</p>'
  + '<svg class="chart" viewBox="0 0 300 200" role="img"><title>Lijngrafiek zeldzaamwoordgrafiek</title><text x="1" y="2">2024</text><g><text>zeldzaamwoordas</text></g></svg></div></div>'
  + '<ul class="chart__legend"><li>Open rondje: zeldzaamwoordlegenda</li></ul></div>\n'
  + '<details class="figure__table" data-pagefind-ignore><summary>Bekijk de cijfers als tabel</summary><div class="table-wrap">'
  + '<table class="data" data-pagefind-ignore><caption>Cijfers zeldzaamwoordtabel</caption><tr><td>12</td></tr></table></div>'
  + '<ul class="figure__notes"><li>2024: zeldzaamwoordnoot</li></ul></details>\n'
  + '<div class="figure__meta" data-pagefind-ignore><p>Bron: zeldzaamwoordbron. <a href="/data/x.csv">CSV</a></p></div></figure>';
const PAGE = `<!DOCTYPE html><html lang="nl"><head><title>Testpagina</title>
<meta name="pagefind-soort" data-pagefind-filter="soort[content]" content="Indicator"></head>
<body><nav>Menu</nav><main data-pagefind-body><h1>Mantelzorgers in beeld</h1><p>Het aandeel mantelzorgers steeg.</p>
${FIGURE}
<p>Legenda: <svg width="22" height="16" aria-hidden="true"><rect width="22" height="16"></rect></svg> minder dan 5.000</p>
<table class="gewoon"><tr><td>Wijkteam Noord bereikbaar</td></tr></table>
<p>Slot van de tekst.</p></main><footer>Voet</footer></body></html>`;
/** <main> of PAGE as Pagefind should get it: of the figure only its title. */
const MAIN_KEPT = separateWords(`<main data-pagefind-body><h1>Mantelzorgers in beeld</h1><p>Het aandeel mantelzorgers steeg.</p>
<figure class="figure"><figcaption><p>Meer mantelzorgers in Oost</p></figcaption>\n\n</figure>
<p>Legenda:  minder dan 5.000</p>
<table class="gewoon"><tr><td>Wijkteam Noord bereikbaar</td></tr></table>
<p>Slot van de tekst.</p></main>`);

/** The page as the build hands it over: bytes. */
const bytes = (html: string) => new TextEncoder().encode(html);

describe('searchableHtml', () => {
  it("drops drawings and what a figure marks as not to index, and keeps the figure's title, the text and other tables", () => {
    const out = searchableHtml(bytes(PAGE));
    expect(out).not.toContain('<svg');
    for (const word of ['zeldzaamwoordwijk', 'zeldzaamwoordlegenda', 'zeldzaamwoordtabel', 'zeldzaamwoordnoot', 'zeldzaamwoordbron']) expect(out).not.toContain(word);
    expect(out).toContain('Meer mantelzorgers in Oost');
    expect(out).toContain('minder dan 5.000');
    expect(out).toContain('Wijkteam Noord bereikbaar');
    expect(out).toContain('data-pagefind-filter');
    expect(out.length).toBeLessThan(PAGE.length);
  });

  it('reads the bytes as the text they encode, characters of several bytes too', () => {
    const page = '<main><h1>Één wijk, € 5</h1><svg><text>ü</text></svg><p>Zaanstad—Oost ✓</p><table data-pagefind-ignore><tr><td>ß</td></tr></table>ëinde</main>';
    expect(searchableHtml(bytes(page))).toBe('<main><h1>Één wijk, € 5</h1><p>Zaanstad—Oost ✓</p>ëinde</main>');
  });

  it('cuts exactly the skipped parts: drawings, marked tables, divs and details, nested in any order and depth', () => {
    let seed = 7;
    const pick = <T,>(list: T[]): T => list[Math.floor((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31 * list.length)]!;
    const leaves = ['tekst é€ ', '<td>12</td>', '<dt>Term</dt>', '<svgx>', '<tables>', '<divx>', '>', 'data-pagefind-ignore', '<p data-pagefind-ignore>x</p>'];
    const names = ['table', 'div', 'details'];
    const opens = (name: string) => [`<${name}>`, `<${name} class="data" data-pagefind-ignore>`, `<${name} data-pagefind-ignored>`];
    // Well-nested markup, as a built page is, with what Pagefind would read of it: drawings and marked elements go.
    const tree = (depth: number): [string, string] => {
      const parts = Array.from({ length: Number(pick([0, 1, 2, 3])) }, (): [string, string] => {
        const what = depth > 3 ? 'leaf' : pick(['leaf', 'leaf', 'svg', 'element']);
        if (what === 'svg') return [`${pick(['<svg>', '<svg class="a">'])}${pick(leaves)}</svg>`, ''];
        if (what === 'element') {
          const name = pick(names);
          const open = pick(opens(name));
          const [inner, kept] = tree(depth + 1);
          return [`${open}${inner}</${name}>`, /\bdata-pagefind-ignore\b/.test(open) ? '' : `${open}${kept}</${name}>`];
        }
        const leaf = pick(leaves);
        return [leaf, leaf];
      });
      return [parts.map(([html]) => html).join(''), parts.map(([, kept]) => kept).join('')];
    };
    for (let n = 0; n < 3000; n++) {
      const [html, kept] = tree(0);
      // An element left open at the end is kept whole: Pagefind still skips it.
      const tail = pick(['', '', '<svg><text>open', '<table data-pagefind-ignore><tr>', '<div data-pagefind-ignore><div>x</div>']);
      expect(searchableHtml(bytes(html + tail)), html + tail).toBe(separateWords(kept + tail));
    }
  });

  it('keeps of a page only <main> and what Pagefind reads in <head>, the title and the filter', () => {
    expect(searchableHtml(bytes(PAGE))).toBe('<!DOCTYPE html><html lang="nl"><head><title>Testpagina</title>'
      + '<meta name="pagefind-soort" data-pagefind-filter="soort[content]" content="Indicator"></head>'
      + `<body>${MAIN_KEPT}</body></html>`);
    // Without a <main> after the <head>, the page goes whole (less what Pagefind skips).
    const noMain = PAGE.replace(/<(\/?)main\b/g, '<$1section');
    const out = searchableHtml(bytes(noMain));
    expect(out).toContain('<nav>Menu</nav>');
    expect(out).toContain(MAIN_KEPT.replace(/<(\/?)main\b/g, '<$1section'));
  });

  const fragments = async (content: string) => {
    const { index } = await pagefind.createIndex({ forceLanguage: 'nl' });
    const added = await index!.addHTMLFile({ sourcePath: 'test/index.html', content });
    expect(added.errors).toEqual([]);
    const { files } = await index!.getFiles();
    await index!.deleteIndex();
    return files.filter((f) => /^(fragment|index|filter)\//.test(f.path)).map((f) => [f.path, Buffer.from(f.content)] as const);
  };

  it('gives Pagefind the same index as the whole page (with its words kept apart)', async () => {
    const base64 = (list: Awaited<ReturnType<typeof fragments>>) => list.map(([path, content]) => [path, content.toString('base64')]);
    try {
      const whole = base64(await fragments(separateWords(PAGE)));
      expect(whole.length).toBeGreaterThan(1);
      expect(base64(await fragments(searchableHtml(bytes(PAGE))))).toEqual(whole);
      // The check can fail: text that Pagefind does index changes the index.
      expect(base64(await fragments(separateWords(PAGE.replace('Slot van de tekst.', ''))))).not.toEqual(whole);
    } finally {
      await pagefind.close();
    }
  });

  it('keeps apart the words that Pagefind would run together: a term and its description, table headings', async () => {
    const page = '<html lang="nl"><body><main data-pagefind-body><h1>Publicatie</h1><dl><dt>Ketens</dt><dd>Wmo en Armoede</dd><dt>Document</dt><dd>Brief</dd></dl><table><tr><th>Jaar</th><th>Aantal</th></tr></table></main></body></html>';
    const text = async (html: string) => {
      const fragment = (await fragments(html)).find(([path]) => path.startsWith('fragment/'))!;
      return (JSON.parse(gunzipSync(fragment[1]).toString().replace(/^pagefind_dcd/, '')) as { content: string }).content;
    };
    try {
      // Without it Pagefind indexes "KetensWmo" and "ArmoedeDocumentBrief": a search for "Wmo" misses the page.
      expect(await text(page)).toContain('KetensWmo');
      const separated = await text(searchableHtml(bytes(page)));
      expect(separated).toContain('Ketens Wmo en Armoede Document Brief');
      expect(separated).toContain('Jaar Aantal');
    } finally {
      await pagefind.close();
    }
  });
});

describe('orderedFeed', () => {
  const later = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

  it('sends in the order the turns were taken, whatever order the items arrive in', async () => {
    const sent: string[] = [];
    const feed = orderedFeed<string>(async (item) => void sent.push(item));
    const [a, b, c, d] = [feed.turn(), feed.turn(), feed.turn(), feed.turn()];
    c('c');
    await later(5);
    expect(sent).toEqual([]);
    a('a');
    d(undefined);
    await later(5);
    expect(sent).toEqual(['a']);
    b('b');
    expect(await feed.done()).toBe(3);
    expect(sent).toEqual(['a', 'b', 'c']);
  });

  it('does not wait for one answer before sending the next', async () => {
    const started: string[] = [];
    let answer!: () => void;
    const first = new Promise<void>((resolve) => (answer = resolve));
    const feed = orderedFeed<string>((item) => (started.push(item), item === 'a' ? first : Promise.resolve()));
    feed.turn()('a');
    feed.turn()('b');
    await later(5);
    expect(started).toEqual(['a', 'b']);
    answer();
    expect(await feed.done()).toBe(2);
  });

  it('reports a failed send from done(), also one that throws at once, without an unhandled rejection', async () => {
    const feed = orderedFeed<string>(async (item) => {
      if (item === 'b') throw new Error('Pagefind kon b niet lezen');
    });
    feed.turn()('a');
    feed.turn()('b');
    await later(5);
    await expect(feed.done()).rejects.toThrow('Pagefind kon b niet lezen');
    const sync = orderedFeed<string>(() => {
      throw new Error('meteen mis');
    });
    sync.turn()('x');
    await expect(sync.done()).rejects.toThrow('meteen mis');
  });
});

describe('orderedFeed with a limit', () => {
  const later = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

  it('makes room() wait while as many items as the limit are filled and unanswered', async () => {
    const answers: (() => void)[] = [];
    const feed = orderedFeed<string>(() => new Promise<void>((resolve) => answers.push(resolve)), 2);
    feed.turn()('a');
    await feed.room();
    feed.turn()('b');
    feed.turn()(undefined);
    let roomy = false;
    const room = feed.room().then(() => (roomy = true));
    await later(5);
    expect(roomy).toBe(false);
    expect(answers).toHaveLength(2);
    answers[0]!();
    await room;
    expect(roomy).toBe(true);
    answers[1]!();
    expect(await feed.done()).toBe(2);
  });

  it('counts a failed send as answered, so nobody waits for ever', async () => {
    const feed = orderedFeed<string>(async () => {
      throw new Error('kapot');
    }, 1);
    feed.turn()('a');
    await feed.room();
    await expect(feed.done()).rejects.toThrow('kapot');
  });
});

describe('search index integration', () => {
  const configDone = async (incrementalBuild: boolean) => {
    const { default: searchIndex } = await import('../../src/integrations/search-index.ts');
    const hook = searchIndex().hooks['astro:config:done'] as (o: unknown) => void;
    return () => hook({ config: { experimental: { incrementalBuild } } });
  };

  it("refuses Astro's incremental build, whose restored pages would be missing from the search", async () => {
    expect(await configDone(true)).toThrow(/experimental\.incrementalBuild/);
    expect(await configDone(false)).not.toThrow();
  });
});
