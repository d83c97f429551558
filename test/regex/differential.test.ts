import { describe, expect, it } from 'vitest';
import { allStrings, engines, pick, jsMatches, randomPattern, regex, seeded, type Mode } from './support.js';

/**
 * gwlint's engine against JavaScript's RegExp. Inputs avoid `\r`, `\v` and a final `\n`, where
 * JavaScript's `.`, `\s` and `$` differ from PCRE's and RE2's.
 */
const INPUTS = [
  '', 'a', 'b', 'ab', 'abc', 'abb', 'aab', 'aaa', 'abcd', 'ac', 'x', '123', '1-ab', 'a b', 'A', 'AB', 'aB',
  '_-9', ']a', 'a\nb', '/users/42', '/users/', '/api/v1/orders/', '/api/v3/x', 'colour', 'color', 'x.y/z',
];

/** [pattern, the same pattern in JavaScript syntax when it differs, extra inputs] */
const TABLE: readonly (readonly [string, string?, (readonly string[])?])[] = [
  ['abc'],
  ['a|b|c'],
  ['a*'],
  ['a+b'],
  ['a?b?c?'],
  ['(ab)*'],
  ['(a|b)*abb', undefined, ['babb', 'aabb', 'abab']],
  ['[a-c]+'],
  ['[^a]*'],
  ['\\d+'],
  ['\\w+\\s?\\w*'],
  ['.*'],
  ['.+x'],
  ['a{2}'],
  ['a{1,3}', undefined, ['aaaa']],
  ['a{2,}', undefined, ['aaaaaaa']],
  ['(a|ab)(c|bcd)(d*)', undefined, ['abcd', 'abcdd', 'acdd']],
  ['(a*)*'],
  ['(a*|b)*c', undefined, ['bac', 'c']],
  ['^a'],
  ['a$'],
  ['^$'],
  ['(^a|b$)'],
  ['\\bab\\b', undefined, ['ab c', 'abc']],
  ['a\\B.', undefined, ['a_', 'a-']],
  ['\\Bb'],
  ['/users/\\d+', undefined, ['/users/1x']],
  ['/api/(v1|v2)/[a-z]+/?', undefined, ['/api/v2/orders', '/api/v1/orders//']],
  ['[\\d_-]+'],
  ['[a\\-z]+', undefined, ['-z', 'a-z', 'm']],
  // In JavaScript `[]` is the empty class and `[^]` any character; in PCRE and RE2 a leading `]` is literal.
  ['[]a]+', '[\\]a]+'],
  ['[^]a]+', '[^\\]a]+'],
  ['x*?y', undefined, ['xxy', 'y']],
  ['a+?'],
  ['(?:ab|a)(?:bc|c)'],
  ['(?<id>[0-9]+)-(?<n>[a-z]+)', undefined, ['12-ab', '1-', '-a']],
  ['(?P<id>[0-9]+)/(?P<n>x)', '(?<id>[0-9]+)/(?<n>x)', ['12/x', '/x']],
  ['a.c', undefined, ['abc', 'a\nc', 'a.c']],
  ['\\.\\/\\-', undefined, ['./-']],
  ['\\x41\\x{42}', '\\x41\\x42', ['AB']],
  ['[[:alpha:]]+[[:digit:]]', '[A-Za-z]+[0-9]', ['ab1', 'AB2', '1']],
  ['[[:^digit:]]+', '[^0-9]+'],
  ['[\\s\\S]+'],
  ['\\W+'],
  ['colou?r'],
  ['((a|b)c){2,3}', undefined, ['acbc', 'acbcac', 'acbcacbc']],
  ['(|a)b'],
  ['a||b'],
  ['()'],
  [''],
  ['\\Q.*\\E+', '\\.\\*+', ['.*', '.**', 'ab']],
  ['[a-z]{2,3}\\d{0,2}', undefined, ['ab12', 'abc123', 'abcd']],
  ['\\t\\n', undefined, ['\t\n']],
];

