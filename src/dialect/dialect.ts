import type { ParsedPath } from '../paths/pattern.js';
import type { GatewaySettings, Route, RoutePath } from '../model/types.js';

/**
 * What differs between gateways, behind one interface: how a path string is matched, and in
 * which order the gateway tries routes. Rules never hard-code either; they ask the route's dialect.
 */
export interface Dialect {
  /** Stable id, as accepted by `--dialect`. */
  readonly id: string;
  /** Shown in messages: "in the native format", "in Kong". */
  readonly displayName: string;
  parsePath(raw: string, settings: GatewaySettings): ParsedPath;
  /**
   * The order in which the gateway tries a route's path: smaller keys (compared element by
   * element) are tried first. Keys must be total: two paths never tie unless the gateway itself
   * has no rule to break the tie.
   */
  precedenceKey(route: Route, path: RoutePath): readonly number[];
  /** Why the gateway tries `first` before `second`, for messages: "it has a higher priority (10 > 0)". */
  explainPrecedence(first: Route, second: Route): string;
}

export function compareKeys(a: readonly number[], b: readonly number[]): number {
  const length = Math.min(a.length, b.length);
  for (let i = 0; i < length; i++) {
    const difference = a[i]! - b[i]!;
    if (difference !== 0) return difference;
  }
  return a.length - b.length;
}
