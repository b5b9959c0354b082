// npm leaves optional platform packages that the registry does not serve out of the lockfile,
// after which `npm ci` refuses it. Add placeholder entries (npm skips them by os/cpu).
// Run after any `npm install` that changes package-lock.json.
import { readFileSync, writeFileSync } from 'node:fs';
const lock = JSON.parse(readFileSync('package-lock.json', 'utf8')); const pkgs = lock.packages;
const OS = { darwin: 'darwin', linux: 'linux', win32: 'win32', windows: 'win32', freebsd: 'freebsd', android: 'android' };
const CPU = ['arm64', 'x64', 'ia32', 'arm', 'wasm32'];
for (const [path, meta] of Object.entries(pkgs))
  for (const [dep, spec] of Object.entries(meta.optionalDependencies ?? {})) {
    if (pkgs[`node_modules/${dep}`] || pkgs[`${path}/node_modules/${dep}`]) continue;
    const parts = dep.split('/').pop().split('-');
    const os = parts.map((p) => OS[p]).find(Boolean), cpu = parts.find((p) => CPU.includes(p));
    pkgs[`node_modules/${dep}`] = { version: spec, dev: meta.dev, optional: true, ...(cpu && { cpu: [cpu] }), ...(os && { os: [os] }) };
  }
writeFileSync('package-lock.json', JSON.stringify(lock, null, 2) + '\n');
