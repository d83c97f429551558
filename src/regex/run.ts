import type { Assertion } from './ast.js';
import { isWordChar, NEWLINE } from './charset.js';
import type { Nfa } from './nfa.js';

/** What zero-width assertions can see at a position. -1 stands for "no character" (start / end). */
export interface Context {
  readonly prev: number;
  readonly next: number;
  /** `next` is a newline and the last character of the input (PCRE's `$` matches before it). */
  readonly nextIsFinalNewline: boolean;
}

export function holds(assertion: Assertion, ctx: Context): boolean {
  switch (assertion) {
    case 'start':
      return ctx.prev === -1;
    case 'end':
      return ctx.next === -1;
    case 'endOrFinalNewline':
      return ctx.next === -1 || ctx.nextIsFinalNewline;
    case 'lineStart':
      return ctx.prev === -1 || ctx.prev === NEWLINE;
    case 'lineStartPcre':
      return ctx.prev === -1 || (ctx.prev === NEWLINE && ctx.next !== -1);
    case 'lineEnd':
      return ctx.next === -1 || ctx.next === NEWLINE;
    case 'wordBoundary':
      return isWordChar(ctx.prev) !== isWordChar(ctx.next);
    case 'notWordBoundary':
      return isWordChar(ctx.prev) === isWordChar(ctx.next);
  }
}

/**
 * Simulates the NFA on a set of states at once (no backtracking): each input character costs at
 * most one visit per state, so a run is O(input length × states).
 */
export class Machine {
  private readonly marks: Uint32Array;
  private readonly stack: Int32Array;
  private generation = 0;
  /** Number of state visits so far; analyses use it as their work budget. */
  visits = 0;

  constructor(readonly nfa: Nfa) {
    this.marks = new Uint32Array(nfa.states.length);
    this.stack = new Int32Array(nfa.states.length);
  }

  /**
   * Follows empty transitions from `seeds` under `ctx`, replacing the contents of `into` with the
   * reachable character-consuming states. Returns whether the match state is reachable.
   */
  closure(seeds: readonly number[], ctx: Context, into: number[]): boolean {
    const { states } = this.nfa;
    const marks = this.marks;
    const stack = this.stack;
    if (++this.generation === 0xffffffff) {
      marks.fill(0);
      this.generation = 1;
    }
    const gen = this.generation;
    into.length = 0;
    let matched = false;
    let top = 0;
    for (const seed of seeds) {
      if (marks[seed] !== gen) {
        marks[seed] = gen;
        stack[top++] = seed;
      }
    }
    while (top > 0) {
      const id = stack[--top]!;
      this.visits++;
      const state = states[id]!;
      let a = -1;
      let b = -1;
      switch (state.kind) {
        case 'set':
          into.push(id);
          break;
        case 'match':
          matched = true;
          break;
        case 'split':
          a = state.out1;
          b = state.out2;
          break;
        case 'assert':
          if (holds(state.assertion, ctx)) a = state.out;
          break;
      }
      if (a >= 0 && marks[a] !== gen) {
        marks[a] = gen;
        stack[top++] = a;
      }
      if (b >= 0 && marks[b] !== gen) {
        marks[b] = gen;
        stack[top++] = b;
      }
    }
    return matched;
  }

  /** The states reached by consuming `c` from the character states in `from`. */
  step(from: readonly number[], c: number, into: number[]): void {
    const { states } = this.nfa;
    into.length = 0;
    for (const id of from) {
      const state = states[id]!;
      if (state.kind === 'set' && state.set.has(c)) into.push(state.out);
    }
  }

  matches(input: string, mode: 'full' | 'prefix'): boolean {
    let seeds: number[] = [this.nfa.start];
    let list: number[] = [];
    let spare: number[] = [];
    let prev = -1;
    for (let i = 0; ; ) {
      const next = i < input.length ? input.codePointAt(i)! : -1;
      const width = next > 0xffff ? 2 : 1;
      const ctx = { prev, next, nextIsFinalNewline: next === NEWLINE && i + 1 === input.length };
      const matched = this.closure(seeds, ctx, list);
      if (matched && (mode === 'prefix' || next === -1)) return true;
      if (next === -1) return false;
      this.step(list, next, spare);
      if (spare.length === 0) return false;
      [seeds, spare] = [spare, seeds];
      prev = next;
      i += width;
    }
  }
}
