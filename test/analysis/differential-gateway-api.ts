/**
 * Kubernetes Gateway API HTTPRoutes for the differential checker: random Gateway + HTTPRoute
 * manifests and a reference router written from the API's own text, independent of gwlint's model.
 *
 * Reference semantics (gateway-api `apis/v1/httproute_types.go`, HTTPRouteRule.matches and
 * HTTPRouteSpec.hostnames; HTTPPathMatch):
 * - across all rules of all routes on the listener, precedence goes to the match with an Exact
 *   path, then the PathPrefix with the most characters, then a method match, then the most header
 *   matches, then the most query param matches; remaining ties: the oldest route by creation
 *   timestamp, then "{namespace}/{name}" alphabetically, then the first rule/match in list order;
 *   when the manifests do not give every creation time, routes tied up to there may each win;
 * - RegularExpression precedence is implementation-specific: Envoy Gateway's
 *   `internal/gatewayapi/sort.go` ranks Exact > RegularExpression > PathPrefix, each by value
 *   length; the regex must match the whole path (Envoy `safe_regex`, RE2);
 * - PathPrefix is element-wise, a trailing `/` in the value ignored; Exact is literal;
 *   a rule without matches, or a match without a path, is PathPrefix `/`;
 * - hostnames: `*.example.com` matches one or more labels in front; among routes with intersecting
 *   hostnames, the most specific hostname takes precedence. Read two ways, both allowed: as Envoy
 *   does it (the request only meets the routes of its most specific matching hostname, no fall
 *   through) and as a rank before the match precedence (fall through to a less specific hostname);
 * - "Prefix path match with largest number of characters" read two ways as well: the value as
 *   written, or without its ignored trailing slash.
 * A request may go to every entry any of these readings sends it to.
 */
import {
  candidateRequests,
  concreteHosts,
  hostMatches,
  q,
  type DialectHarness,
  type EntryRef,
  type Reference,
  type Request,
  type Rng,
} from './differential-harness.js';
import { REGEX_EXAMPLES, randomRegex } from './differential-kong.js';

export type PathType = 'Exact' | 'PathPrefix' | 'RegularExpression';

export interface GwMatch {
  readonly type?: PathType;
  readonly value?: string;
  readonly method?: string;
  readonly headers?: readonly (readonly [string, string])[];
  readonly query?: readonly (readonly [string, string])[];
}

export interface GwRule {
  /** undefined: the rule has no `matches` (PathPrefix `/`). */
  readonly matches?: readonly GwMatch[];
}

export interface GwRoute {
  readonly namespace: string;
  readonly name: string;
  readonly hostnames?: readonly string[];
  readonly created?: string;
  readonly rules: readonly GwRule[];
}

export interface GwTable {
  readonly listenerHostname?: string;
  readonly routes: readonly GwRoute[];
}

const PATHS = ['/', '/a', '/a/', '/ab', '/a/b', '/a/b/', '/b', '/v1', '/v1/a'];
const HOSTNAMES = ['a.example.com', 'b.example.com', '*.example.com', '*.a.example.com'];
const TIMES = ['2024-01-01T00:00:00Z', '2024-03-01T00:00:00Z', '2024-06-01T00:00:00Z'];

function generateMatch(random: Rng): GwMatch {
  let type: PathType | undefined;
  let value: string | undefined;
  if (!random.chance(0.1)) {
    const roll = random.next();
    type = roll < 0.35 ? 'Exact' : roll < 0.85 ? 'PathPrefix' : 'RegularExpression';
    value = type === 'RegularExpression' ? randomRegex(random) : random.pick(PATHS);
  }
  return {
    type,
    value,
    method: random.chance(0.3) ? random.pick(['GET', 'POST']) : undefined,
    headers: random.chance(0.12) ? (random.chance(0.7) ? [['x-v', '1']] : [['x-v', '1'], ['x-w', '2']]) : undefined,
    query: random.chance(0.08) ? [['q', '1']] : undefined,
  };
}

