/** "Did you mean" lives with the schemas, which suggest ids in their messages; lib uses it from here as well. */
export * from '../schemas/suggest.ts';
