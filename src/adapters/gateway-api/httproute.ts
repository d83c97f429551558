/**
 * Reading one HTTPRoute (gateway.networking.k8s.io) into its matches: each match of each rule
 * is one model route per gateway it attaches to, since a match carries its own path, method,
 * headers and query parameters.
 */
import { get, isMap, isScalar, isSeq, stringValue, type YNode } from '../../load/tree.js';
import { stringAt } from '../../model/read.js';
import type { CorsPolicy, Located, RequestCondition, RoutePath } from '../../model/types.js';
import { formatDuration } from '../../model/units.js';
import type { BuildContext } from './context.js';
import { httpRoutePrecedence, rememberPathInfo, type HttpRouteMatchInfo } from './dialect.js';
import { DURATION_FORMAT, readDuration } from './durations.js';
import type { KubeObject } from './objects.js';
import { readGatewayPath, significantLength, type PathKind } from './paths.js';
import { checkRegex, corsPolicyOf } from './policies.js';

/** One match of one rule, ready to become a model route on each gateway the HTTPRoute attaches to. */
export interface MatchEntry {
  readonly name: string;
  /** The match (or the rule when it has no matches). */
  readonly node: YNode;
  readonly path: RoutePath;
  readonly kind: PathKind | undefined;
  readonly method: Located<string> | undefined;
  readonly headers: readonly RequestCondition[];
  readonly queryParams: readonly RequestCondition[];
  readonly rule: RuleSettings;
}

export interface RuleSettings {
  readonly index: number;
  readonly node: YNode;
  /** `timeouts.request`, when valid. */
  readonly requestTimeout?: Located<number>;
  /** The first Service backend: `namespace/name:port`. */
  readonly backend?: { readonly name: string; readonly nameNode: YNode; readonly node: YNode };
  readonly cors?: CorsPolicy;
  readonly corsNode?: YNode;
  /** `URLRewrite` with `ReplacePrefixMatch: /`: the matched prefix is removed. */
  readonly stripsPrefix?: YNode;
}

export interface HttpRouteReading {
  readonly key: string;
  readonly object: KubeObject;
  readonly matches: readonly MatchEntry[];
}

const PATH_KINDS: Record<string, PathKind> = { Exact: 'exact', PathPrefix: 'prefix', RegularExpression: 'regex' };

export function creationTime(object: KubeObject): { ms: number; text: string } | undefined {
  const text = stringValue(get(get(object.node, 'metadata'), 'creationTimestamp'));
  if (!text) return undefined;
  const ms = Date.parse(text);
  return Number.isNaN(ms) ? undefined : { ms, text };
}

function conditions(node: YNode | undefined, lowerCase: boolean, what: string, context: BuildContext): RequestCondition[] {
  if (!isSeq(node)) return [];
  const seen = new Set<string>();
  const result: RequestCondition[] = [];
  for (const item of node.items) {
    const rawName = stringValue(get(item, 'name'));
    if (!rawName) continue;
    const name = lowerCase ? rawName.toLowerCase() : rawName;
    // Only the first entry for a name counts (HTTPHeaderMatch.name).
    if (seen.has(name)) continue;
    seen.add(name);
    const type = stringValue(get(item, 'type')) ?? 'Exact';
    if (type === 'RegularExpression') checkRegex(get(item, 'value'), `${what} '${rawName}'`, context);
    result.push({ name, match: type === 'RegularExpression' ? 'regex' : 'exact', value: stringValue(get(item, 'value')), node: item });
  }
  return result;
}

function firstServiceBackend(rule: YNode, namespace: string): RuleSettings['backend'] {
  const refs = get(rule, 'backendRefs');
  if (!isSeq(refs)) return undefined;
  for (const ref of refs.items) {
    const kind = stringValue(get(ref, 'kind')) ?? 'Service';
    const group = stringValue(get(ref, 'group')) ?? '';
    const nameNode = get(ref, 'name');
    const name = stringValue(nameNode);
    if (kind !== 'Service' || group !== '' || !name || !nameNode) continue;
    const port = get(ref, 'port');
    const portText = isScalar(port) && port.value !== null ? `:${String(port.value)}` : '';
    return { name: `${stringValue(get(ref, 'namespace')) ?? namespace}/${name}${portText}`, nameNode, node: ref };
  }
  return undefined;
}

