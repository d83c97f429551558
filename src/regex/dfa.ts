import { isWordChar, NEWLINE } from './charset.js';
import type { Machine } from './run.js';

/** What assertions can see of a previous character, as a character of the same kind. */
function prevRepresentative(c: number): number {
  return c === -1 || c === NEWLINE ? c : isWordChar(c) ? 0x61 : 0x2d;
}

interface DfaState {
  readonly seeds: readonly number[];
  readonly prev: number;
  /** Keyed by character × 2, + 1 for a newline that ends the input. */
  readonly transitions: Map<number, Transition>;
  matchesAtEnd?: boolean;
}

interface Transition {
  /** Undefined when no NFA state survives the character. */
  readonly next: DfaState | undefined;
  /** Whether the match state was reachable right before the character. */
  readonly matchedBefore: boolean;
}

/**
 * Matching through a lazily built DFA: a state is a set of NFA states (plus what assertions see of
 * the previous character); each transition is computed once by the NFA simulation, then cached.
 * Past its bounds the cache is dropped and rebuilt, as RE2 does, so a run never costs more than
 * the plain simulation's O(input length × NFA states), and usually about O(input length).
 */
export class LazyDfa {
  private cache = new Map<string, DfaState>();
  private size = 0;
  private drops = 0;
  private readonly list: number[] = [];

  /** `maxSize` bounds the cached NFA-state ids plus transitions. */
  constructor(
    private readonly machine: Machine,
    private readonly maxSize = 1_000_000,
  ) {}

  matches(input: string, mode: 'full' | 'prefix'): boolean {
    const drops = this.drops;
    let state = this.intern([this.machine.nfa.start], -1);
    for (let i = 0; i < input.length; ) {
      // A cache that keeps filling up saves nothing: finish with the plain simulation.
      if (this.drops > drops + 1) return this.machine.matches(input, mode);
      const c = input.codePointAt(i)!;
      i += c > 0xffff ? 2 : 1;
      const final = c === NEWLINE && i === input.length;
      const k = c * 2 + (final ? 1 : 0);
      let t = state.transitions.get(k);
      if (t === undefined) {
        t = this.transition(state, c, final);
        state.transitions.set(k, t);
        this.size++;
      }
      if (t.matchedBefore && mode === 'prefix') return true;
      if (t.next === undefined) return false;
      state = t.next;
    }
    state.matchesAtEnd ??= this.machine.closure(state.seeds, { prev: state.prev, next: -1, nextIsFinalNewline: false }, this.list);
    return state.matchesAtEnd;
  }

  private transition(from: DfaState, c: number, final: boolean): Transition {
    const matchedBefore = this.machine.closure(from.seeds, { prev: from.prev, next: c, nextIsFinalNewline: final }, this.list);
    const stepped: number[] = [];
    this.machine.step(this.list, c, stepped);
    return { next: stepped.length === 0 ? undefined : this.intern(stepped, c), matchedBefore };
  }

  private intern(seeds: readonly number[], prev: number): DfaState {
    const p = prevRepresentative(prev);
    const unique = [...new Set(seeds)].sort((a, b) => a - b);
    const k = `${p}:${unique.join()}`;
    const known = this.cache.get(k);
    if (known !== undefined) return known;
    if (this.size + unique.length > this.maxSize) {
      // States already handed out stay valid; they are just no longer shared.
      this.cache = new Map();
      this.size = 0;
      this.drops++;
    }
    const state: DfaState = { seeds: unique, prev: p, transitions: new Map() };
    this.cache.set(k, state);
    this.size += unique.length + 1;
    return state;
  }
}
