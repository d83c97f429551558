import { expand, key, MAX_NODES, MAX_VISITS, type Analysis } from './alphabet.js';
import { NEWLINE } from './charset.js';
import type { Nfa } from './nfa.js';
import type { Machine } from './run.js';

const UNREACHABLE = 0x7fffffff;

/** The fewest characters from each state to the match state, ignoring assertions (so never too many). */
function distancesToMatch(nfa: Nfa): Int32Array {
  const reverse: [from: number, cost: number][][] = nfa.states.map(() => []);
  let match = -1;
  nfa.states.forEach((state, id) => {
    if (state.kind === 'match') match = id;
    else if (state.kind === 'split') reverse[state.out1]!.push([id, 0]), reverse[state.out2]!.push([id, 0]);
    else reverse[state.out]!.push([id, state.kind === 'set' ? 1 : 0]);
  });
  const dist = new Int32Array(nfa.states.length).fill(UNREACHABLE);
  dist[match] = 0;
  let layer = [match];
  for (let d = 0; layer.length > 0; d++) {
    const next: number[] = [];
    const stack = [...layer];
    while (stack.length > 0) {
      for (const [from, cost] of reverse[stack.pop()!]!) {
        if (d + cost < dist[from]!) {
          dist[from] = d + cost;
          (cost === 0 ? stack : next).push(from);
        }
      }
    }
    layer = next.filter((id) => dist[id] === d + 1);
  }
  return dist;
}

interface Entry {
  readonly seeds: number[];
  readonly prev: number;
  readonly text: string;
  /** Characters in `text`. */
  readonly length: number;
  /** `length` plus a lower bound on the characters still needed. */
  readonly estimate: number;
  readonly order: number;
  readonly key: string;
}

/** Fewest-estimate first; among equals the longer (closer to done), then the earlier (more readable characters). */
function before(a: Entry, b: Entry): boolean {
  if (a.estimate !== b.estimate) return a.estimate < b.estimate;
  if (a.length !== b.length) return a.length > b.length;
  return a.order < b.order;
}

class Heap {
  private readonly items: Entry[] = [];
  get size(): number {
    return this.items.length;
  }
  push(entry: Entry): void {
    const items = this.items;
    let i = items.push(entry) - 1;
    while (i > 0) {
      const parent = (i - 1) >> 1;
      if (!before(items[i]!, items[parent]!)) break;
      [items[i], items[parent]] = [items[parent]!, items[i]!];
      i = parent;
    }
  }
  pop(): Entry {
    const items = this.items;
    const top = items[0]!;
    const last = items.pop()!;
    if (items.length > 0) {
      items[0] = last;
      for (let i = 0; ; ) {
        const l = 2 * i + 1;
        const r = l + 1;
        let m = i;
        if (l < items.length && before(items[l]!, items[m]!)) m = l;
        if (r < items.length && before(items[r]!, items[m]!)) m = r;
        if (m === i) break;
        [items[i], items[m]] = [items[m]!, items[i]!];
        i = m;
      }
    }
    return top;
  }
}

/**
 * A shortest string that matches in `mode`, or undefined when none exists or the work bound is
 * reached. A* search over sets of states, guided by each state's distance to the match state.
 */
export function findExample(machine: Machine, info: Analysis, mode: 'full' | 'prefix'): string | undefined {
  const dist = distancesToMatch(machine.nfa);
  const remaining = (seeds: readonly number[]): number => seeds.reduce((min, s) => Math.min(min, dist[s]!), UNREACHABLE);
  const list: number[] = [];
  const budget = machine.visits + MAX_VISITS;
  const heap = new Heap();
  const best = new Map<string, number>();
  let order = 0;
  const push = (seeds: number[], prev: number, text: string, length: number): void => {
    const h = remaining(seeds);
    if (h === UNREACHABLE) return;
    const k = key(seeds, prev, false);
    if ((best.get(k) ?? UNREACHABLE) <= length) return;
    best.set(k, length);
    heap.push({ seeds, prev, text, length, estimate: length + h, order: order++, key: k });
  };
  push([machine.nfa.start], -1, '', 0);

  let pending: { text: string; length: number } | undefined;
  while (heap.size > 0) {
    const node = heap.pop();
    if (best.get(node.key)! < node.length) continue;
    // Every string still to be found is at least `node.estimate` long.
    if (pending !== undefined && pending.length <= node.estimate) return pending.text;
    if (machine.visits > budget || order > MAX_NODES) return pending?.text;
    if (machine.closure(node.seeds, { prev: node.prev, next: -1, nextIsFinalNewline: false }, list)) return node.text;
    const { matchedBefore, next } = expand(machine, info, node.seeds, node.prev);
    if (pending === undefined || pending.length > node.length + 1) {
      // Prefix mode: a match that needed to see the next character. PCRE's $ before a final newline.
      const candidates = info.groups.filter((_, g) => mode === 'prefix' && matchedBefore[g]).map((group) => group[0]!);
      if (info.finalNewlineMatters) candidates.push(info.alphabet.indexOf(NEWLINE));
      for (const symbol of candidates.sort((a, b) => a - b)) {
        const text = node.text + String.fromCodePoint(info.alphabet[symbol]!);
        if (machine.matches(text, mode)) {
          pending = { text, length: node.length + 1 };
          break;
        }
      }
    }
    for (const [symbol, stepped] of [...next].sort((a, b) => a[0] - b[0])) {
      const c = info.alphabet[symbol]!;
      push(stepped, c, node.text + String.fromCodePoint(c), node.length + 1);
    }
  }
  return pending?.text;
}
