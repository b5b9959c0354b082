import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { EventEmitter } from 'node:events';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { loadIndicators } from '../../src/data/indicators.ts';
import contentCheck, { checkedIndicators, startCheck } from '../../src/integrations/content-check.ts';
import { contentDir } from '../../src/lib/content-dir.ts';
import { indicatorWatchPlugin } from '../../src/integrations/indicator-watch.ts';
import { indicatorSchema } from '../../src/schemas/index.ts';

// Synthetic indicators (test data), the fields every indicator needs.
const indicator = (titel: string) => ({
  titel, definitie: 'd', soort: 'output', eenheid: { soort: 'aantal', label: 'aanvragen' }, richting: 'neutraal',
  bron: { naam: 'Registratie (voorbeelddata)', tabel: 'Tabel 1' }, frequentie: 'jaar', gebiedsniveau: 'gemeente', streefwaarde: 'geen-streefwaarde',
  kop: 'Kop', alt: 'Alt', observaties: [{ periode: '2023', gebied: 'benchstad', waarde: 4, status: 'definitief' }, { periode: '2024', gebied: 'benchstad', waarde: 4.5, status: 'voorlopig' }],
});

const root = mkdtempSync(join(tmpdir(), 'indicatoren-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('loadIndicators', () => {
  const dir = join(root, 'indicatoren');
  mkdirSync(dir);
  writeFileSync(join(dir, 'zorg-b.json'), JSON.stringify(indicator('B')));
  writeFileSync(join(dir, 'armoede-a.json'), JSON.stringify(indicator('A')));
  writeFileSync(join(dir, 'LEESMIJ.md'), 'geen indicator');

  it('reads every .json file once, by file name, with the data as the schema shapes it', () => {
    const entries = loadIndicators(dir);
    expect(entries.map((e) => e.id)).toEqual(['armoede-a', 'zorg-b']);
    expect(entries[0]!.data).toEqual(indicatorSchema.parse(indicator('A')));
    // Defaults are filled in, as a content collection would.
    expect(entries[0]!.data.observaties[0]!.kwalificatie).toBe('exact');
    expect(entries[0]!.data.kanttekeningen).toEqual([]);
  });

  it('gives no indicators for a content folder without the folder', () => {
    expect(loadIndicators(join(root, 'bestaat-niet'))).toEqual([]);
  });
});

describe('indicators handed over by the content check', () => {
  it.each(['tests/fixtures/site', 'content'])('are the same as read afresh (%s)', async (dir) => {
    const { problems, indicatorsJson } = await startCheck(dir, process.cwd(), true);
    expect(problems).toEqual([]);
    const handed = JSON.parse(indicatorsJson!);
    expect(handed.length).toBeGreaterThan(0);
    expect(handed).toEqual(loadIndicators(join(dir, 'indicatoren')));
  });

  it('are used in a build of the same content folder only, not in astro dev', async () => {
    const plugins: { name: string; apply?: string }[] = [];
    const updateConfig = (config: { vite: { plugins: typeof plugins } }) => plugins.push(...config.vite.plugins);
    const setup = contentCheck().hooks['astro:config:setup'] as unknown as (o: { command: string; updateConfig: typeof updateConfig }) => Promise<void>;
    const key = Symbol.for('wijkteams.content-check');
    try {
      await setup({ command: 'build', updateConfig });
      // The build's check leaves the MDX texts to the Markdown pipeline; a failed bundle asks for the whole check.
      expect(plugins).toEqual([expect.objectContaining({ name: 'wijkteams:content-check', apply: 'build' })]);
      const handed = await checkedIndicators(contentDir);
      expect(handed?.map((i) => i.id)).toEqual(loadIndicators().map((i) => i.id));
      expect(await checkedIndicators('tests/fixtures/site')).toBeUndefined();
      await setup({ command: 'dev', updateConfig });
      expect(plugins).toHaveLength(1);
      expect(await checkedIndicators(contentDir)).toBeUndefined();
    } finally {
      delete (globalThis as Record<symbol, unknown>)[key];
    }
  });
});

describe('indicatorWatchPlugin (astro dev)', () => {
  const dir = join(root, 'indicatoren');
  const setup = () => {
    const watcher = Object.assign(new EventEmitter(), { add: vi.fn() });
    const ssr = { moduleGraph: { invalidateAll: vi.fn() } };
    const client = { moduleGraph: { invalidateAll: vi.fn() } };
    const ws = { send: vi.fn() };
    const configure = indicatorWatchPlugin(dir).configureServer as (server: unknown) => void;
    configure({ watcher, environments: { ssr, client }, ws });
    return { watcher, ssr, client, ws };
  };

  it('watches the folder and reloads the pages when an indicator file changes, appears or goes', () => {
    for (const event of ['change', 'add', 'unlink']) {
      const { watcher, ssr, client, ws } = setup();
      expect(watcher.add).toHaveBeenCalledWith(dir);
      watcher.emit(event, join(dir, 'zorg-b.json'));
      expect(ssr.moduleGraph.invalidateAll).toHaveBeenCalledOnce();
      expect(client.moduleGraph.invalidateAll).toHaveBeenCalledOnce();
      expect(ws.send).toHaveBeenCalledWith({ type: 'full-reload' });
    }
  });

  it('leaves other files alone, also in a folder whose name starts the same', () => {
    const { watcher, ssr, ws } = setup();
    watcher.emit('change', join(root, 'verhalen', 'x.mdx'));
    watcher.emit('change', join(`${dir}-oud`, 'x.json'));
    expect(ssr.moduleGraph.invalidateAll).not.toHaveBeenCalled();
    expect(ws.send).not.toHaveBeenCalled();
  });
});
