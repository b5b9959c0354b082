/** Hands every page the build-wide data its components read (see src/data/page-data.ts). */
import { defineMiddleware } from 'astro:middleware';
import { pageData } from './data/page-data.ts';

export const onRequest = defineMiddleware(async (context, next) => {
  context.locals.data = await pageData();
  return next();
});
