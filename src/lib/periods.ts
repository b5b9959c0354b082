/** Periods live with the schemas, which check them; lib and components use them from here as well. */
export * from '../schemas/periods.ts';
