import { describe, expect, it } from 'vitest';
import { parseRegex, type RegexFlavor } from '../../src/regex/index.js';
import { regex } from './support.js';

type Expected = readonly [kind: 'syntax' | 'unsupported', index: number, reason: string];

function outcome(source: string, flavor: RegexFlavor): string {
  const parsed = parseRegex(source, flavor);
  return parsed.ok ? 'ok' : `${parsed.kind}@${parsed.index}: ${parsed.reason}`;
}

function expectError(source: string, flavor: RegexFlavor, [kind, index, reason]: Expected): void {
  const parsed = parseRegex(source, flavor);
  expect(parsed.ok, `${source} (${flavor}) should be rejected`).toBe(false);
  if (parsed.ok) return;
  expect({ kind: parsed.kind, index: parsed.index }, `${source} (${flavor}): ${parsed.reason}`).toEqual({ kind, index });
  expect(parsed.reason).toContain(reason);
}

describe('syntax errors (reported to users, so only what both engines really reject)', () => {
  it.each<[string, Expected]>([
    ['*.foo.bar.com', ['syntax', 0, 'nothing to repeat']],
    ['*abc', ['syntax', 0, 'nothing to repeat']],
    ['+x', ['syntax', 0, 'nothing to repeat']],
    ['?', ['syntax', 0, 'nothing to repeat']],
    ['a|*b', ['syntax', 2, 'nothing to repeat']],
    ['(?:+a)', ['syntax', 3, 'nothing to repeat']],
    ['a**', ['syntax', 2, 'follows another quantifier']],
    ['a+*', ['syntax', 2, 'follows another quantifier']],
    ['a*?*', ['syntax', 3, 'follows another quantifier']],
    ['(a', ['syntax', 0, "missing ')'"]],
    ['x((a)', ['syntax', 1, "missing ')'"]],
    ['a)', ['syntax', 1, "unmatched ')'"]],
    ['(a))b', ['syntax', 3, "unmatched ')'"]],
    ['[abc', ['syntax', 0, "missing ']'"]],
    ['x[]', ['syntax', 1, "missing ']'"]],
    ['[^]', ['syntax', 0, "missing ']'"]],
    ['a[z-a]', ['syntax', 2, 'range out of order']],
    ['a\\', ['syntax', 1, "lone '\\'"]],
    ['[a\\', ['syntax', 2, "lone '\\'"]],
    ['a{2,1}', ['syntax', 1, 'out of order']],
    ['(?<id>a)(?<id>b)', ['syntax', 8, "'id' is used twice"]],
    ['(?i', ['syntax', 0, "missing ')'"]],
  ])('%s', (source, expected) => {
    expectError(source, 'pcre', expected);
    expectError(source, 're2', expected);
  });

  it.each<[string, RegexFlavor, Expected]>([
    ['a*+', 're2', ['syntax', 2, 'follows another quantifier']],
    ['a?+', 're2', ['syntax', 2, 'follows another quantifier']],
    ['a{2}{3}', 're2', ['syntax', 4, 'follows another quantifier']],
    ['{2}', 're2', ['syntax', 0, 'nothing to repeat']],
    ['(*a)', 're2', ['syntax', 1, 'nothing to repeat']],
    ['a{1001}', 're2', ['syntax', 1, 'above 1000']],
    ['a{66000}', 'pcre', ['syntax', 1, 'above 65535']],
    ['\\xZ1', 're2', ['syntax', 0, 'two hex digits']],
    ['a++', 're2', ['syntax', 2, 'follows another quantifier']],
  ])('%s (%s)', (source, flavor, expected) => expectError(source, flavor, expected));
});

