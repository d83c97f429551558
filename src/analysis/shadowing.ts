/**
 * Which requests each route loses to routes the gateway tries before it. Computed once per model
 * and shared by `shadowed-route` and `duplicate-route`.
 */
import { compareKeys } from '../dialect/dialect.js';
import type { GatewayModel, Route, RoutePath } from '../model/types.js';
import { matcherKey, type PathMatcher } from '../paths/pattern.js';
import { describeRequest, exampleHost } from './request.js';
import { pushTo } from '../util/group.js';
import { ANY_METHOD, examplePaths, hostKeysOf, indexedPath, methodKeysOf, RoutingIndex, type Hit, type IndexedPath } from './routing-index.js';

/** One host and one method of one path of a route, all of whose requests go to an earlier route. */
export interface Loss {
  readonly path: RoutePath;
  readonly host: string;
  readonly method: string;
  readonly hit: Hit;
  /** The winner has the same host, method and path pattern: a `duplicate-route`, not shadowing. */
  readonly duplicate: boolean;
  /**
   * Prefix dialects: only the route's own request (its path itself) goes to the winner; longer
   * paths under its prefix still reach the route.
   */
  readonly ownRequestOnly: boolean;

  /** A concrete request of the route that the gateway sends to the winner: `GET api.example.com/v1/orders/1`. */
  readonly witness: string;
}

export interface RouteReachability {
  readonly route: Route;
  /** How many (path, host, method) units the route has among its valid paths. */
  readonly unitCount: number;
  /** Never empty: a route that loses nothing has no entry. */
  readonly losses: Loss[];
}

const cache = new WeakMap<GatewayModel, Map<Route, RouteReachability>>();

/** The routes that lose requests to earlier routes, and what they lose; routes that lose nothing are left out. */
export function analyseShadowing(model: GatewayModel): Map<Route, RouteReachability> {
  const cached = cache.get(model);
  if (cached) return cached;
  const result = new Map<Route, RouteReachability>();
  const byGateway = new Map<string, IndexedPath[]>();
  // Indexed loops, here and in the index: this runs once per process, mostly before the JIT has
  // optimised it, and unoptimised `for…of` allocates an iterator result per element.
  const routes = model.routes;
  for (let r = 0; r < routes.length; r++) {
    const route = routes[r]!;
    const hostKeys = hostKeysOf(route);
    const methodKeys = methodKeysOf(route);
    for (let p = 0; p < route.paths.length; p++) {
      const path = route.paths[p]!;
      if (path.matcher) pushTo(byGateway, route.gateway.id, indexedPath(route, path, path.matcher, hostKeys, methodKeys));
    }
  }
  for (const entries of byGateway.values()) {
    entries.sort((a, b) => compareKeys(a.precedence, b.precedence));
    const index = new RoutingIndex(entries[0]!.route.gateway.dialect.hostPrecedence);
    for (let e = 0; e < entries.length; e++) {
      const entry = entries[e]!;
      recordLosses(entry, index, result);
      // A route with header or query conditions matches only some requests to its path, so it
      // never shadows another route on its own: leaving it out of the index keeps the rule quiet.
      if (entry.route.headers.length === 0 && entry.route.queryParams.length === 0) index.insert(entry);
    }
  }
  cache.set(model, result);
  return result;
}

/** The losses of a route, its entry made on its first loss: most routes lose nothing, and 100,000 empty entries would cost. */
function lossesOf(entry: IndexedPath, result: Map<Route, RouteReachability>): Loss[] {
  const { route } = entry;
  let reachability = result.get(route);
  if (!reachability) {
    const validPaths = route.paths.reduce((count, path) => count + (path.matcher ? 1 : 0), 0);
    reachability = { route, unitCount: validPaths * entry.hostKeys.length * entry.methodKeys.length, losses: [] };
    result.set(route, reachability);
  }
  return reachability.losses;
}

