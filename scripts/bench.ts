// Benchmark of the site build at scale: generates a synthetic content folder (voorbeelddata), builds it with
// Astro, measures time, memory and page weight, and compares with a bare Astro + MDX project of as many pages.
// Everything happens in a fresh temp folder, removed at the end; content/ and tests/ are never touched.
//
// Usage: npm run bench [-- options]
//   --schaal F         multiply the numbers of ketens, indicatoren, verhalen and publicaties by F (0.1 = quick run)
//   --ketens N  --indicatoren N  --verhalen N  --publicaties N     exact numbers (after --schaal)
//   --resultaten N  --jaren N  --wijken N     shape of each item: result nodes per keten, years and wijken per indicator
//   --herhaal N        build ours and the bare baseline N times in turn (default 3) and compare the median runs
//   --geen-kaal        skip the bare baseline
//   --json             print the results as JSON on stdout (the table and progress go to stderr;
//                      use `npm run --silent bench -- --json` so npm adds no lines of its own)
//   --behoud           keep the temp folder (content, dist, logs) and print where it is
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { execFileSync } from 'node:child_process';
import { generateBare } from './bench/bare.ts';
import { generateSite, type GenerateOptions } from './bench/generate.ts';
import { analyseDist, runBuild, type BuildResult } from './bench/measure.ts';
import { medianRun, msPerPage, pairedRatios, renderBySection, table, type Measured } from './bench/report.ts';
import { writeStdout } from './lib/stdout.ts';

const BUDGET_HTML_GZIP = 150_000; // the same budget as tests/e2e/run.ts
const DEFAULTS: GenerateOptions = { ketens: 40, resultaten: 30, indicatoren: 400, jaren: 10, wijken: 30, verhalen: 1000, publicaties: 5 };

const major = Number(process.versions.node.split('.')[0]);
if (major < 22) {
  console.error(`Node ${process.versions.node} is te oud voor Astro; start de benchmark met npm run bench (dat gebruikt Node 24 uit devDependencies).`);
  process.exit(2);
}

const { values: args } = parseArgs({
  options: {
    schaal: { type: 'string' }, ketens: { type: 'string' }, indicatoren: { type: 'string' }, verhalen: { type: 'string' }, publicaties: { type: 'string' },
    resultaten: { type: 'string' }, jaren: { type: 'string' }, wijken: { type: 'string' },
    herhaal: { type: 'string' }, 'geen-kaal': { type: 'boolean', default: false }, json: { type: 'boolean', default: false }, behoud: { type: 'boolean', default: false },
    help: { type: 'boolean', short: 'h', default: false },
  },
});
if (args.help) {
  console.log('npm run bench [-- --schaal 0.1] [--ketens N --indicatoren N --verhalen N --publicaties N] [--resultaten N --jaren N --wijken N] [--herhaal N] [--geen-kaal] [--json] [--behoud]');
  process.exit(0);
}
const say = (line = '') => (args.json ? console.error(line) : console.log(line));
const count = (name: string, value: string | undefined, min = 0): number | undefined => {
  if (value === undefined) return undefined;
  const n = Number(value);
  if (!Number.isInteger(n) || n < min) {
    console.error(`--${name} moet een heel getal zijn van minstens ${min}, niet "${value}"`);
    process.exit(2);
  }
  return n;
};
const schaal = args.schaal === undefined ? 1 : Number(args.schaal);
if (!(schaal > 0)) {
  console.error(`--schaal moet een getal groter dan 0 zijn, niet "${args.schaal}"`);
  process.exit(2);
}
const herhaal = count('herhaal', args.herhaal, 1) ?? 3;
const scaled = (n: number) => Math.max(1, Math.round(n * schaal));
const options: GenerateOptions = {
  ketens: count('ketens', args.ketens, 1) ?? scaled(DEFAULTS.ketens),
  indicatoren: count('indicatoren', args.indicatoren) ?? scaled(DEFAULTS.indicatoren),
  verhalen: count('verhalen', args.verhalen) ?? scaled(DEFAULTS.verhalen),
  publicaties: count('publicaties', args.publicaties, 1) ?? Math.max(2, Math.round(DEFAULTS.publicaties * schaal)),
  // The shape of each item stays the same at every scale, so page weights stay comparable.
  resultaten: count('resultaten', args.resultaten, 1) ?? DEFAULTS.resultaten,
  jaren: count('jaren', args.jaren, 1) ?? DEFAULTS.jaren,
  wijken: count('wijken', args.wijken, 1) ?? DEFAULTS.wijken,
};

