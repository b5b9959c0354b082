import { readFileSync } from 'node:fs';
import { contentDir, contentPath } from '../lib/content-dir.ts';
import { lastCommit } from '../lib/git.ts';
import { siteSchema, type Site } from '../schemas/index.ts';

/** site.json, validated (the content check has already reported any problem in Dutch). */
export const site: Site = siteSchema.parse(JSON.parse(readFileSync(contentPath('site.json'), 'utf8')));

/** Version of the whole content folder: shown in the footer and in citations. */
export const dataVersion = lastCommit(contentDir);

/** Version of one content file (e.g. an indicator's data). */
export const fileVersion = (relativePath: string) => lastCommit(contentPath(relativePath));

/** Link to a commit in the content repository, when site.json names one (GitHub/GitLab style). */
export const commitUrl = (hash: string) => (site.repository ? `${site.repository.replace(/\/$/, '')}/commit/${hash}` : undefined);
