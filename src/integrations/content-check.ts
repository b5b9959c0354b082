import type { AstroIntegration } from 'astro';
import { Worker } from 'node:worker_threads';
import type { IndicatorEntry } from '../data/indicators.ts';
import { contentDir } from '../lib/content-dir.ts';
import { referenceDate } from '../lib/validate/reference-date.ts';

/** What the check hands back: the problems as Dutch lines, and with none, the validated indicators as JSON. */
export interface CheckOutcome {
  problems: string[];
  indicatorsJson?: string;
}

/**
 * The build's check, shared with the content loaders (src/content.config.ts) and src/data/indicators.ts, which run
 * in the same process: the outcome, for which content folder, and whether it read the texts of .mdx files.
 */
const SHARED = Symbol.for('wijkteams.content-check');
type Outcome = Promise<CheckOutcome>;
type Shared = { dir: string; root: string; mdxTexts: boolean; outcome: Outcome };
const shared = () => (globalThis as Record<symbol, Shared | undefined>)[SHARED];

/**
 * Starts the check in a worker thread; with `handOver`, a clean check also hands back the indicators (for a build).
 * `mdxTexts: false` leaves the texts of .mdx files to the build's Markdown pipeline (see validateContent).
 */
export function startCheck(dir = contentDir, root = process.cwd(), handOver = false, mdxTexts = true): Outcome {
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL('./content-check-worker.ts', import.meta.url), {
      workerData: { contentDir: dir, root, referenceDate: referenceDate(dir), handOver, mdxTexts },
    });
    worker.once('message', resolve);
    worker.once('error', reject);
    worker.once('exit', (code) => reject(new Error(`de inhoudscontrole stopte onverwacht (code ${code})`)));
  });
}

/** The outcome of the whole check, MDX texts too: a build's check skips those, so it starts again in whole. */
function wholeCheck(check: Shared): Outcome {
  if (!check.mdxTexts) Object.assign(check, { mdxTexts: true, outcome: startCheck(check.dir, check.root, false, true) });
  return check.outcome;
}

/**
 * Waits for the check; with problems it prints them and stops the build, before Astro reports anything itself.
 * The report comes from the whole check, so it has every problem at once, also after a build's check.
 */
export async function awaitContentCheck(): Promise<void> {
  const check = shared();
  if (!check || !(await check.outcome).problems.length) return;
  const { problems: lines } = await wholeCheck(check);
  for (const line of lines) console.error(line);
  console.error(`\n${lines.length} ${lines.length === 1 ? 'probleem' : 'problemen'} in de inhoud (${contentDir}/). De site is niet gebouwd.`);
  process.exit(1);
}

/**
 * For a step of the build that failed (a content loader, the bundling): stops the build with the whole check's
 * report when the content has problems, so an editor reads that rather than the error; an MDX text, which a build's
 * check leaves to the Markdown pipeline, may be what failed. Returns when the content has no problems: the error is
 * then not about content.
 */
export async function reportContentProblems(): Promise<void> {
  const check = shared();
  if (check) wholeCheck(check);
  await awaitContentCheck();
}

/**
 * The indicators the build's check has read and validated (src/data keeps them for the build); undefined when no
 * build check ran in this process for `dir` (tests; `astro dev`, where files change after the check, asks for none).
 */
export async function checkedIndicators(dir: string): Promise<IndicatorEntry[] | undefined> {
  const check = shared();
  if (check?.dir !== dir) return undefined;
  const { indicatorsJson } = await check.outcome;
  return indicatorsJson === undefined ? undefined : (JSON.parse(indicatorsJson) as IndicatorEntry[]);
}

/**
 * Runs the content check before anything is rendered, so a content error stops the build with the same Dutch
 * messages as `npm run check`, never with a stack trace. In a build the check runs in a worker thread while
 * Astro loads its config and syncs the content (a content loader that fails waits for it first, see
 * src/content.config.ts); the build waits for it before bundling. Other commands wait for it right away.
 *
 * A build's check skips the texts of .mdx files (bench content: most of a second on the other core, which the build
 * waited for): bundling compiles every one of them through the Markdown pipeline, which refuses the same things
 * (src/plugins/safe-content.ts). When bundling fails, the whole check runs and its report stops the build before
 * Vite prints the error.
 *
 * `whileWaiting` is main-thread work that rendering would otherwise do, such as a cold start; it runs at the start
 * of the build while the check finishes on the other core.
 */
export default function contentCheck(whileWaiting?: () => void | Promise<void>): AstroIntegration {
  return {
    name: 'content-check',
    hooks: {
      'astro:config:setup': async ({ command, updateConfig }) => {
        if (command === 'preview') return;
        const build = command === 'build';
        const root = process.cwd();
        const outcome = startCheck(contentDir, root, build, !build);
        outcome.catch(() => {}); // reported where it is awaited, not as an unhandled rejection meanwhile
        (globalThis as Record<symbol, Shared | undefined>)[SHARED] = { dir: contentDir, root, mdxTexts: !build, outcome };
        if (!build) return awaitContentCheck();
        // Rolldown calls buildEnd with the error of a failed bundle, before Vite reports it.
        updateConfig({ vite: { plugins: [{ name: 'wijkteams:content-check', apply: 'build', buildEnd: (error) => (error ? reportContentProblems() : undefined) }] } });
      },
      'astro:build:start': async () => {
        try {
          await whileWaiting?.();
        } catch {
          // Work that is only done early: what failed here fails again, with its own message, where it is needed.
        }
        await awaitContentCheck();
      },
    },
  };
}