function mismatches(source: string, jsSource: string, inputs: readonly string[], flags = ''): string[] {
  const out: string[] = [];
  for (const flavor of ['pcre', 're2'] as const) {
    const r = regex(source, flavor);
    for (const input of inputs) {
      for (const mode of ['full', 'prefix'] as const satisfies readonly Mode[]) {
        const expected = jsMatches(jsSource, input, mode, flags);
        if (r.matches(input, mode) !== expected) out.push(`${flavor} ${mode} ${JSON.stringify(input)}: expected ${expected}`);
      }
    }
  }
  return out;
}

describe('matches agrees with JavaScript RegExp', () => {
  const rows = TABLE.map(([source, js, extra]): [string, string, readonly string[]] => [source, js ?? source, extra ?? []]);
  it.each(rows)('%s', (source, jsSource, extra) => {
    expect(mismatches(source, jsSource, [...INPUTS, ...extra])).toEqual([]);
  });

  it('(?i) folds ASCII case in literals, ranges and classes', () => {
    const cases = [['(?i)abc', 'abc'], ['(?i)[a-c]+x', '[a-c]+x'], ['(?i)[^b]', '[^b]'], ['(?i)/Users/\\d+', '/Users/\\d+']] as const;
    for (const [source, js] of cases) {
      expect(mismatches(source, js, [...INPUTS, 'ABC', 'aBc', 'CaX', 'B', '/USERS/7', '/users/7'], 'i'), source).toEqual([]);
    }
  });

  it('scoped and negated inline flags', () => {
    const r = regex('a(?i:b)c(?-i)d|(?i)x(?-i:y)');
    expect(['aBcd', 'abcd', 'Xy', 'xy'].map((s) => r.matches(s, 'full'))).toEqual([true, true, true, true]);
    expect(['ABcd', 'aBCd', 'aBcD', 'xY'].map((s) => r.matches(s, 'full'))).toEqual([false, false, false, false]);
    // (?i) in the middle of a group applies to the rest of it, including later branches.
    const rest = regex('(a(?i)b|c)d');
    expect(['aBd', 'Cd', 'Ab', 'cD'].map((s) => rest.matches(s, 'full'))).toEqual([true, true, false, false]);
  });

  it('random patterns from a small grammar, over every short input', () => {
    const random = seeded(20240611);
    const inputs = [...allStrings(['a', 'b', '1', '-'], 3), ...allStrings(['c', '_'], 2).slice(1), 'abab1-', 'b1b1b1b', 'aa-aab', '--c--'];
    const failures: string[] = [];
    for (let n = 0; n < 300; n++) {
      const source = randomPattern(random);
      for (const failure of mismatches(source, source, inputs)) failures.push(`${source} ${failure}`);
    }
    expect(failures.slice(0, 10)).toEqual([]);
  });
});

describe('the lazy DFA behind matches', () => {
  it('agrees with the plain NFA simulation, also when its cache is dropped and rebuilt', () => {
    const random = seeded(4242);
    const failures: string[] = [];
    for (let n = 0; n < 150; n++) {
      const source = randomPattern(random);
      const inputs = Array.from({ length: 30 }, () => Array.from({ length: Math.floor(random() * 40) }, () => pick(random, ['a', 'b', '1', '-', '\n'])).join(''));
      for (const cacheSize of [4, 40, 1_000_000]) {
        const { nfa, dfa } = engines(source, cacheSize);
        for (const input of inputs) {
          for (const mode of ['full', 'prefix'] as const) {
            // Twice, so the second run goes through cached transitions.
            for (let run = 0; run < 2; run++) {
              if (dfa.matches(input, mode) !== nfa.matches(input, mode)) failures.push(`${source} ${mode} cache ${cacheSize}: ${JSON.stringify(input)}`);
            }
          }
        }
      }
    }
    expect(failures.slice(0, 10)).toEqual([]);
  });
});

