import { existsSync, readFileSync } from 'node:fs';
import { contentPath } from '../lib/content-dir.ts';
import { omleidingenSchema, type Omleidingen } from '../schemas/index.ts';

/** content/omleidingen.json (optional), validated by the content check before the build. */
export const redirects: Omleidingen['omleidingen'] = existsSync(contentPath('omleidingen.json'))
  ? omleidingenSchema.parse(JSON.parse(readFileSync(contentPath('omleidingen.json'), 'utf8'))).omleidingen
  : [];
