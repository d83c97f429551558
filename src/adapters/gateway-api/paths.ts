/**
 * Path matchers for Gateway API `HTTPPathMatch` and Ingress `HTTPIngressPath`.
 *
 * - `Exact` (both): the path, literally and case-sensitively: `/abc` does not match `/abc/`.
 * - `PathPrefix` / Ingress `Prefix`: element by element, a trailing `/` in the value ignored:
 *   `/v2` and `/v2/` both match `/v2`, `/v2/` and `/v2/x`, never `/v2example`.
 * - `RegularExpression`: implementation-specific; Envoy Gateway hands it to Envoy's RE2
 *   `safe_regex`, which must match the whole path.
 */
import type { PathMatcher, PatternMatcher } from '../../paths/pattern.js';
import { literalPattern } from '../../paths/pattern.js';
import { parseRegex } from '../../regex/index.js';

export type PathKind = 'exact' | 'prefix' | 'regex';

export type PathReading =
  | { readonly ok: true; readonly matcher: PathMatcher | undefined }
  | { readonly ok: false; readonly reason: string };

/** The characters the Gateway API CRD allows in Exact and PathPrefix values (RFC 3986 path characters). */
const VALID_CHARACTERS = /^(?:[-A-Za-z0-9/._~!$&'()*+,;=:@]|%[0-9a-fA-F]{2})+$/;

/**
 * Why the API server rejects an Exact or PathPrefix value (the CEL rules of `HTTPPathMatch`),
 * undefined when it accepts it.
 */
export function gatewayPathProblem(value: string): string | undefined {
  if (!value.startsWith('/')) return "it must start with '/'";
  if (value.includes('//')) return "it contains '//'";
  if (value.includes('/./') || value.endsWith('/.')) return "it contains a '.' segment";
  if (value.includes('/../') || value.endsWith('/..')) return "it contains a '..' segment";
  if (/%2f/i.test(value)) return "it contains an encoded slash ('%2F')";
  if (value.includes('#')) return "it contains '#'";
  if (value.includes('?')) return "it contains '?': the query string is matched with queryParams, never as part of the path";
  if (!VALID_CHARACTERS.test(value)) return 'it contains characters that are not allowed in a URL path (spaces, quotes, braces …)';
  return undefined;
}

/** `/v2/` → `/v2/**`; `/` → every path. */
export function prefixPattern(value: string): PatternMatcher {
  const trimmed = value.length > 1 && value.endsWith('/') ? value.slice(0, -1) : value;
  if (trimmed === '/') return { kind: 'pattern', segments: [], tail: 'rest' };
  return literalPattern(trimmed, 'rest');
}

export function exactPattern(value: string): PatternMatcher {
  return literalPattern(value, 'none');
}

/**
 * The characters of a value that count for "longest match": a PathPrefix's trailing slash is
 * ignored, so `/v2` and `/v2/` (the same match) rank the same.
 */
export function significantLength(kind: PathKind, value: string): number {
  return kind === 'prefix' && value.length > 1 && value.endsWith('/') ? value.length - 1 : value.length;
}

export function readGatewayPath(kind: PathKind, value: string): PathReading {
  if (kind === 'regex') {
    const parsed = parseRegex(value, 're2');
    if (parsed.ok) return { ok: true, matcher: { kind: 'regex', source: value, regex: parsed.regex, mode: 'full' } };
    // A construct gwlint's engine does not evaluate is no error of the configuration: stay quiet.
    if (parsed.kind === 'unsupported') return { ok: true, matcher: undefined };
    return { ok: false, reason: `not a valid RE2 regular expression: ${parsed.reason}` };
  }
  const problem = gatewayPathProblem(value);
  if (problem) return { ok: false, reason: `${problem}; the Kubernetes API server rejects the HTTPRoute` };
  return { ok: true, matcher: kind === 'exact' ? exactPattern(value) : prefixPattern(value) };
}

/** Ingress paths: the API server only insists on a leading '/' for Exact and Prefix. */
export function readIngressPath(kind: 'exact' | 'prefix', value: string): PathReading {
  if (!value.startsWith('/')) return { ok: false, reason: "it must start with '/'; the Kubernetes API server rejects the Ingress" };
  return { ok: true, matcher: kind === 'exact' ? exactPattern(value) : prefixPattern(value) };
}
