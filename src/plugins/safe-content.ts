import { relative } from 'node:path';
import type { Root, Text } from 'mdast';
import { visit } from 'unist-util-visit';
import type { VFile } from 'vfile';
import { inspectText } from '../lib/markdown/safety.ts';

/**
 * Remark plugin, first in the build: the build refuses what the content check refuses (code, unknown components,
 * unsafe HTML and links), so nothing reaches the MDX compiler or the page when the check is skipped.
 * Also turns `:woord` text directives back into the text the editor wrote ("Zaanstad:Oost" is not a directive).
 */
export function remarkSafeContent() {
  return (tree: Root, file: VFile) => {
    const source = String(file.value ?? '');
    visit(tree, 'textDirective', (node, index, parent) => {
      if (!parent || index === undefined || node.position?.start.offset === undefined || node.position.end.offset === undefined) return;
      const text: Text = { type: 'text', value: source.slice(node.position.start.offset, node.position.end.offset) };
      parent.children.splice(index, 1, text);
    });
    const { findings } = inspectText(tree);
    if (!findings.length) return;
    const name = file.path ? relative(process.cwd(), file.path) : 'tekst';
    const lines = findings.map((f) => `${name}${f.line ? `:${f.line}` : ''} › (tekst): ${f.message}${f.hint ? ` (${f.hint})` : ''}`);
    // A plain error without a stack: the message says everything an editor needs.
    const error = new Error(`De site is niet gebouwd: deze tekst bevat iets wat de site niet publiceert.\n${lines.join('\n')}\nControleer de inhoud met npm run check.`);
    error.stack = error.message;
    throw error;
  };
}
