/**
 * The routing index with each kind of matcher: segment patterns, string prefixes and regexes,
 * and both ways hosts compete. Routes are built by hand: only what the index reads is set.
 */
import { describe, expect, it } from 'vitest';
import { coveringHostKeys, indexedPath, RoutingIndex, type IndexedPath } from '../../src/analysis/routing-index.js';
import type { Route, RoutePath } from '../../src/model/types.js';
import { literalPattern, parsePattern, type PathMatcher, type RegexMatcher } from '../../src/paths/pattern.js';
import type { SafeRegex } from '../../src/regex/index.js';

let order = 0;
function entry(name: string, matcher: PathMatcher, options: { hosts?: string[]; methods?: string[] } = {}): IndexedPath {
  const route = {
    name,
    hosts: options.hosts?.map((value) => ({ value, wildcard: value.startsWith('*.') })),
    methods: options.methods?.map((value) => ({ value })),
  } as unknown as Route;
  return indexedPath(route, { value: name, precedence: [order++], matcher } as unknown as RoutePath, matcher);
}

const prefix = (value: string): PathMatcher => ({ kind: 'prefix', value });
const pattern = (raw: string): PathMatcher => {
  const parsed = parsePattern(raw, { ignoreTrailingSlash: false });
  if (!('matcher' in parsed)) throw new Error(parsed.reason);
  return parsed.matcher;
};

/** A stand-in regex for the index: `/api/` followed by anything (prefix mode). */
const apiAnything: SafeRegex = {
  source: '/api/.*',
  matches: (input) => input.startsWith('/api/'),
  matchesEveryExtensionOf: (start) => start.startsWith('/api/'),
  example: () => '/api/x',
};
const regex = (safe: SafeRegex, mode: 'full' | 'prefix' = 'prefix'): RegexMatcher => ({ kind: 'regex', source: safe.source, regex: safe, mode });

function indexOf(...entries: IndexedPath[]): RoutingIndex {
  const index = new RoutingIndex();
  for (const stored of entries) index.insert(stored);
  return index;
}

describe('string prefixes', () => {
  it('an earlier prefix covers every later path that starts with it, segment boundary or not', () => {
    const index = indexOf(entry('api', prefix('/api')));
    expect(index.earliestCovering(prefix('/api/orders'), '', '*')?.winner.route.name).toBe('api');
    expect(index.earliestCovering(prefix('/apiv2'), '', '*')?.winner.route.name).toBe('api');
    expect(index.earliestCovering(prefix('/ap'), '', '*')).toBeUndefined();
    expect(index.earliestCovering(prefix('/other'), '', '*')).toBeUndefined();
  });

  it('covers a segment pattern by the fixed start of its paths', () => {
    const index = indexOf(entry('orders', prefix('/v1/orders/')));
    expect(index.earliestCovering(pattern('/v1/orders/{id}'), '', '*')?.winner.route.name).toBe('orders');
    expect(index.earliestCovering(pattern('/v1/{kind}/1'), '', '*')).toBeUndefined();
  });

  it('keeps methods apart', () => {
    const index = indexOf(entry('get-api', prefix('/api'), { methods: ['GET'] }));
    expect(index.earliestCovering(prefix('/api/x'), '', 'GET')?.winner.route.name).toBe('get-api');
    expect(index.earliestCovering(prefix('/api/x'), '', 'POST')).toBeUndefined();
    expect(index.earliestCovering(prefix('/api/x'), '', '*')).toBeUndefined();
  });

  it('finds the route a concrete request goes to', () => {
    const index = indexOf(entry('long', prefix('/api/orders')), entry('short', prefix('/api')));
    expect(index.earliestMatching('/api/orders/1', '', 'GET')?.winner.route.name).toBe('long');
    expect(index.earliestMatching('/api/users', '', 'GET')?.winner.route.name).toBe('short');
  });
});

describe('regexes', () => {
  it('covers a prefix exactly when the regex matches every extension of it', () => {
    const index = indexOf(entry('regex', regex(apiAnything)));
    expect(index.earliestCovering(prefix('/api/orders'), '', '*')?.winner.route.name).toBe('regex');
    expect(index.earliestCovering(prefix('/ap'), '', '*')).toBeUndefined();
  });

  it('decides a concrete path exactly and a pattern with parameters by example', () => {
    const index = indexOf(entry('regex', regex(apiAnything)));
    const concrete = index.earliestCovering(literalPattern('/api/orders', 'none'), '', '*');
    expect(concrete?.byExample).toBe(false);
    const byExample = index.earliestCovering(pattern('/api/orders/{id}'), '', '*');
    expect(byExample?.winner.route.name).toBe('regex');
    expect(byExample?.byExample).toBe(true);
  });

  it('a full-mode regex never covers a string prefix, which matches infinitely many paths', () => {
    const index = indexOf(entry('regex', regex(apiAnything, 'full')));
    expect(index.earliestCovering(prefix('/api/orders'), '', '*')).toBeUndefined();
  });

  it('an identical regex is covered, another one is not', () => {
    const index = indexOf(entry('first', regex(apiAnything)));
    expect(index.earliestCovering(regex(apiAnything), '', '*')?.winner.route.name).toBe('first');
    const other: SafeRegex = { ...apiAnything, source: '/api/v2/.*' };
    expect(index.earliestCovering(regex(other), '', '*')).toBeUndefined();
  });
});

describe('hosts', () => {
  it('route order: any-host and wildcard routes cover a specific host', () => {
    expect(coveringHostKeys('api.example.com')).toEqual(['', 'api.example.com', '*.example.com', '*.com']);
  });

  it('most specific host: only the same host competes', () => {
    expect(coveringHostKeys('api.example.com', 'most-specific-host')).toEqual(['api.example.com']);
    const index = new RoutingIndex('most-specific-host');
    index.insert(entry('any-host', pattern('/**')));
    index.insert(entry('wildcard', pattern('/**'), { hosts: ['*.example.com'] }));
    expect(index.earliestCovering(pattern('/x'), 'api.example.com', '*')).toBeUndefined();
    expect(index.earliestCovering(pattern('/x'), '*.example.com', '*')?.winner.route.name).toBe('wildcard');
  });
});
