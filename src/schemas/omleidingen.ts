import { z } from 'zod';
import { datum, text } from './common.ts';

// Linear on purpose: every repetition ends in a slash, so a mismatch is found in one pass (a nested
// quantifier here once made the check hang on "/verhalen/x/#citaat").
const path = z.string().max(300).regex(/^\/(?:[a-z0-9._-]+\/)*[a-z0-9._-]*$/, { error: 'moet een pad op deze site zijn, zoals /ketens/oude-naam/: kleine letters, cijfers, - . _ en /, zonder # of ?' });

/** `content/omleidingen.json`: old addresses that must keep working after a page was renamed or removed. */
export const omleidingenSchema = z.strictObject({
  omleidingen: z.array(z.strictObject({
    /** The old address, e.g. "/ketens/wmo/". */
    van: path,
    /** The new address, e.g. "/ketens/wmo-mantelzorg-gezondheid/". */
    naar: path,
    /** When the page moved. */
    datum,
    /** Why, in one sentence. */
    reden: text,
  })).default([]),
});
export type Omleidingen = z.infer<typeof omleidingenSchema>;