function generate(random: Rng): GwTable {
  const roll = random.next();
  const listenerHostname = roll < 0.2 ? '*.example.com' : roll < 0.25 ? 'a.example.com' : undefined;
  const timeMode = random.next();
  const keys = random.some(['shop/a', 'shop/b', 'web/a', 'web/c', 'shop/d'], 2, 4);
  const routes = keys.map((key): GwRoute => {
    const [namespace, name] = key.split('/') as [string, string];
    const rules: GwRule[] = [];
    for (let i = random.int(1, 3); i > 0; i--) {
      rules.push(random.chance(0.12) ? {} : { matches: Array.from({ length: random.int(1, 2) }, () => generateMatch(random)) });
    }
    return {
      namespace,
      name,
      hostnames: random.chance(0.35) ? random.some(HOSTNAMES, 1, 2) : undefined,
      created: timeMode < 0.35 || (timeMode < 0.5 && random.chance(0.5)) ? random.pick(TIMES) : undefined,
      rules,
    };
  });
  return { listenerHostname, routes };
}

function files(table: GwTable): Record<string, string> {
  const gateway = [
    'apiVersion: gateway.networking.k8s.io/v1',
    'kind: Gateway',
    'metadata: { name: gw, namespace: infra }',
    'spec:',
    '  gatewayClassName: eg',
    '  listeners:',
    '    - name: http',
    '      protocol: HTTP',
    '      port: 80',
    ...(table.listenerHostname ? [`      hostname: ${q(table.listenerHostname)}`] : []),
    '      allowedRoutes: { namespaces: { from: All } }',
  ];
  const docs = [gateway.join('\n')];
  for (const route of table.routes) {
    const lines = [
      'apiVersion: gateway.networking.k8s.io/v1',
      'kind: HTTPRoute',
      'metadata:',
      `  name: ${route.name}`,
      `  namespace: ${route.namespace}`,
      ...(route.created ? [`  creationTimestamp: ${q(route.created)}`] : []),
      'spec:',
      '  parentRefs: [{ name: gw, namespace: infra }]',
      ...(route.hostnames ? [`  hostnames: [${route.hostnames.map(q).join(', ')}]`] : []),
      '  rules:',
    ];
    for (const rule of route.rules) {
      if (!rule.matches) {
        lines.push('    - backendRefs: [{ name: svc, port: 80 }]');
        continue;
      }
      lines.push('    - matches:');
      for (const match of rule.matches) {
        const fields: string[] = [];
        if (match.type) fields.push(`path: { type: ${match.type}, value: ${q(match.value!)} }`);
        if (match.method) fields.push(`method: ${match.method}`);
        if (match.headers) fields.push(`headers: [${match.headers.map(([n, v]) => `{ name: ${n}, value: ${q(v)} }`).join(', ')}]`);
        if (match.query) fields.push(`queryParams: [${match.query.map(([n, v]) => `{ name: ${n}, value: ${q(v)} }`).join(', ')}]`);
        if (fields.length === 0) lines.push('        - {}');
        else fields.forEach((field, i) => lines.push(`${i === 0 ? '        - ' : '          '}${field}`));
      }
      lines.push('      backendRefs: [{ name: svc, port: 80 }]');
    }
    docs.push(lines.join('\n'));
  }
  return { 'gateway.yaml': `${docs.join('\n---\n')}\n` };
}

// ---- the reference router ----------------------------------------------------------------------

/** Hostnames that satisfy both, or undefined (HTTPRouteSpec.hostnames and Listener.hostname). */
function intersect(listener: string, route: string): string | undefined {
  if (listener === route) return route;
  const lw = listener.startsWith('*.');
  const rw = route.startsWith('*.');
  if (lw && rw) {
    if (route.endsWith(listener.slice(1))) return route;
    if (listener.endsWith(route.slice(1))) return listener;
    return undefined;
  }
  if (lw) return route.endsWith(listener.slice(1)) ? route : undefined;
  if (rw) return listener.endsWith(route.slice(1)) ? listener : undefined;
  return undefined;
}

