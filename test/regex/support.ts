import { analysis } from '../../src/regex/alphabet.js';
import { coverage, type Coverage } from '../../src/regex/coverage.js';
import { LazyDfa } from '../../src/regex/dfa.js';
import { parseRegex, type RegexFlavor, type SafeRegex } from '../../src/regex/index.js';
import { compile } from '../../src/regex/nfa.js';
import { parse } from '../../src/regex/parse.js';
import { Machine } from '../../src/regex/run.js';

export type Mode = 'full' | 'prefix';

export function regex(source: string, flavor: RegexFlavor = 'pcre'): SafeRegex {
  const parsed = parseRegex(source, flavor);
  if (!parsed.ok) throw new Error(`${source} (${flavor}): ${parsed.kind} at ${parsed.index}: ${parsed.reason}`);
  return parsed.regex;
}

/** JavaScript's backtracking engine, only ever run here on small, known-safe patterns. */
export function jsMatches(source: string, input: string, mode: Mode, flags = ''): boolean {
  return new RegExp(mode === 'full' ? `^(?:${source})$` : `^(?:${source})`, flags).test(input);
}

/** The plain NFA simulation and a lazy DFA with a tiny cache, to compare with the public matcher. */
export function engines(source: string, cacheSize: number): { nfa: Machine; dfa: LazyDfa } {
  const parsed = parse(source, 'pcre');
  if (!parsed.ok) throw new Error(parsed.reason);
  const compiled = compile(parsed.node);
  if (!compiled.ok) throw new Error(compiled.reason);
  const nfa = new Machine(compiled.nfa);
  return { nfa, dfa: new LazyDfa(nfa, cacheSize) };
}

/** The counterexample-producing analysis behind `matchesEveryExtensionOf`. */
export function coverageOf(source: string, prefix: string, flavor: RegexFlavor = 'pcre'): Coverage {
  const parsed = parse(source, flavor);
  if (!parsed.ok) throw new Error(parsed.reason);
  const compiled = compile(parsed.node);
  if (!compiled.ok) throw new Error(compiled.reason);
  const machine = new Machine(compiled.nfa);
  return coverage(machine, analysis(machine), prefix);
}

/** mulberry32: a small seeded generator, so random cases are the same on every run. */
export function seeded(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function pick<T>(random: () => number, items: readonly T[]): T {
  return items[Math.floor(random() * items.length)]!;
}

/** Every string over `alphabet` of length up to `maxLength`, shortest first. */
export function allStrings(alphabet: readonly string[], maxLength: number): string[] {
  const out = [''];
  let layer = [''];
  for (let n = 1; n <= maxLength; n++) {
    layer = layer.flatMap((s) => alphabet.map((c) => s + c));
    out.push(...layer);
  }
  return out;
}

/** Patterns from a tiny grammar: literals, classes, groups, alternation, quantifiers, anchors. */
export function randomPattern(random: () => number, depth = 0): string {
  const branches = random() < 0.25 && depth < 3 ? 2 : 1;
  const out: string[] = [];
  for (let b = 0; b < branches; b++) {
    let seq = '';
    const length = 1 + Math.floor(random() * 3);
    for (let i = 0; i < length; i++) {
      const roll = random();
      if (roll < 0.06) {
        seq += pick(random, ['^', '$', '\\b', '\\B']);
        continue;
      }
      let atom: string;
      if (roll < 0.25 && depth < 3) atom = `${pick(random, ['(', '(?:'])}${randomPattern(random, depth + 1)})`;
      else atom = pick(random, ['a', 'b', 'c', '1', '-', '.', '[ab]', '[^a]', '[a-c1]', '\\d', '\\w', '\\W', '[^\\d-]']);
      seq += atom + pick(random, ['', '', '', '*', '+', '?', '{2}', '{0,2}', '{1,}', '*?', '+?', '??']);
    }
    out.push(seq);
  }
  return out.join('|');
}
