import type { Root } from 'mdast';
import remarkSmartypants from 'remark-smartypants';
import type { Processor } from 'unified';
import { visit } from 'unist-util-visit';

/**
 * What smart punctuation can change: straight quotes and apostrophes (" '), backticks, two hyphens, and dots with
 * only white space between them (ellipses). It turns nothing else into anything else.
 */
const CHANGEABLE = /["'`]|--|\.\s*\./;

/** Whether any text in the tree has something smart punctuation could change. */
export function hasSmartPunctuationWork(tree: Root): boolean {
  let found = false;
  visit(tree, 'text', (node) => {
    if (CHANGEABLE.test(node.value)) found = true;
    return found ? false : undefined;
  });
  return found;
}

/**
 * remark-smartypants (what Astro's `smartypants` option runs, in the same place: before our plugins), skipped for a
 * text where it cannot change anything. It reads every text twice through retext, a third of the time of turning
 * MDX into HTML; most stories have no quotes, dashes or dots to change.
 */
export function remarkSmartPunctuation(this: Processor, options: Parameters<typeof remarkSmartypants>[0]) {
  // Its transformer changes the tree in place and returns nothing, whatever unified's general type says.
  const transform = remarkSmartypants.call(this, options) as unknown as (tree: Root) => void;
  return (tree: Root) => {
    if (hasSmartPunctuationWork(tree)) transform(tree);
  };
}
