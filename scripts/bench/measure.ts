/**
 * Measuring one `astro build`: wall time and peak memory of the build process, then the weight of every
 * built page (HTML, linked CSS, JavaScript; raw and gzip).
 */
import { spawn } from 'node:child_process';
import { closeSync, existsSync, openSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { gzipSync } from 'node:zlib';

export interface BuildResult {
  ok: boolean;
  exitCode: number | null;
  signal: string | null;
  wallS: number;
  /** Peak resident memory of the build process in MB (1 MB = 1,000,000 bytes); undefined if unknown. */
  peakMB: number | undefined;
  /** How peak memory was measured. */
  memoryMethod: string;
  /**
   * CPU seconds (user + system) of the build and the child processes it waited for (Pagefind), from GNU time;
   * undefined without /usr/bin/time. Less sensitive than wall time to other work on the machine.
   */
  cpuS: number | undefined;
  /** Phases as Astro reports them in its log (seconds); undefined when a line is missing. */
  phases: Phases;
  /** Render time per page as Astro logs it ("├─ /path (+12ms)"). */
  renderMs: { page: string; ms: number }[];
  log: string;
}

export interface Phases {
  /** "Collecting build info": config, integrations (our content check), content sync, types. */
  infoS: number | undefined;
  /** Vite/Rolldown bundling ("[vite] ✓ built in", summed). */
  bundleS: number | undefined;
  /** "generating static routes": rendering every page. */
  renderS: number | undefined;
  /** After the pages: astro:build:done hooks (sitemap, search index). Astro's total minus the two build stages. */
  afterS: number | undefined;
  /** "N page(s) built in X": Astro's total, without Node start-up and config loading. */
  totalS: number | undefined;
}

/** Astro writes durations as "812ms", "8.03s" or "2m 18s". */
const DURATION = String.raw`((?:\d+m\s*)?[\d.]+(?:ms|s))`;
export function seconds(text: string): number {
  const m = /^(?:(\d+)m\s*)?([\d.]+)(ms|s)$/.exec(text.trim());
  if (!m) return NaN;
  return Number(m[1] ?? 0) * 60 + Number(m[2]) / (m[3] === 'ms' ? 1000 : 1);
}

/** Reads Astro's phase timings and per-page render times from a build log. */
export function parseLog(raw: string): { phases: Phases; renderMs: { page: string; ms: number }[] } {
  const log = raw.replace(/\x1b\[[0-9;]*m/g, '');
  const stages = [...log.matchAll(new RegExp(String.raw`\[build\] ✓ Completed in ${DURATION}`, 'g'))].map((m) => seconds(m[1]!));
  const vite = [...log.matchAll(new RegExp(String.raw`\[vite\] ✓ built in ${DURATION}`, 'g'))];
  const render = new RegExp(String.raw`generating static routes[\s\S]*?\n\S* ?✓ Completed in ${DURATION}`).exec(log);
  const total = [...log.matchAll(new RegExp(String.raw`page\(s\) built in ${DURATION}`, 'g'))].at(-1);
  const renderMs = [...log.matchAll(new RegExp(String.raw`[├└]─ (\/\S*) \(\+${DURATION}\)`, 'g'))].map((m) => ({ page: m[1]!, ms: seconds(m[2]!) * 1000 }));
  const totalS = total ? seconds(total[1]!) : undefined;
  return {
    phases: {
      infoS: stages[0],
      bundleS: vite.length ? vite.reduce((n, m) => n + seconds(m[1]!), 0) : undefined,
      renderS: render ? seconds(render[1]!) : undefined,
      afterS: totalS !== undefined && stages.length >= 2 ? Math.max(0, totalS - stages[0]! - stages[1]!) : undefined,
      totalS,
    },
    renderMs,
  };
}

const TIME = '/usr/bin/time';
/** GNU time's format: peak resident memory (kB), then user and system CPU seconds. */
const TIME_FORMAT = '%M %U %S';

/**
 * Reads what GNU time wrote with TIME_FORMAT: peak memory in MB (1 MB = 1,000,000 bytes) and CPU seconds. A failed
 * build has "Command exited with non-zero status N" before it; the numbers are on the last line.
 */
export function parseTimeOutput(text: string): { peakMB: number | undefined; cpuS: number | undefined } {
  const [kb, user, system] = (text.trim().split('\n').at(-1) ?? '').trim().split(/\s+/).map(Number);
  const peakMB = kb !== undefined && Number.isFinite(kb) && kb > 0 ? (kb * 1024) / 1e6 : undefined;
  const cpuS = user !== undefined && system !== undefined && Number.isFinite(user) && Number.isFinite(system) ? user + system : undefined;
  return { peakMB, cpuS };
}

/** Reads VmHWM (peak resident set) of a process in kB from /proc; undefined when it is gone. */
function vmHwmKb(pid: number): number | undefined {
  try {
    const m = /VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return m ? Number(m[1]) : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Runs `node <astro bin> build` in `cwd` with Node 24 (process.execPath), output to `logFile`.
 * Peak memory: GNU time's %M (max RSS of the build process) when /usr/bin/time exists, otherwise VmHWM
 * polled every 100 ms. `heartbeat` is called every 30 s with the seconds so far and the last log line.
 */
export async function runBuild(options: {
  cwd: string;
  env: NodeJS.ProcessEnv;
  logFile: string;
  /** Receives a function that stops the build (its whole process group) and resolves when it has exited. */
  onStart?: (stop: () => Promise<void>) => void;
  heartbeat?: (seconds: number, lastLine: string) => void;
}): Promise<BuildResult> {
  const astroPkg = JSON.parse(readFileSync(join(options.cwd, 'node_modules', 'astro', 'package.json'), 'utf8')) as { bin: Record<string, string> };
  const astroBin = join(options.cwd, 'node_modules', 'astro', astroPkg.bin.astro!);
  const memFile = `${options.logFile}.mem`;
  const useTime = existsSync(TIME);
  const cmd = useTime ? TIME : process.execPath;
  const args = useTime ? ['-f', TIME_FORMAT, '-o', memFile, process.execPath, astroBin, 'build'] : [astroBin, 'build'];
  const fd = openSync(options.logFile, 'w');
  const started = performance.now();
  // Its own process group, so stopping it (Ctrl+C) also stops node under /usr/bin/time and nothing else.
  const child = spawn(cmd, args, { cwd: options.cwd, env: options.env, stdio: ['ignore', fd, fd], detached: true });
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) => child.on('exit', (c, s) => resolve({ code: c, signal: s })));
  const group = (signal: NodeJS.Signals) => {
    try {
      if (child.pid) process.kill(-child.pid, signal);
    } catch {
      // already gone
    }
  };
  options.onStart?.(async () => {
    group('SIGTERM');
    const timer = setTimeout(() => group('SIGKILL'), 5000);
    await exited;
    clearTimeout(timer);
  });
  let polledKb = 0;
  const poll = useTime ? undefined : setInterval(() => {
    polledKb = Math.max(polledKb, child.pid ? vmHwmKb(child.pid) ?? 0 : 0);
  }, 100);
  const beat = options.heartbeat ? setInterval(() => {
    const lines = readFileSync(options.logFile, 'utf8').trimEnd().split('\n');
    options.heartbeat!((performance.now() - started) / 1000, lines.at(-1) ?? '');
  }, 30_000) : undefined;
  const { code, signal } = await exited;
  const wallS = (performance.now() - started) / 1000;
  if (poll) clearInterval(poll);
  if (beat) clearInterval(beat);
  closeSync(fd);
  let peakMB: number | undefined;
  let cpuS: number | undefined;
  if (useTime) {
    ({ peakMB, cpuS } = parseTimeOutput(existsSync(memFile) ? readFileSync(memFile, 'utf8') : ''));
    rmSync(memFile, { force: true });
  } else peakMB = polledKb ? (polledKb * 1024) / 1e6 : undefined;
  const log = readFileSync(options.logFile, 'utf8');
  // GNU time exits with the exit status of the build.
  const exitCode = code;
  return {
    ok: exitCode === 0,
    exitCode,
    signal,
    wallS,
    peakMB,
    memoryMethod: useTime ? '/usr/bin/time %M (max RSS)' : '/proc/<pid>/status VmHWM, elke 100 ms',
    cpuS,
    ...parseLog(log),
    log,
  };
}

export interface PageWeight {
  page: string;
  htmlRaw: number;
  htmlGzip: number;
  cssRaw: number;
  cssGzip: number;
  jsRaw: number;
  jsGzip: number;
}

export interface Stat {
  median: number;
  max: number;
  maxPage: string;
}

export interface DistAnalysis {
  pages: number;
  files: number;
  bytes: number;
  html: { raw: Stat; gzip: Stat };
  css: { raw: Stat; gzip: Stat };
  js: { raw: Stat; gzip: Stat };
  /** Largest pages by HTML gzip, largest first. */
  largest: PageWeight[];
  overBudget: number;
  /** Pages over the budget, per first path segment ("ketens": 40). */
  overBudgetBySection: Record<string, number>;
}

function listFiles(root: string, dir = root): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = join(dir, name);
    return statSync(full).isDirectory() ? listFiles(root, full) : [relative(root, full).split('\\').join('/')];
  });
}

