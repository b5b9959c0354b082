import type { AstroIntegration } from 'astro';
import type { Plugin } from 'vite';

/**
 * `astro build` syncs the content with a temporary Vite dev server, which pre-bundles the dev toolbar's
 * dependencies (aria-query and others) into node_modules/.vite: a few seconds per build on a fresh clone, and
 * again whenever another project with the same node_modules changed that cache. A build never serves those
 * files, so in a build the client's dependency optimizer is switched off; `astro dev` keeps it.
 */
export default function skipDepOptimizer(): AstroIntegration {
  const plugin: Plugin = {
    name: 'skip-dep-optimizer',
    enforce: 'post',
    // Runs after Astro's own environment settings, which add the dev toolbar's dependencies to `include`.
    configEnvironment(name, options) {
      if (name !== 'client') return;
      options.optimizeDeps = { ...options.optimizeDeps, include: [], noDiscovery: true };
    },
  };
  return {
    name: 'skip-dep-optimizer',
    hooks: {
      'astro:config:setup': ({ command, updateConfig }) => {
        if (command === 'build') updateConfig({ vite: { plugins: [plugin] } });
      },
    },
  };
}
