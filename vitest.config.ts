/// <reference types="vitest/config" />
import { getViteConfig } from 'astro/config';

export default getViteConfig({
  test: {
    include: ['tests/unit/**/*.test.ts', 'tests/content/**/*.test.ts', 'tests/charts/**/*.test.ts', 'tests/components/**/*.test.ts'],
    environment: 'node',
    testTimeout: 30_000,
  },
});