/** Checks `timeouts` against the API server's rules and returns the request timeout. */
function readTimeouts(rule: YNode, routeName: string, context: BuildContext): Located<number> | undefined {
  const timeouts = get(rule, 'timeouts');
  if (!isMap(timeouts)) return undefined;
  const valid: Partial<Record<'request' | 'backendRequest', Located<number>>> = {};
  for (const field of ['request', 'backendRequest'] as const) {
    const node = get(timeouts, field);
    if (!node) continue;
    const reading = readDuration(node);
    if (reading.ok) {
      valid[field] = { value: reading.ms, node };
      continue;
    }
    context.dialectFindings.push({
      ruleId: 'schema',
      node,
      message: `${reading.shown} is not a valid timeouts.${field} of HTTPRoute ${routeName}: ${DURATION_FORMAT}. The Kubernetes API server rejects the HTTPRoute.`,
    });
  }
  const { request, backendRequest } = valid;
  if (request && backendRequest && request.value !== 0 && backendRequest.value > request.value) {
    context.dialectFindings.push({
      ruleId: 'timeout-exceeds-platform',
      node: backendRequest.node,
      severity: 'error',
      message:
        `timeouts.backendRequest (${formatDuration(backendRequest.value)}) of HTTPRoute ${routeName} is longer than timeouts.request ` +
        `(${formatDuration(request.value)}), which covers the whole request including every backend attempt: the Kubernetes API server ` +
        `rejects the HTTPRoute ("backendRequest timeout cannot be longer than request timeout"). Lower backendRequest or raise request.`,
      related: [{ node: request.node, message: 'timeouts.request' }],
    });
  }
  return request;
}

function readRuleCors(rule: YNode, name: string, object: KubeObject, context: BuildContext): { cors: CorsPolicy; node: YNode } | undefined {
  const filters = get(rule, 'filters');
  if (!isSeq(filters)) return undefined;
  for (const filter of filters.items) {
    if (stringValue(get(filter, 'type')) !== 'CORS') continue;
    const node = get(filter, 'cors');
    if (!isMap(node)) continue;
    const cors = corsPolicyOf(`${name} CORS filter`, object.nameNode, node);
    context.corsPolicies.push(cors);
    return { cors, node: filter };
  }
  return undefined;
}

function readStripPrefix(rule: YNode): YNode | undefined {
  const filters = get(rule, 'filters');
  if (!isSeq(filters)) return undefined;
  for (const filter of filters.items) {
    if (stringValue(get(filter, 'type')) !== 'URLRewrite') continue;
    const path = get(get(filter, 'urlRewrite'), 'path');
    if (stringValue(get(path, 'type')) !== 'ReplacePrefixMatch') continue;
    const replacement = get(path, 'replacePrefixMatch');
    const value = stringValue(replacement);
    if (replacement && (value === '/' || value === '')) return replacement;
  }
  return undefined;
}

export interface RouteRanks {
  readonly agesKnown: boolean;
  ageRank(object: KubeObject): number;
  nameRank(key: string): number;
}

/**
 * The matches of one HTTPRoute with their precedence keys (`connect`: a BackendTrafficPolicy
 * turns the route into a CONNECT route). Invalid paths and bad timeouts are
 * reported here, once per HTTPRoute, whatever it attaches to.
 */
