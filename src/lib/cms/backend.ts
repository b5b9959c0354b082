/**
 * Where the editor saves: the git host in production, the local backend (decap-server) on a local computer.
 * Read from the build's environment: CMS_REPO names the repository; else GITHUB_REPOSITORY (set by GitHub
 * Actions); else the GitHub address in site.json's `repository`, the same one the data version links to.
 * CMS_LOCAL_BACKEND moves the local backend off its default port (the browser test runs its own).
 */
export function editorBackend(env: Record<string, string | undefined>, siteRepository?: string): { repo?: string; branch: string; localBackend: string } {
  return {
    repo: env.CMS_REPO || env.GITHUB_REPOSITORY || githubRepo(siteRepository),
    branch: env.CMS_BRANCH || 'main',
    localBackend: env.CMS_LOCAL_BACKEND || 'http://localhost:8081/api/v1',
  };
}

/** "https://github.com/owner/name(.git)(/)" → "owner/name"; any other address → undefined (the editor speaks to GitHub). */
export function githubRepo(url?: string): string | undefined {
  return url?.match(/^https:\/\/github\.com\/([\w.-]+\/[\w.-]+?)(?:\.git)?\/?$/)?.[1];
}
