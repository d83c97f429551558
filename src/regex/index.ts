/**
 * A bounded regular-expression engine for patterns taken from gateway configuration. Users'
 * patterns never run on JavaScript's backtracking `RegExp`: they are parsed (parse.ts), compiled
 * into a Thompson NFA (nfa.ts) and simulated state-set by state-set (run.ts), through a lazily
 * built, size-bounded DFA cache (dfa.ts): O(input length × states) at worst, never backtracking.
 *
 * Characters are Unicode code points; case-insensitive matching (`(?i)`) folds ASCII letters only.
 */
import { analysis, type Analysis } from './alphabet.js';
import { coverage } from './coverage.js';
import { findExample } from './example.js';
import { LazyDfa } from './dfa.js';
import { compile } from './nfa.js';
import { parse, type RegexFlavor } from './parse.js';
import { Machine } from './run.js';

export type { RegexFlavor } from './parse.js';
export { looksLikeRegex } from './looks-like.js';

export type ParsedRegex =
  | { readonly ok: true; readonly regex: SafeRegex }
  | { readonly ok: false; readonly kind: 'syntax' | 'unsupported'; readonly reason: string; readonly index: number };

export interface SafeRegex {
  readonly source: string;
  /**
   * 'full': the whole input must match (Envoy safe_regex / Gateway API). 'prefix': the match must
   * start at index 0 but may end anywhere (Kong `~` paths, which Kong anchors at the start). An
   * explicit ^ / $ in the pattern keeps its meaning.
   */
  matches(input: string, mode: 'full' | 'prefix'): boolean;
  /**
   * Exact and sound: true only if, in 'prefix' mode, EVERY string that starts with `prefix` matches
   * (some prefix of it, possibly `prefix` itself or something longer, is accepted; `$`, `\b` and
   * the like are judged against every possible continuation). False as well when the analysis
   * reaches its work bound, which takes huge automata.
   */
  matchesEveryExtensionOf(prefix: string): boolean;
  /**
   * A shortest string the regex matches in `mode`, preferring readable characters (`\d` → '1',
   * `.` and `[a-z]` → 'a'), or undefined when none exists or none is found within the work bound.
   * Used as an example request path.
   */
  example(mode: 'full' | 'prefix'): string | undefined;
}

export function parseRegex(source: string, flavor: RegexFlavor): ParsedRegex {
  const parsed = parse(source, flavor);
  if (!parsed.ok) return parsed;
  const compiled = compile(parsed.node);
  if (!compiled.ok) return { ok: false, kind: 'unsupported', reason: compiled.reason, index: 0 };
  return { ok: true, regex: new CompiledRegex(source, new Machine(compiled.nfa)) };
}

class CompiledRegex implements SafeRegex {
  private info: Analysis | undefined;
  private readonly examples = new Map<'full' | 'prefix', string | undefined>();
  private readonly dfa: LazyDfa;

  constructor(
    readonly source: string,
    private readonly machine: Machine,
  ) {
    this.dfa = new LazyDfa(machine);
  }

  matches(input: string, mode: 'full' | 'prefix'): boolean {
    return this.dfa.matches(input, mode);
  }

  matchesEveryExtensionOf(prefix: string): boolean {
    return coverage(this.machine, this.analysis(), prefix).kind === 'covered';
  }

  example(mode: 'full' | 'prefix'): string | undefined {
    if (!this.examples.has(mode)) this.examples.set(mode, findExample(this.machine, this.analysis(), mode));
    return this.examples.get(mode);
  }

  private analysis(): Analysis {
    this.info ??= analysis(this.machine);
    return this.info;
  }
}