const root = process.cwd();
const dataStore = join(root, '.astro', 'data-store.json');
const tmp = mkdtempSync(join(tmpdir(), 'wijkteams-bench-'));
const contentDir = join(tmp, 'content');
let stopChild: (() => Promise<void>) | undefined;
// Without --behoud everything goes except bench.json, so the printed path stays valid (a few kB).
const cleanup = () => {
  rmSync(dataStore, { force: true });
  if (args.behoud) say(`Tijdelijke map bewaard: ${tmp}`);
  else if (existsSync(join(tmp, 'bench.json'))) for (const name of readdirSync(tmp)) name !== 'bench.json' && rmSync(join(tmp, name), { recursive: true, force: true });
  else rmSync(tmp, { recursive: true, force: true });
};
// Ctrl+C: stop the build, remove the temp folder (unless --behoud) and stop; the main flow waits forever.
let aborted = false;
const halt = () => (aborted ? new Promise<never>(() => {}) : Promise.resolve());
process.on('SIGINT', async () => {
  if (aborted) return;
  aborted = true;
  say('\nAfgebroken; de bouw wordt gestopt en de tijdelijke map opgeruimd.');
  await stopChild?.();
  rmSync(dataStore, { force: true });
  if (args.behoud) say(`Tijdelijke map bewaard: ${tmp}`);
  else rmSync(tmp, { recursive: true, force: true });
  process.exit(130);
});

const env = (extra: Record<string, string>): NodeJS.ProcessEnv => ({ ...process.env, ASTRO_TELEMETRY_DISABLED: '1', ...extra });
const cpuText = (cpuS: number | undefined) => (cpuS === undefined ? '' : ` (rekentijd ${cpuS.toFixed(1)} s)`);
const heartbeat = (label: string) => (seconds: number, last: string) => say(`  … ${label}: ${seconds.toFixed(0)} s; ${last.replace(/\x1b\[[0-9;]*m/g, '').slice(0, 110)}`);

