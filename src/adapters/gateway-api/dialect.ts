/**
 * How Kubernetes Gateway API implementations and Ingress controllers pick a route.
 *
 * HTTPRoute (HTTPRouteRule.matches in gateway.networking.k8s.io/v1): across every rule of every
 * route attached to a listener, the match with an Exact path wins, then the PathPrefix with the
 * most characters, then a method match, then the most header matches, then the most query
 * matches; remaining ties go to the oldest HTTPRoute by creationTimestamp, then the first by
 * "{namespace}/{name}", then the first rule and match in list order. Declaration order never
 * shadows an Exact or PathPrefix match.
 *
 * RegularExpression precedence is implementation-specific in the spec. Envoy Gateway (its
 * `internal/gatewayapi/sort.go`) ranks Exact > RegularExpression > PathPrefix, each by the
 * length of the value, so a regex is tried before every PathPrefix; gwlint follows that, and
 * only reports a regex winner when the regex really matches the later route's requests.
 *
 * Ingress (networking.k8s.io/v1): the longest matching path wins, an Exact path before a Prefix
 * of the same length; which of two identical paths wins is left to the controller.
 */
import type { Dialect, RouteAndPath } from '../../dialect/dialect.js';
import type { RoutePath } from '../../model/types.js';
import type { PathKind } from './paths.js';

/** What the precedence key of one HTTPRoute match is made of, for messages. */
export interface HttpRouteMatchInfo {
  readonly source: 'httproute';
  readonly kind: PathKind;
  readonly length: number;
  readonly method: boolean;
  readonly headers: number;
  readonly queryParams: number;
  /** `namespace/name` of the HTTPRoute. */
  readonly routeKey: string;
  /** The HTTPRoute's creationTimestamp in ms; undefined when the manifest does not say. */
  readonly created: number | undefined;
  /** Whether every HTTPRoute of the cluster carries a creationTimestamp, so the age rank is real. */
  readonly agesKnown: boolean;
  readonly createdText: string | undefined;
  readonly rule: number;
  readonly match: number;
}

export interface IngressPathInfo {
  readonly source: 'ingress';
  readonly kind: 'exact' | 'prefix';
  readonly length: number;
  /** `namespace/name` of the Ingress. */
  readonly ingressKey: string;
}

const infos = new WeakMap<RoutePath, HttpRouteMatchInfo | IngressPathInfo>();

export function rememberPathInfo(path: RoutePath, info: HttpRouteMatchInfo | IngressPathInfo): void {
  infos.set(path, info);
}

export function pathInfo(path: RoutePath): HttpRouteMatchInfo | IngressPathInfo | undefined {
  return infos.get(path);
}

const KIND_RANK: Record<PathKind, number> = { exact: 0, regex: 1, prefix: 2 };

/** The precedence key of one HTTPRoute match; `ageRank` and `nameRank` are ranks within the cluster. */
export function httpRoutePrecedence(info: HttpRouteMatchInfo, ageRank: number, nameRank: number): number[] {
  return [KIND_RANK[info.kind], -info.length, info.method ? 0 : 1, -info.headers, -info.queryParams, ageRank, nameRank, info.rule, info.match];
}

export function ingressPrecedence(info: IngressPathInfo, order: number): number[] {
  return [-info.length, info.kind === 'exact' ? 0 : 1, order];
}

const KIND_NAME: Record<PathKind, string> = { exact: 'Exact', regex: 'RegularExpression', prefix: 'PathPrefix' };

