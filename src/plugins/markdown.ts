import { rehypeHeadingIds, type UnifiedProcessorOptions } from '@astrojs/markdown-remark';
import type { GlossaryTerm } from '../lib/glossary.ts';
import { rehypeHeadingAnchors } from './heading-anchors.ts';
import { DUTCH_QUOTES, remarkDutchTypography } from './dutch-typography.ts';
import { remarkFigures } from './figures.ts';
import { remarkGlossary } from './glossary-links.ts';
import { remarkSafeContent, type SafeContentOptions } from './safe-content.ts';
import { remarkSmartPunctuation } from './smartypants.ts';
import remarkDirective from 'remark-directive';

/**
 * The options of Astro's unified Markdown processor for this site, shared by Markdown and MDX (and by tests,
 * so they render exactly what the build renders).
 */
export function markdownOptions(terms: GlossaryTerm[], safety: SafeContentOptions = {}): UnifiedProcessorOptions {
  return {
    // Smart punctuation with Dutch quotes, in the place Astro's own option would put it (first), but skipped for a
    // text it cannot change (src/plugins/smartypants.ts).
    smartypants: false,
    // Then safety (smart punctuation only changes characters in text): nothing after it sees code, unknown
    // components or unsafe links.
    remarkPlugins: [[remarkSmartPunctuation, { ...DUTCH_QUOTES }], remarkDirective, [remarkSafeContent, safety], remarkFigures, remarkDutchTypography, remarkGlossary(terms)],
    // Ids first (Astro adds them after our plugins; it keeps ids that are already there), then the anchor links.
    rehypePlugins: [rehypeHeadingIds, rehypeHeadingAnchors],
    remarkRehype: {
      footnoteLabel: 'Voetnoten',
      footnoteBackLabel: (index: number, rereference: number) => `Terug naar de tekst bij voetnoot ${index + 1}${rereference > 1 ? ` (${rereference})` : ''}`,
    },
  };
}