/** `ketens/x/index.html` → `/ketens/x/` */
const urlOf = (file: string) => '/' + file.replace(/(^|\/)index\.html$/, '$1').replace(/^\//, '');

function stat(weights: PageWeight[], key: keyof Omit<PageWeight, 'page'>): Stat {
  if (!weights.length) return { median: 0, max: 0, maxPage: '-' };
  const sorted = [...weights].sort((a, b) => a[key] - b[key]);
  const mid = sorted.length >> 1;
  const median = sorted.length % 2 ? sorted[mid]![key] : (sorted[mid - 1]![key] + sorted[mid]![key]) / 2;
  const top = sorted.at(-1)!;
  return { median, max: top[key], maxPage: top.page };
}

/**
 * Weighs every HTML page of a built site: the HTML itself, the CSS files it links, and its JavaScript
 * (inline <script> except JSON-LD, plus <script src> files), each raw and gzip (zlib default level, as the e2e budgets).
 */
export function analyseDist(root: string, budgetGzip: number): DistAnalysis {
  const files = listFiles(root);
  const fileSet = new Set(files);
  const bytes = files.reduce((n, f) => n + statSync(join(root, f)).size, 0);
  const sizeCache = new Map<string, { raw: number; gzip: number }>();
  const assetSize = (href: string, page: string) => {
    const path = href.startsWith('/') ? href.slice(1) : new URL(href, `http://x${page}`).pathname.slice(1);
    const file = decodeURI(path.split(/[?#]/)[0]!);
    if (!fileSet.has(file)) return { raw: 0, gzip: 0 };
    let s = sizeCache.get(file);
    if (!s) {
      const data = readFileSync(join(root, file));
      s = { raw: data.length, gzip: gzipSync(data).length };
      sizeCache.set(file, s);
    }
    return s;
  };
  const weights: PageWeight[] = [];
  for (const file of files.filter((f) => f.endsWith('.html'))) {
    const data = readFileSync(join(root, file));
    const text = data.toString('utf8');
    const page = urlOf(file);
    const w: PageWeight = { page, htmlRaw: data.length, htmlGzip: gzipSync(data).length, cssRaw: 0, cssGzip: 0, jsRaw: 0, jsGzip: 0 };
    for (const m of text.matchAll(/<link\b[^>]*>/gi)) {
      const tag = m[0];
      const href = /\shref="([^"]*)"/.exec(tag)?.[1];
      if (!href || !/rel="?stylesheet/i.test(tag) || /^(https?:)?\/\//.test(href)) continue;
      const s = assetSize(href.replace(/&amp;/g, '&'), page);
      w.cssRaw += s.raw;
      w.cssGzip += s.gzip;
    }
    for (const m of text.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)) {
      const attrs = m[1]!;
      if (/type="application\/(ld\+)?json"/i.test(attrs)) continue;
      const src = /\ssrc="([^"]*)"/.exec(attrs)?.[1];
      if (src) {
        if (/^(https?:)?\/\//.test(src)) continue;
        const s = assetSize(src.replace(/&amp;/g, '&'), page);
        w.jsRaw += s.raw;
        w.jsGzip += s.gzip;
      } else if (m[2]!.trim()) {
        const inline = Buffer.from(m[2]!);
        w.jsRaw += inline.length;
        w.jsGzip += gzipSync(inline).length;
      }
    }
    weights.push(w);
  }
  const over = weights.filter((w) => w.htmlGzip > budgetGzip);
  const overBudgetBySection: Record<string, number> = {};
  for (const w of over) {
    const section = w.page.split('/')[1] || '(home)';
    overBudgetBySection[section] = (overBudgetBySection[section] ?? 0) + 1;
  }
  return {
    pages: weights.length,
    files: files.length,
    bytes,
    html: { raw: stat(weights, 'htmlRaw'), gzip: stat(weights, 'htmlGzip') },
    css: { raw: stat(weights, 'cssRaw'), gzip: stat(weights, 'cssGzip') },
    js: { raw: stat(weights, 'jsRaw'), gzip: stat(weights, 'jsGzip') },
    largest: [...weights].sort((a, b) => b.htmlGzip - a.htmlGzip).slice(0, 5),
    overBudget: over.length,
    overBudgetBySection,
  };
}
