// A build of content with unsafe or broken texts stops with the content check's Dutch report: no stack trace, no
// error of Vite's, no page written. A build's check leaves the MDX texts to the Markdown pipeline and runs in whole
// when bundling fails (src/integrations/content-check.ts); this runs three real builds of a copy of the fixture site.
// Usage: node tests/e2e/build-refuses.ts
import { spawnSync } from 'node:child_process';
import { appendFileSync, cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const SITE = join(import.meta.dirname, '..', 'fixtures', 'site');
const failures: string[] = [];
let checks = 0;
const expect = (ok: boolean, what: string) => {
  checks++;
  if (!ok) failures.push(what);
};

/** Builds a copy of the fixture site after `change`; returns the exit code, the output and whether a page was written. */
function buildAfter(change: (content: string) => void): { status: number | null; output: string; wrote: boolean } {
  const root = mkdtempSync(join(tmpdir(), 'build-refuses-'));
  try {
    const content = join(root, 'content');
    cpSync(SITE, content, { recursive: true });
    change(content);
    const out = join(root, 'dist');
    const result = spawnSync('npx', ['astro', 'build'], {
      encoding: 'utf8',
      env: { ...process.env, CONTENT_DIR: content, OUT_DIR: out, CACHE_DIR: join(root, 'cache'), ASTRO_TELEMETRY_DISABLED: '1' },
      timeout: 180_000,
    });
    return { status: result.status, output: `${result.stdout}${result.stderr}`, wrote: existsSync(join(out, 'index.html')) };
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
}

function expectReport(name: string, build: ReturnType<typeof buildAfter>, lines: RegExp[], count: number): void {
  expect(build.status === 1, `${name}: de bouw stopt met code 1 (kreeg ${build.status})`);
  for (const line of lines) expect(line.test(build.output), `${name}: de melding ${line} staat in de uitvoer`);
  expect(build.output.includes(`${count} ${count === 1 ? 'probleem' : 'problemen'} in de inhoud`), `${name}: het rapport telt ${count} problemen`);
  expect(!/Stack trace|\n\s+at /.test(build.output), `${name}: geen stack trace`);
  expect(!build.output.includes('[ERROR]'), `${name}: geen foutmelding van Astro of Vite`);
  expect(!build.wrote, `${name}: er is geen pagina geschreven`);
}

const story = (content: string) => join(content, 'verhalen', 'eenzaam-in-de-flat.mdx');

// Only MDX texts are wrong: the build's check passes, bundling refuses the text, the whole check reports.
const texts = buildAfter((content) => {
  appendFileSync(story(content), '\nimport fs from "node:fs"\n\nDe inhoud: {fs.readFileSync("/etc/passwd", "utf8")}\n\n::figuur{indicator="bestaat-niet"}\n');
  appendFileSync(join(content, 'paginas', 'over.mdx'), '\nMinder dan <5 mensen.\n');
});
expectReport('alleen MDX-teksten fout', texts, [
  /verhalen\/eenzaam-in-de-flat\.mdx:\d+:1 › \(tekst\): MDX-tekst mag geen import of export bevatten/,
  /verhalen\/eenzaam-in-de-flat\.mdx:\d+:\d+ › \(tekst\): MDX leest \{ en \} als code/,
  /verhalen\/eenzaam-in-de-flat\.mdx:\d+:1 › \(tekst\): de figuur verwijst naar indicator "bestaat-niet"/,
  /paginas\/over\.mdx:\d+:\d+ › \(tekst\): MDX leest een < als het begin van een onderdeel/,
], 4);

// Data and an MDX text are wrong: the check stops the build before bundling, with the text's problem in the report.
const both = buildAfter((content) => {
  const file = story(content);
  writeFileSync(file, readFileSync(file, 'utf8').replace(/^titel: .*$/m, 'titel: 12'));
  appendFileSync(join(content, 'kaders', 'beleidscyclus.mdx'), '\n{1+1}\n');
});
expectReport('gegevens en MDX-tekst fout', both, [
  /verhalen\/eenzaam-in-de-flat\.mdx:\d+ › titel: moet tekst zijn/,
  /kaders\/beleidscyclus\.mdx:\d+:1 › \(tekst\): MDX leest \{ en \} als code/,
], 2);

// Only a figure of an unknown indicator: valid MDX, so only the Markdown pipeline can refuse it before rendering.
const figure = buildAfter((content) => appendFileSync(story(content), '\n::figuur{indicator="bestaat-niet"}\n'));
expectReport('alleen een onbekende figuur', figure, [/verhalen\/eenzaam-in-de-flat\.mdx:\d+:1 › \(tekst\): de figuur verwijst naar indicator "bestaat-niet"/], 1);

for (const f of failures) console.log(`  FOUT ${f}`);
if (failures.length) console.log(`\nUitvoer van de bouw (alleen MDX-teksten fout):\n${texts.output.slice(-3000)}`);
console.log(`${checks - failures.length} passed, ${failures.length} failed`);
process.exit(failures.length ? 1 : 0);