describe('flavour differences', () => {
  it("PCRE's $ also matches before a final newline, RE2's only at the end", () => {
    expect(regex('a$', 'pcre').matches('a\n', 'prefix')).toBe(true);
    expect(regex('a$', 'pcre').matches('a\n', 'full')).toBe(false);
    expect(regex('a$\\n', 'pcre').matches('a\n', 'full')).toBe(true);
    expect(regex('a$', 'pcre').matches('a\nb', 'prefix')).toBe(false);
    expect(regex('a$', 're2').matches('a\n', 'prefix')).toBe(false);
    // The same newline transition, once not final and once final, must not share a cached answer.
    const r = regex('a$\\n|a\\nb', 'pcre');
    expect([r.matches('a\nb', 'full'), r.matches('a\n', 'full'), r.matches('a\nb', 'full'), r.matches('a\nc', 'full')]).toEqual([true, true, true, false]);
    expect(regex('a\\Z', 'pcre').matches('a\n', 'prefix')).toBe(true);
    expect(regex('a\\z', 'pcre').matches('a\n', 'prefix')).toBe(false);
  });

  it('\\s: PCRE includes vertical tab, RE2 does not', () => {
    expect(regex('\\s', 'pcre').matches('\v', 'full')).toBe(true);
    expect(regex('\\s', 're2').matches('\v', 'full')).toBe(false);
    expect(regex('\\v', 're2').matches('\v', 'full')).toBe(true);
  });

  it('multi-line anchors', () => {
    expect(regex('(?m)^b$', 're2').matches('b', 'full')).toBe(true);
    expect(regex('(?m)a$\\n^b', 're2').matches('a\nb', 'full')).toBe(true);
    expect(regex('(?m)a\\n^', 're2').matches('a\n', 'full')).toBe(true);
    // PCRE's multi-line ^ does not match after a newline that ends the input.
    expect(regex('(?m)a\\n^', 'pcre').matches('a\n', 'full')).toBe(false);
  });

  it('. excludes only \\n, and (?s) makes it match \\n too', () => {
    expect(regex('a.b').matches('a\rb', 'full')).toBe(true);
    expect(regex('a.b').matches('a\nb', 'full')).toBe(false);
    expect(regex('(?s)a.b').matches('a\nb', 'full')).toBe(true);
  });

  it('escapes: \\A, \\z, octal and hex forms', () => {
    expect(regex('\\Aa\\z').matches('a', 'full')).toBe(true);
    expect(regex('a\\Ab').matches('ab', 'prefix')).toBe(false);
    expect(regex('\\041', 'pcre').matches('!', 'full')).toBe(true);
    expect(regex('\\0101', 're2').matches('\b1', 'full')).toBe(true);
    expect(regex('\\x4', 'pcre').matches('\x04', 'full')).toBe(true);
    expect(regex('\\x{e9}').matches('é', 'full')).toBe(true);
    expect(regex('\\x{1F600}+', 're2').matches('😀😀', 'full')).toBe(true);
    expect(regex('^.$', 're2').matches('😀', 'prefix')).toBe(true);
    expect(regex('[\\b]', 'pcre').matches('\b', 'full')).toBe(true);
    expect(regex('a\\E\\Qb', 'pcre').matches('ab', 'full')).toBe(true);
    expect(regex('a(?#note)b', 'pcre').matches('ab', 'full')).toBe(true);
  });

  it('{ that does not start a counted repetition is a literal', () => {
    expect(regex('a{', 're2').matches('a{', 'full')).toBe(true);
    expect(regex('a{x}', 'pcre').matches('a{x}', 'full')).toBe(true);
    expect(regex('a{,2}', 're2').matches('a{,2}', 'full')).toBe(true);
    expect(regex('/v1/{id}', 're2').matches('/v1/{id}', 'full')).toBe(true);
  });
});
