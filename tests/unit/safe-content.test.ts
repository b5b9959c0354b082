// The build's own Markdown/MDX pipeline refuses what the content check refuses in a text: a build's check leaves
// the MDX texts to it (src/integrations/content-check.ts), and it runs no code from content and publishes no script.
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { unified } from '@astrojs/markdown-remark';
import { afterAll, describe, expect, it } from 'vitest';
import { unsafeScheme } from '../../src/lib/markdown/safety.ts';
import { markdownOptions } from '../../src/plugins/markdown.ts';
import { indicatorFileExists } from '../../src/data/indicator-files.ts';

const processor = unified(markdownOptions([]));
const shared = { syntaxHighlight: false as const };
const md = await processor.createRenderer(shared as never);
const mdx = await processor.createMdxRenderer!(shared as never, { optimize: true, srcDir: new URL('file:///site/src/') } as never);
const dir = mkdtempSync(join(tmpdir(), 'safe-'));
const marker = join(dir, 'uitgevoerd');
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('the build refuses unsafe content', () => {
  it('an MDX import: no module code is produced, so nothing can run', async () => {
    const text = `import {execSync} from 'node:child_process'\nexport const x = execSync('touch ${marker}')\n\nTekst.`;
    const error = await mdx.process(text, '/site/content/verhalen/a.mdx', {}).then(() => undefined, (e: Error) => e);
    expect(error?.message).toMatch(/^De site is niet gebouwd: deze tekst bevat iets wat de site niet publiceert\.\n.*content\/verhalen\/a\.mdx:1 › \(tekst\): MDX-tekst mag geen import of export bevatten/);
    expect(error?.stack).toBe(error?.message);
    expect(existsSync(marker)).toBe(false);
  });
  it('an MDX expression such as {process.exit()}', async () => {
    await expect(mdx.process('Tekst {process.exit()} hier.', '/site/content/verhalen/a.mdx', {})).rejects.toThrow('MDX leest { en } als code, en code mag niet in de tekst');
  });
  it('an unknown component or a code attribute', async () => {
    await expect(mdx.process('<Kader>Tekst</Kader>', '/site/content/verhalen/a.mdx', {})).rejects.toThrow('onbekend onderdeel <Kader>');
    await expect(mdx.process('<Figuur indicator={x} />', '/site/content/verhalen/a.mdx', {})).rejects.toThrow('geen code tussen { }');
  });
  it('raw HTML with an event handler in Markdown: nothing is published', async () => {
    await expect(md.render('Tekst <img src=x onerror=alert(1)>', { fileURL: new URL('file:///site/content/begrippen/a.md') } as never)).rejects.toThrow('HTML-attribuut onerror= is niet toegestaan in tekst');
    await expect(md.render('<script>alert(1)</script>', { fileURL: new URL('file:///site/content/begrippen/a.md') } as never)).rejects.toThrow('HTML-element <script> is niet toegestaan');
  });
  it('a javascript: link', async () => {
    await expect(md.render('[klik](javascript:alert(1))', { fileURL: new URL('file:///site/content/begrippen/a.md') } as never)).rejects.toThrow('een link met "javascript:" is niet toegestaan');
  });
  it('lets ordinary text, links and a comment through, and keeps "Zaanstad:Oost" as text', async () => {
    const html = (await md.render('Zie [de site](https://zaanstad.nl), [mail](mailto:a@b.nl) en [de keten](/ketens/x/). Zaanstad:Oost.', {} as never)).code;
    expect(html).toContain('href="https://zaanstad.nl"');
    expect(html).toContain('Zaanstad:Oost.');
    expect((await mdx.process('Tekst {/* een notitie */} hier.', '/site/content/verhalen/a.mdx', {})).code).toContain('Tekst');
  });
});

const known = new Set(['wachttijd']);
const withIds = unified(markdownOptions([], { indicatorExists: (id) => known.has(id) }));
const mdxWithIds = await withIds.createMdxRenderer!(shared as never, { optimize: true, srcDir: new URL('file:///site/src/') } as never);
const mdWithIds = await withIds.createRenderer(shared as never);

describe('the build refuses a figure the site cannot draw', () => {
  it('of an indicator that has no file, by directive or component, with its line', async () => {
    const error = await mdxWithIds.process('Tekst.\n\n::figuur{indicator="wachtijd"}\n', '/site/content/verhalen/a.mdx', {}).then(() => undefined, (e: Error) => e);
    expect(error?.message).toContain('content/verhalen/a.mdx:3 › (tekst): de figuur verwijst naar indicator "wachtijd", maar er is geen indicator met die id in indicatoren/');
    await expect(mdxWithIds.process('<Figuur indicator="onbekend" />', '/site/content/verhalen/a.mdx', {})).rejects.toThrow('indicator "onbekend"');
  });
  it('in a Markdown (.md) text, where a figure cannot be drawn', async () => {
    await expect(mdWithIds.render('::figuur{indicator="wachttijd"}', { fileURL: new URL('file:///site/content/begrippen/a.md') } as never)).rejects.toThrow('een figuur kan alleen in een .mdx-bestand staan');
  });
  it('lets a figure of a known indicator through', async () => {
    expect((await mdxWithIds.process('::figuur{indicator="wachttijd"}', '/site/content/verhalen/a.mdx', {})).code).toContain('Figuur');
  });
  it('knows an indicator by its file, and never looks outside indicatoren/', () => {
    const folder = join(import.meta.dirname, '..', 'fixtures', 'site', 'indicatoren');
    expect(indicatorFileExists('vroegsignalen', folder)).toBe(true);
    expect(indicatorFileExists('bestaat-niet', folder)).toBe(false);
    expect(indicatorFileExists('../site', folder)).toBe(false);
    expect(indicatorFileExists('../indicatoren/vroegsignalen', folder)).toBe(false);
  });
});

describe('unsafeScheme', () => {
  it('allows http, https, mailto and site paths; refuses other schemes, also disguised', () => {
    for (const ok of ['https://a.nl', 'http://a.nl', 'mailto:a@b.nl', '/ketens/', '#kop', 'bestand.csv']) expect(unsafeScheme(ok), ok).toBeUndefined();
    expect(unsafeScheme('javascript:alert(1)')).toBe('javascript');
    expect(unsafeScheme(' JaVa\tScRiPt:alert(1)')).toBe('javascript');
    expect(unsafeScheme('data:text/html,x')).toBe('data');
    expect(unsafeScheme('file:///etc/passwd')).toBe('file');
  });
});

