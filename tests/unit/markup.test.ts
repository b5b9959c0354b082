import { describe, expect, it } from 'vitest';
import { attr, escapeHtml } from '../../src/lib/markup.ts';
import { dataTableHtml } from '../../src/components/figures/data-table-html.ts';

describe('markup strings', () => {
  it('escapes text as Astro does', () => {
    expect(escapeHtml(`Jan & "Piet" <b>'s</b>`)).toBe('Jan &amp; &quot;Piet&quot; &lt;b&gt;&#39;s&lt;/b&gt;');
    expect(escapeHtml(12.5)).toBe('12.5');
  });
  it('writes attributes, leaves out empty ones, escapes & and "', () => {
    expect(attr('d', 'M0,0H1')).toBe(' d="M0,0H1"');
    expect(attr('title', 'a "b" & c')).toBe(' title="a &quot;b&quot; &amp; c"');
    expect(attr('x', 0)).toBe(' x="0"');
    expect(attr('hidden', undefined) + attr('y', null) + attr('z', false)).toBe('');
  });
  it('a data table escapes labels and marks missing cells', () => {
    const html = dataTableHtml({ periods: ['2024'], columns: [{ key: 'a', label: 'Oost & West', gebied: 'a' }], cells: [[undefined]] } as never, 'aantal', 'Tabel <1>');
    expect(html).toBe('<table class="data" data-pagefind-ignore><caption>Tabel &lt;1&gt;</caption><thead><tr><th scope="col">Periode</th><th scope="col" class="num">Oost &amp; West</th></tr></thead><tbody><tr><th scope="row">2024</th><td class="num">–</td></tr></tbody></table>');
  });
});
