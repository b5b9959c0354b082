/**
 * What components need from the whole build, gathered once and handed to every page as `Astro.locals.data`
 * (src/middleware.ts). Components draw what they are handed and never read content, git or files themselves;
 * figures placed in an editor's text cannot get props from their page, so this is how they receive it too.
 */
import { hasFullGitHistory } from '../lib/git.ts';
import { content } from './content.ts';
import { derived } from './derived.ts';
import { wijkkaartCredit, wijkShapes } from './gebieden.ts';
import { commitUrl, dataVersion, fileVersion, site } from './site.ts';

export async function pageData() {
  const [all, links] = await Promise.all([content(), derived()]);
  return { content: all, derived: links, site, dataVersion, commitUrl, fileVersion, wijkShapes, wijkkaartCredit, hasFullGitHistory };
}

export type PageData = Awaited<ReturnType<typeof pageData>>;
