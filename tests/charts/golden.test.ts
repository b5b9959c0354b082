/**
 * SVG golden files: the charts drawn (src/lib/charts/*-svg.ts; the comparison grid, a table, with the Astro
 * Container API) from small, fixed inputs, compared with tests/charts/golden/<name>.svg.html.
 *
 * After a deliberate change to a chart, look at the new output and rewrite the goldens with
 *   UPDATE_GOLDEN=1 npx vitest run tests/charts/golden.test.ts
 * (refused when CI is set: CI only compares). Commit the changed .svg.html files with the change.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { beforeAll, describe, expect, it } from 'vitest';
import Matrix from '../../src/components/charts/Matrix.astro';
import { barChartModel } from '../../src/lib/charts/bar.ts';
import { barChartSvg } from '../../src/lib/charts/bar-svg.ts';
import { indicatorChartHtml } from '../../src/lib/charts/indicator-svg.ts';
import { lineChartModel, type LineChartInput } from '../../src/lib/charts/line.ts';
import { lineChartSvg } from '../../src/lib/charts/line-svg.ts';
import { theoryDiagramHtml } from '../../src/lib/charts/theory-svg.ts';
import { timelineSvg } from '../../src/lib/charts/timeline-svg.ts';
import { formatAmount, formatValue, type ValueLike } from '../../src/lib/format.ts';
import { periodLabel } from '../../src/lib/periods.ts';
import { pivot } from '../../src/lib/series.ts';
import { indicatorSchema, trajectSchema, verandertheorieSchema } from '../../src/schemas/index.ts';

const ROOT = join(import.meta.dirname, '..', '..');
const GOLDEN = join(import.meta.dirname, 'golden');
const UPDATE = process.env.UPDATE_GOLDEN === '1' && !process.env.CI;
const used = new Set<string>();

/**
 * One element per line, so a golden diff shows which element changed. Only adjacent tags are split;
 * whitespace between tags is kept as it is, because it can matter ("5 aanvragen" vs "5aanvragen").
 */
const pretty = (html: string) => html.replace(/></g, '>\n<').trim() + '\n';

function matchGolden(name: string, html: string) {
  const file = join(GOLDEN, `${name}.svg.html`);
  const rel = relative(ROOT, file);
  used.add(`${name}.svg.html`);
  const actual = pretty(html);
  // Coordinates are rounded to one decimal in the models; arithmetic in templates must not undo that.
  expect(html, `${rel}: unrounded coordinate`).not.toMatch(/="-?\d+\.\d{3,}"/);
  if (UPDATE) {
    mkdirSync(GOLDEN, { recursive: true });
    writeFileSync(file, actual);
    return;
  }
  if (!existsSync(file))
    throw new Error(`Golden file ${rel} is missing. Render it with UPDATE_GOLDEN=1 npx vitest run tests/charts/golden.test.ts (not in CI), check it, and commit it.`);
  const expected = readFileSync(file, 'utf8');
  expect(actual, `${rel} differs from the rendered chart. If the change is intended, rewrite it with UPDATE_GOLDEN=1 npx vitest run tests/charts/golden.test.ts (not in CI) and review the diff.`).toBe(expected);
}

/** Tick labels of every drawing in `html`, both forms (one `<text>` each, or grouped by anchor), with the drawing's width. */
function tickLabels(html: string) {
  return html.split('<svg').slice(1).flatMap((svg) => {
    const width = Number(/viewBox="0 0 ([\d.]+)/.exec(svg)?.[1]);
    const single = [...svg.matchAll(/<text x="([\d.-]+)" y="[\d.-]+" text-anchor="(\w+)" class="chart__tick">([^<]*)<\/text>/g)].map(([, x, anchor, label]) => ({ x: Number(x), anchor, label: label! }));
    const grouped = [...svg.matchAll(/<g class="chart__tick" text-anchor="(\w+)">(.*?)<\/g>/g)].flatMap(([, anchor, body]) =>
      [...body!.matchAll(/<text x="([\d.-]+)" y="[\d.-]+">([^<]*)<\/text>/g)].map(([, x, label]) => ({ x: Number(x), anchor, label: label! })));
    return [...single, ...grouped].map((t) => ({ ...t, width }));
  });
}

/**
 * What a golden cannot see by itself: every tick label stays inside its drawing. A label takes at most 0.7 em
 * (12-unit text) a character; centred, it needs half of that on either side of its tick.
 */
function expectTickLabelsInside(html: string) {
  const ticks = tickLabels(html);
  expect(ticks.length, 'tick labels').toBeGreaterThan(0);
  for (const { x, anchor, label, width } of ticks) {
    const w = label.length * 0.7 * 12;
    const [from, to] = anchor === 'start' ? [x, x + w] : anchor === 'end' ? [x - w, x] : [x - w / 2, x + w / 2];
    expect(from, `tick "${label}" runs off the left edge`).toBeGreaterThanOrEqual(0);
    expect(to, `tick "${label}" runs off the right edge of ${width}`).toBeLessThanOrEqual(width);
  }
}

/** The series groups of a line chart: the line's path, the marker path, and the group's markup. */
const seriesGroups = (html: string) =>
  [...html.matchAll(/<g class="chart__series"[^>]*>(.*?)<\/g>/g)].map(([, g]) => ({
    line: /<path d="([^"]*)" fill="none"/.exec(g!)?.[1] ?? '',
    markers: /<path d="([^"]*)" fill="currentColor"/.exec(g!)?.[1] ?? '',
    body: g!,
  }));

