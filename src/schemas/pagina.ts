import { z } from 'zod';
import { text } from './common.ts';

/** Frontmatter of `content/paginas/<id>.mdx`: a plain page such as /over/ or /toegankelijkheid/. */
export const paginaSchema = z.strictObject({
  /** Page title (h1). */
  titel: text,
  /** One or two sentences shown under the title and in search results. */
  samenvatting: text,
});
export type Pagina = z.infer<typeof paginaSchema>;
