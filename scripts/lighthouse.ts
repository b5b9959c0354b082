// Lighthouse (the npm package) against a built site, served locally and opened in Debian's Chromium: scores for
// performance, accessibility, best practices and SEO on the home page, the largest keten, publication and
// indicator page, and the recommendations tracker. Lighthouse's default mobile profile (simulated slow 4G).
// Usage: npm run lighthouse -- [built-site-folder] [--keer N]   (default: dist, 1 run per page; build first)
// With --keer N every page is measured N times and the run with the median performance score counts, as
// Lighthouse advises against the noise of a busy machine.
// Not part of npm test: five pages take about a minute and a half on a shared machine.
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { CHROMIUM_ARGS, chromiumPath } from '../tests/e2e/browser.ts';
import { serve } from '../tests/e2e/static-server.ts';

const args = process.argv.slice(2);
const keerAt = args.indexOf('--keer');
const runs = keerAt >= 0 ? Math.max(1, Number(args.splice(keerAt, 2)[1]) || 1) : 1;
const root = args[0] ?? 'dist';
const MIN = { performance: 95, accessibility: 100, 'best-practices': 100, seo: 100 } as const;
const categories = Object.keys(MIN) as (keyof typeof MIN)[];

if (!existsSync(join(root, 'index.html'))) {
  console.error(`Geen gebouwde site in ${root}. Bouw eerst de site (npm run build) of geef de map op: npm run lighthouse -- <map>`);
  process.exit(2);
}

/** The largest page in a section (most content, so the hardest case), as a URL path. */
function largest(section: string): string | undefined {
  const dir = join(root, section);
  if (!existsSync(dir)) return undefined;
  const pages = readdirSync(dir).filter((d) => existsSync(join(dir, d, 'index.html')) && d !== 'op');
  pages.sort((a, b) => statSync(join(dir, b, 'index.html')).size - statSync(join(dir, a, 'index.html')).size || a.localeCompare(b));
  return pages[0] && `/${section}/${pages[0]}/`;
}
const paths = ['/', largest('ketens'), largest('publicaties'), '/aanbevelingen/', largest('indicatoren')].filter((p): p is string => !!p && existsSync(join(root, p, 'index.html')));

const { server, url } = await serve(root, { gzip: true });
const userDataDir = mkdtempSync(join(tmpdir(), 'lighthouse-chromium-'));
const chrome = await chromeLauncher.launch({
  chromePath: (await chromiumPath()).path,
  userDataDir,
  ignoreDefaultFlags: true,
  chromeFlags: CHROMIUM_ARGS,
});
const failures: string[] = [];
const rows: string[] = [];
let multiplier = 4;
let benchmark = 0;
try {
  mkdirSync('.test-output/lighthouse', { recursive: true });
  // Lighthouse slows the CPU down 4× to stand for a mid-range phone, a factor meant for a fast desktop
  // (benchmark index about 1500). On a slower or busy machine 4× would stand for a far slower phone, so the
  // factor is scaled to the machine's benchmark index (median of three probes), as Lighthouse's throttling
  // guide advises; below 1 on a machine slower than that desktop, so every machine measures the same phone.
  const probes: number[] = [];
  for (let i = 0; i < 3; i++) {
    const probe = await lighthouse(url + '/', { port: chrome.port, logLevel: 'error', onlyAudits: ['first-contentful-paint'] });
    probes.push(probe?.lhr.environment.benchmarkIndex ?? 1500);
  }
  benchmark = probes.sort((a, b) => a - b)[1]!;
  multiplier = Math.round(Math.min(4, Math.max(0.25, (4 * benchmark) / 1500)) * 100) / 100;
  for (const path of paths) {
    const results = [];
    for (let i = 0; i < runs; i++) {
      const r = await lighthouse(url + path, { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: categories }, { extends: 'lighthouse:default', settings: { throttling: { cpuSlowdownMultiplier: multiplier } } });
      if (!r) throw new Error(`Lighthouse gaf geen resultaat voor ${path}`);
      results.push(r);
    }
    results.sort((a, b) => (a.lhr.categories.performance?.score ?? 0) - (b.lhr.categories.performance?.score ?? 0));
    const result = results[Math.floor(results.length / 2)]!;
    const lhr = result.lhr;
    const scores = categories.map((c) => Math.round((lhr.categories[c]?.score ?? 0) * 100));
    rows.push(`${path.padEnd(50)} ${scores.map((s) => String(s).padStart(5)).join(' ')}`);
    categories.forEach((c, i) => {
      if (scores[i]! >= MIN[c]) return;
      const lost = lhr.categories[c]!.auditRefs.filter((r) => r.weight > 0 && (lhr.audits[r.id]?.score ?? 1) < 1).map((r) => r.id);
      failures.push(`${path}: ${c} ${scores[i]} (minimaal ${MIN[c]}); niet gehaald: ${lost.join(', ') || '-'}`);
    });
    writeFileSync(join('.test-output/lighthouse', `${path.replace(/[^a-z0-9]+/gi, '_') || 'home'}.json`), result.report as string);
  }
} finally {
  chrome.kill();
  server.close();
  rmSync(userDataDir, { recursive: true, force: true });
}
console.log(`Benchmark-index van deze machine: ${Math.round(benchmark)}; CPU-vertraging ${multiplier}× (standaard 4× bij index 1500).`);
console.log(`${'pagina'.padEnd(50)} ${['perf', 'a11y', 'best', 'seo'].map((h) => h.padStart(5)).join(' ')}`);
for (const r of rows) console.log(r);
for (const f of failures) console.log(`  FOUT ${f}`);
console.log(`${rows.length * categories.length - failures.length} passed, ${failures.length} failed (rapporten in .test-output/lighthouse/)`);
process.exit(failures.length ? 1 : 0);
