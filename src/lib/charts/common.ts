/** Shared pieces of the chart models: sizes, rounding, marker shapes. Pure; no DOM. */

export interface Margin { top: number; right: number; bottom: number; left: number }

/**
 * Chart widths in SVG units. Each chart is drawn twice and CSS shows the drawing that fits its container
 * unscaled or larger (.chart-switch), so 12-unit text never renders below 12 px on a phone.
 */
export const CHART_WIDTH = { wide: 640, narrow: 300 } as const;

/** Round to one decimal so SVG output is short and stable across machines. */
export const r1 = (n: number) => Math.round(n * 10) / 10;

/** Marker shapes, so series differ by shape as well as by colour (WCAG: never colour alone). */
export const SHAPES = ['circle', 'square', 'triangle', 'diamond', 'cross', 'triangle-down'] as const;
export type Shape = (typeof SHAPES)[number];

/** SVG path of a marker of `size` (radius-ish) centred on x, y. */
export function markerPath(shape: Shape, x: number, y: number, size = 4): string {
  const s = size;
  switch (shape) {
    case 'square': return `M${r1(x - s)},${r1(y - s)}h${2 * s}v${2 * s}h${-2 * s}Z`;
    case 'triangle': return `M${r1(x)},${r1(y - s * 1.2)}L${r1(x + s * 1.1)},${r1(y + s * 0.8)}L${r1(x - s * 1.1)},${r1(y + s * 0.8)}Z`;
    case 'triangle-down': return `M${r1(x)},${r1(y + s * 1.2)}L${r1(x + s * 1.1)},${r1(y - s * 0.8)}L${r1(x - s * 1.1)},${r1(y - s * 0.8)}Z`;
    case 'diamond': return `M${r1(x)},${r1(y - s * 1.3)}L${r1(x + s * 1.3)},${r1(y)}L${r1(x)},${r1(y + s * 1.3)}L${r1(x - s * 1.3)},${r1(y)}Z`;
    case 'cross': return `M${r1(x - s)},${r1(y - s)}L${r1(x + s)},${r1(y + s)}M${r1(x - s)},${r1(y + s)}L${r1(x + s)},${r1(y - s)}`;
    default: return `M${r1(x - s)},${r1(y)}a${s},${s} 0 1,0 ${2 * s},0a${s},${s} 0 1,0 ${-2 * s},0`;
  }
}

/** The theme colour of series `index` (six colours from site.json, then again from the first). */
export const seriesColour = (index: number) => `var(--vt-series-${(index % 6) + 1})`;

export interface Tick {
  value: number;
  position: number;
  label: string;
  /** How the label sits on its tick: centred, unless that would push it past the edge of the drawing. */
  anchor?: 'start' | 'middle' | 'end';
}

/** Width of a character of 12-unit tick text, on the safe side: digits and the minus sign are about 0.6 em. */
const TICK_CHAR_WIDTH = 7.8;

/** Where a tick label is anchored: centred on its tick, or flush with the tick where centring would cut it off. */
export function tickAnchor(position: number, label: string, width: number, inset = 2): 'start' | 'middle' | 'end' {
  const half = (label.length * TICK_CHAR_WIDTH) / 2;
  if (position - half < inset) return 'start';
  if (position + half > width - inset) return 'end';
  return 'middle';
}

/** Where a tick label starts and ends, given its anchor. */
const tickExtent = (t: Tick): [number, number] => {
  const w = t.label.length * TICK_CHAR_WIDTH;
  return t.anchor === 'start' ? [t.position, t.position + w] : t.anchor === 'end' ? [t.position - w, t.position] : [t.position - w / 2, t.position + w / 2];
};

/**
 * The ticks of a horizontal value axis, each with its label and anchor: one helper for every chart that has one.
 * At most `count` ticks, fewer where their labels would run into each other (a narrow chart of amounts in the
 * hundred thousands: "0 50.000 100.000 …" on 300 units).
 */
export function axisTicks(scale: { (n: number): number; ticks(count: number): number[] }, count: number, format: (n: number) => string, width: number): Tick[] {
  const ticksFor = (n: number) => scale.ticks(n).map((value) => {
    const position = r1(scale(value));
    const label = format(value);
    return { value, position, label, anchor: tickAnchor(position, label, width) };
  });
  for (let n = count; n > 1; n--) {
    const ticks = ticksFor(n);
    if (ticks.every((t, i) => i === 0 || tickExtent(ticks[i - 1]!)[1] + 6 <= tickExtent(t)[0])) return ticks;
  }
  return ticksFor(1);
}
