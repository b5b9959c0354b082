import { describe, expect, it } from 'vitest';
import { htmlCache } from '../../src/components/render-cache.ts';

describe('htmlCache', () => {
  it('renders each key once when enabled, and reuses the HTML', async () => {
    const cached = htmlCache(true);
    let calls = 0;
    const render = async () => `<p>${++calls}</p>`;
    expect(await cached('a', render)).toBe('<p>1</p>');
    expect(await cached('a', render)).toBe('<p>1</p>');
    expect(await cached('b', render)).toBe('<p>2</p>');
    expect(calls).toBe(2);
  });
  it('renders every time when disabled (astro dev: content changes between requests)', async () => {
    const cached = htmlCache(false);
    let calls = 0;
    const render = async () => `<p>${++calls}</p>`;
    await cached('a', render);
    expect(await cached('a', render)).toBe('<p>2</p>');
  });
});