/** Why a build stopped, read from its log: the content check, memory, or the last error. */
function explainFailure(build: BuildResult): string {
  const lines = build.log.replace(/\x1b\[[0-9;]*m/g, '').split('\n');
  if (/De site is niet gebouwd/.test(build.log)) {
    const problems = lines.filter((l) => /^\S+:\d*.*›|De site is niet gebouwd/.test(l));
    return `De inhoudscontrole keurde de gegenereerde inhoud af:\n${(problems.length ? problems : lines.slice(-60)).join('\n')}`;
  }
  if (/heap out of memory|Reached heap limit|ENOMEM/i.test(build.log) || build.signal === 'SIGKILL' || build.exitCode === 137 || build.exitCode === 134)
    return `Te weinig geheugen (piek ${build.peakMB?.toFixed(0) ?? '?'} MB, exit ${build.exitCode}, signaal ${build.signal ?? '-'}). Laatste regels:\n${lines.slice(-40).join('\n')}`;
  return `Exit ${build.exitCode}${build.signal ? `, signaal ${build.signal}` : ''}. Laatste regels van het log:\n${lines.slice(-60).join('\n')}`;
}

/** Which code was measured: the commit, and whether src/ or the config had uncommitted changes (read-only git). */
function codeVersion(): string {
  try {
    const head = execFileSync('git', ['rev-parse', '--short', 'HEAD'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
    const dirty = execFileSync('git', ['status', '--porcelain', '--', 'src', 'astro.config.mjs', 'package.json'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
    return dirty ? `${head} + niet-gecommitte wijzigingen in ${dirty.split('\n').length} bestand(en)` : head;
  } catch {
    return 'onbekend (geen git)';
  }
}

let exitCode = 0;
// Other work on the machine slows every build; the 5-minute load average after each build shows how busy it was.
const load: { cores: number; start: number; ons?: number; kaal?: number } = { cores: availableParallelism(), start: loadavg()[0]! };
try {
  const code = codeVersion();
  say(`Benchmark in ${tmp} (code ${code})`);
  say(`Opties: ${Object.entries(options).map(([k, v]) => `${k} ${v}`).join(', ')}${schaal !== 1 ? ` (schaal ${schaal})` : ''}; ${herhaal} ${herhaal === 1 ? 'ronde' : 'rondes'}`);

  // 1. Synthetic content.
  let t = performance.now();
  const generated = generateSite(contentDir, options);
  const generateS = (performance.now() - t) / 1000;
  say(`1. Inhoud gegenereerd: ${generated.files} bestanden, ${(generated.bytes / 1e6).toFixed(1)} MB in ${generateS.toFixed(1)} s (${Object.entries(generated.counts).map(([k, v]) => `${v} ${k}`).join(', ')})`);

  // The same check the build runs first, timed on its own so its share of the build is visible.
  t = performance.now();
  const { formatProblem, validateContent } = await import('../src/lib/validate/index.ts');
  const { problems } = await validateContent(contentDir, root);
  await halt();
  const checkS = (performance.now() - t) / 1000;
  if (problems.length) {
    say(`\nDe inhoudscontrole vindt ${problems.length} problemen in de gegenereerde inhoud (een fout in scripts/bench/generate.ts):`);
    for (const p of problems.slice(0, 200)) say(formatProblem(p));
    throw new Error('gegenereerde inhoud is ongeldig');
  }
  say(`   Inhoudscontrole in orde (${checkS.toFixed(1)} s; de bouw doet deze controle zelf nog eens).`);

  // 2 and 3. Build ours, then the bare baseline with as many pages, --herhaal times in turn: a shared machine
  // speeds up and slows down over minutes, and taking turns exposes both builds to the same moments.
  const outDir = join(tmp, 'dist');
  const bareDir = join(tmp, 'bare');
  const oursRuns: Measured[] = [];
  const bareRuns: Measured[] = [];
  let failed: Measured | undefined;
  for (let run = 1; run <= herhaal; run++) {
    const of = herhaal > 1 ? ` (ronde ${run} van ${herhaal})` : '';
    // Both builds get the same Node options (the project's .npmrc sets them for npm scripts).
    say(`2. De site bouwen met Node ${process.versions.node}${process.env.NODE_OPTIONS ? ` (${process.env.NODE_OPTIONS})` : ''}${of} …`);
    rmSync(dataStore, { force: true });
    rmSync(outDir, { recursive: true, force: true });
    let ours: Measured;
    try {
      const build = await runBuild({
        cwd: root,
        env: env({ CONTENT_DIR: contentDir, OUT_DIR: outDir }),
        logFile: join(tmp, `build-ons-${run}.log`),
        onStart: (stop) => (stopChild = stop),
        heartbeat: heartbeat('bouw'),
      });
      await halt();
      // Every run writes the same pages; weighing them once is enough.
      ours = { build, dist: build.ok ? (oursRuns[0]?.dist ?? analyseDist(outDir, BUDGET_HTML_GZIP)) : undefined };
      load.ons = loadavg()[1]!;
    } finally {
      stopChild = undefined;
      // The project's own content store must be rebuilt fresh by its next real build.
      rmSync(dataStore, { force: true });
    }
    if (!ours.build.ok) {
      say(`\nDe bouw is mislukt na ${ours.build.wallS.toFixed(1)} s. ${explainFailure(ours.build)}`);
      exitCode = 1;
      failed = ours;
      break;
    }
    oursRuns.push(ours);
    say(`   ${ours.dist!.pages} pagina's in ${ours.build.wallS.toFixed(1)} s${cpuText(ours.build.cpuS)}, piek ${ours.build.peakMB?.toFixed(0) ?? '?'} MB.`);
    if (args['geen-kaal']) continue;

    if (run === 1) {
      mkdirSync(bareDir);
      generateBare(bareDir, root, ours.dist!.pages);
    }
    say(`3. Kaal Astro-project met ${ours.dist!.pages} MDX-pagina's bouwen${of} …`);
    rmSync(join(bareDir, 'dist'), { recursive: true, force: true });
    const build = await runBuild({
      cwd: bareDir,
      env: env({ OUT_DIR: join(bareDir, 'dist') }),
      logFile: join(tmp, `build-kaal-${run}.log`),
      onStart: (stop) => (stopChild = stop),
      heartbeat: heartbeat('kaal'),
    });
    stopChild = undefined;
    await halt();
    load.kaal = loadavg()[1]!;
    if (!build.ok) {
      say(`\nDe kale bouw is mislukt. ${explainFailure(build)}`);
      exitCode = 1;
      break;
    }
    const bareRun: Measured = { build, dist: bareRuns[0]?.dist ?? analyseDist(join(bareDir, 'dist'), BUDGET_HTML_GZIP) };
    bareRuns.push(bareRun);
    say(`   ${bareRun.dist!.pages} pagina's in ${build.wallS.toFixed(1)} s${cpuText(build.cpuS)}, piek ${build.peakMB?.toFixed(0) ?? '?'} MB.`);
  }
  // The run with the median build time stands for each side (its phases, memory and log).
  const ours: Measured = medianRun(oursRuns) ?? failed!;
  const bare = medianRun(bareRuns);

  // 4. Results.
  const ratio = msPerPage(ours) !== undefined && msPerPage(bare) !== undefined ? msPerPage(ours)! / msPerPage(bare)! : undefined;
  if (ours.dist) {
    say('\n4. Resultaat\n');
    say(table(ours, bare, BUDGET_HTML_GZIP, { ours: oursRuns.map((r) => r.build.wallS), bare: bareRuns.map((r) => r.build.wallS) }));
    const busy = Math.max(load.start, load.ons ?? 0, load.kaal ?? 0) > load.cores;
    say(`\nload average (5 min) after build: ours ${load.ons?.toFixed(1) ?? '-'}, bare ${load.kaal?.toFixed(1) ?? '-'} on ${load.cores} cores${busy ? ' — the machine was busy; times are upper bounds' : ''}`);
  }
  const strip = (m: Measured | undefined) => m && {
    ok: m.build.ok, exitCode: m.build.exitCode, signal: m.build.signal,
    buildS: m.build.wallS, cpuS: m.build.cpuS, phases: m.build.phases, msPerPage: msPerPage(m), peakMB: m.build.peakMB, memoryMethod: m.build.memoryMethod,
    ...(m.dist ?? {}),
    renderBySection: renderBySection(m),
  };
  const runs = (list: Measured[]) => list.map((m) => ({ buildS: m.build.wallS, cpuS: m.build.cpuS, phases: m.build.phases, peakMB: m.build.peakMB }));
  const result = {
    opties: { ...options, schaal, herhaal },
    node: process.versions.node,
    nodeOptions: process.env.NODE_OPTIONS ?? null,
    code,
    belasting: load,
    gegenereerd: { ...generated, seconden: generateS, controleSeconden: checkS },
    ons: strip(ours),
    kaal: strip(bare),
    rondes: { ons: runs(oursRuns), kaal: runs(bareRuns) },
    verhoudingMsPerPagina: ratio,
    verhoudingPerRonde: pairedRatios({ ours: oursRuns.map((r) => r.build.wallS), bare: bareRuns.map((r) => r.build.wallS) }),
    // CPU seconds per round, ours/bare: less moved by other work on the machine than the wall time.
    verhoudingCpuPerRonde: pairedRatios({ ours: oursRuns.map((r) => r.build.cpuS ?? NaN), bare: bareRuns.map((r) => r.build.cpuS ?? NaN) }),
    budget: { htmlGzip: BUDGET_HTML_GZIP, grootstePagina: ours.dist?.html.gzip.maxPage, grootsteGzip: ours.dist?.html.gzip.max, binnenBudget: ours.dist ? ours.dist.html.gzip.max <= BUDGET_HTML_GZIP : undefined },
  };
  const jsonPath = join(tmp, 'bench.json');
  // Missing numbers (no baseline, a line missing from the log) are null rather than absent.
  const json = JSON.stringify(result, (_, v: unknown) => (v === undefined ? null : v), 2);
  writeFileSync(jsonPath, json + '\n');
  say(`\nJSON: ${jsonPath}${args.behoud ? '' : ' (de rest van de tijdelijke map wordt verwijderd; bewaar alles met --behoud)'}`);
  if (args.json) await writeStdout(json);
} catch (error) {
  say(`\nBenchmark gestopt: ${(error as Error).message}`);
  exitCode = 1;
} finally {
  cleanup();
}
process.exit(exitCode);
