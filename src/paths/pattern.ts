import type { SafeRegex } from '../regex/index.js';
import { exactSize } from '../util/array.js';

/**
 * Segment patterns: the path language of the native format (and of AWS-style `{proxy+}` paths).
 * A pattern is a list of segments plus what may follow them:
 *   `/v1/orders/{id}`  literal, literal, one-segment parameter, nothing after
 *   `/v1/*`            `*` is one non-empty segment
 *   `/v1/**`           the rest of the path: zero or more segments (`/v1`, `/v1/`, `/v1/a/b`)
 *   `/v1/{proxy+}`     the rest of the path, at least one non-empty segment: read as
 *                      `/v1/{proxy}/**`, which matches exactly the same paths
 * A path string is split on `/` after its leading slash, so `/a/` is `['a', '']` and `/` is `['']`.
 */
export type Segment =
  | { readonly kind: 'literal'; readonly value: string }
  | { readonly kind: 'param'; readonly name: string }
  | { readonly kind: 'wildcard' };

export type Tail = 'none' | 'rest';

/** Segment-wise matching: native paths, AWS paths, Gateway API `Exact` and `PathPrefix` (as `/x/**`). */
export interface PatternMatcher {
  readonly kind: 'pattern';
  readonly segments: readonly Segment[];
  readonly tail: Tail;
}

/** A plain string prefix (Kong paths without `~`, Envoy `prefix`): `/api` also matches `/apiv2`. */
export interface PrefixMatcher {
  readonly kind: 'prefix';
  readonly value: string;
}

/**
 * A regular expression, evaluated only by gwlint's bounded engine. `full`: the whole path must
 * match (Envoy `safe_regex`, Gateway API); `prefix`: anchored at the start only (Kong `~` paths).
 */
export interface RegexMatcher {
  readonly kind: 'regex';
  readonly source: string;
  readonly regex: SafeRegex;
  readonly mode: 'full' | 'prefix';
}

export type PathMatcher = PatternMatcher | PrefixMatcher | RegexMatcher;

export type ParsedPath = { readonly matcher: PatternMatcher } | { readonly reason: string };

const PARAM_NAME = /^[A-Za-z_][A-Za-z0-9_.-]*$/;
/** Far beyond any real route; keeps every walk over segments short. */
export const MAX_SEGMENTS = 128;

export interface PatternOptions {
  /** `trailingSlash: ignore`: `/a` and `/a/` are the same path. */
  readonly ignoreTrailingSlash: boolean;
}

/**
 * Segments never change, so patterns share them: one object per literal value or parameter name
 * (`v1`, `orders`, `{id}` recur across thousands of routes). The tables are emptied when they
 * grow past `MAX_SHARED_SEGMENTS`, so a long-lived process keeps them bounded.
 */
const sharedLiterals = new Map<string, Segment>();
const sharedParams = new Map<string, Segment>();
const WILDCARD: Segment = Object.freeze({ kind: 'wildcard' });
const MAX_SHARED_SEGMENTS = 100_000;

/** Keeps `value` under `key` (the lookup failed) and returns it; a table past the bound is emptied first. */
function remember<T>(table: Map<string, T>, key: string, value: T): T {
  if (table.size >= MAX_SHARED_SEGMENTS) table.clear();
  table.set(key, value);
  return value;
}

// Looked up first and made only when missing: these run for every segment of every path.
const literalSegment = (value: string): Segment => sharedLiterals.get(value) ?? remember(sharedLiterals, value, { kind: 'literal', value });
const paramSegment = (name: string): Segment => sharedParams.get(name) ?? remember(sharedParams, name, { kind: 'param', name });

/** A segment that is nothing but literal text: no `{`, `}` or `*` anywhere, not `.` or `..`. */
const PLAIN_SEGMENT = /^(?!\.\.?$)[^{}*]+$/;

/**
 * Parsed paths by text, one table per trailing-slash mode: the same path is written on many routes
 * (`/health` on every host, `/v1/orders/{id}` behind several hosts), and a parse never changes,
 * so they share it. Emptied past `MAX_SHARED_SEGMENTS`, like the segment tables.
 */
const parsedStrict = new Map<string, ParsedPath>();
const parsedIgnoringSlash = new Map<string, ParsedPath>();

export function parsePattern(raw: string, options: PatternOptions): ParsedPath {
  const table = options.ignoreTrailingSlash ? parsedIgnoringSlash : parsedStrict;
  return table.get(raw) ?? remember(table, raw, parseNew(raw, options));
}

/** Whether `segments` already has the parameter `name`: paths have few, so no set is made per path. */
function hasParam(segments: readonly Segment[], name: string): boolean {
  for (let i = 0; i < segments.length; i++) {
    const segment = segments[i]!;
    if (segment.kind === 'param' && segment.name === name) return true;
  }
  return false;
}

