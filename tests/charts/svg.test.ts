import { describe, expect, it } from 'vitest';
import { chartSvg, chartSwitch, el, legendList, textLines, tickMarks } from '../../src/lib/charts/svg.ts';

describe('shared chart helpers', () => {
  it('el writes attributes in the given order as Astro does: none for undefined, bare when empty, & and " escaped', () => {
    expect(el('rect', { x: 0, y: 1.5, 'stroke-dasharray': undefined, title: 'a "b" & c', 'data-pagefind-ignore': '' }, 'x'))
      .toBe('<rect x="0" y="1.5" title="a &quot;b&quot; &amp; c" data-pagefind-ignore>x</rect>');
  });
  it('chartSvg names the drawing by its title, with the label escaped', () => {
    const svg = chartSvg({ kind: 'bar', id: 'g', label: 'Oost & <West>', width: 300, height: 100, variant: 'narrow' }, '');
    expect(svg).toBe('<svg class="chart chart--bar chart--narrow" viewBox="0 0 300 100" role="img" aria-labelledby="g-t"><title id="g-t">Oost &amp; &lt;West&gt;</title></svg>');
  });
  it('chartSwitch draws the wide and the narrow variant, each with its own id', () => {
    expect(chartSwitch('g', (v, id) => `[${v}:${id}]`)).toBe('<div class="chart-switch">[wide:g][narrow:g-smal]</div>');
  });
  it('tickMarks draws a grid line and an escaped label per tick; textLines a tspan per line', () => {
    const html = tickMarks([{ position: 10, label: '<5', anchor: 'start' }], 0, 50, 60);
    expect(html).toBe('<g><line x1="10" x2="10" y1="0" y2="50" stroke="#d0d7de"></line><text x="10" y="60" text-anchor="start" class="chart__tick">&lt;5</text></g>');
    expect(textLines(['een', 'twee'], { x: 4, y: 20, lineHeight: 15 })).toBe('<text x="4" y="20"><tspan x="4" dy="0">een</tspan><tspan x="4" dy="15">twee</tspan></text>');
  });
  it('legendList is empty without items', () => {
    expect(legendList([])).toBe('');
    expect(legendList(['a'])).toBe('<ul class="chart__legend"><li>a</li></ul>');
  });
});