interface GwEntry {
  readonly modelName: string;
  readonly route: GwRoute;
  readonly key: string;
  readonly rule: number;
  readonly match: number;
  readonly spec: GwMatch;
  readonly hostKey: string;
  readonly regex: RegExp | undefined;
}

export function modelNames(route: GwRoute): string[][] {
  const key = `${route.namespace}/${route.name}`;
  const lists = route.rules.map((rule) => (rule.matches && rule.matches.length > 0 ? rule.matches : [undefined]));
  const total = lists.reduce((sum, l) => sum + l.length, 0);
  return lists.map((l, i) => l.map((_, j) => (total === 1 ? key : l.length === 1 ? `${key} rules[${i}]` : `${key} rules[${i}].matches[${j}]`)));
}

function hostKeysOf(table: GwTable, route: GwRoute): string[] | undefined {
  const listener = table.listenerHostname;
  if (!route.hostnames) return [listener ?? ''];
  if (!listener) return [...new Set(route.hostnames)];
  const keys = [...new Set(route.hostnames.map((h) => intersect(listener, h)).filter((h): h is string => h !== undefined))];
  return keys.length > 0 ? keys : undefined;
}

function pathMatches(entry: GwEntry, path: string): boolean {
  const { type = 'PathPrefix', value = '/' } = entry.spec;
  if (type === 'Exact') return path === value;
  if (type === 'RegularExpression') return entry.regex!.test(path);
  const prefix = value.length > 1 && value.endsWith('/') ? value.slice(0, -1) : value;
  return prefix === '/' || path === prefix || path.startsWith(`${prefix}/`);
}

function conditionsMatch(spec: GwMatch, request: Request): boolean {
  if (spec.method && spec.method !== request.method) return false;
  if (spec.headers?.some(([n, v]) => request.headers[n] !== v)) return false;
  if (spec.query?.some(([n, v]) => request.query[n] !== v)) return false;
  return true;
}

function rank(entry: GwEntry, trimmed: boolean): number[] {
  const { type = 'PathPrefix', value = '/' } = entry.spec;
  const kind = type === 'Exact' ? 0 : type === 'RegularExpression' ? 1 : 2;
  const length = type === 'PathPrefix' && trimmed && value.length > 1 && value.endsWith('/') ? value.length - 1 : value.length;
  return [kind, -length, entry.spec.method ? 0 : 1, -(entry.spec.headers?.length ?? 0), -(entry.spec.query?.length ?? 0)];
}

function hostRank(key: string): number[] {
  return [key.startsWith('*') || key === '' ? 0 : -key.length, -key.length];
}

function compare(a: readonly number[], b: readonly number[]): number {
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return a[i]! - b[i]!;
  return 0;
}

function best<T>(items: readonly T[], key: (item: T) => number[]): T[] {
  let out: T[] = [];
  let bestKey: number[] | undefined;
  for (const item of items) {
    const k = key(item);
    const order = bestKey === undefined ? -1 : compare(k, bestKey);
    if (order < 0) {
      out = [item];
      bestKey = k;
    } else if (order === 0) out.push(item);
  }
  return out;
}

/** The tie-breaks after the match precedence: creation time, namespace/name, rule and match order. */
function tieBreak(entries: readonly GwEntry[]): GwEntry[] {
  if (entries.length <= 1) return [...entries];
  if (entries.every((entry) => entry.key === entries[0]!.key)) return best(entries, (e) => [e.rule, e.match]).slice(0, 1);
  const byRoute = new Map<string, GwEntry[]>();
  for (const entry of entries) byRoute.set(entry.key, [...(byRoute.get(entry.key) ?? []), entry]);
  const firstOf = (key: string): GwEntry => best(byRoute.get(key)!, (e) => [e.rule, e.match])[0]!;
  const keys = [...byRoute.keys()];
  if (keys.some((key) => byRoute.get(key)![0]!.route.created === undefined)) return keys.map(firstOf);
  const oldest = best(keys, (key) => [Date.parse(byRoute.get(key)![0]!.route.created!)]);
  oldest.sort();
  return [firstOf(oldest[0]!)];
}

