import { describe, expect, it } from 'vitest';
import { groupByKeys } from '../../src/lib/group.ts';

describe('groupByKeys', () => {
  it('puts an item under every key it names, keeps the order, and leaves out items without keys', () => {
    const items = [{ n: 1, k: ['a', 'b'] }, { n: 2, k: [] }, { n: 3, k: ['a'] }];
    const groups = groupByKeys(items, (i) => i.k);
    expect([...groups.keys()]).toEqual(['a', 'b']);
    expect(groups.get('a')!.map((i) => i.n)).toEqual([1, 3]);
    expect(groups.get('b')!.map((i) => i.n)).toEqual([1]);
  });
});
