/**
 * The comments of a YAML file, read from the parser's concrete syntax tree (never by a regex over
 * the text, which cannot tell a comment from a `#` inside a quoted or block scalar). The fast
 * path (`fast/cursor.ts`) records the same comments as it reads.
 */

/** One `# …` comment: `offset` is where its `#` is, `text` what follows it, trimmed. */
export interface SourceComment {
  readonly offset: number;
  /** The comment's source, `#` included, without trailing whitespace or line break. */
  readonly source: string;
}

/**
 * Every comment token in a parsed CST, in source order. The CST nests comments in many places
 * (before items, after values, inside flow collections, after `---`); walking every object finds
 * them all without depending on where the parser chose to put each one.
 */
export function collectComments(tokens: readonly unknown[]): SourceComment[] {
  const comments: SourceComment[] = [];
  const pending: unknown[] = [...tokens];
  while (pending.length > 0) {
    const value = pending.pop();
    if (Array.isArray(value)) {
      pending.push(...value);
      continue;
    }
    if (value === null || typeof value !== 'object') continue;
    const token = value as { type?: unknown; offset?: unknown; source?: unknown };
    if (token.type === 'comment' && typeof token.offset === 'number' && typeof token.source === 'string') {
      comments.push({ offset: token.offset, source: token.source.replace(/\s+$/, '') });
      continue;
    }
    for (const child of Object.values(value)) if (child !== null && typeof child === 'object') pending.push(child);
  }
  return comments.sort((a, b) => a.offset - b.offset);
}
