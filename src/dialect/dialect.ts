import type { Route, RoutePath } from '../model/types.js';

export type DialectId = 'native' | 'kong' | 'gateway-api' | 'aws';

/** The dialects `--dialect` and the config file's `dialect:` accept; `auto` detects per document. */
export const DIALECT_CHOICES = ['auto', 'native', 'kong', 'gateway-api', 'aws'] as const;
export type DialectChoice = (typeof DIALECT_CHOICES)[number];

/** One path of one route. */
export interface RouteAndPath {
  readonly route: Route;
  readonly path: RoutePath;
}

/**
 * What differs between gateways in how they pick a route, behind one interface. Adapters turn
 * each gateway's own match rules into path matchers (`RoutePath.matcher`) and precedence keys
 * (`RoutePath.precedence`); rules and the routing index never hard-code a gateway.
 */
export interface Dialect {
  /** Stable id, as accepted by `--dialect`. */
  readonly id: DialectId;
  /** Shown in messages: "the native format", "Kong". */
  readonly displayName: string;
  /**
   * How routes with different hosts compete. `route-order`: a route for any host (or a wildcard
   * host) is tried in precedence order like every other (native, Kong). `most-specific-host`:
   * a request only meets the routes of its most specific matching hostname, so a route can only
   * be shadowed by routes for the very same hostname (Gateway API).
   */
  readonly hostPrecedence: 'route-order' | 'most-specific-host';
  /**
   * Where the tie-breakers start in this dialect's precedence keys (declaration order, creation
   * time, names). Two identical matches whose keys agree before it are duplicates, which the
   * gateway decides by a tie-break; when the keys differ there, the gateway deliberately ranks one
   * above the other, and the later one is shadowed. 0: every identical match is a duplicate.
   */
  readonly tieBreakFrom: number;
  /** Why the gateway tries `first` before `second`, for messages: "it has a higher priority (10 > 0)". */
  explainPrecedence(first: RouteAndPath, second: RouteAndPath): string;
  /**
   * What the gateway does with two identical matches, as a sentence about `witness` (a request
   * both match): "The gateway silently sends every such request (e.g. GET /x) to 'a'".
   */
  describeTie(first: RouteAndPath, second: RouteAndPath, witness: string): string;
}

export function compareKeys(a: readonly number[], b: readonly number[]): number {
  const length = Math.min(a.length, b.length);
  for (let i = 0; i < length; i++) {
    const difference = a[i]! - b[i]!;
    if (difference !== 0) return difference;
  }
  return a.length - b.length;
}
