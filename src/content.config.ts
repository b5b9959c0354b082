import { defineCollection } from 'astro:content';
import { file, glob, type Loader } from 'astro/loaders';
import { reportContentProblems } from './integrations/content-check.ts';
import { contentPath } from './lib/content-dir.ts';
import {
  aanbevelingStatusSchema, begripSchema, bronSchema, gemeenteSchema, kaderSchema, ketenSchema,
  organisatieSchema, paginaSchema, publicatieSchema, trajectSchema, verandertheorieSchema, verhaalSchema,
} from './schemas/index.ts';

// Every collection reads from the content folder; `scripts/check.ts` has validated it before the build,
// so these schemas only shape the data (and would stop the build if the check were skipped).
// The build's content check may still be running (in a worker) while these loaders read: a loader that fails
// waits for it first, so an editor sees the check's Dutch messages instead of Astro's own error.
const afterCheck = (loader: Loader): Loader => ({
  ...loader,
  load: async (context) => {
    try {
      await loader.load(context);
    } catch (error) {
      await reportContentProblems();
      throw error;
    }
  },
});
const mdx = (folder: string) => afterCheck(glob({ pattern: '*.{md,mdx}', base: contentPath(folder) }));
const json = (folder: string) => afterCheck(glob({ pattern: '*.json', base: contentPath(folder) }));

// Indicators are read by src/data/indicators.ts, not through Astro's content store (see there why).
export const collections = {
  ketens: defineCollection({ loader: mdx('ketens'), schema: ketenSchema }),
  verandertheorie: defineCollection({ loader: json('verandertheorie'), schema: verandertheorieSchema }),
  verhalen: defineCollection({ loader: mdx('verhalen'), schema: verhaalSchema }),
  publicaties: defineCollection({ loader: mdx('publicaties'), schema: publicatieSchema }),
  aanbevelingen: defineCollection({ loader: json('aanbevelingen'), schema: aanbevelingStatusSchema }),
  trajecten: defineCollection({ loader: json('trajecten'), schema: trajectSchema }),
  gemeenten: defineCollection({ loader: json('gemeenten'), schema: gemeenteSchema }),
  kaders: defineCollection({ loader: mdx('kaders'), schema: kaderSchema }),
  paginas: defineCollection({ loader: mdx('paginas'), schema: paginaSchema }),
  begrippen: defineCollection({ loader: mdx('begrippen'), schema: begripSchema }),
  bronnen: defineCollection({ loader: afterCheck(file(contentPath('bronnen.json'))), schema: bronSchema }),
  organisaties: defineCollection({ loader: afterCheck(file(contentPath('organisaties.json'))), schema: organisatieSchema }),
};
