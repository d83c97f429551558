import { expand, key, MAX_NODES, MAX_VISITS, type Analysis } from './alphabet.js';
import { NEWLINE } from './charset.js';
import type { Machine } from './run.js';

/**
 * Whether every string that starts with a prefix matches in 'prefix' mode: `covered`; or a string
 * starting with the prefix that does not match; or `unknown` when the work bound was reached.
 */
export type Coverage =
  | { readonly kind: 'covered' }
  | { readonly kind: 'uncovered'; readonly witness: string }
  | { readonly kind: 'unknown' };

interface Frontier {
  readonly seeds: number[];
  readonly prev: number;
  /** The string that reaches this point. */
  readonly text: string;
  /** Only strings that go on after this point are left to check (see the final-newline split). */
  readonly more: boolean;
}

/** Walks the prefix like a match, then explores every continuation (including none) until each one has matched. */
export function coverage(machine: Machine, info: Analysis, prefix: string): Coverage {
  const covered: Coverage = { kind: 'covered' };
  const uncovered = (witness: string): Coverage => ({ kind: 'uncovered', witness });
  const list: number[] = [];
  let seeds = [machine.nfa.start];
  let prev = -1;
  const chars = Array.from(prefix, (ch) => ch.codePointAt(0)!);
  let more = false;
  for (let i = 0; i < chars.length; i++) {
    const c = chars[i]!;
    if (i === chars.length - 1 && c === NEWLINE && info.finalNewlineMatters) {
      // The string may end right after this newline (then PCRE's `$` matches before it) or go on.
      if (!machine.matches(prefix, 'prefix')) return uncovered(prefix);
      more = true;
    }
    if (machine.closure(seeds, { prev, next: c, nextIsFinalNewline: false }, list)) return covered;
    const stepped: number[] = [];
    machine.step(list, c, stepped);
    if (stepped.length === 0) return uncovered(prefix);
    seeds = stepped;
    prev = c;
  }

  const budget = machine.visits + MAX_VISITS;
  const queue: Frontier[] = [{ seeds, prev, text: prefix, more }];
  const seen = new Set([key(seeds, prev, more)]);
  for (let head = 0; head < queue.length; head++) {
    if (machine.visits > budget || queue.length > MAX_NODES) return { kind: 'unknown' };
    const node = queue[head]!;
    if (!node.more && !machine.closure(node.seeds, { prev: node.prev, next: -1, nextIsFinalNewline: false }, list)) {
      return uncovered(node.text);
    }
    // With PCRE's `$`, a newline that ends the string is a case of its own; below, a newline is
    // then only followed by strings that go on after it.
    if (info.finalNewlineMatters && !endsWithNewlineMatch(machine, node)) return uncovered(`${node.text}\n`);
    const { matchedBefore, next } = expand(machine, info, node.seeds, node.prev);
    // Each symbol that does not match right away must lead somewhere.
    const present = info.groups.map(() => 0);
    for (const symbol of next.keys()) present[info.groupOf[symbol]!]!++;
    for (const [g, group] of info.groups.entries()) {
      if (matchedBefore[g] || present[g] === group.length) continue;
      const c = info.alphabet[group.find((symbol) => !next.has(symbol))!]!;
      const text = node.text + String.fromCodePoint(c);
      return uncovered(c === NEWLINE && info.finalNewlineMatters ? `${text}a` : text);
    }
    for (const [symbol, stepped] of next) {
      if (matchedBefore[info.groupOf[symbol]!]) continue;
      const c = info.alphabet[symbol]!;
      const splitNewline = c === NEWLINE && info.finalNewlineMatters;
      const k = key(stepped, c, splitNewline);
      if (!seen.has(k)) {
        seen.add(k);
        queue.push({ seeds: stepped, prev: c, text: node.text + String.fromCodePoint(c), more: splitNewline });
      }
    }
  }
  return covered;
}

/** Whether the strings reaching `node` match when followed by one final newline. */
function endsWithNewlineMatch(machine: Machine, node: Frontier): boolean {
  const list: number[] = [];
  if (machine.closure(node.seeds, { prev: node.prev, next: NEWLINE, nextIsFinalNewline: true }, list)) return true;
  const after: number[] = [];
  machine.step(list, NEWLINE, after);
  return machine.closure(after, { prev: NEWLINE, next: -1, nextIsFinalNewline: false }, list);
}
