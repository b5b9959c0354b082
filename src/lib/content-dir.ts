import { resolve } from 'node:path';

/**
 * The folder the site is built from. `content/` by default; tests and other municipalities
 * point CONTENT_DIR elsewhere (e.g. tests/fixtures/site) without touching code.
 */
export const contentDir = process.env.CONTENT_DIR ?? 'content';
export const contentPath = (...parts: string[]) => resolve(contentDir, ...parts);
