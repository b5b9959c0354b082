import type { APIRoute } from 'astro';
import { stringify } from 'yaml';
import { site } from '../../data/site.ts';
import { contentDir } from '../../lib/content-dir.ts';
import { editorBackend } from '../../lib/cms/backend.ts';
import { editorConfig } from '../../lib/cms/config.ts';

/** The browser editor's configuration, generated from the content schemas at every build. */
export const GET: APIRoute = () =>
  new Response(stringify(editorConfig({ contentDir, siteUrl: site.basisUrl, ...editorBackend(process.env, site.repository) }), { lineWidth: 0 }), {
    headers: { 'Content-Type': 'text/yaml; charset=utf-8' },
  });
