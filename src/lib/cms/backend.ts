/**
 * Where the editor saves: the git host in production, the local backend (decap-server) on a local computer.
 * Read from the build's environment: GITHUB_REPOSITORY is set by GitHub Actions; CMS_REPO overrides it;
 * CMS_LOCAL_BACKEND moves the local backend off its default port (the browser test runs its own).
 */
export function editorBackend(env: Record<string, string | undefined>): { repo?: string; branch: string; localBackend: string } {
  return {
    repo: env.CMS_REPO || env.GITHUB_REPOSITORY || undefined,
    branch: env.CMS_BRANCH || 'main',
    localBackend: env.CMS_LOCAL_BACKEND || 'http://localhost:8081/api/v1',
  };
}
