import { describe, expect, it } from 'vitest';
import { examplePath, parsePattern, patternCovers, patternKey, type PatternMatcher } from '../../src/paths/pattern.js';

function pattern(raw: string, ignoreTrailingSlash = false): PatternMatcher {
  const parsed = parsePattern(raw, { ignoreTrailingSlash });
  if ('reason' in parsed) throw new Error(`${raw}: ${parsed.reason}`);
  return parsed.matcher;
}

describe('parsePattern', () => {
  it.each([
    ['v1/orders', "must start with '/'"],
    ['/v1//orders', "contains an empty segment ('//')"],
    ['/v1/./orders', "contains a '.' segment"],
    ['/v1/../orders', "contains a '..' segment"],
    ['/v1/{id', "has an unclosed '{' in '{id'"],
    ['/v1/**/orders', "'**' must be the last segment"],
    ['/v1/{proxy+}/x', "'{proxy+}' must be the last segment"],
    ['/v1/orders*', "'*' must be a whole segment"],
    ['/v1/{}', "has an empty parameter '{}'"],
    ['/v1/{id}.json', 'a parameter must be a whole segment'],
    ['/v1/{id}/x/{id}', "uses the parameter '{id}' twice"],
    ['/v1/orders?x=1', "contains '?'"],
    [`/${'a/'.repeat(128)}b`, 'it has 129 segments, more than the 128 gwlint analyses'],
  ])('rejects %s', (raw, reason) => {
    const parsed = parsePattern(raw, { ignoreTrailingSlash: false });
    expect('reason' in parsed && parsed.reason).toContain(reason);
  });

  it('reads literal, parameter, wildcard and rest segments', () => {
    expect(pattern('/v1/{id}/*/**')).toEqual({
      kind: 'pattern',
      segments: [{ kind: 'literal', value: 'v1' }, { kind: 'param', name: 'id' }, { kind: 'wildcard' }],
      tail: 'rest',
    });
    expect(pattern('/{proxy+}')).toEqual({ kind: 'pattern', segments: [{ kind: 'param', name: 'proxy' }], tail: 'rest' });
    expect(pattern('/').segments).toEqual([{ kind: 'literal', value: '' }]);
  });

  it('parses each path text once per trailing-slash mode: routes with the same path share the matcher', () => {
    expect(pattern('/v1/orders/{id}/')).toBe(pattern('/v1/orders/{id}/'));
    // `trailingSlash: ignore` drops the final empty segment; strict keeps it.
    expect(pattern('/v1/orders/{id}/', true)).not.toBe(pattern('/v1/orders/{id}/'));
    expect(pattern('/v1/orders/{id}/', true).segments).toHaveLength(3);
    expect(pattern('/v1/orders/{id}/').segments).toHaveLength(4);
  });
});

describe('patternCovers', () => {
  it.each([
    ['/**', '/anything/at/all', true],
    ['/**', '/', true],
    ['/v1/**', '/v1', true],
    ['/v1/**', '/v1/', true],
    ['/v1/**', '/v10', false],
    ['/v1/*', '/v1/a', true],
    ['/v1/*', '/v1/a/b', false],
    ['/v1/*', '/v1/', false],
    ['/v1/{id}', '/v1/*', true],
    ['/v1/orders', '/v1/{id}', false],
    ['/v1/{proxy+}', '/v1', false],
    ['/v1/{proxy+}', '/v1/a/b', true],
    ['/v1/{proxy+}', '/v1/**', false],
    ['/v1/**', '/v1/{proxy+}', true],
    ['/v1/{proxy+}', '/v1/{x+}', true],
    ['/{p}/**', '/{proxy+}', true],
    ['/{proxy+}', '/{p}/**', true],
    ['/a', '/a/', false],
    ['/a/', '/a', false],
  ])('%s covers %s: %s', (a, b, expected) => {
    expect(patternCovers(pattern(a), pattern(b))).toBe(expected);
  });

  it('equates /a and /a/ when trailing slashes are ignored', () => {
    expect(patternCovers(pattern('/a', true), pattern('/a/', true))).toBe(true);
  });
});

describe('witnesses and keys', () => {
  it('builds the shortest concrete path', () => {
    expect(examplePath(pattern('/v1/orders/{id}/*'))).toBe('/v1/orders/1/x');
    expect(examplePath(pattern('/v1/**'))).toBe('/v1');
    expect(examplePath(pattern('/v1/{proxy+}'))).toBe('/v1/1');
    expect(examplePath(pattern('/**'))).toBe('/');
  });

  it('erases parameter names in keys', () => {
    expect(patternKey(pattern('/x/{id}'))).toBe(patternKey(pattern('/x/{key}')));
    expect(patternKey(pattern('/x/{id}'))).not.toBe(patternKey(pattern('/x/y')));
  });
});
