import { describe, expect, it } from 'vitest';
import { looksLikeRegex } from '../../src/regex/index.js';

describe('looksLikeRegex', () => {
  it.each([
    '/users/\\d+',
    '/status/(\\w+)$',
    '/v1/example/?$',
    '/v1/example/?',
    '/v1/[0-9]+/items',
    '/files/[^/]+',
    '/api/.*',
    '/api/.+/detail',
    '^/v1',
    '/(foo|bar)/x',
    '/a/(?<id>[^/]+)',
    '/a/(?:x)',
    '/id/\\d{3}',
    '/items/[a-f]{8}',
    '/v1\\.0/x',
    '/v(1)?/x',
    '/orders$',
  ])('%s looks like a regex', (path) => expect(looksLikeRegex(path)).toBe(true));

  it.each([
    '/v1/orders',
    '/api/v2.1/items',
    '/files/a+b',
    '/~user',
    '/foo-bar_baz',
    '/a.b.c',
    '/',
    '',
    '/users/{id}',
    '/odata/Products(1)',
    '/odata/$metadata',
    '/api/*',
    '/v1/*.json',
    '/@me',
    '/a b',
    '/search;v=1',
    '/100%25',
    '/files/c++',
    '/tags/c#',
  ])('%s does not look like a regex', (path) => expect(looksLikeRegex(path)).toBe(false));
});
