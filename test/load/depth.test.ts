import { describe, expect, it } from 'vitest';
import { findExcessiveNesting } from '../../src/load/depth.js';

describe('findExcessiveNesting', () => {
  it('accepts ordinary configuration, quoted brackets and comments included', () => {
    const text = 'routes:\n  - name: "a [b"\n    paths: [/x, "/{id}"]   # [[[[\n    retries: { attempts: 2 }\n';
    expect(findExcessiveNesting(text, 4)).toBeUndefined();
  });

  it('finds flow nesting past the limit, at the bracket that crosses it', () => {
    expect(findExcessiveNesting('a: [[[[1]]]]\n', 3)).toEqual({ offset: 5 });
    expect(findExcessiveNesting('[\n [\n  [\n   [1]]]]\n', 3)).toEqual({ offset: 7 });
  });

  it('finds block nesting past the limit, counting compact sequences', () => {
    const block = Array.from({ length: 6 }, (_, i) => `${' '.repeat(i)}k:`).join('\n');
    expect(findExcessiveNesting(block, 5)).toEqual({ offset: 30 });
    expect(findExcessiveNesting('- - - - - - x\n', 4)).toEqual({ offset: 12 });
  });

  it('counts block and flow depth together', () => {
    expect(findExcessiveNesting('a:\n  b:\n    c: [[1]]\n', 4)).toEqual({ offset: 16 });
  });
});
