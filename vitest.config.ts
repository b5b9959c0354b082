/// <reference types="vitest/config" />
import { getViteConfig } from 'astro/config';

export default getViteConfig({
  test: {
    include: ['tests/unit/**/*.test.ts', 'tests/content/**/*.test.ts', 'tests/charts/**/*.test.ts', 'tests/components/**/*.test.ts'],
    environment: 'node',
    testTimeout: 30_000,
    // One worker reused across files instead of a fresh one per file: every test file passes on its own and in
    // any order (no file relies on a clean module state), and it saves about half a minute of worker start-up.
    isolate: false,
  },
});
