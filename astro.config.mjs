// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { unified } from '@astrojs/markdown-remark';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import contentCheck from './src/integrations/content-check.ts';
import searchIndex from './src/integrations/search-index.ts';
import editor from './src/integrations/editor.ts';
import indicatorWatch from './src/integrations/indicator-watch.ts';
import skipDepOptimizer from './src/integrations/skip-dep-optimizer.ts';
import { markdownOptions } from './src/plugins/markdown.ts';
import { loadGlossary } from './src/data/glossary.ts';
import { indicatorFileExists } from './src/data/indicator-files.ts';

// The public address comes from the content's site.json, so another municipality changes no code.
const contentDir = process.env.CONTENT_DIR ?? 'content';
let site = 'https://example.org';
try {
  site = JSON.parse(readFileSync(resolve(contentDir, 'site.json'), 'utf8')).basisUrl ?? site;
} catch {
  // The content check reports a missing or broken site.json in Dutch; do not fail here.
}

export default defineConfig({
  site,
  trailingSlash: 'always',
  outDir: process.env.OUT_DIR ?? './dist',
  // CACHE_DIR: npm test gives each of its builds its own content store, so no build starts from another content
  // folder's store and .astro/ keeps the one of content/ that the unit tests read.
  cacheDir: process.env.CACHE_DIR ?? './.astro',
  // concurrency: render the next pages while earlier ones are written to disk (pages with figures are large);
  // measured with npm run bench: the render phase takes about a quarter less time than one page at a time.
  build: { format: 'directory', inlineStylesheets: 'never', concurrency: 4 },
  // Astro's unified (remark/rehype) processor for Markdown and MDX, with our plugins (src/plugins/markdown.ts).
  markdown: { syntaxHighlight: false, processor: unified(markdownOptions(loadGlossary(contentDir), { indicatorExists: indicatorFileExists })) },
  // optimize: static MDX text becomes plain HTML strings, rendered without the JSX runtime (we map no components).
  // The browser editor at /admin/ is not a reader page: kept out of the sitemap. While the build waits for the
  // content check, citeproc builds its APA engine (a cold start the first page with a reference would wait for);
  // imported only then, so other commands do not load citation-js with the config.
  integrations: [contentCheck(async () => (await import('./src/lib/citations.ts')).warmUpApa()), skipDepOptimizer(), indicatorWatch(), mdx({ optimize: true }), sitemap({ filter: (page) => !new URL(page).pathname.startsWith('/admin/') }), searchIndex(), editor()],
  devToolbar: { enabled: false },
  vite: {
    build: {
      // The search page's script stays a file, never inlined: a Content-Security-Policy can then forbid inline scripts.
      assetsInlineLimit: 0,
      rollupOptions: {
        // The MDX texts in a few chunks of about 2 MB instead of one chunk each: a build renders every text anyway, and
        // a chunk per text (1,050 on the bench content) kept the bundler, Astro's handling of chunks and Node's module
        // loading busy: the bench build is about 2 s shorter this way, and the built site is byte for byte the same.
        output: { codeSplitting: { groups: [{ name: 'inhoud', test: /\.mdx(?:$|\?)/, maxSize: 2_000_000 }] } },
        // Every MDX file that imports a component triggers a harmless bundler notice ("use astro:head-inject");
        // editors read build output, so keep it quiet. Other warnings still show.
        onwarn(warning, warn) {
          if (warning.code === 'MODULE_LEVEL_DIRECTIVE') return;
          warn(warning);
        },
      },
    },
  },
});
