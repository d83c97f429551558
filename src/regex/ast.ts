import type { CharSet } from './charset.js';

/**
 * Zero-width assertions. `endOrFinalNewline` is PCRE's `$` / `\Z` (end, or just before a newline
 * that ends the input); RE2's `$` is plain `end`. PCRE's multi-line `^` does not match after a
 * newline that ends the input, RE2's does.
 */
export type Assertion =
  | 'start'
  | 'end'
  | 'endOrFinalNewline'
  | 'lineStart'
  | 'lineStartPcre'
  | 'lineEnd'
  | 'wordBoundary'
  | 'notWordBoundary';

export type Node =
  | { readonly type: 'empty' }
  | { readonly type: 'set'; readonly set: CharSet }
  | { readonly type: 'assert'; readonly assertion: Assertion }
  | { readonly type: 'concat'; readonly items: readonly Node[] }
  | { readonly type: 'alt'; readonly items: readonly Node[] }
  /** `max` is Infinity for an unbounded repetition. */
  | { readonly type: 'repeat'; readonly item: Node; readonly min: number; readonly max: number };