/**
 * Every value of a line chart has a mark (a marker, an open ring for an estimate, a × for a suppressed one), and
 * no line runs across a period without a value. Markers here are circles and squares: one "M" each.
 */
function expectMarksAndGaps(html: string, input: LineChartInput) {
  const groups = seriesGroups(html);
  const xs = lineChartModel(input).xTicks.map((t) => t.position);
  expect(groups).toHaveLength(input.series.length);
  input.series.forEach((s, i) => {
    const g = groups[i]!;
    const marks = (g.markers.match(/M/g) ?? []).length + (g.body.match(/<circle /g) ?? []).length + (g.body.match(/>×</g) ?? []).length;
    const values = s.values.filter((x) => x && x.status !== 'ontbreekt' && (x.waarde !== null || x.status === 'onderdrukt' || x.kwalificatie === 'bereik'));
    expect(marks, `${s.label}: one mark per value`).toBe(values.length);
    const gaps = xs.filter((_, j) => { const x = s.values[j]; return !x || x.waarde === null || x.status === 'onderdrukt'; });
    for (const run of g.line.split(/(?=M)/).filter(Boolean)) {
      const at = [...run.matchAll(/[ML]([\d.-]+),/g)].map((m) => Number(m[1]));
      for (const gap of gaps) expect(gap < Math.min(...at) || gap > Math.max(...at), `${s.label}: line across the gap at x=${gap}`).toBe(true);
    }
  });
}

/**
 * A chart drawn twice inside one .chart-switch: 640 units for wide containers, 300 for phones (CSS shows one),
 * each with its own title id, so 12-unit text renders at 12 px or more in either.
 */
function expectWideAndNarrow(html: string, kind: string) {
  expect(html).toMatch(/^<div class="chart-switch">/);
  const svgs = [...html.matchAll(/<svg class="chart chart--(\w+) chart--(wide|narrow)" viewBox="0 0 (\d+) [\d.]+"[^>]*aria-labelledby="([\w-]+)"/g)];
  expect(svgs.map((m) => [m[1], m[2], m[3]])).toEqual([[kind, 'wide', '640'], [kind, 'narrow', '300']]);
  expect(new Set(svgs.map((m) => m[4])).size).toBe(2);
}

let container: AstroContainer;
beforeAll(async () => {
  container = await AstroContainer.create();
});

const v = (waarde: number | null, extra: Partial<ValueLike> = {}): ValueLike => ({ waarde, status: 'definitief', kwalificatie: 'exact', ...extra });
const count = (n: number) => formatAmount(n, 'aantal');

const lineInput: LineChartInput = {
  periods: ['2019', '2020', '2021', '2022', '2023', '2024'],
  periodLabel,
  format: count,
  target: 150,
  baseline: 100,
  series: [
    { key: 'centrum', label: 'Centrum', values: [v(100), v(110), undefined, v(130), v(140), v(null, { status: 'voorlopig', kwalificatie: 'bereik', ondergrens: 135, bovengrens: 155 })] },
    { key: 'haven', label: 'Havenkwartier', values: [v(80), { waarde: null, status: 'onderdrukt' }, v(90), v(95, { kwalificatie: 'ongeveer' }), v(105), v(112)] },
  ],
};

