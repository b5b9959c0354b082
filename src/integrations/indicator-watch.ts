import type { AstroIntegration } from 'astro';
import { sep } from 'node:path';
import type { Plugin } from 'vite';
import { contentPath } from '../lib/content-dir.ts';

/**
 * In `astro dev`, a changed, added or removed indicator file reloads the pages: indicators are read by
 * src/data/indicators.ts, not through Astro's content layer, which would do this itself. Every server module is
 * marked stale, so the next request reads the content again; a build reads it once and needs none of this.
 */
export function indicatorWatchPlugin(dir = contentPath('indicatoren')): Plugin {
  return {
    name: 'indicator-watch',
    configureServer(server) {
      const reload = (file: string) => {
        if (!file.startsWith(dir + sep)) return;
        for (const environment of Object.values(server.environments)) environment.moduleGraph.invalidateAll();
        server.ws.send({ type: 'full-reload' });
      };
      server.watcher.add(dir);
      server.watcher.on('add', reload).on('change', reload).on('unlink', reload);
    },
  };
}

export default function indicatorWatch(): AstroIntegration {
  return {
    name: 'indicator-watch',
    hooks: {
      'astro:config:setup': ({ command, updateConfig }) => {
        if (command === 'dev') updateConfig({ vite: { plugins: [indicatorWatchPlugin()] } });
      },
    },
  };
}