describe("unsupported (valid, or possibly valid, but beyond gwlint's engine)", () => {
  it.each<[string, RegexFlavor | 'both', number, string]>([
    ['a\\1', 'both', 1, 'backreference'],
    ['(a)\\1', 'both', 3, 'backreference'],
    ['(?P=n)', 'both', 0, 'backreference'],
    ['a(?=b)', 'both', 1, 'lookahead'],
    ['a(?!b)', 'both', 1, 'lookahead'],
    ['(?<=a)b', 'both', 0, 'lookbehind'],
    ['(?<!a)b', 'both', 0, 'lookbehind'],
    ['(?>a+)b', 'both', 0, 'atomic'],
    ['a*+', 'pcre', 2, 'possessive'],
    ['a{2}+', 'pcre', 4, 'possessive'],
    ['(?R)', 'both', 0, 'recursion'],
    ['(?-1)', 'pcre', 0, 'recursion'],
    ['(?1)', 'both', 0, 'not supported'],
    ['(?(1)a|b)', 'both', 0, 'not supported'],
    ['(*UTF)a', 'pcre', 0, 'verbs'],
    ['\\p{L}', 'both', 0, 'Unicode property'],
    ['\\pN', 'both', 0, 'Unicode property'],
    ['\\u0041', 'both', 0, '\\x{HHHH}'],
    ['(?x) a b', 'both', 2, 'extended'],
    ['(?J)a', 'pcre', 2, "'J'"],
    ['\\y', 'both', 0, 'not supported'],
    ['\\Z', 're2', 0, 'RE2 does not support'],
    ['\\e', 're2', 0, 'RE2 does not support'],
    ['\\C', 'both', 0, 'not supported'],
    ['^*', 'both', 1, 'anchor'],
    ['\\b+', 'both', 2, 'anchor'],
    ['(?i)*a', 'both', 4, 'inline flag'],
    ['{2}', 'pcre', 0, 'nothing before it'],
    ['a{,2}', 'pcre', 1, 'PCRE versions disagree'],
    ['a{1, 2}', 'pcre', 1, 'PCRE versions disagree'],
    ['a{2}{3}', 'pcre', 4, 'follows another quantifier'],
    ['[a-\\d]', 'both', 2, 'range'],
    ['[\\w-z]', 'both', 3, 'range'],
    ['[[:foo:]]', 'both', 1, 'POSIX'],
    ['(?#x)a', 're2', 0, 'not supported'],
    ["(?'n'a)", 're2', 0, 'not supported'],
    ['\\x{100}', 'pcre', 0, 'UTF'],
    ['\\x{110000}', 're2', 0, 'Unicode scalar'],
    ['(?<1a>x)', 'both', 0, 'group name'],
    ['x{1000}{1000}', 'pcre', 7, 'follows another quantifier'],
    ['(x{10}){101}', 're2', 7, 'product is above 1000'],
    ['((x{10}y){10}z){11}', 're2', 15, 'product is above 1000'],
    ['[:alpha:]', 'pcre', 0, 'inside brackets'],
  ])('%s (%s)', (source, flavor, index, reason) => {
    for (const f of flavor === 'both' ? (['pcre', 're2'] as const) : [flavor]) {
      expect(outcome(source, f)).toMatch(new RegExp(`^unsupported@${index}: `));
      expect(outcome(source, f)).toContain(reason);
    }
  });

  it('refuses patterns longer than 4096 characters and groups nested deeper than 100', () => {
    expect(outcome('a'.repeat(4097), 'pcre')).toContain('longer than 4096');
    expect(outcome('a'.repeat(4096), 'pcre')).toBe('ok');
    expect(outcome(`${'('.repeat(101)}a${')'.repeat(101)}`, 're2')).toBe('unsupported@100: groups nest deeper than 100 levels');
    expect(outcome(`${'(?:'.repeat(100)}a${')'.repeat(100)}`, 're2')).toBe('ok');
    // Deep nesting never overflows the stack, it is refused before that.
    expect(outcome('('.repeat(4000), 'pcre')).toMatch(/^unsupported/);
  });

  it('caps the automaton built from counted repetition at 10,000 states', () => {
    expect(outcome('(abc){3400}', 'pcre')).toContain('more than 10000 automaton states');
    expect(outcome('(a{100}){100}b', 'pcre')).toContain('more than 10000 automaton states');
    expect(outcome('(a{10}){100}b', 're2')).toBe('ok');
    expect(outcome('(a{2}){2,}(b{500})*', 're2')).toBe('ok');
    expect(outcome('[a-z]{1000}', 're2')).toBe('ok');
  });
});

describe('valid patterns are accepted', () => {
  it.each([
    '/users/\\d+$',
    '/status/(\\w+)$',
    '^/api/v[12]/(?<resource>[a-z-]+)/?$',
    '/api/(?P<id>[0-9]{1,8})',
    "(?'id'x)",
    '(?i)/Users',
    '(?i:a)b(?-i)c',
    '(?s).*',
    '(?m)^a$',
    '(?U)a+',
    'a*?b+?c??d{2}?e{2,}?',
    '[]]',
    '[^]]',
    '[a-]',
    '[-a]',
    '[a-b-c]',
    '[\\d_-]',
    '[[:alpha:][:digit:]_]',
    '[[:^space:]]',
    '[a[b]',
    '\\.\\/\\-\\\\\\(\\)\\[\\]\\{\\}\\*\\+\\?\\|\\^\\$',
    '\\t\\n\\r\\f\\a',
    '\\x41\\x{41}\\x{0041}',
    '\\Q*+?\\E',
    '\\Q*+?',
    '\\Aa\\z',
    '\\bword\\B',
    'a{,2}',
    '}{',
    ']',
    'a||b',
    '()',
    '',
    '\\_',
  ])('%s', (source) => {
    const pcre = outcome(source, 'pcre');
    const re2 = outcome(source, 're2');
    // A few are PCRE-only or RE2-only; none may be a syntax error in either.
    expect(pcre).not.toMatch(/^syntax/);
    expect(re2).not.toMatch(/^syntax/);
    expect([pcre, re2]).toContain('ok');
  });

  it('keeps the source', () => {
    expect(regex('/a/(b|c)').source).toBe('/a/(b|c)');
  });
});
