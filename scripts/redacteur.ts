// The browser editor on this computer: builds the site into .redacteur/, serves it on http://localhost:4321/ and
// starts the editor's local backend (decap-server) on this git repository. Open http://localhost:4321/admin/.
// Every save is a commit on a branch cms/<soort>/<id> (the review flow); "Publiceer nu" merges it into the
// current branch. Work on a clean checkout: the backend switches branches to save. Stop with Ctrl+C.
// Usage: npm run redacteur [-- --zonder-bouw]   (PORT_EDITOR=… for another backend port)
import { execFileSync, spawn, spawnSync } from 'node:child_process';
import { startEditorBackend } from './lib/editor-backend.ts';

const port = process.env.PORT_EDITOR ?? '8081';
const branch = execFileSync('git', ['rev-parse', '--abbrev-ref', 'HEAD'], { encoding: 'utf8' }).trim();
const dirty = execFileSync('git', ['status', '--porcelain', '--', 'content'], { encoding: 'utf8' }).trim();
if (dirty) console.log(`Let op: er zijn niet-vastgelegde wijzigingen in content/. Leg ze eerst vast (git commit); de editor wisselt van tak om op te slaan.\n`);

const env = { ...process.env, OUT_DIR: '.redacteur', CMS_BRANCH: branch, CMS_LOCAL_BACKEND: `http://127.0.0.1:${port}/api/v1`, ASTRO_TELEMETRY_DISABLED: '1' };
if (!process.argv.includes('--zonder-bouw')) {
  const build = spawnSync('npx', ['astro', 'build'], { stdio: 'inherit', env });
  if (build.status !== 0) process.exit(build.status ?? 1);
}
const backend = await startEditorBackend({ repo: process.cwd(), port: Number(port) });
const preview = spawn('npx', ['astro', 'preview'], { stdio: 'inherit', env });
console.log(`\nDe editor staat klaar op http://localhost:4321/admin/ (tak "${branch}"). Stop met Ctrl+C.\n`);
const stop = () => {
  backend.close();
  preview.kill();
};
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
for (const exited of [backend.exited, new Promise<number | null>((resolve) => preview.on('exit', resolve))]) void exited.then((code) => {
  stop();
  process.exit(code ?? 0);
});
