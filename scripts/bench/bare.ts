/**
 * The baseline: a bare Astro project with only @astrojs/mdx and one collection of plain .mdx pages,
 * rendered by one [...slug].astro route. Same Astro and node_modules as the project (a symlink), so the
 * difference in ms per page is what our content model, components and integrations cost.
 */
import { mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { seeded, seedOf } from './random.ts';
import { body, title } from './text.ts';

export function generateBare(dir: string, projectRoot: string, pages: number): void {
  mkdirSync(join(dir, 'src', 'content', 'pages'), { recursive: true });
  mkdirSync(join(dir, 'src', 'pages'), { recursive: true });
  symlinkSync(join(projectRoot, 'node_modules'), join(dir, 'node_modules'), 'dir');
  writeFileSync(join(dir, 'package.json'), JSON.stringify({ name: 'bench-kaal', private: true, type: 'module' }, null, 2) + '\n');
  // cacheDir inside the temp folder: the default (node_modules/.astro) would write through the symlink into the project.
  writeFileSync(join(dir, 'astro.config.mjs'), `import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';

export default defineConfig({
  outDir: process.env.OUT_DIR ?? './dist',
  cacheDir: './.astro',
  devToolbar: { enabled: false },
  integrations: [mdx()],
});
`);
  writeFileSync(join(dir, 'src', 'content.config.ts'), `import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { z } from 'astro/zod';

export const collections = {
  pages: defineCollection({ loader: glob({ pattern: '**/*.mdx', base: './src/content/pages' }), schema: z.object({ title: z.string() }) }),
};
`);
  writeFileSync(join(dir, 'src', 'pages', '[...slug].astro'), `---
import { getCollection, render } from 'astro:content';

export async function getStaticPaths() {
  return (await getCollection('pages')).map((page) => ({ params: { slug: page.id }, props: { page } }));
}
const { page } = Astro.props;
const { Content } = await render(page);
---
<html lang="nl">
  <head><meta charset="utf-8" /><meta name="viewport" content="width=device-width" /><title>{page.data.title}</title></head>
  <body>
    <main>
      <h1>{page.data.title}</h1>
      <Content />
    </main>
  </body>
</html>
`);
  // Text of the same length as a story: the same generator with the same number of paragraphs.
  for (let i = 0; i < pages; i++) {
    const r = seeded(seedOf(`kaal-${i}`));
    const t = title(r);
    writeFileSync(join(dir, 'src', 'content', 'pages', `pagina-${String(i + 1).padStart(5, '0')}.mdx`), `---\ntitle: "${t}"\n---\n\n${body(r, r.int(3, 5), 'Deze pagina is **voorbeelddata**.')}`);
  }
}