export function gatewayReference(table: GwTable): Reference {
  const entries: GwEntry[] = [];
  const refRoutes: { name: string; pathLabels: string[]; hostKeys: string[] }[] = [];
  for (const route of table.routes) {
    const keys = hostKeysOf(table, route);
    if (!keys) continue;
    const names = modelNames(route);
    route.rules.forEach((rule, r) => {
      const matches = rule.matches && rule.matches.length > 0 ? rule.matches : [{}];
      matches.forEach((spec, m) => {
        const modelName = names[r]![m]!;
        refRoutes.push({ name: modelName, pathLabels: [spec.value ?? '/'], hostKeys: keys });
        const regex = spec.type === 'RegularExpression' ? new RegExp(`^(?:${spec.value})$`, 'u') : undefined;
        for (const hostKey of keys) {
          entries.push({ modelName, route, key: `${route.namespace}/${route.name}`, rule: r, match: m, spec, hostKey, regex });
        }
      });
    });
  }
  const allKeys = [...new Set(entries.map((e) => e.hostKey))];
  const vhosts = new Map<string, string | null>();
  /** The most specific hostname the listener has routes for that covers the host. */
  const vhostOf = (host: string): string | null => {
    let vhost = vhosts.get(host);
    if (vhost === undefined) {
      vhost = best(
        allKeys.filter((key) => hostMatches(key, host)),
        (key) => [key === '' ? 2 : key.startsWith('*') ? 1 : 0, -key.length],
      )[0] ?? null;
      vhosts.set(host, vhost);
    }
    return vhost;
  };
  const pathCache = new Map<string, boolean[]>();
  const pathVector = (path: string): boolean[] => {
    let vector = pathCache.get(path);
    if (!vector) pathCache.set(path, (vector = entries.map((entry) => pathMatches(entry, path))));
    return vector;
  };
  const matching = (request: Request): GwEntry[] => {
    const vector = pathVector(request.path);
    return entries.filter((entry, i) => vector[i] && hostMatches(entry.hostKey, request.host) && conditionsMatch(entry.spec, request));
  };
  return {
    routes: refRoutes,
    winners(request) {
      const candidates = matching(request);
      // One route (or none) matching: it wins under every reading (the fall-through one at least).
      if (candidates.every((e) => e.modelName === candidates[0]!.modelName)) return candidates.slice(0, 1).map((e) => ({ route: e.modelName, path: 0 }));
      const out = new Map<string, EntryRef>();
      const add = (list: readonly GwEntry[]): void => {
        for (const e of list) out.set(e.modelName, { route: e.modelName, path: 0 });
      };
      // Envoy: the most specific hostname the listener has routes for, no fall-through.
      const vhost = vhostOf(request.host);
      const inVhost = candidates.filter((e) => e.hostKey === vhost);
      // The API text: hostname specificity as the first rank, falling through.
      const byHost = best(candidates, (e) => hostRank(e.hostKey));
      const samePools = inVhost.length === byHost.length && inVhost.every((e, i) => e === byHost[i]);
      for (const pool of samePools ? [inVhost] : [inVhost, byHost]) {
        for (const trimmed of [true, false]) add(tieBreak(best(pool, (e) => rank(e, trimmed))));
      }
      return [...out.values()];
    },
    matchesVia(name, _path, request) {
      const vector = pathVector(request.path);
      return entries.some((entry, i) => entry.modelName === name && vector[i] && hostMatches(entry.hostKey, request.host) && conditionsMatch(entry.spec, request));
    },
    // A request belongs to the routes of one hostname only: the most specific one that covers it.
    hostInKey: (key, host) => vhostOf(host) === key,
  };
}

