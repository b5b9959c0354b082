import type { Element, Root, RootContent } from 'hast';

const HEADING = /^h[2-6]$/;

const textOf = (node: RootContent | Element): string =>
  node.type === 'text' ? node.value : 'children' in node ? node.children.map(textOf).join('') : '';

/**
 * Rehype plugin: a link to each prose heading right after it, as Starlight does, so a researcher can copy the
 * address of a section. The heading stays a plain heading (its text is its name in the outline); the link has
 * its own accessible name. Needs heading ids: run after rehypeHeadingIds.
 */
export function rehypeHeadingAnchors() {
  return (tree: Root) => {
    const walk = (parent: { children: RootContent[] }) => {
      for (let i = 0; i < parent.children.length; i++) {
        const node = parent.children[i]!;
        if (node.type !== 'element') continue;
        const id = node.properties?.id;
        if (HEADING.test(node.tagName) && typeof id === 'string') {
          parent.children[i] = wrap(node, id);
          continue;
        }
        walk(node);
      }
    };
    walk(tree);
  };
}

function wrap(heading: Element, id: string): Element {
  return {
    type: 'element',
    tagName: 'div',
    properties: { className: ['kop', `kop-${heading.tagName}`] },
    children: [
      heading,
      {
        type: 'element',
        tagName: 'a',
        properties: { className: ['kop-anker'], href: `#${id}`, 'data-pagefind-ignore': '' },
        children: [
          { type: 'element', tagName: 'span', properties: { ariaHidden: 'true' }, children: [{ type: 'text', value: '#' }] },
          { type: 'element', tagName: 'span', properties: { className: ['visually-hidden'] }, children: [{ type: 'text', value: `Link naar dit deel: ${textOf(heading)}` }] },
        ],
      },
    ],
  };
}
