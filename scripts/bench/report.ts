/** The results table: ours against the bare Astro baseline, in short labels that read in Dutch and English. */
import type { BuildResult, DistAnalysis } from './measure.ts';

export interface Measured {
  build: BuildResult;
  dist: DistAnalysis | undefined;
}

const kB = (bytes: number) => (bytes / 1000).toFixed(1);
const num = (n: number | undefined, digits = 1) => (n === undefined || !Number.isFinite(n) ? '-' : n.toFixed(digits));

/** Ours divided by bare, round by round: each pair was built minutes apart, so drift of the machine cancels out. */
export function pairedRatios(runs: { ours: number[]; bare: number[] } | undefined): number[] {
  if (!runs) return [];
  return runs.bare.map((b, i) => runs.ours[i]! / b).filter((r) => Number.isFinite(r));
}

function pairedText(runs: { ours: number[]; bare: number[] } | undefined): string {
  const r = pairedRatios(runs);
  if (r.length < 2) return '';
  const sorted = [...r].sort((a, b) => a - b);
  return `; per round ${r.map((x) => x.toFixed(2)).join(' ')} (median ${sorted[Math.floor(sorted.length / 2)]!.toFixed(2)})`;
}

/** The run with the median build time (the slower middle one of an even number); undefined without runs. */
export function medianRun(runs: Measured[]): Measured | undefined {
  const sorted = [...runs].sort((a, b) => a.build.wallS - b.build.wallS);
  return sorted[Math.floor(sorted.length / 2)];
}

export const msPerPage = (m: Measured | undefined) => (m?.dist?.pages ? (m.build.wallS * 1000) / m.dist.pages : undefined);