function requests(table: GwTable): Request[] {
  const bases = new Set<string>(['/']);
  const hosts = new Set<string>(['zz.test', 'example.com', 'a.example.com']);
  const variants: { headers: Record<string, string>; query: Record<string, string> }[] = [];
  const merged = { headers: {} as Record<string, string>, query: {} as Record<string, string> };
  for (const host of table.listenerHostname ? concreteHosts(table.listenerHostname) : []) hosts.add(host);
  for (const route of table.routes) {
    for (const host of route.hostnames ?? []) for (const concrete of concreteHosts(host)) hosts.add(concrete);
    for (const rule of route.rules) {
      for (const match of rule.matches ?? []) {
        if (match.value) {
          if (match.type === 'RegularExpression') for (const example of REGEX_EXAMPLES.get(match.value) ?? []) bases.add(example);
          else bases.add(match.value);
        }
        if (match.headers || match.query) {
          variants.push({ headers: Object.fromEntries(match.headers ?? []), query: Object.fromEntries(match.query ?? []) });
          for (const [n, v] of match.headers ?? []) merged.headers[n] ??= v;
          for (const [n, v] of match.query ?? []) merged.query[n] ??= v;
        }
      }
    }
  }
  if (variants.length > 1) variants.push(merged);
  return candidateRequests({ bases, hosts, methods: ['GET', 'POST', 'DELETE'], variants });
}

function shrink(table: GwTable): GwTable[] {
  const out: GwTable[] = [];
  if (table.listenerHostname) out.push({ ...table, listenerHostname: undefined });
  const withRoute = (index: number, route: GwRoute | undefined): GwTable => ({
    ...table,
    routes: route ? table.routes.map((r, i) => (i === index ? route : r)) : table.routes.filter((_, i) => i !== index),
  });
  table.routes.forEach((route, index) => {
    out.push(withRoute(index, undefined));
    if (route.hostnames) {
      out.push(withRoute(index, { ...route, hostnames: undefined }));
      if (route.hostnames.length > 1) route.hostnames.forEach((_, h) => out.push(withRoute(index, { ...route, hostnames: route.hostnames!.filter((__, i) => i !== h) })));
    }
    if (route.created) out.push(withRoute(index, { ...route, created: undefined }));
    route.rules.forEach((rule, r) => {
      const withRule = (next: GwRule | undefined): GwTable =>
        withRoute(index, { ...route, rules: next ? route.rules.map((x, i) => (i === r ? next : x)) : route.rules.filter((_, i) => i !== r) });
      if (route.rules.length > 1) out.push(withRule(undefined));
      const matches = rule.matches ?? [];
      matches.forEach((match, m) => {
        const withMatch = (next: GwMatch | undefined): GwTable =>
          withRule({ matches: next ? matches.map((x, i) => (i === m ? next : x)) : matches.filter((_, i) => i !== m) });
        if (matches.length > 1) out.push(withMatch(undefined));
        if (match.method) out.push(withMatch({ ...match, method: undefined }));
        if (match.headers) out.push(withMatch({ ...match, headers: undefined }));
        if (match.query) out.push(withMatch({ ...match, query: undefined }));
      });
    });
  });
  return out;
}

export const gatewayApiHarness: DialectHarness<GwTable> = {
  name: 'Gateway API',
  generate,
  shrink,
  files,
  reference: gatewayReference,
  requests,
  options: (table) => ({
    anyHost: table.listenerHostname ? concreteHosts(table.listenerHostname)[0] : undefined,
    ownHeaders: (name) => {
      for (const route of table.routes) {
        const names = modelNames(route);
        for (let r = 0; r < route.rules.length; r++) {
          const m = names[r]!.indexOf(name);
          const match = route.rules[r]!.matches?.[m];
          if (m >= 0) return { headers: Object.fromEntries(match?.headers ?? []), query: Object.fromEntries(match?.query ?? []) };
        }
      }
      return { headers: {}, query: {} };
    },
  }),
};
