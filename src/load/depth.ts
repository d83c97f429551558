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
