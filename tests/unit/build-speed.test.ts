import { describe, expect, it, vi } from 'vitest';
import type { Plugin } from 'vite';
import skipDepOptimizer from '../../src/integrations/skip-dep-optimizer.ts';

/** The Vite plugins the integration hands to Astro for a command. */
function pluginsFor(command: 'build' | 'dev' | 'sync'): Plugin[] {
  const plugins: Plugin[] = [];
  const setup = skipDepOptimizer().hooks['astro:config:setup'] as (o: unknown) => void;
  setup({ command, updateConfig: (c: { vite?: { plugins?: Plugin[] } }) => plugins.push(...(c.vite?.plugins ?? [])) });
  return plugins;
}

describe('skip-dep-optimizer', () => {
  it('switches the client dependency optimizer off in a build, after Astro added the dev toolbar deps', () => {
    const [plugin] = pluginsFor('build');
    expect(plugin?.enforce).toBe('post');
    const client = { optimizeDeps: { include: ['astro > aria-query', 'astro > html-escaper'], exclude: ['astro:*'] } };
    (plugin!.configEnvironment as (name: string, o: typeof client) => void)('client', client);
    expect(client.optimizeDeps).toEqual({ include: [], exclude: ['astro:*'], noDiscovery: true });
    const ssr = { optimizeDeps: { include: ['x'] } };
    (plugin!.configEnvironment as (name: string, o: typeof ssr) => void)('ssr', ssr);
    expect(ssr.optimizeDeps.include).toEqual(['x']);
  });

  it('leaves astro dev and astro sync alone', () => {
    expect(pluginsFor('dev')).toEqual([]);
    expect(pluginsFor('sync')).toEqual([]);
  });
});

describe('content check in a worker thread', () => {
  it('names file, line and field of a broken value', async () => {
    const { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } = await import('node:fs');
    const { join } = await import('node:path');
    const { tmpdir } = await import('node:os');
    const { startCheck } = await import('../../src/integrations/content-check.ts');
    const dir = mkdtempSync(join(tmpdir(), 'check-worker-'));
    try {
      cpSync('tests/fixtures/site', dir, { recursive: true });
      const name = readdirSync(join(dir, 'indicatoren')).find((f) => f.endsWith('.json'))!;
      const file = join(dir, 'indicatoren', name);
      writeFileSync(file, readFileSync(file, 'utf8').replace(/"richting": "[a-z-]+"/, '"richting": "omhoogje"'));
      const { problems: lines, indicatorsJson } = await startCheck(dir);
      expect(lines).toHaveLength(1);
      expect(indicatorsJson).toBeUndefined();
      expect(lines[0]).toMatch(new RegExp(`indicatoren/${name}:\\d+ › richting: "omhoogje" is geen toegestane waarde`));
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('work done while the build waits for the content check', () => {
  /** Runs `body` with `outcome` as the build's shared check (set by astro:config:setup in a real build). */
  async function withCheck(outcome: Promise<{ problems: string[] }>, body: () => Promise<void>, check: { dir?: string; mdxTexts?: boolean } = {}): Promise<void> {
    const SHARED = Symbol.for('wijkteams.content-check');
    const global = globalThis as Record<symbol, unknown>;
    global[SHARED] = { dir: 'inhoud', root: process.cwd(), mdxTexts: true, outcome, ...check };
    try {
      await body();
    } finally {
      delete global[SHARED];
    }
  }
  const buildStart = async (whileWaiting: () => void | Promise<void>) => {
    const { default: contentCheck } = await import('../../src/integrations/content-check.ts');
    return contentCheck(whileWaiting).hooks['astro:build:start'] as () => Promise<void>;
  };

  it('runs before the check has finished, and the build still waits for the check', async () => {
    let finish!: (outcome: { problems: string[] }) => void;
    await withCheck(new Promise((resolve) => (finish = resolve)), async () => {
      const order: string[] = [];
      const started = (await buildStart(() => { order.push('opwarmen'); }))().then(() => order.push('gecontroleerd'));
      await new Promise((resolve) => setTimeout(resolve, 10));
      expect(order).toEqual(['opwarmen']);
      finish({ problems: [] });
      await started;
      expect(order).toEqual(['opwarmen', 'gecontroleerd']);
    });
  });

  it('still waits for the check, and stops on its problems, when the early work fails', async () => {
    const exit = vi.spyOn(process, 'exit').mockImplementation((() => undefined) as never);
    const error = vi.spyOn(console, 'error').mockImplementation(() => {});
    try {
      await withCheck(Promise.resolve({ problems: ['inhoud/x.json:1 › titel: ontbreekt'] }), async () => {
        await (await buildStart(async () => { throw new Error('opwarmen mislukt'); }))();
      });
      expect(exit).toHaveBeenCalledWith(1);
      expect(error.mock.calls.flat().join('\n')).toContain('titel: ontbreekt');
    } finally {
      exit.mockRestore();
      error.mockRestore();
    }
  });

  it('reports every problem, MDX texts too, when a build\'s check (without those texts) found one', async () => {
    const { appendFileSync, cpSync, mkdtempSync, rmSync } = await import('node:fs');
    const { join } = await import('node:path');
    const { tmpdir } = await import('node:os');
    const { awaitContentCheck } = await import('../../src/integrations/content-check.ts');
    const dir = mkdtempSync(join(tmpdir(), 'check-again-'));
    const exit = vi.spyOn(process, 'exit').mockImplementation((() => undefined) as never);
    const error = vi.spyOn(console, 'error').mockImplementation(() => {});
    try {
      cpSync(join(import.meta.dirname, '..', 'fixtures', 'site'), dir, { recursive: true });
      appendFileSync(join(dir, 'kaders', 'beleidscyclus.mdx'), '\n{1+1}\n');
      // The first outcome stands for the build's check; the report must come from the whole check of the folder.
      await withCheck(Promise.resolve({ problems: ['eerste controle › titel: ontbreekt'] }), awaitContentCheck, { dir, mdxTexts: false });
      expect(exit).toHaveBeenCalledWith(1);
      const printed = error.mock.calls.flat().join('\n');
      expect(printed).toMatch(/kaders\/beleidscyclus\.mdx:\d+:1 › \(tekst\): MDX leest \{ en \} als code/);
      expect(printed).not.toContain('eerste controle');
    } finally {
      exit.mockRestore();
      error.mockRestore();
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('warms citeproc up without changing a reference', async () => {
    const { cslApa, warmUpApa } = await import('../../src/lib/citations.ts');
    const item = { id: 'x', type: 'webpage', title: 'Een pagina?', author: [{ literal: 'Gemeente Zaanstad' }], issued: { 'date-parts': [[2025]] } };
    const before = cslApa(item);
    warmUpApa();
    expect(cslApa(item)).toBe(before);
    expect(before).toBe('Gemeente Zaanstad. (2025). Een pagina?');
  });
});

describe('Node options of the npm scripts', () => {
  it('size V8\'s helper threads to the machine (.npmrc), also when the shell sets NODE_OPTIONS itself', async () => {
    const { execFileSync } = await import('node:child_process');
    const options = execFileSync('npm', ['exec', '--offline', '--', 'node', '-p', 'process.env.NODE_OPTIONS'], {
      encoding: 'utf8', env: { ...process.env, NODE_OPTIONS: '--no-warnings' },
    }).trim();
    expect(options.split(/\s+/)).toContain('--v8-pool-size=0');
  });
});