function explainHttpRoute(a: HttpRouteMatchInfo, b: HttpRouteMatchInfo): string {
  if (a.kind !== b.kind) {
    if (a.kind === 'exact') return `it is an Exact match, and the Gateway API gives Exact matches precedence over ${KIND_NAME[b.kind]} matches whatever their order`;
    return 'it is a RegularExpression match, and Envoy Gateway tries those before every PathPrefix match; the Gateway API leaves regex precedence to the implementation';
  }
  if (a.length !== b.length) return `its ${KIND_NAME[a.kind]} value is longer (${a.length} > ${b.length} characters), and longer matches take precedence`;
  if (a.method !== b.method) return 'it also matches on the HTTP method, which the Gateway API ranks above header and query matches';
  if (a.headers !== b.headers) return `it has more header matches (${a.headers} against ${b.headers})`;
  if (a.queryParams !== b.queryParams) return `it has more query parameter matches (${a.queryParams} against ${b.queryParams})`;
  if (a.routeKey !== b.routeKey) {
    if (a.agesKnown && a.created !== undefined && b.created !== undefined && a.created !== b.created) {
      return `its HTTPRoute '${a.routeKey}' is older (created ${a.createdText}, '${b.routeKey}' ${b.createdText}), and the oldest HTTPRoute wins a tie`;
    }
    return `its HTTPRoute '${a.routeKey}' comes before '${b.routeKey}' alphabetically; the oldest HTTPRoute would win first, but the manifests do not record creation times`;
  }
  if (a.rule !== b.rule) return `it is in an earlier rule of the same HTTPRoute (rules[${a.rule}] before rules[${b.rule}])`;
  return `it is an earlier match of the same rule (matches[${a.match}] before matches[${b.match}])`;
}

export const gatewayApiDialect: Dialect = {
  id: 'gateway-api',
  displayName: 'the Kubernetes Gateway API',
  hostPrecedence: 'most-specific-host',
  // Path kind, length, method, header and query counts are rank; age, name, rule and match break ties.
  tieBreakFrom: 5,
  explainPrecedence(first, second) {
    const a = pathInfo(first.path);
    const b = pathInfo(second.path);
    if (a?.source === 'httproute' && b?.source === 'httproute') return explainHttpRoute(a, b);
    return 'the Gateway API ranks it higher';
  },
  describeTie(first: RouteAndPath, second: RouteAndPath, witness: string) {
    const a = pathInfo(first.path);
    const b = pathInfo(second.path);
    if (a?.source !== 'httproute' || b?.source !== 'httproute') return `The gateway silently sends every such request (e.g. ${witness}) to '${first.route.name}'`;
    if (a.routeKey === b.routeKey) {
      return `Within one HTTPRoute the first matching rule wins, so every such request (e.g. ${witness}) goes to '${first.route.name}' and this match is never used`;
    }
    if (a.agesKnown && a.created !== undefined && b.created !== undefined && a.created !== b.created) {
      return `The Gateway API gives every such request (e.g. ${witness}) to the older HTTPRoute, '${a.routeKey}' (created ${a.createdText}); the newer one never gets them`;
    }
    return (
      `Which one gets such requests (e.g. ${witness}) is ambiguous: the Gateway API gives them to the oldest HTTPRoute by creation time, ` +
      `which the manifests do not fix (if both were created in the same second, '${a.routeKey}' wins by namespace/name). ` +
      `Re-creating either route silently moves the traffic; remove or narrow one of the matches`
    );
  },
};

export const ingressDialect: Dialect = {
  id: 'gateway-api',
  displayName: 'Kubernetes Ingress',
  hostPrecedence: 'most-specific-host',
  // Length and Exact-before-Prefix are rank; the listing order breaks ties.
  tieBreakFrom: 2,
  explainPrecedence(first, second) {
    const a = pathInfo(first.path);
    const b = pathInfo(second.path);
    if (a?.source !== 'ingress' || b?.source !== 'ingress') return 'the Ingress controller ranks it higher';
    if (a.length !== b.length) return `its path is longer (${a.length} > ${b.length} characters), and the longest matching Ingress path wins`;
    if (a.kind !== b.kind) return 'it is an Exact path, which wins over a Prefix path of the same length';
    return 'it is listed first';
  },
  describeTie(first, second, witness) {
    const a = pathInfo(first.path);
    const b = pathInfo(second.path);
    if (a?.source === 'ingress' && b?.source === 'ingress' && a.ingressKey === b.ingressKey) {
      return `The Ingress lists the same host and path twice; the controller sends every such request (e.g. ${witness}) to one backend only`;
    }
    return `The Ingress API does not say which Ingress gets such requests (e.g. ${witness}): it depends on the controller, and the other backend silently gets nothing`;
  },
};
