/**
 * The theory of change as a diagram (theory-layout.ts): two layouts of the same graph, each drawn at the width it
 * is shown at so text keeps its size (four boxes a row from 62rem, three from 40rem). Phones get the list below
 * the diagram instead: at 340 units two columns leave 15 characters a line and put arrows a few pixels apart.
 */
import type { Verandertheorie } from '../../schemas/index.ts';
import { nodeAnchor } from '../theory.ts';
import { r1 } from './common.ts';
import { COLOUR, el, escapeHtml, legendNote, textLines } from './svg.ts';
import { bandLabelBox, layoutTheory, type DiagramModel } from './theory-layout.ts';

export function theoryDiagramHtml(vt: Verandertheorie, id: string, label: string): string {
  const layouts: [string, DiagramModel][] = [
    ['wide', layoutTheory(vt, { columns: 4, width: 960 })],
    ['medium', layoutTheory(vt, { columns: 3, width: 600 })],
  ];
  const drawings = layouts.map(([variant, m]) => {
    const attrs = { class: `theory-diagram__svg theory-diagram__svg--${variant}`, viewBox: `0 0 ${m.width} ${m.height}`, 'aria-hidden': 'true', focusable: 'false', style: `font-size:${m.fontSize}px;max-width:${m.width}px` };
    return el('svg', attrs, diagram(m, `${id}-${variant}-arrow`));
  });
  const phones = '<p class="theory-diagram__phone-note">Op een smal scherm staat de verandertheorie als lijst hieronder, met dezelfde stappen en verbanden. Op een breder scherm of op papier ziet u het schema.</p>';
  const legend = legendNote('Pijl: draagt bij aan. Cijfer in een rondje: het aantal aannames onder dat verband. Gestippelde pijl: invloed van een randvoorwaarde of externe factor. <span class="screen-only">Klik op een vak om naar de uitleg te gaan.</span>');
  return el('div', { class: 'theory-diagram' }, el('p', { class: 'visually-hidden' }, escapeHtml(label)) + drawings.join('') + phones + legend);
}

/** Arrows first, so a box never hides an arrow end; then band names, assumption counts and the boxes (links). */
function diagram(m: DiagramModel, arrow: string): string {
  const head = el('marker', { id: arrow, viewBox: '0 0 10 10', refX: 8, refY: 5, markerWidth: 7, markerHeight: 7, orient: 'auto-start-reverse' }, el('path', { d: 'M0,0L10,5L0,10Z', fill: COLOUR.note }));
  const edges = m.edges.map((e) => el('path', {
    d: e.path, fill: 'none', stroke: COLOUR.note, 'stroke-width': e.assumptions ? 2 : 1.25, 'stroke-dasharray': e.fromCondition ? '5 4' : undefined,
    'marker-end': `url(#${arrow})`, 'data-from': e.from, 'data-to': e.to, class: 'theory-diagram__edge',
  }));
  // Each band name on a plate of the page colour: arrows that run through the gap pass behind it, not through its text.
  const bands = m.bands.map((b) => el('rect', { ...bandLabelBox(b), fill: COLOUR.paper, class: 'theory-diagram__band-plate' }) + el('text', { x: b.x, y: b.y, class: 'theory-diagram__band' }, escapeHtml(b.label)));
  const counts = m.edges.flatMap((e) => (e.marker ? [el('g', { class: 'theory-diagram__assumption' },
    el('circle', { cx: e.marker.x, cy: e.marker.y, r: 9, fill: COLOUR.paper, stroke: COLOUR.ink, 'stroke-width': 1.5 })
    + el('text', { x: e.marker.x, y: r1(e.marker.y + 4), 'text-anchor': 'middle' }, escapeHtml(e.assumptions)))] : []));
  const nodes = m.nodes.map((n) => el('a', { href: `#${nodeAnchor(n.id)}`, tabindex: -1 },
    (n.truncated ? el('title', {}, escapeHtml(n.titel)) : '')
    + el('rect', { x: n.x, y: n.y, width: n.width, height: n.height, rx: 4, class: `theory-diagram__node theory-diagram__node--${n.soort}`, 'data-node': n.id })
    + textLines(n.lines, { x: r1(n.x + 8), y: r1(n.y + 19), lineHeight: m.lineHeight })));
  return el('defs', {}, head) + edges.join('') + bands.join('') + counts.join('') + nodes.join('');
}
