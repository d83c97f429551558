import { describe, expect, it } from 'vitest';
import { findJsonSyntaxError } from '../../src/load/json-syntax.js';

describe('findJsonSyntaxError', () => {
  it.each([
    '{}',
    '[]',
    ' {"a": [1, -2.5e3, true, false, null, "x\\n\\u00e9"], "b": {"c": {}}}\n',
    '"just a string"',
  ])('accepts %s', (text) => {
    expect(findJsonSyntaxError(text)).toBeUndefined();
  });

  it.each([
    ['[1, 2,]', 5, 'a trailing comma'],
    ['{"a": 1,\n}', 7, 'a trailing comma'],
    ['{"a": 1 // note\n}', 8, 'a comment (JSON has none)'],
    ['{"a": 1}\n# note', 9, 'a comment (JSON has none)'],
    ["{'a': 1}", 1, 'expected a double-quoted key, found a single-quoted string (JSON needs double quotes)'],
    ['{a: 1}', 1, "expected a double-quoted key, found the bare word 'a' (JSON strings need double quotes)"],
    ['{"a": yes}', 6, "found the bare word 'yes' (JSON strings need double quotes) where a value should be"],
    ['{"a" 1}', 5, "expected ':' after a key, found '1'"],
    ['[1 2]', 3, "expected ',' or ']', found '2'"],
    ['{"a": "x', 8, 'an unterminated string'],
    ['{"a": 1}}', 8, "found '}' after the end of the JSON value"],
    ['', 0, 'found the end of the file where a value should be'],
  ])('reports %j at offset %i', (text, offset, reason) => {
    expect(findJsonSyntaxError(text)).toEqual({ offset, reason });
  });
});
