/**
 * The one way a chart is drawn. Every chart is a pure function in src/lib/charts/*-svg.ts that turns its model
 * (numbers worked out in bar.ts, line.ts …) into an SVG string with the helpers below; Chart.astro only places
 * that string in the page. Strings, not components: a build draws thousands of charts (small multiples, a figure
 * on its indicator page and its keten page), and a string is several times faster than a component per element.
 * The helpers write the same HTML a component would (attribute order as given, Astro's escaping), so the choice
 * changes no byte of the site. Colours, the value axis, wrapped labels, legends and the wide/narrow pair live here
 * so every chart looks and reads the same.
 */
import { attr, escapeHtml } from '../markup.ts';
import { CHART_WIDTH, type Tick } from './common.ts';

export { escapeHtml };

export type Attrs = Record<string, string | number | undefined>;

/**
 * `<name …>content</name>`; attributes in the order given, undefined ones left out, an empty one written bare
 * (`data-pagefind-ignore`), as Astro does; `content` is markup.
 */
export function el(name: string, attrs: Attrs, content = ''): string {
  let open = `<${name}`;
  for (const key of Object.keys(attrs)) {
    const value = attrs[key];
    if (typeof value === 'number') open += ` ${key}="${value}"`;
    else if (value !== undefined) open += value === '' ? ` ${key}` : attr(key, value);
  }
  return `${open}>${content}</${name}>`;
}

/** The chart palette besides the theme's series colours (site.json): grid, ink, rules and paper. */
export const COLOUR = { grid: '#d0d7de', ink: '#1a1a1a', rule: '#8c959f', note: '#4a5560', outline: '#6b7580', paper: '#ffffff', slip: '#9b1c1c' } as const;

/** Fill in the first theme colour, as a style so the print style sheet can change it. */
export const SERIES_FILL = 'fill:var(--vt-series-1)';

export type Variant = keyof typeof CHART_WIDTH;

export interface SvgFrame {
  /** chart--<kind> */
  kind: string;
  /** Names the title (`<id>-t`) the drawing is labelled by. */
  id: string;
  label: string;
  width: number;
  height: number;
  variant?: Variant;
  /** Keep the top left corner in place when the drawing is scaled (charts whose height follows their data). */
  anchorTopLeft?: boolean;
}

/** The `<svg>` of a chart: an image named by its title, its kind and variant as classes. */
export function chartSvg(f: SvgFrame, body: string): string {
  const attrs: Attrs = {
    class: `chart chart--${f.kind}${f.variant ? ` chart--${f.variant}` : ''}`,
    viewBox: `0 0 ${f.width} ${f.height}`,
    role: 'img',
    'aria-labelledby': `${f.id}-t`,
    preserveAspectRatio: f.anchorTopLeft ? 'xMinYMin meet' : undefined,
  };
  return el('svg', attrs, el('title', { id: `${f.id}-t` }, escapeHtml(f.label)) + body);
}

/**
 * A chart drawn twice, at the wide and the narrow width (CHART_WIDTH): CSS shows the one that fits, so 12-unit
 * text never renders below 12 px. `draw` gets the variant and the id of that drawing.
 */
export function chartSwitch(id: string, draw: (variant: Variant, id: string) => string): string {
  const variants: Variant[] = ['wide', 'narrow'];
  return `<div class="chart-switch">${variants.map((v) => draw(v, v === 'wide' ? id : `${id}-smal`)).join('')}</div>`;
}

/** One `<g>` per tick of a value axis: its grid line from `y1` to `y2` and its label at `labelY`. */
export function tickMarks(ticks: Pick<Tick, 'position' | 'label' | 'anchor'>[], y1: number, y2: number, labelY: number): string {
  return ticks.map((t) => el('g', {}, gridLine(t.position, y1, y2) + el('text', { x: t.position, y: labelY, 'text-anchor': t.anchor, class: 'chart__tick' }, escapeHtml(t.label)))).join('');
}

const gridLine = (x: number, y1: number, y2: number) => el('line', { x1: x, x2: x, y1, y2, stroke: COLOUR.grid });

/** A label wrapped over lines (see wrap.ts): one `<tspan>` a line, each `lineHeight` below the one before. */
export function textLines(lines: string[], at: { x: number; y: number; lineHeight: number; class?: string }): string {
  const spans = lines.map((l, i) => el('tspan', { x: at.x, dy: i === 0 ? 0 : at.lineHeight }, escapeHtml(l))).join('');
  return el('text', { x: at.x, y: at.y, class: at.class }, spans);
}

/** A legend in one sentence (markup). */
export const legendNote = (html: string) => `<p class="chart__legend">${html}</p>`;

/** A legend of items (markup each); nothing when there are none. */
export const legendList = (items: string[], className = 'chart__legend') => (items.length ? el('ul', { class: className }, items.map((i) => `<li>${i}</li>`).join('')) : '');
