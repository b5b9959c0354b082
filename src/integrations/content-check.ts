import type { AstroIntegration } from 'astro';
import { Worker } from 'node:worker_threads';
import { contentDir } from '../lib/content-dir.ts';
import { referenceDate } from '../lib/validate/reference-date.ts';

/** The check's outcome, shared with the content loaders (src/content.config.ts), which run in the same process. */
const SHARED = Symbol.for('wijkteams.content-check');
type Outcome = Promise<string[]>;

/** Starts the check in a worker thread; the promise gives the problems as Dutch lines. */
export function startCheck(dir = contentDir, root = process.cwd()): Outcome {
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL('./content-check-worker.ts', import.meta.url), {
      workerData: { contentDir: dir, root, referenceDate: referenceDate(dir) },
    });
    worker.once('message', resolve);
    worker.once('error', reject);
    worker.once('exit', (code) => reject(new Error(`de inhoudscontrole stopte onverwacht (code ${code})`)));
  });
}

/** Waits for the check; with problems it prints them and stops the build, before Astro reports anything itself. */
export async function awaitContentCheck(): Promise<void> {
  const outcome = (globalThis as Record<symbol, Outcome | undefined>)[SHARED];
  if (!outcome) return;
  const lines = await outcome;
  if (!lines.length) return;
  for (const line of lines) console.error(line);
  console.error(`\n${lines.length} ${lines.length === 1 ? 'probleem' : 'problemen'} in de inhoud (${contentDir}/). De site is niet gebouwd.`);
  process.exit(1);
}

/**
 * Runs the content check before anything is rendered, so a content error stops the build with the same Dutch
 * messages as `npm run check`, never with a stack trace. In a build the check runs in a worker thread while
 * Astro loads its config and syncs the content (a content loader that fails waits for it first, see
 * src/content.config.ts); the build waits for it before bundling. Other commands wait for it right away.
 */
export default function contentCheck(): AstroIntegration {
  return {
    name: 'content-check',
    hooks: {
      'astro:config:setup': async ({ command }) => {
        if (command === 'preview') return;
        const outcome = startCheck();
        outcome.catch(() => {}); // reported where it is awaited, not as an unhandled rejection meanwhile
        (globalThis as Record<symbol, Outcome | undefined>)[SHARED] = outcome;
        if (command !== 'build') await awaitContentCheck();
      },
      'astro:build:start': awaitContentCheck,
    },
  };
}
