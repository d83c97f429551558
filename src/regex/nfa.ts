import type { Assertion, Node } from './ast.js';
import type { CharSet } from './charset.js';

/** Counted repetition is expanded into copies; this caps the result. */
export const MAX_STATES = 10_000;

export type NfaState =
  | { readonly kind: 'set'; readonly set: CharSet; readonly out: number }
  | { readonly kind: 'split'; readonly out1: number; readonly out2: number }
  | { readonly kind: 'assert'; readonly assertion: Assertion; readonly out: number }
  | { readonly kind: 'match' };

/** A Thompson NFA: `set` states consume one character, the others are empty transitions. */
export interface Nfa {
  readonly states: readonly NfaState[];
  readonly start: number;
}

export type CompileResult = { readonly ok: true; readonly nfa: Nfa } | { readonly ok: false; readonly reason: string };

class TooManyStates extends Error {}

type Building =
  | { kind: 'set'; set: CharSet; out: number }
  | { kind: 'split'; out1: number; out2: number }
  | { kind: 'assert'; assertion: Assertion; out: number }
  | { kind: 'match' };

export function compile(node: Node): CompileResult {
  const states: Building[] = [];
  const add = (state: Building): number => {
    if (states.length >= MAX_STATES) throw new TooManyStates();
    return states.push(state) - 1;
  };
  const split = (out1: number, out2: number): { id: number; state: { kind: 'split'; out1: number; out2: number } } => {
    const state = { kind: 'split' as const, out1, out2 };
    return { id: add(state), state };
  };

  // Compiles `n` followed by the state `next`, returning the entry state (built back to front).
  const build = (n: Node, next: number): number => {
    switch (n.type) {
      case 'empty':
        return next;
      case 'set':
        return add({ kind: 'set', set: n.set, out: next });
      case 'assert':
        return add({ kind: 'assert', assertion: n.assertion, out: next });
      case 'concat': {
        let entry = next;
        for (let i = n.items.length - 1; i >= 0; i--) entry = build(n.items[i]!, entry);
        return entry;
      }
      case 'alt': {
        const entries = n.items.map((item) => build(item, next));
        let entry = entries[entries.length - 1]!;
        for (let i = entries.length - 2; i >= 0; i--) entry = split(entries[i]!, entry).id;
        return entry;
      }
      case 'repeat':
        return repeat(n.item, n.min, n.max, next);
    }
  };

  const repeat = (item: Node, min: number, max: number, next: number): number => {
    let entry = next;
    if (max === Infinity) {
      const loop = split(-1, next);
      const body = build(item, loop.id);
      loop.state.out1 = body;
      // x{n,} is n-1 plain copies followed by x+ (the loop); x* is the loop entered at its split.
      if (min === 0) return loop.id;
      entry = body;
      min--;
    } else {
      // x{n,m} as n copies then (x(x(…)?)?)? with m-n optional copies.
      for (let i = 0; i < max - min; i++) entry = split(build(item, entry), next).id;
    }
    for (let i = 0; i < min; i++) entry = build(item, entry);
    return entry;
  };

  try {
    const match = add({ kind: 'match' });
    const start = build(node, match);
    return { ok: true, nfa: { states, start } };
  } catch (error) {
    if (error instanceof TooManyStates) {
      return { ok: false, reason: `the pattern expands to more than ${MAX_STATES} automaton states (counted repetition is expanded)` };
    }
    throw error;
  }
}
