import { describe, expect, it } from 'vitest';
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
