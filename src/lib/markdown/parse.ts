import type { Root } from 'mdast';
import remarkDirective from 'remark-directive';
import remarkGfm from 'remark-gfm';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified } from 'unified';

// The parsers of the build (remark-parse, remark-mdx for .mdx, GFM, directives) without the rest of the pipeline:
// what parses here parses in the build, with the same lines and columns.
const markdown = unified().use(remarkParse).use(remarkGfm).use(remarkDirective).freeze();
const mdx = unified().use(remarkParse).use(remarkMdx).use(remarkGfm).use(remarkDirective).freeze();

/** Parses a Markdown or MDX body; throws the parser's message (with line and column) on a syntax error. */
export function parseText(text: string, isMdx: boolean): Root {
  return (isMdx ? mdx : markdown).parse(text);
}
