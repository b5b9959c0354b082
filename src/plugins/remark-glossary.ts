import type { Link, Parent, Root, Text } from 'mdast';
import { visit, SKIP } from 'unist-util-visit';
import { type GlossaryTerm, termPattern } from '../lib/glossary.ts';

const SKIP_PARENTS = new Set(['heading', 'link', 'linkReference', 'inlineCode', 'code', 'mdxJsxTextElement', 'mdxJsxFlowElement', 'definition']);

/**
 * Links the first use of each glossary term in a text to its definition on /begrippen/.
 * Not inside headings, links or code; ambiguous terms are left out by loadGlossary. The definition
 * is the link's accessible description (a hidden span referenced by aria-describedby).
 */
export default function remarkGlossary(options: { terms: GlossaryTerm[] }) {
  const byForm = new Map(options.terms.flatMap((t) => t.forms.map((f) => [f.toLowerCase(), t] as const)));
  const pattern = termPattern(options.terms);
  return (tree: Root, file: { path?: string; history?: string[] }) => {
    if (!pattern) return;
    const source = file.path ?? file.history?.[0] ?? '';
    // A begrip's own text does not link to itself.
    const self = /begrippen\/([^/]+)\.mdx?$/.exec(source)?.[1];
    const prefix = source.split('/').pop()?.replace(/\.mdx?$/, '').replace(/[^a-z0-9-]/gi, '') ?? 'tekst';
    const linked = new Set<string>();
    visit(tree, (node, index, parent: Parent | undefined) => {
      if (SKIP_PARENTS.has(node.type)) return SKIP;
      if (node.type !== 'text' || !parent || index === undefined) return;
      const text = (node as Text).value;
      const parts: (Text | Link | { type: 'glossaryDef'; data: object })[] = [];
      let last = 0;
      for (const m of text.matchAll(pattern)) {
        const term = byForm.get(m[0].toLowerCase());
        if (!term || linked.has(term.id) || term.id === self) continue;
        linked.add(term.id);
        const id = `def-${prefix}-${term.id}`;
        if (m.index! > last) parts.push({ type: 'text', value: text.slice(last, m.index) });
        parts.push({
          type: 'link',
          url: `/begrippen/#${term.id}`,
          children: [{ type: 'text', value: m[0] }],
          data: { hProperties: { className: ['term'], 'aria-describedby': id } },
        });
        parts.push({ type: 'glossaryDef', data: { hName: 'span', hProperties: { id, hidden: true }, hChildren: [{ type: 'text', value: term.definitie }] } });
        last = m.index! + m[0].length;
      }
      if (!parts.length) return;
      if (last < text.length) parts.push({ type: 'text', value: text.slice(last) });
      parent.children.splice(index, 1, ...(parts as Parent['children']));
      return [SKIP, index + parts.length];
    });
  };
}
