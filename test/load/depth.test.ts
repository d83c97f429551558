import { describe, expect, it } from 'vitest';
import { findExcessiveNesting, type NestingExcess } from '../../src/load/depth.js';
import { Random } from './yaml-generator.js';

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

  it('agrees with the first, character-by-character version on random text', () => {
    const random = new Random(3);
    const pieces = ['[', ']', '{', '}', '"', "'", '\\', '#', ' ', '  ', '\n', '\r', '- ', 'a', ':', ',', '\u00a0', '\t'];
    for (let i = 0; i < 20_000; i++) {
      const text = Array.from({ length: random.int(40) }, () => random.pick(pieces)).join('');
      const limit = 1 + random.int(4);
      expect(findExcessiveNesting(text, limit), JSON.stringify(text)).toEqual(reference(text, limit));
    }
  });
});

/** `findExcessiveNesting` as first written (strings rather than character codes), for the test above. */
function reference(text: string, limit: number): NestingExcess | undefined {
  const indents: number[] = [];
  let flowDepth = 0;
  let lineStart = 0;
  while (lineStart < text.length) {
    let lineEnd = text.indexOf('\n', lineStart);
    if (lineEnd === -1) lineEnd = text.length;
    let i = lineStart;
    while (i < lineEnd && text.charCodeAt(i) === 32) i++;
    const blank = i === lineEnd || text[i] === '#' || text[i] === '\r';
    if (!blank && flowDepth === 0) {
      const indent = i - lineStart;
      while (indents.length > 0 && indents[indents.length - 1]! >= indent) indents.pop();
      indents.push(indent);
      let dashes = 0;
      while (i + 1 < lineEnd && text[i] === '-' && text[i + 1] === ' ') {
        dashes++;
        i += 2;
        while (i < lineEnd && text.charCodeAt(i) === 32) i++;
      }
      if (indents.length + dashes > limit) return { offset: i };
    }
    const scanned = referenceScanFlow(text, i, lineEnd, flowDepth, indents.length, limit);
    if (typeof scanned === 'object') return scanned;
    flowDepth = scanned;
    lineStart = lineEnd + 1;
  }
  return undefined;
}

/** Counts brackets on one line; returns the flow depth at its end, or where nesting went too deep. */
function referenceScanFlow(text: string, from: number, to: number, flowDepth: number, blockDepth: number, limit: number): number | NestingExcess {
  let depth = flowDepth;
  let quote = '';
  for (let i = from; i < to; i++) {
    const char = text[i]!;
    if (quote) {
      if (char === '\\' && quote === '"') i++;
      else if (char === quote) quote = '';
      continue;
    }
    if (char === '"' || (char === "'" && (i === from || /[\s,[{:]/.test(text[i - 1]!)))) quote = char;
    else if (char === '#' && (i === from || /\s/.test(text[i - 1]!))) break;
    else if (char === '[' || char === '{') {
      depth++;
      if (blockDepth + depth > limit) return { offset: i };
    } else if ((char === ']' || char === '}') && depth > 0) depth--;
  }
  return depth;
}
