/**
 * Which requests each route loses to routes the gateway tries before it. Computed once per model
 * and shared by `shadowed-route` and `duplicate-route`.
 */
import { compareKeys } from '../dialect/dialect.js';
import type { GatewayModel, Route, RoutePath } from '../model/types.js';
import { patternKey, type PathMatcher } from '../paths/pattern.js';
import { describeRequest, exampleHost } from './request.js';
import { pushTo } from '../util/group.js';
import { ANY_METHOD, hostKeysOf, methodKeysOf, RoutingIndex, type Hit, type IndexedPath } from './routing-index.js';

/** One host and one method of one path of a route, all of whose requests go to an earlier route. */
export interface Loss {
  readonly path: RoutePath;
  readonly host: string;
  readonly method: string;
  readonly hit: Hit;
  /** The winner has the same host, method and path pattern: a `duplicate-route`, not shadowing. */
  readonly duplicate: boolean;
  /** A concrete request of the route that the gateway sends to the winner: `GET api.example.com/v1/orders/1`. */
  readonly witness: string;
}

export interface RouteReachability {
  readonly route: Route;
  /** How many (path, host, method) units the route has among its valid paths. */
  unitCount: number;
  readonly losses: Loss[];
}

const cache = new WeakMap<GatewayModel, Map<Route, RouteReachability>>();

export function analyseShadowing(model: GatewayModel): Map<Route, RouteReachability> {
  const cached = cache.get(model);
  if (cached) return cached;
  const result = new Map<Route, RouteReachability>();
  const byGateway = new Map<string, IndexedPath[]>();
  for (const route of model.routes) {
    for (const path of route.paths) {
      if (!path.matcher) continue;
      pushTo(byGateway, route.gateway.id, { route, path, matcher: path.matcher, precedence: route.gateway.dialect.precedenceKey(route, path) });
    }
  }
  for (const entries of byGateway.values()) {
    entries.sort((a, b) => compareKeys(a.precedence, b.precedence));
    const index = new RoutingIndex();
    for (const entry of entries) {
      recordLosses(entry, index, result);
      // A route with header or query conditions matches only some requests to its path, so it
      // never shadows another route on its own: leaving it out of the index keeps the rule quiet.
      if (entry.route.headers.length === 0 && entry.route.queryParams.length === 0) index.insert(entry);
    }
  }
  cache.set(model, result);
  return result;
}

function recordLosses(entry: IndexedPath, index: RoutingIndex, result: Map<Route, RouteReachability>): void {
  const { route, matcher } = entry;
  let reachability = result.get(route);
  if (!reachability) {
    reachability = { route, unitCount: 0, losses: [] };
    result.set(route, reachability);
  }
  const hosts = hostKeysOf(route);
  const methods = methodKeysOf(route);
  reachability.unitCount += hosts.length * methods.length;
  for (const host of hosts) {
    for (const method of methods) {
      const hit = index.earliestCovering(matcher, host, method);
      if (!hit || hit.winner.route === route) continue;
      const duplicate =
        hit.hostKey === host && hit.methodKey === method && patternKey(hit.winner.matcher) === patternKey(matcher);
      reachability.losses.push({ path: entry.path, host, method, hit, duplicate, witness: findWitness(index, matcher, host, method, hit) });
    }
  }
}

/** Values tried for parameters and `*`, and paths tried below a `/**`, when looking for a witness. */
const FILLERS = ['1', 'x', 'item'];
const SUFFIXES = ['', 'x', 'x/y'];

/**
 * A concrete request of the shadowed path that really goes to the winner. The route's shortest
 * request may be taken by a third route tried even earlier (`/` before `/**`), so a few requests
 * are tried, each checked against the index; the first candidate stands when none is confirmed.
 */
function findWitness(index: RoutingIndex, matcher: PathMatcher, hostKey: string, method: string, hit: Hit): string {
  const host = exampleHost(hostKey);
  const concreteMethod = method === ANY_METHOD ? 'GET' : method;
  const candidates: string[] = [];
  for (const filler of FILLERS) {
    const base = `/${matcher.segments.map((segment) => (segment.kind === 'literal' ? segment.value : filler)).join('/')}`;
    for (const suffix of matcher.tail === 'rest' ? SUFFIXES : ['']) {
      candidates.push(suffix === '' ? base : `${base}${base.endsWith('/') ? '' : '/'}${suffix}`);
    }
  }
  const confirmed = candidates.find((path) => {
    const literal: PathMatcher = { kind: 'pattern', segments: path.slice(1).split('/').map((value) => ({ kind: 'literal', value })), tail: 'none' };
    return index.earliestCovering(literal, host, concreteMethod)?.winner.route === hit.winner.route;
  });
  return describeRequest(concreteMethod, hostKey, confirmed ?? candidates[0]!);
}
