import { createHash } from 'node:crypto';

/** The CSP source for an inline <style> or <script> body: 'sha256-…' of its exact text. */
export const cspHash = (text: string) => `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;

/**
 * The Content-Security-Policy of a page, for a <meta http-equiv> (GitHub Pages sends no headers).
 * Scripts only from the site's own files, never inline; the search page may also compile Pagefind's
 * WebAssembly. Style elements only from our own files or with a listed hash (the theme); style attributes
 * (chart colours and sizes computed at build time, never content) are allowed by style-src-attr.
 * Browsers without CSP level 3 fall back to style-src, which blocks those attributes too: safe, with plainer charts.
 * frame-ancestors and report-uri do not work in a meta tag and are left out.
 */
export function contentSecurityPolicy(options: { styleHashes: string[]; search?: boolean }): string {
  const hashes = options.styleHashes.join(' ');
  return [
    "default-src 'none'",
    `script-src 'self'${options.search ? " 'wasm-unsafe-eval'" : ''}`,
    `style-src 'self' ${hashes}`.trim(),
    `style-src-elem 'self' ${hashes}`.trim(),
    "style-src-attr 'unsafe-inline'",
    "img-src 'self' data:",
    "font-src 'self'",
    "connect-src 'self'",
    "manifest-src 'self'",
    "base-uri 'none'",
    "form-action 'self'",
    "object-src 'none'",
  ].join('; ');
}

/**
 * The policy of /admin/ only: the browser editor (Decap CMS) runs its own bundle, compiles its configuration check
 * (eval), sets inline styles, loads its WebAssembly and talks to the git host. No other page gets any of this.
 * `connect` lists the backends: GitHub's API and, on a local computer, the local backend.
 */
export function editorPolicy(connect: string[]): string {
  return [
    "default-src 'none'",
    "script-src 'self' 'unsafe-eval' 'wasm-unsafe-eval'",
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob: https://avatars.githubusercontent.com",
    "font-src 'self' data:",
    `connect-src 'self' ${connect.join(' ')}`.trim(),
    "frame-src 'self' blob:",
    "worker-src 'self' blob:",
    "manifest-src 'self'",
    "base-uri 'none'",
    "form-action 'self'",
    "object-src 'none'",
  ].join('; ');
}
