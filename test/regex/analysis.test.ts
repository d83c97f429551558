import { describe, expect, it } from 'vitest';
import { allStrings, coverageOf, jsMatches, randomPattern, regex, seeded } from './support.js';

describe('prefix mode', () => {
  it('anchors at the start only, unless the pattern says otherwise', () => {
    const r = regex('/api/orders');
    expect(r.matches('/api/orders', 'prefix')).toBe(true);
    expect(r.matches('/api/orders/1', 'prefix')).toBe(true);
    expect(r.matches('/api/ordersX', 'prefix')).toBe(true);
    expect(r.matches('/v1/api/orders', 'prefix')).toBe(false);
    expect(r.matches('/api/order', 'prefix')).toBe(false);
    expect(r.matches('/api/orders/1', 'full')).toBe(false);
    const anchored = regex('/api/orders$');
    expect(anchored.matches('/api/orders', 'prefix')).toBe(true);
    expect(anchored.matches('/api/orders/1', 'prefix')).toBe(false);
  });

  it('accepts when any prefix matches, not only the longest', () => {
    expect(regex('a|abc$').matches('abX', 'prefix')).toBe(true);
    expect(regex('a$|abc').matches('abX', 'prefix')).toBe(false);
    expect(regex('/users/\\d+').matches('/users/12abc', 'prefix')).toBe(true);
    expect(regex('/users/\\d+$').matches('/users/12abc', 'prefix')).toBe(false);
  });
});

describe('matchesEveryExtensionOf', () => {
  it.each<[string, string, boolean]>([
    ['/api/.*', '/api/orders', true],
    ['/api/.*', '/api/', true],
    ['/api/.*', '/api', false],
    ['/api/orders$', '/api/orders', false],
    ['/api/orders', '/api/orders', true],
    ['/api/orders', '/api/orders/1', true],
    ['/api/orders', '/api/order', false],
    ['/api/orders/?', '/api/orders', true],
    ['/api/orders/?$', '/api/orders', false],
    ['/api/', '/ap', false],
    ['', '', true],
    ['', '/anything', true],
    ['x*', '', true],
    ['a+', '', false],
    ['/users/\\d+', '/users/1', true],
    ['/users/\\d+', '/users/', false],
    ['/users/\\d+$', '/users/1', false],
    ['/users/[^/]+', '/users/x', true],
    ['/users/[^/]+/?$', '/users/x', false],
    // No prefix of 'a' is accepted on its own, yet every continuation (including none) is.
    ['a(b|[^b]|$)', 'a', true],
    ['a(b|[^b\\n]|$)', 'a', false],
    ['a(b|[^b])', 'a', false],
    // Word boundaries look at the next character, which the prefix does not decide.
    ['abc\\b', 'abc', false],
    ['abc\\b', 'abc/', true],
    ['abc\\b|abc\\w', 'abc', true],
    ['abc\\B', 'abcd', true],
    ['(?i)/API/', '/api/x', true],
    ['/(v1|v2)/.*', '/v2/', true],
    ['/(v1|v2)/.*', '/v3/', false],
  ])('%s covers every extension of %s: %s', (source, prefix, expected) => {
    for (const flavor of ['pcre', 're2'] as const) expect(regex(source, flavor).matchesEveryExtensionOf(prefix), flavor).toBe(expected);
  });

  it("handles PCRE's $ before a final newline", () => {
    // 'a' itself matches, 'a\n' matches (before the final newline), 'a\nx' does not.
    expect(regex('a$', 'pcre').matchesEveryExtensionOf('a')).toBe(false);
    expect(regex('a($|\\n)', 'pcre').matchesEveryExtensionOf('a')).toBe(false);
    expect(regex('a(\\n|[^\\n]|$)', 'pcre').matchesEveryExtensionOf('a')).toBe(true);
    // 'a\n\n' is the one that fails: '.' does not take the second newline, and $ is not before the final one.
    expect(coverageOf('a(\\n.|[^\\n]|$)', 'a', 'pcre')).toEqual({ kind: 'uncovered', witness: 'a\n\n' });
    expect(regex('a(\\n[\\s\\S]|[^\\n]|$)', 'pcre').matchesEveryExtensionOf('a')).toBe(true);
    expect(coverageOf('a(\\n[\\s\\S]|[^\\n]|$)', 'a', 're2')).toEqual({ kind: 'uncovered', witness: 'a\n' });
    // 'a\n' matches only with PCRE's $; 'a\n…' through \n[\s\S].
    expect(regex('a($|\\n[\\s\\S])', 'pcre').matchesEveryExtensionOf('a\n')).toBe(true);
    expect(coverageOf('a($|\\n[\\s\\S])', 'a\n', 're2')).toEqual({ kind: 'uncovered', witness: 'a\n' });
    expect(coverageOf('a\\n(.|$)', 'a\n', 'pcre')).toEqual({ kind: 'uncovered', witness: 'a\n\na' });
  });

  it('gives a string starting with the prefix that does not match whenever the answer is no', () => {
    expect(coverageOf('/api/orders$', '/api/orders')).toEqual({ kind: 'uncovered', witness: '/api/ordersa' });
    expect(coverageOf('/users/\\d+', '/users/')).toEqual({ kind: 'uncovered', witness: '/users/' });
    expect(coverageOf('abc\\b', 'abc')).toEqual({ kind: 'uncovered', witness: 'abca' });
  });

  it('random patterns: "yes" holds for every short extension, "no" comes with a real counterexample', () => {
    const random = seeded(7);
    const alphabet = ['a', 'b', '1', '-', '_', '\n'];
    const extensions = allStrings(alphabet, 3);
    const problems: string[] = [];
    let yes = 0;
    let no = 0;
    for (let n = 0; n < 300; n++) {
      const source = randomPattern(random);
      const prefix = allStrings(['a', 'b', '1'], 2)[Math.floor(random() * 13)]!;
      const result = coverageOf(source, prefix, 're2');
      const r = regex(source, 're2');
      expect(r.matchesEveryExtensionOf(prefix)).toBe(result.kind === 'covered');
      if (result.kind === 'covered') {
        yes++;
        const failing = extensions.find((w) => !jsMatches(source, prefix + w, 'prefix'));
        if (failing !== undefined) problems.push(`${source} / ${prefix}: says covered, but ${JSON.stringify(prefix + failing)} does not match`);
      } else if (result.kind === 'uncovered') {
        no++;
        const w = result.witness;
        if (!w.startsWith(prefix) || jsMatches(source, w, 'prefix') || r.matches(w, 'prefix')) {
          problems.push(`${source} / ${prefix}: bad counterexample ${JSON.stringify(w)}`);
        }
      } else problems.push(`${source} / ${prefix}: gave up`);
    }
    expect(problems).toEqual([]);
    // The generator must exercise both answers.
    expect(yes).toBeGreaterThan(20);
    expect(no).toBeGreaterThan(20);
  });

  it('a long prefix is walked linearly', () => {
    const r = regex('/files/[^?]*');
    expect(r.matchesEveryExtensionOf(`/files/${'a/'.repeat(40_000)}`)).toBe(true);
    expect(regex('/files/[^?]*$').matchesEveryExtensionOf(`/files/${'a'.repeat(40_000)}`)).toBe(false);
  });
});

