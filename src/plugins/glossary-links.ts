import type { Root, PhrasingContent, Text } from 'mdast';
import type { ElementContent } from 'hast';
import { SKIP, visitParents } from 'unist-util-visit-parents';
import type { VFile } from 'vfile';
import { glossaryMatcher, type GlossaryTerm } from '../lib/glossary.ts';

/** Terms are not linked inside these nodes (code has no text nodes to begin with). */
const SKIP_PARENTS = new Set(['heading', 'link', 'linkReference', 'mdxJsxTextElement', 'mdxJsxFlowElement', 'definition', 'footnoteDefinition', 'leafDirective', 'containerDirective', 'textDirective']);

/** The definition, shown on request: a button opens it as a popover (no script), and it is the link's description. */
function definitionNodes(term: GlossaryTerm, text: string, id: string): ElementContent[] {
  return [
    {
      type: 'element',
      tagName: 'button',
      properties: { type: 'button', className: ['term-uitleg'], popovertarget: id, 'data-pagefind-ignore': '' },
      children: [
        { type: 'element', tagName: 'span', properties: { ariaHidden: 'true' }, children: [{ type: 'text', value: '?' }] },
        { type: 'element', tagName: 'span', properties: { className: ['visually-hidden'] }, children: [{ type: 'text', value: `Wat betekent ${text}?` }] },
      ],
    },
    {
      type: 'element',
      tagName: 'span',
      properties: { id, popover: 'auto', className: ['term-definitie'], role: 'note', 'data-pagefind-ignore': '' },
      children: [{ type: 'text', value: term.definitie }],
    },
  ];
}

/**
 * Remark plugin that links the first use of each glossary term in a document to its definition on /begrippen/.
 * Not inside headings, links, components or code; ambiguous terms are left out by loadGlossary. Next to the link
 * a small button opens the definition as a popover, so sighted readers see it without client JavaScript; the
 * same text is the link's accessible description.
 */
export function remarkGlossary(terms: GlossaryTerm[]) {
  const match = glossaryMatcher(terms);
  return () => (tree: Root, file: VFile) => {
    if (!terms.length) return;
    const source = file.path ?? '';
    const document = {
      linked: new Set<string>(),
      // A begrip's own text does not link to itself.
      self: /begrippen\/([^/]+)\.mdx?$/.exec(source)?.[1],
      prefix: source.split('/').pop()?.replace(/\.mdx?$/, '').replace(/[^a-z0-9-]/gi, '') || 'tekst',
    };
    visitParents(tree, 'text', (node: Text, ancestors) => {
      if (ancestors.some((a) => SKIP_PARENTS.has(a.type))) return;
      const parent = ancestors.at(-1) as { children: PhrasingContent[] } | undefined;
      const parts = match(node.value, document);
      if (!parent || !parts) return;
      const replacement = parts.flatMap((part): PhrasingContent[] => 'term' in part ? [
        {
          type: 'link',
          url: `/begrippen/#${part.term.id}`,
          children: [{ type: 'text', value: part.text }],
          data: { hProperties: { className: ['term'], 'aria-describedby': part.definitionId } },
        },
        // An unknown node type with hName/hChildren becomes exactly these elements in HTML and MDX alike.
        { type: 'glossaryDefinition', data: { hName: 'span', hProperties: { className: ['term-extra'] }, hChildren: definitionNodes(part.term, part.text, part.definitionId) } } as unknown as PhrasingContent,
      ] : [{ type: 'text', value: part.text }]);
      const index = parent.children.indexOf(node);
      parent.children.splice(index, 1, ...replacement);
      return [SKIP, index + replacement.length];
    });
  };
}
