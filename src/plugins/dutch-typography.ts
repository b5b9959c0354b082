import type { Root } from 'mdast';
import { visit } from 'unist-util-visit';

/** Dutch quotes for remark-smartypants: „dubbel” and ‚enkel’. */
export const DUTCH_QUOTES = {
  openingQuotes: { double: '„', single: '‚' },
  closingQuotes: { double: '”', single: '’' },
} as const;

/**
 * Smart punctuation reads the apostrophe of a Dutch elision ('s avonds, 't, 'n, 's-Hertogenbosch) as an opening
 * quote; it is an apostrophe. Runs after smart punctuation, the first of our plugins (markdown.ts).
 */
const ELISION = /(^|[\s(„‚])[‚‘](s|t|n|k)(?=[\s-]|$)/g;

export function remarkDutchTypography() {
  return (tree: Root) => {
    visit(tree, 'text', (node) => {
      if (node.value.includes('‚') || node.value.includes('‘')) node.value = node.value.replace(ELISION, '$1’$2');
    });
  };
}
