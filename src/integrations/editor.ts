import type { AstroIntegration } from 'astro';
import { transform } from 'esbuild';
import { copyFileSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The editor's prebuilt files in the npm package: the bundle, its lazy chunks, WebAssembly and licences (no source maps). */
const BUNDLE = /^(decap-cms\.js|\d+\.decap-cms\.js|[0-9a-f]+\.wasm|decap-cms\.js\.LICENSE\.txt)$/;

/**
 * Copies the browser editor from its npm package into <outDir>/admin/ after every build: served from the site
 * itself, never from a CDN. Only /admin/ loads it.
 */
export default function editor(): AstroIntegration {
  return {
    name: 'editor',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const target = join(fileURLToPath(dir), 'admin');
        mkdirSync(target, { recursive: true });
        const dist = join(dirname(createRequire(import.meta.url).resolve('decap-cms/package.json')), 'dist');
        const files = readdirSync(dist).filter((f) => BUNDLE.test(f));
        for (const f of files) copyFileSync(join(dist, f), join(target, f));
        copyFileSync(fileURLToPath(new URL('../admin/lijst-formaat.js', import.meta.url)), join(target, 'lijst-formaat.js'));
        copyFileSync(fileURLToPath(new URL('../admin/opslaan.js', import.meta.url)), join(target, 'opslaan.js'));
        // The mapping between file and editor is TypeScript with types only: one definition for the tests and the browser.
        // esbuild strips the types; loading the TypeScript compiler for this one file took over half a second per build.
        const shape = readFileSync(fileURLToPath(new URL('../lib/cms/file-shape.ts', import.meta.url)), 'utf8');
        const { code } = await transform(shape, { loader: 'ts', format: 'esm', target: 'es2022', legalComments: 'none' });
        writeFileSync(join(target, 'file-shape.js'), code);
        logger.info(`editor: ${files.length} bestanden in /admin/`);
      },
    },
  };
}
