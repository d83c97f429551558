import { describe, expect, it } from 'vitest';
import { findJsonSyntaxError } from '../../src/load/json-syntax.js';
import { Random } from './yaml-generator.js';

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

  // `parse.ts` asks `JSON.parse` first and this scanner only for a rejected file's error.
  it('accepts exactly what JSON.parse accepts, on edited JSON', () => {
    const random = new Random(5);
    const value = (depth: number): unknown => {
      const kind = random.int(depth > 3 ? 4 : 6);
      if (kind === 0) return random.pick(['', 'a', '\u0001x', 'é😀', '\ud800', '"\\']);
      if (kind === 1) return random.pick([0, -0, 1.5, 1e21, -1e-7]);
      if (kind === 2) return random.pick([true, false, null]);
      if (kind === 3) return [];
      if (kind === 4) return Array.from({ length: random.int(4) }, () => value(depth + 1));
      return Object.fromEntries(Array.from({ length: random.int(4) }, () => [random.pick(['a', 'b', '']), value(depth + 1)]));
    };
    const edits = [',', '"', ' ', '\n', '\r', ']', '}', '[', '{', ':', '#', "'", '\t', '0', '-', '.', 'e', '+', '\\', 'u', '/', '\u0000', 'true', 'n', '\u00a0', '\u2028'];
    for (let i = 0; i < 20_000; i++) {
      let text = JSON.stringify(value(0), null, random.pick([0, 2, '\t']));
      for (let edit = random.int(3); edit > 0; edit--) {
        const at = random.int(text.length + 1);
        text = text.slice(0, at) + random.pick(edits) + text.slice(random.chance(0.3) ? at + 1 : at);
      }
      let accepted = true;
      try {
        JSON.parse(text);
      } catch {
        accepted = false;
      }
      expect(findJsonSyntaxError(text) === undefined, JSON.stringify(text)).toBe(accepted);
    }
  });
});
