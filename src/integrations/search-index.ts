import { SITE_LANGUAGE } from '../lib/language.ts';
import { orderedFeed, searchableHtml } from '../lib/search-feed.ts';
import type { AstroIntegration, AstroPrerenderer } from 'astro';
import { readdirSync, readFileSync, rmSync } from 'node:fs';
import { setPriority } from 'node:os';
import { fileURLToPath } from 'node:url';
import * as pagefind from 'pagefind';

/**
 * Pages handed to Pagefind and not yet read: 256 pages (about 10 MB of text on the bench content) keep it busy.
 * With 64, rendering waited for Pagefind about 0.5 s per bench build, after runs of large pages; with 256 it did not
 * wait. Without a limit, pages for the low-priority Pagefind would pile up in memory for as long as rendering
 * outpaces it.
 */
const MAX_PENDING = 256;

type PagefindIndex = NonNullable<Awaited<ReturnType<typeof pagefind.createIndex>>['index']>;
interface Page { url: string; content: string }

/**
 * Builds the Pagefind search index into <outDir>/pagefind on every build, whatever the output folder, so the test
 * builds have search too. Only <main> is indexed (data-pagefind-body on the layout).
 *
 * Each page goes to Pagefind as soon as Astro has rendered it (Astro's prerenderer hook), so Pagefind reads pages
 * on the other core while Astro renders the next ones; after the build only the index is written. Pages are handed
 * over in the order Astro starts them, so every build of the same content gives the same index. (An adapter with a
 * prerenderer of its own would be replaced by this one; the site is static and has no adapter.)
 */
export default function searchIndex(): AstroIntegration {
  let index: Promise<PagefindIndex> | undefined;
  let feed: ReturnType<typeof orderedFeed<Page>> | undefined;

  const start = () => {
    index = pagefind.createIndex({ forceLanguage: SITE_LANGUAGE }).then(({ index: created, errors }) => {
      if (!created) throw new Error(`Pagefind: ${errors.join('; ')}`);
      lowerPriority();
      return created;
    });
    // Never an unhandled rejection: the error is reported where the index is awaited.
    index.catch(() => {});
    feed = orderedFeed<Page>(async (page) => {
      const { errors } = await (await index!).addHTMLFile(page);
      if (errors.length) throw new Error(`Pagefind kon ${page.url} niet lezen: ${errors.join('; ')}`);
    }, MAX_PENDING);
  };

  const withSearch = (standard: AstroPrerenderer): AstroPrerenderer => ({
    ...standard,
    name: 'search-index',
    async setup() {
      start();
      await standard.setup?.();
    },
    async render(request, options) {
      // The place in the feed is taken now, in Astro's order; the page fills it when it is there.
      const fill = options.routeData.type === 'page' ? feed!.turn() : undefined;
      try {
        const rendered = await standard.render(request, options);
        const response = rendered instanceof Response ? rendered : rendered.response;
        if (!fill || response.status !== 200 || !response.body) {
          fill?.(undefined);
          return rendered;
        }
        // Astro gets the same bytes back (no second encoding); Pagefind gets the text without what it skips.
        const bytes = await response.arrayBuffer();
        // The address as Pagefind would derive it from the file ("/ketens/x/"); the same index either way.
        fill({ url: new URL(request.url).pathname, content: searchableHtml(new Uint8Array(bytes)) });
        const copy = withBody(response, bytes);
        // When Pagefind falls behind, rendering waits for it instead of piling pages up in memory.
        await feed!.room();
        return rendered instanceof Response ? copy : { ...rendered, response: copy };
      } catch (error) {
        fill?.(undefined);
        throw error;
      }
    },
  });

  return {
    name: 'search-index',
    hooks: {
      'astro:config:done': ({ config }) => {
        // Astro's incremental build restores unchanged pages without rendering them, so they would never reach
        // Pagefind and would silently be missing from the search.
        if (config.experimental.incrementalBuild)
          throw new Error('De zoekindex werkt niet met experimental.incrementalBuild: pagina\'s uit die cache worden niet gerenderd en zouden ontbreken in de zoekfunctie. Zet de optie uit in astro.config.mjs.');
      },
      'astro:build:start': ({ setPrerenderer }) => setPrerenderer(withSearch),
      'astro:build:done': async ({ dir, logger }) => {
        const path = fileURLToPath(dir);
        try {
          // No prerendered pages (not this site): nothing to index.
          if (!feed) start();
          const pages = await feed!.done();
          const { errors } = await (await index!).writeFiles({ outputPath: `${path}/pagefind` });
          if (errors.length) throw new Error(`Pagefind: ${errors.join('; ')}`);
          logger.info(`zoekindex: ${pages} pagina's`);
        } finally {
          await stopPagefind();
        }
        // Pagefind also writes its ready-made interfaces; our search page uses only its JavaScript API.
        for (const name of readdirSync(`${path}/pagefind`))
          if (/^pagefind-(ui|modular-ui|component-ui|highlight)\b/.test(name)) rmSync(`${path}/pagefind/${name}`, { recursive: true });
      },
    },
  };
}

/** The response again, with the bytes already read from it: as a stream, since a Response made from them copies them. */
function withBody(response: Response, bytes: ArrayBuffer): Response {
  const body = new ReadableStream<Uint8Array>({ start: (controller) => (controller.enqueue(new Uint8Array(bytes)), controller.close()) });
  return new Response(body, { status: response.status, statusText: response.statusText, headers: response.headers });
}

/** Nice value for Pagefind, the lowest priority: it gets a core that Astro leaves idle and little of one Astro uses. */
const PRIORITY = 19;

/**
 * Pagefind reads pages while Astro renders; at a low priority it uses the spare core and leaves Astro's (bench
 * content: rendering 2.5 s slower at normal priority, 1.4 to 2 s at the lowest, while the whole build got faster).
 * Linux only (/proc); elsewhere Pagefind keeps its priority.
 */
function lowerPriority(): void {
  for (const pid of pagefindProcesses()) {
    try {
      setPriority(pid, PRIORITY);
    } catch {
      // Already gone: nothing to lower.
    }
  }
}

/**
 * Stops Pagefind and waits until it has exited and Node has collected it (at most 2 s): the build then ends after
 * Pagefind, and `/usr/bin/time` counts Pagefind's CPU time with the build's (the bench reports it). Linux only.
 */
async function stopPagefind(): Promise<void> {
  await pagefind.close();
  const deadline = Date.now() + 2000;
  while (pagefindProcesses().length && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 10));
}

/** The Pagefind processes this build started, from /proc; none where there is no /proc. */
function pagefindProcesses(): number[] {
  const found: number[] = [];
  try {
    for (const name of readdirSync('/proc')) {
      if (!/^\d+$/.test(name)) continue;
      try {
        // "pid (comm) state ppid …"
        const match = /^\d+ \((.*)\) \S+ (\d+)/.exec(readFileSync(`/proc/${name}/stat`, 'utf8'));
        if (match && Number(match[2]) === process.pid && match[1]!.startsWith('pagefind')) found.push(Number(name));
      } catch {
        // The process ended while we looked.
      }
    }
  } catch {
    // No /proc.
  }
  return found;
}
