import type { AstroIntegration } from 'astro';
import { contentDir } from '../lib/content-dir.ts';
import { formatProblem, validateContent } from '../lib/validate/index.ts';
import { referenceDate } from '../lib/validate/reference-date.ts';

/**
 * Runs the content check before Astro reads any content, so a content error stops the build
 * with the same Dutch messages as `npm run check`, never with a stack trace.
 */
export default function contentCheck(): AstroIntegration {
  return {
    name: 'content-check',
    hooks: {
      'astro:config:setup': async ({ command }) => {
        if (command === 'preview') return;
        const { problems } = await validateContent(contentDir, process.cwd(), { referenceDate: referenceDate(contentDir) });
        if (!problems.length) return;
        for (const p of problems) console.error(formatProblem(p));
        console.error(`\n${problems.length} ${problems.length === 1 ? 'probleem' : 'problemen'} in de inhoud (${contentDir}/). De site is niet gebouwd.`);
        process.exit(1);
      },
    },
  };
}