function parseNew(raw: string, options: PatternOptions): ParsedPath {
  if (!raw.startsWith('/')) return { reason: `it must start with '/'` };
  const outside = /[?#]|\s/.exec(raw)?.[0];
  if (outside === '?' || outside === '#') return { reason: `it contains '${outside}', but a query string or fragment is never part of the matched path` };
  if (outside !== undefined) return { reason: 'it contains white space' };
  const parts = raw.slice(1).split('/');
  if (parts.length > MAX_SEGMENTS) return { reason: `it has ${parts.length} segments, more than the ${MAX_SEGMENTS} gwlint analyses` };
  const segments: Segment[] = [];
  let tail: Tail = 'none';
  for (let i = 0; i < parts.length; i++) {
    const part = parts[i]!;
    // Nearly every segment: decided by one test instead of the checks below.
    if (PLAIN_SEGMENT.test(part)) {
      segments.push(literalSegment(part));
      continue;
    }
    const isLast = i === parts.length - 1;
    if (part === '' && !isLast) return { reason: `it contains an empty segment ('//')` };
    if (part === '.' || part === '..') return { reason: `it contains a '${part}' segment, which clients and proxies normalise away` };
    if (part === '**' || /^\{[^{}]*\+\}$/.test(part)) {
      if (!isLast) return { reason: `'${part}' must be the last segment` };
      if (part !== '**') {
        const name = part.slice(1, -2);
        if (!PARAM_NAME.test(name)) return { reason: `'${part}' is not a valid greedy parameter name` };
        segments.push(paramSegment(name));
      }
      tail = 'rest';
      continue;
    }
    if (part === '*') {
      segments.push(WILDCARD);
      continue;
    }
    if (part.includes('*')) return { reason: `'*' must be a whole segment (in '${part}')` };
    if (part.startsWith('{') && part.endsWith('}') && part.indexOf('{', 1) === -1) {
      const name = part.slice(1, -1);
      if (name === '') return { reason: `it has an empty parameter '{}'` };
      if (!PARAM_NAME.test(name)) return { reason: `'${part}' is not a valid parameter name` };
      if (hasParam(segments, name)) return { reason: `it uses the parameter '{${name}}' twice` };
      segments.push(paramSegment(name));
      continue;
    }
    if (part.includes('{') && !part.includes('}')) return { reason: `it has an unclosed '{' in '${part}'` };
    if (part.includes('{') || part.includes('}')) return { reason: `a parameter must be a whole segment (in '${part}')` };
    segments.push(literalSegment(part));
  }
  if (options.ignoreTrailingSlash && tail === 'none' && segments.length > 1) {
    const last = segments[segments.length - 1]!;
    if (last.kind === 'literal' && last.value === '') segments.pop();
  }
  return { matcher: { kind: 'pattern', segments: exactSize(segments), tail } };
}

/** Whether pattern segment `a` matches every value that segment `b` matches. */
export function segmentCovers(a: Segment, b: Segment): boolean {
  if (a.kind === 'literal') return b.kind === 'literal' && a.value === b.value;
  // params and `*` match any non-empty segment
  return b.kind !== 'literal' || b.value !== '';
}

/**
 * Whether every path matched by `b` is also matched by `a` (a ⊇ b), decided exactly.
 * Used directly in tests; the shadowing index applies the same logic through its trie.
 */
export function patternCovers(a: PatternMatcher, b: PatternMatcher): boolean {
  const fixed = a.segments.length;
  if (b.segments.length < fixed) return false;
  for (let i = 0; i < fixed; i++) if (!segmentCovers(a.segments[i]!, b.segments[i]!)) return false;
  return tailCovers(a.tail, fixed, b);
}

/** Whether a tail starting at `depth` matches everything `b` matches from `depth` on. */
export function tailCovers(tail: Tail, depth: number, b: PatternMatcher): boolean {
  return tail === 'rest' || (b.tail === 'none' && b.segments.length === depth);
}

/** The pattern with parameter names erased: `/x/{id}` and `/x/{key}` give the same key. */
export function patternKey(matcher: PatternMatcher): string {
  return `${joinSegments(matcher.segments, '{}', '{}')}${matcher.tail === 'rest' ? '/**' : ''}`;
}

/** The shortest concrete path the pattern matches, parameters filled in: a witness for messages. */
export function examplePath(matcher: PatternMatcher): string {
  return joinSegments(matcher.segments, '1', 'x');
}

/** `/` and the segments joined by `/`, a parameter written as `param` and `*` as `wildcard`; a loop, as rules ask for one or two per path. */
function joinSegments(segments: readonly Segment[], param: string, wildcard: string): string {
  let path = '';
  for (let i = 0; i < segments.length; i++) {
    const segment = segments[i]!;
    path += `/${segment.kind === 'literal' ? segment.value : segment.kind === 'param' ? param : wildcard}`;
  }
  return path === '' ? '/' : path;
}

/** Whether the pattern ends in a literal trailing slash (`/a/`). */
export function hasTrailingSlash(matcher: PatternMatcher): boolean {
  const last = matcher.segments[matcher.segments.length - 1];
  return matcher.tail === 'none' && matcher.segments.length > 1 && last?.kind === 'literal' && last.value === '';
}

/** Segments matched literally: Gateway API `Exact` and `PathPrefix` values, AWS paths without parameters. */
export function literalPattern(path: string, tail: Tail): PatternMatcher {
  return { kind: 'pattern', segments: path.slice(1).split('/').map(literalSegment), tail };
}

/** Identical for identical matchers (parameter names erased): two paths with the same key are duplicates. */
export function matcherKey(matcher: PathMatcher): string {
  if (matcher.kind === 'pattern') return patternKey(matcher);
  if (matcher.kind === 'prefix') return `prefix:${matcher.value}`;
  return `regex:${matcher.mode}:${matcher.source}`;
}

/**
 * The longest string every path the matcher matches starts with: `/v1/orders/` for
 * `/v1/orders/{id}`, the value of a prefix; undefined for a regex (not worked out).
 */
export function fixedPrefix(matcher: PathMatcher): string | undefined {
  if (matcher.kind === 'prefix') return matcher.value;
  if (matcher.kind === 'regex') return undefined;
  let prefix = '';
  for (const segment of matcher.segments) {
    prefix += '/';
    if (segment.kind !== 'literal') return prefix;
    prefix += segment.value;
  }
  return prefix;
}
