import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { contentPath } from '../lib/content-dir.ts';
import { SLUG_PATTERN } from '../schemas/ids.ts';

/**
 * Whether indicatoren/ has a file for this id, valid or not: what a figure in a text must name. The Markdown
 * pipeline asks (src/plugins/safe-content.ts); the content check reports what is wrong inside the file.
 */
export function indicatorFileExists(id: string, dir = contentPath('indicatoren')): boolean {
  return SLUG_PATTERN.test(id) && existsSync(join(dir, `${id}.json`));
}
