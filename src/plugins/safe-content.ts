import { relative } from 'node:path';
import type { Root, Text } from 'mdast';
import { visit } from 'unist-util-visit';
import type { VFile } from 'vfile';
import { FIGURE_IN_MARKDOWN, inspectText, unknownFigureMessage, type TextFinding } from '../lib/markdown/safety.ts';

export interface SafeContentOptions {
  /** Whether indicatoren/ has this id; without it, figures are not checked (unit tests of other rules). */
  indicatorExists?: (id: string) => boolean;
}

/**
 * Remark plugin, first in the build: the build refuses what the content check refuses in a text (code, unknown
 * components, unsafe HTML and links, a figure in a .md file or of an unknown indicator), so nothing reaches the MDX
 * compiler or the page. The build's own check leaves the texts to this plugin; when it refuses one, the build prints
 * the whole check's report instead of this error (src/integrations/content-check.ts).
 * Also turns `:woord` text directives back into the text the editor wrote ("Zaanstad:Oost" is not a directive).
 */
export function remarkSafeContent(options: SafeContentOptions = {}) {
  return (tree: Root, file: VFile) => {
    const source = String(file.value ?? '');
    visit(tree, 'textDirective', (node, index, parent) => {
      if (!parent || index === undefined || node.position?.start.offset === undefined || node.position.end.offset === undefined) return;
      const text: Text = { type: 'text', value: source.slice(node.position.start.offset, node.position.end.offset) };
      parent.children.splice(index, 1, text);
    });
    const { findings, figures } = inspectText(tree);
    const isMdx = file.path?.endsWith('.mdx') ?? true;
    for (const figure of figures) {
      const at = { line: figure.line, column: figure.column };
      if (!isMdx) findings.push({ ...at, ...FIGURE_IN_MARKDOWN });
      else if (options.indicatorExists && !options.indicatorExists(figure.indicator))
        findings.push({ ...at, message: unknownFigureMessage(figure.indicator), hint: 'kijk welke ids er in indicatoren/ staan' } satisfies TextFinding);
    }
    if (!findings.length) return;
    const name = file.path ? relative(process.cwd(), file.path) : 'tekst';
    const lines = findings.map((f) => `${name}${f.line ? `:${f.line}` : ''} › (tekst): ${f.message}${f.hint ? ` (${f.hint})` : ''}`);
    // A plain error without a stack: the message says everything an editor needs.
    const error = new Error(`De site is niet gebouwd: deze tekst bevat iets wat de site niet publiceert.\n${lines.join('\n')}\nControleer de inhoud met npm run check.`);
    error.stack = error.message;
    throw error;
  };
}