describe('chart goldens', () => {
  it('line chart: two areas, a gap, a suppressed value, estimates, target and baseline', async () => {
    const html = lineChartSvg(lineChartModel(lineInput), { id: 'lijn', label: 'Huisbezoeken per wijk, 2019 tot 2024' });
    expect(html).toContain('role="img"');
    expect(html).toContain('<title id="lijn-t">Huisbezoeken per wijk, 2019 tot 2024</title>');
    expectMarksAndGaps(html, lineInput);
    expectTickLabelsInside(html);
    matchGolden('line-two-areas', html);
  });

  it('line chart: negative values with a zero line', async () => {
    const model = lineChartModel({ periods: ['2022', '2023', '2024'], periodLabel, format: (n) => formatAmount(n, 'procent'), series: [{ key: 'stad', label: 'Voorbeeldstad', values: [v(-4.5), v(1.5), v(3)] }] });
    const html = lineChartSvg(model, { id: 'verandering', label: 'Verandering in procenten' });
    expect(html).toContain('−4%');
    expectTickLabelsInside(html);
    matchGolden('line-negative', html);
  });

  it('line chart: one value', async () => {
    const model = lineChartModel({ periods: ['2024'], periodLabel, format: count, series: [{ key: 'stad', label: 'Voorbeeldstad', values: [v(42)] }] });
    matchGolden('line-one-value', lineChartSvg(model, { id: 'een', label: 'Eén meting' }));
  });

  it('bar chart: sorted bars, a negative value, a suppressed value and an estimate range', async () => {
    const model = barChartModel({
      items: [
        { key: 'centrum', label: 'Centrum', value: v(14) },
        { key: 'haven', label: 'Havenkwartier', value: v(-3) },
        { key: 'molenwijk', label: 'Molenwijk', value: { waarde: null, status: 'onderdrukt' } },
        { key: 'parkzoom', label: 'Parkzoom', value: v(null, { status: 'voorlopig', kwalificatie: 'bereik', ondergrens: 8, bovengrens: 12 }) },
      ],
      format: (x) => formatValue(x, 'aantal'),
      formatTick: count,
    });
    const html = barChartSvg(model, { id: 'staaf', label: 'Verandering per wijk in 2024' });
    expect(html).toContain('onderdrukt (te klein aantal)');
    expect(html).toContain('8 à 12');
    // The negative tick sits on the left edge: its label must start there rather than be centred and cut off.
    expectTickLabelsInside(html);
    // Every row says its value, also where there is no bar (suppressed) or only a range.
    expect(html.match(/class="chart__value"/g)).toHaveLength(4);
    matchGolden('bar-mixed', html);
  });

  it('timeline: planned, actual, slipped and open milestones', async () => {
    const traject = trajectSchema.parse({
      titel: 'Pilot', keten: 'gezond-thuis', samenvatting: 's', doelen: ['d'], periode: { van: '2022-09' },
      mijlpalen: [
        { id: 'start', titel: 'Start in twee wijken', gepland: '2022-09-01', werkelijk: '2022-09-01' },
        { id: 'evaluatie', titel: 'Eerste evaluatie', gepland: '2023-03-01', werkelijk: '2023-09-15' },
        { id: 'besluit', titel: 'Besluit over voortzetting', werkelijk: '2024-02-20' },
        { id: 'eind', titel: 'Eindevaluatie', gepland: '2026-03' },
      ],
    });
    const html = timelineSvg(traject.mijlpalen, 'tijdlijn', 'Mijlpalen van de pilot');
    expect(html).toContain('Eerste evaluatie');
    expectWideAndNarrow(html, 'timeline');
    expectTickLabelsInside(html);
    matchGolden('timeline', html);
  });

  it('Matrix: municipalities × steering choices', async () => {
    const input = {
      rows: [{ id: 'noordhaven', label: 'Noordhaven' }, { id: 'zuidwaard', label: 'Zuidwaard' }, { id: 'oostmeer', label: 'Oostmeer' }],
      columns: [{ id: 'teamvorm', label: 'Teamvorm' }, { id: 'sturingsmodel', label: 'Sturingsmodel' }],
      values: [['één team', 'op resultaat'], ['één team', undefined], ['teams per doelgroep', 'op aantallen']],
    };
    const html = await container.renderToString(Matrix, { props: { id: 'matrix', label: 'Sturingskeuzes per gemeente', input } });
    expect(html).toContain('Sturingskeuzes per gemeente');
    matchGolden('matrix', html);
  });

  it('theory diagram: a small theory in the wide and the medium layout', async () => {
    const vt = verandertheorieSchema.parse({
      status: 'concept', toelichting: 't',
      knopen: [
        { id: 'a-bezoek', soort: 'activiteit', titel: 'Huisbezoeken bij 75-plussers' },
        { id: 'o-bezocht', soort: 'output', titel: 'Ouderen bezocht', indicatoren: ['huisbezoeken'] },
        { id: 'rk-gezien', soort: 'resultaat-kort', titel: 'Zorgen vroeg gezien', geenIndicatorReden: 'Niet gemeten.' },
        { id: 'rl-thuis', soort: 'resultaat-lang', titel: 'Langer thuis wonen', geenIndicatorReden: 'Niet gemeten.' },
        { id: 'amb', soort: 'ambitie', titel: 'Gezond en veilig thuis' },
        { id: 'rv-samen', soort: 'randvoorwaarde', titel: 'Partners werken samen' },
      ],
      verbanden: [
        { van: 'a-bezoek', naar: 'o-bezocht', want: 'x' },
        { van: 'o-bezocht', naar: 'rk-gezien', want: 'x', aannames: [{ id: 'open', tekst: 'Ouderen vertellen hun zorgen.', status: 'ongetoetst', kennis: 'ervaring' }] },
        { van: 'rk-gezien', naar: 'rl-thuis', want: 'x' },
        { van: 'rl-thuis', naar: 'amb', want: 'x' },
        { van: 'rv-samen', naar: 'rk-gezien', want: 'x' },
      ],
    });
    const html = theoryDiagramHtml(vt, 'vt', 'Verandertheorie Gezond thuis als schema');
    // Two drawings, each at the width CSS shows it at (so 13-unit text renders at 13 px).
    expect([...html.matchAll(/<svg class="theory-diagram__svg theory-diagram__svg--(\w+)" viewBox="0 0 (\d+) [\d.]+"[^>]*max-width:(\d+)px/g)].map((m) => [m[1], m[2], m[3]]))
      .toEqual([['wide', '960', '960'], ['medium', '600', '600']]);
    // Every box links to its section, in both drawings; every arrow names its ends for the browser check.
    for (const id of ['a-bezoek', 'o-bezocht', 'rk-gezien', 'rl-thuis', 'amb', 'rv-samen']) expect(html.split(`href="#resultaat-${id}"`)).toHaveLength(3);
    expect(html.match(/<path d="M[\d.,L]+"[^>]*data-from="[\w-]+" data-to="[\w-]+"/g)).toHaveLength(10);
    // Arrows are drawn before the boxes, so a box can never hide an arrow end; phones get a pointer to the list.
    for (const svg of html.split('<svg').slice(1)) expect(svg.lastIndexOf('theory-diagram__edge')).toBeLessThan(svg.indexOf('<rect'));
    expect(html).toContain('als lijst hieronder');
    matchGolden('theory-diagram', html);
  });

  describe('an indicator figure picks the chart that fits the data', () => {
    const base = {
      titel: 'Huisbezoeken', definitie: 'd', soort: 'output', eenheid: { soort: 'aantal', label: 'huisbezoeken' }, richting: 'hoger-is-beter',
      bron: { naam: 'Registratie' }, frequentie: 'jaar', gebiedsniveau: 'wijk', streefwaarde: 'geen-streefwaarde', kop: 'k', alt: 'Grafiek van de huisbezoeken',
    };
    const render = async (extra: object) => {
      const indicator = indicatorSchema.parse({ ...base, ...extra });
      const table = pivot(indicator, (id) => id.charAt(0).toUpperCase() + id.slice(1));
      return indicatorChartHtml(indicator, table, 'huisbezoeken');
    };

    it('one value: a key figure with its qualifier', async () => {
      const html = await render({ eenheid: { soort: 'euro', label: 'budget' }, gebiedsniveau: 'gemeente', observaties: [{ periode: '2024', gebied: 'stad', waarde: 13.8e6, status: 'definitief', kwalificatie: 'bijna' }] });
      expect(html).toContain('bijna € 13,8 mln');
      expect(html).toContain('(schatting)');
      expect(html).not.toContain('<svg');
      matchGolden('indicator-key-figure', html);
    });

    it('one period, several areas: bars', async () => {
      const html = await render({ observaties: [
        { periode: '2024', gebied: 'centrum', waarde: 168, status: 'definitief' },
        { periode: '2024', gebied: 'haven', waarde: 121, status: 'voorlopig' },
        { periode: '2024', gebied: 'molenwijk', waarde: null, status: 'ontbreekt' },
      ] });
      expect(html).toContain('chart--bar');
      expectWideAndNarrow(html, 'bar');
      expectTickLabelsInside(html);
      matchGolden('indicator-bars', html);
    });

    it('seven areas over time: small multiples with a shared scale', async () => {
      const areas = ['centrum', 'haven', 'beemden', 'molenwijk', 'parkzoom', 'dorp', 'noord'];
      const html = await render({ observaties: areas.flatMap((gebied, i) => ['2022', '2023', '2024'].map((periode, j) => ({ periode, gebied, waarde: 50 + i * 10 + j * 5, status: 'definitief' }))) });
      expect(html.match(/small-multiples__panel/g)).toHaveLength(7);
      expectTickLabelsInside(html);
      matchGolden('indicator-small-multiples', html);
    });
  });

  it('every golden file belongs to a test', () => {
    if (UPDATE || !existsSync(GOLDEN)) return;
    expect(used.size).toBe(10);
    expect(readdirSync(GOLDEN).filter((f) => f.endsWith('.svg.html')).sort()).toEqual([...used].sort());
  });
});
