import type { Assumption, Problem } from './figure';
import type { ValueStream } from './model';

export type FlowAnalysis = {
  /** The main flow: element ids from start to end along the longest path; null when there is none. */
  path: string[] | null;
  /** Elements on some path from a start to an end within the main flow's part of the map. */
  onFlow: Set<string>;
  problems: Problem[];
  assumptions: Assumption[];
};

type Adjacency = Map<string, string[]>;

/**
 * Groups of elements that flow back into themselves (Tarjan's strongly connected components).
 * Iterative, with an explicit stack: a file's flow can be a chain of thousands of steps, and a
 * recursive search overflowed the call stack at about 5,000.
 */
export function findCycles(ids: readonly string[], next: Adjacency): string[][] {
  let counter = 0;
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const cycles: string[][] = [];
  /** The search's own call stack: an element and how many of its successors it has looked at. */
  const frames: { id: string; edge: number }[] = [];
  const enter = (id: string): void => {
    index.set(id, counter);
    low.set(id, counter);
    counter += 1;
    stack.push(id);
    onStack.add(id);
    frames.push({ id, edge: 0 });
  };
  for (const root of ids) {
    if (index.has(root)) continue;
    enter(root);
    while (frames.length > 0) {
      const frame = frames[frames.length - 1]!;
      const successors = next.get(frame.id) ?? [];
      if (frame.edge < successors.length) {
        const to = successors[frame.edge++]!;
        if (!index.has(to)) enter(to);
        else if (onStack.has(to)) low.set(frame.id, Math.min(low.get(frame.id)!, index.get(to)!));
        continue;
      }
      frames.pop();
      const { id } = frame;
      const parent = frames[frames.length - 1];
      if (parent) low.set(parent.id, Math.min(low.get(parent.id)!, low.get(id)!));
      if (low.get(id) !== index.get(id)) continue;
      const component: string[] = [];
      let member: string | undefined;
      do {
        member = stack.pop()!;
        onStack.delete(member);
        component.push(member);
      } while (member !== id);
      const selfLoop = component.length === 1 && successors.includes(id);
      if (component.length > 1 || selfLoop) cycles.push(component.reverse());
    }
  }
  return cycles;
}

function reach(starts: readonly string[], next: Adjacency): Set<string> {
  const seen = new Set<string>(starts);
  const queue = [...starts];
  for (let head = 0; head < queue.length; head++) {
    for (const to of next.get(queue[head]!) ?? []) {
      if (!seen.has(to)) {
        seen.add(to);
        queue.push(to);
      }
    }
  }
  return seen;
}

/** Kahn's order, stable in the order the elements are listed. Assumes no cycles. */
function topologicalOrder(ids: readonly string[], next: Adjacency, prev: Adjacency): string[] {
  const inDegree = new Map(ids.map((id) => [id, (prev.get(id) ?? []).length]));
  const order = ids.filter((id) => inDegree.get(id) === 0);
  for (let head = 0; head < order.length; head++) {
    for (const to of next.get(order[head]!) ?? []) {
      const left = inDegree.get(to)! - 1;
      inDegree.set(to, left);
      if (left === 0) order.push(to);
    }
  }
  return order;
}

/**
 * Finds the main flow: the connected path from supplier to customer, and where the flow branches,
 * the longest one by `weight` (an element's time in seconds; unknown times count as 0 for the
 * choice of path only — the figures on it still report them). Cycles and elements off the flow
 * are reported as problems.
 */
export function analyseFlow(stream: ValueStream, weight: (id: string) => number): FlowAnalysis {
  const ids = stream.elements.map((element) => element.id);
  const known = new Set(ids);
  const kindOf = new Map(stream.elements.map((element) => [element.id, element.kind]));
  const problems: Problem[] = [];
  const assumptions: Assumption[] = [];
  const next: Adjacency = new Map(ids.map((id) => [id, []]));
  const prev: Adjacency = new Map(ids.map((id) => [id, []]));
  for (const edge of stream.edges) {
    if (!known.has(edge.from) || !known.has(edge.to)) {
      problems.push({ code: 'edgeNotConnected', elementIds: [edge.id] });
      continue;
    }
    next.get(edge.from)!.push(edge.to);
    prev.get(edge.to)!.push(edge.from);
  }

  const cycles = findCycles(ids, next);
  if (cycles.length > 0) {
    for (const cycle of cycles) problems.push({ code: 'cycle', elementIds: cycle });
    return { path: null, onFlow: new Set(), problems, assumptions };
  }

  const isWork = (id: string) => kindOf.get(id) !== 'supplier' && kindOf.get(id) !== 'customer';
  let starts = ids.filter((id) => kindOf.get(id) === 'supplier');
  if (starts.length === 0) {
    starts = ids.filter((id) => isWork(id) && prev.get(id)!.length === 0);
    if (starts.length > 0) assumptions.push({ code: 'flowFromSources' });
  }
  let ends = ids.filter((id) => kindOf.get(id) === 'customer');
  if (ends.length === 0) {
    ends = ids.filter((id) => isWork(id) && next.get(id)!.length === 0);
    if (ends.length > 0) assumptions.push({ code: 'flowToSinks' });
  }

  const fromStart = reach(starts, next);
  const toEnd = reach(ends, prev);
  const onPaths = new Set(ids.filter((id) => fromStart.has(id) && toEnd.has(id)));
  const endSet = new Set(ends);
  const startSet = new Set(starts);

  // Longest path over the elements that lie on some start → end path, in topological order.
  const best = new Map<string, number>();
  const cameFrom = new Map<string, string | null>();
  for (const id of topologicalOrder(ids, next, prev)) {
    if (!onPaths.has(id)) continue;
    let before: string | null = null;
    for (const from of prev.get(id)!) {
      if (onPaths.has(from) && (before === null || best.get(from)! > best.get(before)!)) before = from;
    }
    if (before === null && !startSet.has(id)) continue;
    best.set(id, (before === null ? 0 : best.get(before)!) + weight(id));
    cameFrom.set(id, before);
  }
  let last: string | null = null;
  for (const id of ids) if (endSet.has(id) && best.has(id) && (last === null || best.get(id)! > best.get(last)!)) last = id;

  const stepsOrWaits = ids.filter(isWork);
  if (last === null) {
    problems.push({ code: 'noMainFlow', elementIds: [] });
    return { path: null, onFlow: new Set(), problems, assumptions };
  }
  const path: string[] = [];
  for (let at: string | null = last; at !== null; at = cameFrom.get(at) ?? null) path.push(at);
  path.reverse();

  // Elements on other start → end paths count only if they are joined to the main flow.
  const undirected: Adjacency = new Map(ids.map((id) => [id, [...next.get(id)!, ...prev.get(id)!]]));
  const mainPart = reach(path, undirected);
  const onFlow = new Set([...onPaths].filter((id) => mainPart.has(id)));
  for (const id of stepsOrWaits) if (!onFlow.has(id)) problems.push({ code: 'notOnMainFlow', elementIds: [id] });
  return { path, onFlow, problems, assumptions };
}
