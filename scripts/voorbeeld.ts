// Builds the site with a banner "voorbeeld — niet gepubliceerd" into .voorbeeld/ and serves it locally,
// so an editor can look at a change before it is committed or merged.
import { spawnSync } from 'node:child_process';

const env = { ...process.env, VOORBEELD: '1', OUT_DIR: '.voorbeeld', ASTRO_TELEMETRY_DISABLED: '1' };
const build = spawnSync('npx', ['astro', 'build'], { stdio: 'inherit', env });
if (build.status !== 0) process.exit(build.status ?? 1);
console.log('\nVoorbeeld klaar. Open het adres hieronder in je browser; stop met Ctrl+C.\n');
spawnSync('npx', ['astro', 'preview'], { stdio: 'inherit', env });
