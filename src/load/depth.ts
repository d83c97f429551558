/**
 * A linear scan that bounds how deeply a YAML or JSON text nests, before any recursive code (the
 * parser, the tree builder, schema validation) sees it. No gateway configuration nests anywhere
 * near the limit; hostile input (`[[[[…` ten thousand deep) would exhaust the stack instead.
 *
 * The estimate never undercounts real nesting: block depth is the number of increasing
 * indentations (plus `- ` items opened on the same line), flow depth the number of open brackets
 * outside quotes and comments.
 */
export const MAX_NESTING = 256;

const CR = 13;
const DOUBLE_QUOTE = 34;
const HASH = 35;
const SINGLE_QUOTE = 39;
const DASH = 45;
const BRACKET_OPEN = 91;
const BACKSLASH = 92;
const BRACKET_CLOSE = 93;
const BRACE_OPEN = 123;
const BRACE_CLOSE = 125;

export interface NestingExcess {
  readonly offset: number;
}

export function findExcessiveNesting(text: string, limit = MAX_NESTING): NestingExcess | undefined {
  const indents: number[] = [];
  let flowDepth = 0;
  let lineStart = 0;
  while (lineStart < text.length) {
    let lineEnd = text.indexOf('\n', lineStart);
    if (lineEnd === -1) lineEnd = text.length;
    let i = lineStart;
    while (i < lineEnd && text.charCodeAt(i) === 32) i++;
    const first = text.charCodeAt(i);
    const blank = i === lineEnd || first === HASH || first === CR;
    if (!blank && flowDepth === 0) {
      const indent = i - lineStart;
      while (indents.length > 0 && indents[indents.length - 1]! >= indent) indents.pop();
      indents.push(indent);
      let dashes = 0;
      while (i + 1 < lineEnd && text.charCodeAt(i) === DASH && text.charCodeAt(i + 1) === 32) {
        dashes++;
        i += 2;
        while (i < lineEnd && text.charCodeAt(i) === 32) i++;
      }
      if (indents.length + dashes > limit) return { offset: i };
    }
    const scanned = scanFlow(text, i, lineEnd, flowDepth, indents.length, limit);
    if (typeof scanned === 'object') return scanned;
    flowDepth = scanned;
    lineStart = lineEnd + 1;
  }
  return undefined;
}

/** Counts brackets on one line; returns the flow depth at its end, or where nesting went too deep. */
function scanFlow(text: string, from: number, to: number, flowDepth: number, blockDepth: number, limit: number): number | NestingExcess {
  let depth = flowDepth;
  // Character codes: this runs over every character of every file.
  let quote = 0;
  for (let i = from; i < to; i++) {
    const code = text.charCodeAt(i);
    if (quote !== 0) {
      if (code === BACKSLASH && quote === DOUBLE_QUOTE) i++;
      else if (code === quote) quote = 0;
      continue;
    }
    if (code === DOUBLE_QUOTE || (code === SINGLE_QUOTE && (i === from || /[\s,[{:]/.test(text[i - 1]!)))) quote = code;
    else if (code === HASH && (i === from || /\s/.test(text[i - 1]!))) break;
    else if (code === BRACKET_OPEN || code === BRACE_OPEN) {
      depth++;
      if (blockDepth + depth > limit) return { offset: i };
    } else if ((code === BRACKET_CLOSE || code === BRACE_CLOSE) && depth > 0) depth--;
  }
  return depth;
}
