import { SITE_LANGUAGE } from '../lib/language.ts';
import type { AstroIntegration } from 'astro';
import { readdirSync, rmSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import * as pagefind from 'pagefind';

/**
 * Builds the Pagefind search index into <outDir>/pagefind after every build, whatever the output folder,
 * so the test builds have search too. Only <main> is indexed (data-pagefind-body on the layout).
 */
export default function searchIndex(): AstroIntegration {
  return {
    name: 'search-index',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const path = fileURLToPath(dir);
        const { index, errors } = await pagefind.createIndex({ forceLanguage: SITE_LANGUAGE });
        if (!index) throw new Error(`Pagefind: ${errors.join('; ')}`);
        const added = await index.addDirectory({ path });
        await index.writeFiles({ outputPath: `${path}/pagefind` });
        await pagefind.close();
        // Pagefind also writes its ready-made interfaces; our search page uses only its JavaScript API.
        for (const name of readdirSync(`${path}/pagefind`))
          if (/^pagefind-(ui|modular-ui|component-ui|highlight)\b/.test(name)) rmSync(`${path}/pagefind/${name}`, { recursive: true });
        logger.info(`zoekindex: ${added.page_count} pagina's`);
      },
    },
  };
}
