import { CharSet, isWordChar, MAX_CODE_POINT, NEWLINE, WORD } from './charset.js';
import type { Machine } from './run.js';

/**
 * The analyses (coverage, examples) explore sets of NFA states reachable by strings: a subset
 * construction, exponential in the worst case, so they stop after this much work (counted in
 * `Machine.visits`) or this many explored sets and answer conservatively.
 */
export const MAX_VISITS = 2_000_000;
export const MAX_NODES = 5_000;

/** Characters an example should use first; anything else only when nothing here fits. */
const PREFERRED = [
  ...'abcdefghijklmnopqrstuvwxyz1234567890ABCDEFGHIJKLMNOPQRSTUVWXYZ-_.~/',
  ...Array.from({ length: 0x7f - 0x21 }, (_, i) => String.fromCharCode(0x21 + i)),
  ' ',
].map((c) => c.codePointAt(0)!);
const RANK = new Map<number, number>();
for (const c of PREFERRED) if (!RANK.has(c)) RANK.set(c, RANK.size);

function rank(c: number): number {
  return RANK.get(c) ?? (c >= 0xa1 ? 0x1000 + c : 0x200000 + c);
}

function readableIn(lo: number, hi: number): number {
  for (const c of RANK.keys()) if (c >= lo && c <= hi) return c;
  for (let c of [Math.max(lo, 0xa1), lo]) {
    if (c >= 0xd800 && c <= 0xdfff) c = 0xe000;
    if (c <= hi) return c;
  }
  return lo;
}

/** Assertions only see whether a neighbour is absent, a newline, a word character or something else. */
function contextClass(c: number): 's' | 'n' | 'w' | 'o' {
  return c === -1 ? 's' : c === NEWLINE ? 'n' : isWordChar(c) ? 'w' : 'o';
}

export interface Analysis {
  /**
   * One character per class of characters that no set and no assertion tells apart, most readable
   * first. Symbols are indices into this list.
   */
  readonly alphabet: readonly number[];
  /** For each character set of the NFA, the symbols it contains, ascending. */
  readonly symbolsOf: ReadonlyMap<CharSet, readonly number[]>;
  /** Symbols that assertions cannot tell apart as the next character: one closure serves them all. */
  readonly groups: readonly (readonly number[])[];
  /** Each symbol's index in `groups`. */
  readonly groupOf: readonly number[];
  /** Whether PCRE's `$` (end, or before a final newline) occurs, which makes a final newline special. */
  readonly finalNewlineMatters: boolean;
}

export function analysis(machine: Machine): Analysis {
  const byRanges = new Map<string, number>();
  const distinct: CharSet[] = [];
  const idOf = new Map<CharSet, number>();
  let finalNewlineMatters = false;
  let hasAssertions = false;
  for (const state of machine.nfa.states) {
    if (state.kind === 'assert') {
      hasAssertions = true;
      if (state.assertion === 'endOrFinalNewline') finalNewlineMatters = true;
    }
    if (state.kind !== 'set' || idOf.has(state.set)) continue;
    const k = state.set.ranges.join();
    let id = byRanges.get(k);
    if (id === undefined) {
      id = distinct.push(state.set) - 1;
      byRanges.set(k, id);
    }
    idOf.set(state.set, id);
  }

  // Cut the code points into intervals at every set boundary, then merge intervals that every set
  // and every assertion treats alike.
  const cutSet = new Set<number>([0, MAX_CODE_POINT + 1, NEWLINE, NEWLINE + 1]);
  for (const set of [...distinct, WORD]) for (const [lo, hi] of set.pairs()) cutSet.add(lo).add(hi + 1);
  const cuts = [...cutSet].sort((a, b) => a - b);
  const indexOfCut = new Map(cuts.map((c, i) => [c, i]));
  const members: number[][] = cuts.slice(1).map(() => []);
  distinct.forEach((set, id) => {
    for (const [lo, hi] of set.pairs()) {
      for (let k = indexOfCut.get(lo)!; k < indexOfCut.get(hi + 1)!; k++) members[k]!.push(id);
    }
  });
  const classes = new Map<string, { rep: number; sets: number[] }>();
  members.forEach((sets, k) => {
    const rep = readableIn(cuts[k]!, cuts[k + 1]! - 1);
    const signature = `${contextClass(rep)}${sets.join()}`;
    const seen = classes.get(signature);
    if (seen === undefined) classes.set(signature, { rep, sets });
    else if (rank(rep) < rank(seen.rep)) seen.rep = rep;
  });

  const ordered = [...classes.values()].sort((a, b) => rank(a.rep) - rank(b.rep));
  const symbolsOfId: number[][] = distinct.map(() => []);
  ordered.forEach(({ sets }, symbol) => {
    for (const id of sets) symbolsOfId[id]!.push(symbol);
  });
  const symbolsOf = new Map([...idOf].map(([set, id]) => [set, symbolsOfId[id]!] as const));
  const alphabet = ordered.map((c) => c.rep);
  const groups = new Map<string, number[]>();
  const groupOf = alphabet.map((c, symbol) => {
    const g = hasAssertions ? contextClass(c) : '';
    if (!groups.has(g)) groups.set(g, []);
    groups.get(g)!.push(symbol);
    return [...groups.keys()].indexOf(g);
  });
  return { alphabet, symbolsOf, groups: [...groups.values()], groupOf, finalNewlineMatters };
}

/** Identifies a point of an exploration: the states reached, and what assertions can see of the previous character. */
export function key(seeds: readonly number[], prev: number, more: boolean): string {
  const unique = [...new Set(seeds)].sort((a, b) => a - b);
  return `${contextClass(prev)}${more ? '+' : ''}${unique.join()}`;
}

export interface Expansion {
  /** Per group of symbols: whether the match state is reachable right before such a symbol. */
  readonly matchedBefore: readonly boolean[];
  /** The states reached by consuming each symbol, for the symbols some state accepts. */
  readonly next: ReadonlyMap<number, number[]>;
}

/**
 * Every one-symbol step from `seeds` (reached with `prev` as the previous character), with one
 * closure per group of symbols instead of one per symbol. `prev` of -1 means the start. The
 * symbol a final newline may be is not special here (see the callers).
 */
export function expand(machine: Machine, info: Analysis, seeds: readonly number[], prev: number): Expansion {
  const { states } = machine.nfa;
  const matchedBefore: boolean[] = [];
  const next = new Map<number, number[]>();
  const list: number[] = [];
  info.groups.forEach((group, g) => {
    matchedBefore[g] = machine.closure(seeds, { prev, next: info.alphabet[group[0]!]!, nextIsFinalNewline: false }, list);
    for (const id of list) {
      const state = states[id]!;
      if (state.kind !== 'set') continue;
      const symbols = info.symbolsOf.get(state.set)!;
      machine.visits += symbols.length;
      for (const symbol of symbols) {
        if (info.groupOf[symbol] !== g) continue;
        const targets = next.get(symbol);
        if (targets === undefined) next.set(symbol, [state.out]);
        else targets.push(state.out);
      }
    }
  });
  return { matchedBefore, next };
}