function recordLosses(entry: IndexedPath, index: RoutingIndex, result: Map<Route, RouteReachability>): void {
  const { route, matcher, hostKeys, methodKeys } = entry;
  for (let h = 0; h < hostKeys.length; h++) {
    const host = hostKeys[h]!;
    for (let m = 0; m < methodKeys.length; m++) {
      const method = methodKeys[m]!;
      const hit = index.earliestCovering(matcher, host, method);
      if (hit) {
        if (hit.winner.route === route) continue;
        const duplicate =
          hit.hostKey === host &&
          hit.methodKey === method &&
          matcherKey(hit.winner.matcher) === matcherKey(matcher) &&
          sameRank(hit.winner.precedence, entry.precedence, route.gateway.dialect.tieBreakFrom);
        // Equal keys that are no duplicate (`*.example.com` against `*.a.example.com` in Kong): the
        // gateway breaks the tie by something the files do not fix, so neither route is shadowed.
        if (!duplicate && compareKeys(hit.winner.precedence, entry.precedence) === 0) continue;
        const witness = findWitness(index, matcher, host, method, hit);
        lossesOf(entry, result).push({ path: entry.path, host, method, hit, duplicate, ownRequestOnly: false, witness });
        continue;
      }
      // A route for every method that loses only some methods (`GET /api` before an all-methods
      // `/api/orders`) is not reported: sending reads elsewhere is a common, deliberate split.
      if (matcher.kind === 'prefix') recordOwnRequestLoss(entry, matcher.value, host, method, index, result);
    }
  }
}

/** Whether two precedence keys agree on everything before the dialect's tie-breakers. */
function sameRank(a: readonly number[], b: readonly number[], tieBreakFrom: number): boolean {
  for (let i = 0; i < tieBreakFrom; i++) if (a[i] !== b[i]) return false;
  return true;
}

/**
 * A prefix route whose own path goes to another route, which also takes some longer paths under
 * the prefix: `/api/orders` behind `~/api/orders/?[a-z]*$`. A longer prefix tried first never
 * matches a shorter one's own path, so the normal longest-first order is never reported; nor is a
 * regex anchored to exactly that path (`~/users$` next to `/users`), the prefix dialects' way of
 * writing an exact match beside a prefix.
 */
function recordOwnRequestLoss(entry: IndexedPath, path: string, host: string, method: string, index: RoutingIndex, result: Map<Route, RouteReachability>): void {
  // Host and method keys, not a concrete request: the winner must take every method and host the
  // route serves, or the route still gets its own path for the others.
  const hit = index.earliestMatching(path, host, method);
  if (!hit || hit.winner.route === entry.route) return;
  const winner = hit.winner.matcher;
  if (winner.kind === 'regex' && ![`${path}/x`, `${path}x`].some((longer) => winner.regex.matches(longer, winner.mode))) return;
  lossesOf(entry, result).push({
    path: entry.path,
    host,
    method,
    hit,
    duplicate: false,
    ownRequestOnly: true,
    witness: describeRequest(method, host, path),
  });
}

/** Requests of a matcher worth showing, shortest first. */
function candidateRequests(matcher: PathMatcher): string[] {
  if (matcher.kind === 'pattern') return examplePaths(matcher);
  if (matcher.kind === 'prefix') return [matcher.value, `${matcher.value}${matcher.value.endsWith('/') ? '' : '/'}x`];
  const example = matcher.regex.example(matcher.mode);
  return example === undefined ? [] : [example];
}

/**
 * A concrete request of the shadowed path that really goes to the winner. The route's shortest
 * request may be taken by a third route tried even earlier (`/` before `/**`), so a few requests
 * are tried, each checked against the index; the first candidate stands when none is confirmed.
 */
function findWitness(index: RoutingIndex, matcher: PathMatcher, hostKey: string, method: string, hit: Hit): string {
  const host = exampleHost(hostKey);
  const concreteMethod = method === ANY_METHOD ? 'GET' : method;
  const candidates = candidateRequests(matcher);
  const confirmed = candidates.find((path) => index.earliestMatching(path, host, concreteMethod)?.winner.route === hit.winner.route);
  return describeRequest(concreteMethod, hostKey, confirmed ?? candidates[0] ?? '/');
}
