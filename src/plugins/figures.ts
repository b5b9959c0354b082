import type { Root, RootContent } from 'mdast';
import { visit } from 'unist-util-visit';
import type { VFile } from 'vfile';

/**
 * Remark plugin: `::figuur{indicator="id"}` becomes the site's <Figuur indicator="id" /> component in MDX, which
 * draws the same figure as the keten page. Pages pass that component (src/components/mdx.ts). remarkSafeContent,
 * before it, has already refused a figure in a .md file and an unknown indicator.
 */
export function remarkFigures() {
  return (tree: Root, file: VFile) => {
    if (!file.path?.endsWith('.mdx')) return;
    visit(tree, 'leafDirective', (node, index, parent) => {
      if (node.name !== 'figuur' || !parent || index === undefined) return;
      const figure = {
        type: 'mdxJsxFlowElement',
        name: 'Figuur',
        attributes: [{ type: 'mdxJsxAttribute', name: 'indicator', value: node.attributes?.indicator ?? '' }],
        children: [],
        position: node.position,
      } as unknown as RootContent;
      parent.children.splice(index, 1, figure);
    });
  };
}