export function readHttpRoute(object: KubeObject, ranks: RouteRanks, connect: boolean, context: BuildContext): HttpRouteReading {
  const key = `${object.namespace}/${object.name ?? ''}`;
  const rulesNode = get(object.spec, 'rules');
  const rules: YNode[] = isSeq(rulesNode) && rulesNode.items.length > 0 ? [...rulesNode.items] : [object.spec ?? object.node];
  const defaulted = !(isSeq(rulesNode) && rulesNode.items.length > 0);
  const matchLists = rules.map((rule) => {
    const matches = defaulted ? undefined : get(rule, 'matches');
    return isSeq(matches) && matches.items.length > 0 ? [...matches.items] : [undefined];
  });
  const total = matchLists.reduce((sum, list) => sum + list.length, 0);
  const created = creationTime(object);
  const entries: MatchEntry[] = [];

  rules.forEach((rule, ruleIndex) => {
    const ruleName = stringValue(get(rule, 'name'));
    const matches = matchLists[ruleIndex]!;
    const settings: RuleSettings = (() => {
      if (defaulted) return { index: 0, node: rule };
      const cors = readRuleCors(rule, `${key} rules[${ruleIndex}]`, object, context);
      return {
        index: ruleIndex,
        node: rule,
        requestTimeout: readTimeouts(rule, key, context),
        backend: firstServiceBackend(rule, object.namespace),
        cors: cors?.cors,
        corsNode: cors?.node,
        stripsPrefix: readStripPrefix(rule),
      };
    })();
    matches.forEach((match, matchIndex) => {
      const where = ruleName ? `rule '${ruleName}'` : `rules[${ruleIndex}]`;
      const name = total === 1 ? key : matches.length === 1 ? `${key} ${where}` : `${key} ${where}.matches[${matchIndex}]`;
      const pathNode = get(match, 'path');
      const typeNode = get(pathNode, 'type');
      const typeName = stringValue(typeNode) ?? 'PathPrefix';
      const valueNode = get(pathNode, 'value');
      const value = stringValue(valueNode) ?? '/';
      const kind: PathKind | undefined = PATH_KINDS[typeName];
      const node = match ?? rule;
      const anchor = valueNode ?? pathNode ?? node;
      const method = stringAt(get(match, 'method'));
      const headers = conditions(get(match, 'headers'), true, `the header match of HTTPRoute ${key}`, context);
      const queryParams = conditions(get(match, 'queryParams'), false, `the query parameter match of HTTPRoute ${key}`, context);
      const info: HttpRouteMatchInfo = {
        source: 'httproute',
        kind: kind ?? 'prefix',
        length: significantLength(kind ?? 'prefix', value),
        // A CONNECT route (BackendTrafficPolicy httpUpgrade) only takes CONNECT requests: a method match.
        method: method !== undefined || connect,
        headers: headers.length,
        queryParams: queryParams.length,
        routeKey: key,
        created: created?.ms,
        createdText: created?.text,
        agesKnown: ranks.agesKnown,
        rule: ruleIndex,
        match: matchIndex,
      };
      const precedence = httpRoutePrecedence(info, ranks.ageRank(object), ranks.nameRank(key));
      let path: RoutePath;
      if (!kind) {
        context.dialectFindings.push({
          ruleId: 'schema',
          node: typeNode ?? anchor,
          message: `Path match type '${typeName}' of HTTPRoute ${key} is not one of Exact, PathPrefix or RegularExpression (Ingress's 'Prefix' is 'PathPrefix' here): the Kubernetes API server rejects the HTTPRoute.`,
        });
        path = { value, node: anchor, matcher: undefined, precedence };
      } else {
        const reading = readGatewayPath(kind, value);
        if (!reading.ok) context.invalidPaths.push({ node: anchor, path: value, route: name, reason: reading.reason });
        path = { value, node: anchor, matcher: reading.ok ? reading.matcher : undefined, precedence };
      }
      rememberPathInfo(path, info);
      entries.push({
        name,
        node,
        path,
        kind,
        method: method && { value: method.value.toUpperCase(), node: method.node },
        headers,
        queryParams,
        rule: settings,
      });
    });
  });
  return { key, object, matches: entries };
}
