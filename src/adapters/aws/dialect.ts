/**
 * How AWS API Gateway picks a route. REST and HTTP APIs both select the most specific match, not
 * the first declared one (HTTP APIs, "Routing API requests": "1. Full match for a route and method.
 * 2. Match for a route and method with a greedy path variable ({proxy+}). 3. The $default route.";
 * REST APIs resolve a request down the resource tree, a literal path part before the one variable
 * part a resource may have, before a greedy `{proxy+}`). So a `{proxy+}` or an ANY method never
 * shadows a more specific route, whatever the order in the file; identical routes are rejected.
 */
import type { Dialect, RouteAndPath } from '../../dialect/dialect.js';
import type { PlatformLimit } from '../../model/types.js';
import type { PatternMatcher, Segment } from '../../paths/pattern.js';

export type ApiKind = 'rest' | 'http';

/** The HTTP API catch-all route key (also what SAM makes of an HttpApi event without Path and Method). */
export const DEFAULT_ROUTE = '$default';

const LITERAL = 0;
const PARAMETER = 1;
const GREEDY = 2;
const END = 3;

function segmentRank(matcher: PatternMatcher, index: number): number {
  const segment = matcher.segments[index]!;
  if (segment.kind === 'literal') return LITERAL;
  return matcher.tail === 'rest' && index === matcher.segments.length - 1 ? GREEDY : PARAMETER;
}

/**
 * The precedence key of one route: paths compared segment by segment (a literal before a
 * parameter before a greedy variable), then a specific method before ANY, then `$default` last of
 * all. Declaration order comes last only to name which of two identical routes is reported.
 */
export function awsPrecedence(matcher: PatternMatcher | undefined, isDefaultRoute: boolean, anyMethod: boolean, order: number): number[] {
  if (isDefaultRoute || !matcher) return [1, anyMethod ? 1 : 0, order];
  const ranks = matcher.segments.map((_, index) => segmentRank(matcher, index));
  return [0, ...ranks, END, anyMethod ? 1 : 0, order];
}

function describeSegment(matcher: PatternMatcher, index: number): string {
  const segment: Segment = matcher.segments[index]!;
  if (segment.kind === 'literal') return `the literal '${segment.value}'`;
  if (segment.kind === 'wildcard') return `the wildcard '*'`;
  return segmentRank(matcher, index) === GREEDY ? `the greedy variable '{${segment.name}+}'` : `the path variable '{${segment.name}}'`;
}

function explain(first: RouteAndPath, second: RouteAndPath): string {
  const a = first.path.matcher;
  const b = second.path.matcher;
  const aDefault = first.path.value === DEFAULT_ROUTE;
  const bDefault = second.path.value === DEFAULT_ROUTE;
  if (!aDefault && bDefault) return `API Gateway sends a request to the '${DEFAULT_ROUTE}' route only when no other route matches it`;
  if (a?.kind === 'pattern' && b?.kind === 'pattern' && !aDefault && !bDefault) {
    const length = Math.min(a.segments.length, b.segments.length);
    for (let i = 0; i < length; i++) {
      const rankA = segmentRank(a, i);
      const rankB = segmentRank(b, i);
      if (rankA !== rankB) {
        return `API Gateway picks the most specific match: at segment ${i + 1}, ${describeSegment(a, i)} is more specific than ${describeSegment(b, i)}`;
      }
    }
  }
  if (first.route.methods && !second.route.methods) {
    return `API Gateway picks a route for the request's own method (${first.route.methods.map((m) => m.value).join(', ')}) before an ANY route on the same path`;
  }
  return 'it is declared earlier';
}

function tie(kind: ApiKind): Dialect['describeTie'] {
  return (first, second) => {
    if (first.path.value === DEFAULT_ROUTE && second.path.value === DEFAULT_ROUTE) {
      return `An API has a single '${DEFAULT_ROUTE}' route: API Gateway (or SAM) rejects the second one`;
    }
    const sameResource =
      first.path.value !== second.path.value ? ` ('${first.path.value}' and '${second.path.value}' are the same resource: path variable names do not tell routes apart)` : '';
    return kind === 'rest'
      ? `API Gateway (or SAM) rejects the deployment: a method can be defined only once per path${sameResource}`
      : `API Gateway (or SAM) rejects the deployment: a route key (method and path) can be defined only once per API${sameResource}`;
  };
}

export const awsRestDialect: Dialect = {
  id: 'aws',
  displayName: 'AWS API Gateway (REST API)',
  hostPrecedence: 'route-order',
  // Only declaration order follows the path and method ranks: identical routes are duplicates.
  tieBreakFrom: 0,
  explainPrecedence: explain,
  describeTie: tie('rest'),
};

export const awsHttpDialect: Dialect = {
  id: 'aws',
  displayName: 'AWS API Gateway (HTTP API)',
  hostPrecedence: 'route-order',
  // Only declaration order follows the path and method ranks: identical routes are duplicates.
  tieBreakFrom: 0,
  explainPrecedence: explain,
  describeTie: tie('http'),
};

export function dialectFor(kind: ApiKind): Dialect {
  return kind === 'rest' ? awsRestDialect : awsHttpDialect;
}

/** A REST API's endpoint type, which decides whether its 29 s limit can be raised; unknown outside templates. */
export type EndpointType = 'EDGE' | 'REGIONAL' | 'PRIVATE' | 'unknown';

/**
 * The integration timeout ceiling of an API (API Gateway quotas: "50 milliseconds - 29 seconds",
 * raisable for Regional and private REST APIs only; "Maximum integration timeout: 30 seconds" for
 * HTTP APIs).
 */
export function maxTimeout(kind: ApiKind, endpoint: EndpointType): PlatformLimit {
  if (kind === 'http') return { value: 30_000, description: 'the 30 s maximum integration timeout of HTTP APIs', raisable: false };
  if (endpoint === 'EDGE') {
    return { value: 29_000, description: "API Gateway's 29 s integration timeout limit for edge-optimized REST APIs (the default endpoint type), which no quota increase raises", raisable: false };
  }
  return {
    value: 29_000,
    description: "API Gateway's default 29 s integration timeout limit for REST APIs (raisable by quota request for Regional and private APIs)",
    raisable: true,
  };
}

/** API Gateway rejects integration timeouts below this. */
export const MIN_TIMEOUT_MS = 50;
