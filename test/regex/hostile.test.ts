import { describe, expect, it } from 'vitest';
import { engines, regex } from './support.js';

/**
 * Patterns that make a backtracking engine take exponential time. Only correctness is asserted;
 * each of these runs in tens of milliseconds because the simulation never backtracks.
 */
describe('hostile patterns on long inputs', () => {
  const as = 'a'.repeat(30_000);

  it('(a+)+$', () => {
    const r = regex('(a+)+$');
    expect(r.matches(as, 'full')).toBe(true);
    expect(r.matches(`${as}!`, 'full')).toBe(false);
    expect(r.matches(`${as}!`, 'prefix')).toBe(false);
    expect(r.matchesEveryExtensionOf(as)).toBe(false);
  });

  it('(a|a)*b', () => {
    const r = regex('(a|a)*b', 're2');
    expect(r.matches(as, 'full')).toBe(false);
    expect(r.matches(`${as}b`, 'full')).toBe(true);
    expect(r.matches(`${as}c`, 'prefix')).toBe(false);
  });

  it('(.*a){20}', () => {
    const r = regex('(.*a){20}');
    expect(r.matches(as, 'full')).toBe(true);
    expect(r.matches(`${as}b`, 'full')).toBe(false);
    expect(r.matches(`${'ab'.repeat(15_000)}`, 'full')).toBe(false);
    expect(r.matches(`${'ab'.repeat(15_000)}`, 'prefix')).toBe(true);
    expect(r.matches(`${'b'.repeat(30_000)}${'a'.repeat(19)}`, 'prefix')).toBe(false);
  });

  it('the plain simulation, which a thrashing DFA cache falls back to, is linear too', () => {
    for (const source of ['(a+)+$', '(a|a)*b', '(.*a){20}']) {
      const { nfa, dfa } = engines(source, 4);
      expect(nfa.matches(as, 'full'), source).toBe(source !== '(a|a)*b');
      expect(dfa.matches(`${as}b`, 'full'), source).toBe(source === '(a|a)*b');
    }
  });

  it('(x+x+)+y and nested optional groups', () => {
    expect(regex('(x+x+)+y').matches('x'.repeat(30_000), 'full')).toBe(false);
    expect(regex('(a?){25}a{25}').matches('a'.repeat(25), 'full')).toBe(true);
    expect(regex('(\\w+\\s?)*$').matches(`${'word '.repeat(6_000)}!`, 'prefix')).toBe(false);
  });

  it('inputs beyond 64 KiB stay linear', () => {
    const long = `/files/${'abc/'.repeat(40_000)}`;
    expect(long.length).toBeGreaterThan(64 * 1024);
    expect(regex('/files/([a-z]+/)*$').matches(long, 'full')).toBe(true);
    expect(regex('/files/([a-z]+/)*x$').matches(long, 'full')).toBe(false);
    expect(regex('^(([a-z])+.)+[A-Z]([a-z])+$').matches(long, 'prefix')).toBe(false);
  });

  it('the analyses on hostile patterns stay bounded', () => {
    const r = regex('(a|a)*(b|b)*(.*a){10}');
    expect(r.example('full')).toBe('aaaaaaaaaa');
    expect(r.matchesEveryExtensionOf('a')).toBe(false);
    // (a|b)*a(a|b){12}: the classic automaton whose deterministic form has 2^13 states.
    const blowup = regex('(a|b)*a(a|b){12}');
    expect(blowup.example('full')).toBe('aaaaaaaaaaaaa');
    expect(blowup.matchesEveryExtensionOf('a')).toBe(false);
  });
});