export function table(ours: Measured, bare: Measured | undefined, budgetGzip: number, runs?: { ours: number[]; bare: number[] }): string {
  const row = (label: string, a: string, b: string, extra = '') => [label, a, b, extra];
  const d = ours.dist;
  const e = bare?.dist;
  const ratio = msPerPage(ours) !== undefined && msPerPage(bare) !== undefined ? msPerPage(ours)! / msPerPage(bare)! : undefined;
  const rows: string[][] = [
    ['', 'ours/ons', 'bare/kaal', ''],
    row('pages', String(d?.pages ?? '-'), String(e?.pages ?? '-')),
    row('build s', num(ours.build.wallS), num(bare?.build.wallS), runs && runs.ours.length > 1
      ? `wall clock, Node start to exit; median of ${runs.ours.length} runs (ours ${runs.ours.map((s) => s.toFixed(1)).join(' ')}${runs.bare.length ? `; bare ${runs.bare.map((s) => s.toFixed(1)).join(' ')}` : ''})`
      : 'wall clock, Node start to exit'),
    row('  setup+sync s', num(ours.build.phases.infoS), num(bare?.build.phases.infoS), 'config, integrations (content check), content sync, types'),
    row('  bundle s', num(ours.build.phases.bundleS), num(bare?.build.phases.bundleS), 'Vite/Rolldown'),
    row('  render s', num(ours.build.phases.renderS), num(bare?.build.phases.renderS), 'generating static routes'),
    row('  after s', num(ours.build.phases.afterS), num(bare?.build.phases.afterS), 'build:done hooks (sitemap, search index)'),
    row('ms/page', num(msPerPage(ours)), num(msPerPage(bare)), ratio !== undefined ? `ratio ours/bare = ${ratio.toFixed(2)}×${pairedText(runs)}` : ''),
    row('CPU s', num(ours.build.cpuS), num(bare?.build.cpuS), ours.build.cpuS !== undefined && bare?.build.cpuS
      ? `user + system, with Pagefind; ratio ours/bare = ${(ours.build.cpuS / bare.build.cpuS).toFixed(2)}× (of the median-time runs)`
      : 'user + system, with Pagefind'),
    row('peak MB', num(ours.build.peakMB, 0), num(bare?.build.peakMB, 0)),
    row('HTML median kB gz', d ? kB(d.html.gzip.median) : '-', e ? kB(e.html.gzip.median) : '-', d ? `raw ${kB(d.html.raw.median)} / ${e ? kB(e.html.raw.median) : '-'}` : ''),
    row('HTML largest kB gz', d ? kB(d.html.gzip.max) : '-', e ? kB(e.html.gzip.max) : '-', d ? `${d.html.gzip.maxPage} (raw ${kB(d.html.raw.max)} kB)` : ''),
    row('CSS/page kB gz', d ? kB(d.css.gzip.median) : '-', e ? kB(e.css.gzip.median) : '-', d ? `median; largest ${kB(d.css.gzip.max)} (${d.css.gzip.maxPage}), raw ${kB(d.css.raw.median)}` : ''),
    row('JS/page kB gz', d ? kB(d.js.gzip.median) : '-', e ? kB(e.js.gzip.median) : '-', d ? `median; largest ${kB(d.js.gzip.max)} (${d.js.gzip.maxPage}), raw ${kB(d.js.raw.max)}` : ''),
  ];
  const widths = [0, 1, 2].map((c) => Math.max(...rows.map((r) => r[c]!.length)));
  const lines = rows.map((r) => [r[0]!.padEnd(widths[0]!), r[1]!.padStart(widths[1]!), r[2]!.padStart(widths[2]!), r[3]!].join('  ').trimEnd());
  lines.splice(1, 0, '-'.repeat(Math.max(...lines.map((l) => l.length))));
  if (d) {
    const ok = d.html.gzip.max <= budgetGzip;
    lines.push('', `largest page ${d.html.gzip.maxPage}: ${kB(d.html.gzip.max)} kB gzip ${ok ? '<' : '>'} ${kB(budgetGzip)} kB budget: ${ok ? 'OK' : 'OVER BUDGET'}`);
    if (d.overBudget) lines.push(`pages over budget: ${d.overBudget} (${Object.entries(d.overBudgetBySection).map(([s, n]) => `/${s}/: ${n}`).join(', ')})`);
    lines.push(`top 5 HTML gzip: ${d.largest.map((w) => `${w.page} ${kB(w.htmlGzip)}`).join(' · ')}`);
  }
  const sections = renderBySection(ours);
  if (sections.length) {
    lines.push('', 'render time by section (from the Astro log; pages render several at a time, so the sums overlap):');
    for (const s of sections.slice(0, 8))
      lines.push(`  ${s.section.padEnd(16)} ${String(s.pages).padStart(5)} routes  ${(s.totalMs / 1000).toFixed(1).padStart(6)} s  mean ${s.meanMs.toFixed(0).padStart(5)} ms  max ${s.maxMs.toFixed(0).padStart(5)} ms  ${s.maxPage}`);
  }
  return lines.join('\n');
}

export interface SectionTime { section: string; pages: number; totalMs: number; meanMs: number; maxMs: number; maxPage: string }

/** Render time per first path segment (/ketens/, /verhalen/ …), slowest section first. */
export function renderBySection(m: Measured | undefined): SectionTime[] {
  const by = new Map<string, SectionTime>();
  for (const { page, ms } of m?.build.renderMs ?? []) {
    const section = `/${page.split('/')[1] ?? ''}/`.replace(/\/[^/]*\.[a-z]+\/$/, '/(root files)/');
    const s = by.get(section) ?? { section, pages: 0, totalMs: 0, meanMs: 0, maxMs: 0, maxPage: '' };
    s.pages++;
    s.totalMs += ms;
    if (ms > s.maxMs) {
      s.maxMs = ms;
      s.maxPage = page.replace(/index\.html$/, '');
    }
    by.set(section, s);
  }
  return [...by.values()].map((s) => ({ ...s, meanMs: s.totalMs / s.pages })).sort((a, b) => b.totalMs - a.totalMs);
}
