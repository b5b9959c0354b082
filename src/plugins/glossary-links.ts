import { fileURLToPath } from 'node:url';
import type { MdastContent, MdastNode, MdastPluginEntry, MdastVisitorContext, PluginFactoryContext } from 'satteri';
import { glossaryMatcher, type GlossaryTerm } from '../lib/glossary.ts';

/** Terms are not linked inside these nodes (code has no text nodes to begin with). */
const SKIP_PARENTS = new Set(['heading', 'link', 'linkReference', 'mdxJsxTextElement', 'mdxJsxFlowElement', 'definition']);

function insideSkipped(node: MdastNode, ctx: MdastVisitorContext): boolean {
  for (let p = ctx.parent(node); p; p = ctx.parent(p)) if (SKIP_PARENTS.has(p.type)) return true;
  return false;
}

/**
 * Sätteri plugin (Astro's Markdown and MDX processor) that links the first use of each glossary term in a
 * document to its definition on /begrippen/. Not inside headings, links or code; ambiguous terms are left out
 * by loadGlossary. The definition is the link's accessible description (a hidden span referenced by
 * aria-describedby).
 */
export function glossaryLinks(terms: GlossaryTerm[]): MdastPluginEntry {
  const match = glossaryMatcher(terms);
  if (!terms.length) return null;
  // A factory: called once per document, so every document starts with nothing linked.
  return (doc: PluginFactoryContext) => {
    const source = doc.fileURL ? fileURLToPath(doc.fileURL) : '';
    const document = {
      linked: new Set<string>(),
      // A begrip's own text does not link to itself.
      self: /begrippen\/([^/]+)\.mdx?$/.exec(source)?.[1],
      prefix: source.split('/').pop()?.replace(/\.mdx?$/, '').replace(/[^a-z0-9-]/gi, '') || 'tekst',
    };
    return {
      name: 'glossary-links',
      text(node, ctx) {
        if (insideSkipped(node, ctx)) return;
        const parts = match(node.value, document);
        if (!parts) return;
        ctx.replaceNode(node, parts.flatMap((part): MdastContent[] => 'term' in part ? [
          {
            type: 'link',
            url: `/begrippen/#${part.term.id}`,
            children: [{ type: 'text', value: part.text }],
            data: { hProperties: { className: ['term'], 'aria-describedby': part.definitionId } },
          },
          { type: 'glossaryDefinition', data: { hName: 'span', hProperties: { id: part.definitionId, hidden: true }, hChildren: [{ type: 'text', value: part.term.definitie }] } },
        ] : [{ type: 'text', value: part.text }]));
      },
    };
  };
}