describe('example', () => {
  it.each<[string, 'full' | 'prefix', string]>([
    ['/users/\\d+', 'full', '/users/1'],
    ['/users/\\d+$', 'prefix', '/users/1'],
    ['/api/.*', 'full', '/api/'],
    ['/api/orders', 'prefix', '/api/orders'],
    ['[a-z]+', 'full', 'a'],
    ['[^/]+', 'full', 'a'],
    ['.', 'full', 'a'],
    ['\\d{3}-\\d{4}', 'full', '111-1111'],
    ['/items/[0-9a-f]{2}', 'full', '/items/aa'],
    ['(?i)/ABC', 'full', '/abc'],
    ['[A-Z]', 'full', 'A'],
    ['/(v1|v2)/(?<id>\\w+)/?$', 'full', '/v1/a'],
    ['x*', 'full', ''],
    ['^$', 'prefix', ''],
    ['', 'prefix', ''],
    ['[^a-z0-9]', 'full', 'A'],
    ['\\.json$', 'full', '.json'],
    ['[\\s]', 'full', ' '],
    ['a\\B', 'prefix', 'aa'],
    ['a\\b', 'prefix', 'a'],
    // 'aa' is found first (a\B needs to see the next character), but 'b' is shorter.
    ['a\\B|b', 'prefix', 'b'],
    ['(a|b)*a(a|b){3}', 'full', 'aaaa'],
  ])('%s (%s) → %s', (source, mode, expected) => {
    const r = regex(source);
    expect(r.example(mode)).toBe(expected);
    expect(r.matches(expected, mode)).toBe(true);
  });

  it('is undefined when nothing matches', () => {
    expect(regex('a\\B').example('full')).toBeUndefined();
    expect(regex('a^b').example('prefix')).toBeUndefined();
    expect(regex('$a').example('full')).toBeUndefined();
    expect(regex('[^\\x00-\\x{10FFFF}]', 're2').example('prefix')).toBeUndefined();
  });

  it('random patterns: the example matches and is as short as any match over a small alphabet', () => {
    const random = seeded(99);
    const inputs = allStrings(['a', 'b', '1', '-', '_'], 4);
    const problems: string[] = [];
    for (let n = 0; n < 200; n++) {
      const source = randomPattern(random);
      // RE2's $ is JavaScript's; PCRE's also matches before a final newline.
      const r = regex(source, 're2');
      for (const mode of ['full', 'prefix'] as const) {
        const pcreExample = regex(source, 'pcre').example(mode);
        if (pcreExample !== undefined && !regex(source, 'pcre').matches(pcreExample, mode)) problems.push(`${source} (pcre ${mode}): ${JSON.stringify(pcreExample)} does not match`);
        const example = r.example(mode);
        const shortest = inputs.find((s) => jsMatches(source, s, mode));
        if (example === undefined) {
          if (shortest !== undefined) problems.push(`${source} (${mode}): no example, but ${JSON.stringify(shortest)} matches`);
        } else if (!r.matches(example, mode) || !jsMatches(source, example, mode)) {
          problems.push(`${source} (${mode}): ${JSON.stringify(example)} does not match`);
        } else if (shortest !== undefined && [...example].length > shortest.length) {
          problems.push(`${source} (${mode}): ${JSON.stringify(example)} is longer than ${JSON.stringify(shortest)}`);
        }
      }
    }
    expect(problems).toEqual([]);
  });
});
