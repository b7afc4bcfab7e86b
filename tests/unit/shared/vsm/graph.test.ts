import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyzeValueStream } from '../../../../shared/vsm/analyze';
import { findCycles } from '../../../../shared/vsm/graph';
import { chain, customer, processBox, stream, supplier } from './builders';

/** Which elements lie on a cycle, worked out the slow, obvious way: a reaches b and b reaches a. */
function onCyclesByReachability(ids: string[], next: Map<string, string[]>): string[][] {
  const reachable = (from: string) => {
    const seen = new Set<string>();
    const todo = [...(next.get(from) ?? [])];
    while (todo.length > 0) {
      const id = todo.pop()!;
      if (seen.has(id)) continue;
      seen.add(id);
      todo.push(...(next.get(id) ?? []));
    }
    return seen;
  };
  const reach = new Map(ids.map((id) => [id, reachable(id)]));
  const groups = new Map<string, string[]>();
  for (const id of ids) {
    if (!reach.get(id)!.has(id)) continue;
    const key = ids.filter((other) => other === id || (reach.get(id)!.has(other) && reach.get(other)!.has(id))).join(',');
    groups.set(key, key.split(','));
  }
  return [...groups.values()].sort();
}

describe('the main-flow search on long chains', () => {
  // A recursive cycle search overflowed the call stack at about 5,000 connected steps.
  it('a chain of 8,000 connected steps is analysed, not a stack overflow', () => {
    const ids = Array.from({ length: 8_000 }, (_, i) => `p${i}`);
    const map = stream({
      elements: [supplier(), ...ids.map((id) => processBox(id, 1)), customer()],
      edges: chain('supplier', ...ids, 'customer'),
    });
    const metrics = analyzeValueStream(map);
    expect(metrics.valueAddedTime.value).toBe(8_000);
    expect(metrics.problems.filter((p) => p.code === 'cycle')).toEqual([]);
  }, 30_000);

  it('a loop of 20,000 steps is reported as one cycle', () => {
    const ids = Array.from({ length: 20_000 }, (_, i) => `p${i}`);
    const next = new Map(ids.map((id, i) => [id, [ids[(i + 1) % ids.length]!]]));
    const cycles = findCycles(ids, next);
    expect(cycles).toHaveLength(1);
    expect(cycles[0]).toHaveLength(20_000);
  });

  it('finds exactly the groups that flow back into themselves, on any small map', () => {
    const graph = fc.integer({ min: 1, max: 9 }).chain((n) =>
      fc.array(fc.tuple(fc.integer({ min: 0, max: n - 1 }), fc.integer({ min: 0, max: n - 1 })), { maxLength: 20 }).map((edges) => ({ n, edges })),
    );
    fc.assert(
      fc.property(graph, ({ n, edges }) => {
        const ids = Array.from({ length: n }, (_, i) => `e${i}`);
        const next = new Map(ids.map((id) => [id, [] as string[]]));
        for (const [from, to] of edges) next.get(ids[from]!)!.push(ids[to]!);
        const found = findCycles(ids, next).map((cycle) => [...cycle].sort((a, b) => ids.indexOf(a) - ids.indexOf(b)));
        expect(found.sort()).toEqual(onCyclesByReachability(ids, next));
      }),
      { seed: 11, numRuns: 500 },
    );
  });
});
