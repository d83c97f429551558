/**
 * Builds the model from native-format documents. Reads the tree defensively: a value of the wrong
 * type is left out of the model (the schema stage reports it), never trusted.
 */
import { nativeDialect, nativePrecedence, parseNativePath } from '../dialect/native.js';
import type { ParsedDocument } from '../load/parse.js';
import { booleanValue, get, isMap, isSeq, numberValue, stringValue, type YMap, type YNode } from '../load/tree.js';
import type { Adapter } from './adapter.js';
import { durationAt, located, NamedTable, sizeAt, stringAt, stringList, stringScalars, urlPath } from './read.js';
import { suggestNames } from './suggest.js';
import type {
  AuthPolicy,
  CorsPolicy,
  DuplicateDefinition,
  GatewayInstance,
  GatewaySettings,
  InvalidPath,
  ModelPart,
  HostPattern,
  Located,
  PolicyKind,
  RateLimitPolicy,
  Reference,
  RequestCondition,
  Retries,
  Route,
  RoutePath,
  TrailingSlashMode,
  UnresolvedReference,
  Upstream,
} from './types.js';

export const NATIVE_SECTIONS = ['gateway', 'upstreams', 'routes', 'corsPolicies', 'rateLimits', 'authPolicies'] as const;

function readSettings(node: YMap | undefined): GatewaySettings {
  const trailing = stringAt(get(node, 'trailingSlash'));
  const mode: TrailingSlashMode =
    trailing && ['strict', 'ignore', 'redirect'].includes(trailing.value) ? (trailing.value as TrailingSlashMode) : 'strict';
  const defaults = get(node, 'defaults');
  return {
    node,
    name: stringValue(get(node, 'name')),
    trailingSlash: trailing && trailing.value === mode ? { value: mode, node: trailing.node } : { value: mode },
    maxTimeoutMs: durationAt(get(node, 'maxTimeout')),
    defaults: {
      timeoutMs: durationAt(get(defaults, 'timeout')),
      auth: stringAt(get(defaults, 'auth')),
      cors: stringAt(get(defaults, 'cors')),
      rateLimit: stringAt(get(defaults, 'rateLimit')),
    },
  };
}

function readUpstream(name: string, nameNode: YNode, node: YNode): Upstream {
  const url = stringAt(get(node, 'url'));
  return {
    name,
    nameNode,
    node,
    url,
    basePath: url ? urlPath(url.value) : '',
    timeoutMs: durationAt(get(node, 'timeout')),
    connectTimeoutMs: durationAt(get(node, 'connectTimeout')),
    keepAliveTimeoutMs: durationAt(get(node, 'keepAliveTimeout')),
    maxBodyBytes: sizeAt(get(node, 'maxBodySize')),
  };
}

function readCors(name: string, nameNode: YNode, node: YNode): CorsPolicy {
  return {
    name,
    nameNode,
    node,
    allowOrigins: stringList(get(node, 'allowOrigins')),
    allowOriginsNode: get(node, 'allowOrigins'),
    allowMethods: stringList(get(node, 'allowMethods')),
    allowHeaders: stringList(get(node, 'allowHeaders')),
    allowCredentials: located(get(node, 'allowCredentials'), booleanValue),
  };
}

function readRateLimit(name: string, nameNode: YNode, node: YNode): RateLimitPolicy {
  return {
    name,
    nameNode,
    node,
    requestsPerSecond: located(get(node, 'requestsPerSecond'), numberValue),
    burst: located(get(node, 'burst'), numberValue),
    key: stringAt(get(node, 'key')),
  };
}

function readAuth(name: string, nameNode: YNode, node: YNode): AuthPolicy {
  const type = stringAt(get(node, 'type'));
  const keyIn = stringAt(get(node, 'in'));
  return {
    name,
    nameNode,
    node,
    type,
    apiKeyInQuery: type?.value === 'apiKey' && keyIn ? { value: keyIn.value === 'query', node: keyIn.node, fromDefault: false } : undefined,
  };
}

function readHosts(hostNode: YNode | undefined): HostPattern[] | undefined {
  const scalars = stringScalars(hostNode);
  if (scalars.length === 0) return undefined;
  const hosts = new Array<HostPattern>(scalars.length);
  for (let i = 0; i < scalars.length; i++) {
    const value = scalars[i]!.value.toLowerCase();
    hosts[i] = { value, node: scalars[i]!, wildcard: value.startsWith('*.') };
  }
  return hosts;
}

function readRetries(node: YNode | undefined): Retries | undefined {
  if (!isMap(node)) return undefined;
  return { node, attempts: located(get(node, 'attempts'), numberValue), perTryTimeoutMs: durationAt(get(node, 'perTryTimeout')) };
}

const SECTION_NAMES: Record<PolicyKind, string> = {
  upstream: 'upstreams',
  corsPolicy: 'corsPolicies',
  rateLimit: 'rateLimits',
  authPolicy: 'authPolicies',
};

/** gwlint's own format: every native document of a run forms one gateway, names global across files. */
export const nativeAdapter: Adapter<ParsedDocument> = {
  dialect: 'native',
  kinds: ['native'],
  read: (document) => (isMap(document.root) ? document : undefined),
  build: (documents) => buildNativeModel(documents),
};

export function buildNativeModel(documents: readonly ParsedDocument[]): ModelPart {
  const duplicates: DuplicateDefinition[] = [];
  const unresolved: UnresolvedReference[] = [];
  const invalidPaths: InvalidPath[] = [];
  const upstreams = new NamedTable<Upstream>('upstream', duplicates);
  const cors = new NamedTable<CorsPolicy>('corsPolicy', duplicates);
  const rateLimits = new NamedTable<RateLimitPolicy>('rateLimit', duplicates);
  const auth = new NamedTable<AuthPolicy>('authPolicy', duplicates);
  const routeNodes: YNode[] = [];
  let gatewayNode: YMap | undefined;
  let gatewayKey: YNode | undefined;

  for (const document of documents) {
    const root = document.root;
    if (!isMap(root)) continue;
    for (const pair of root.pairs) {
      const section = pair.keyText;
      const value = pair.value;
      if (section === 'gateway' && isMap(value)) {
        if (gatewayKey) duplicates.push({ kind: 'gateway', name: 'gateway', duplicate: pair.key, first: gatewayKey });
        else [gatewayNode, gatewayKey] = [value, pair.key];
      } else if (section === 'routes' && isSeq(value)) {
        routeNodes.push(...value.items);
      } else if (isMap(value)) {
        const readers = {
          upstreams: (p: typeof pair) => upstreams.add(readUpstream(p.keyText, p.key, p.value)),
          corsPolicies: (p: typeof pair) => cors.add(readCors(p.keyText, p.key, p.value)),
          rateLimits: (p: typeof pair) => rateLimits.add(readRateLimit(p.keyText, p.key, p.value)),
          authPolicies: (p: typeof pair) => auth.add(readAuth(p.keyText, p.key, p.value)),
        } as const;
        // Own keys only: `__proto__` or `hasOwnProperty` as a section name must not reach Object.prototype.
        const read = Object.hasOwn(readers, section) ? readers[section as keyof typeof readers] : undefined;
        if (read) for (const entry of value.pairs) read(entry);
      }
    }
  }

  const settings = readSettings(gatewayNode);
  const gateway: GatewayInstance = { id: 'native', dialect: nativeDialect, settings };
  const tables = { upstream: upstreams, corsPolicy: cors, rateLimit: rateLimits, authPolicy: auth } as const;

  /** `route` names the route that refers (for messages); undefined for the gateway defaults. */
  const resolve = <T>(kind: PolicyKind, value: string, node: YNode, fromDefault: boolean, route?: string): Reference<T> => {
    const table = tables[kind] as unknown as NamedTable<T & { name: string; nameNode: YNode }>;
    const target = table.byName.get(value);
    if (!target && !fromDefault) {
      const from = route === undefined ? 'the gateway defaults' : `route '${route}'`;
      unresolved.push({ kind, name: value, node, candidates: suggestNames(value, table.byName.keys()), from });
    }
    return { kind, value, node, fromDefault, target };
  };
  const resolveDefault = <T>(kind: PolicyKind, ref: Located<string> | undefined, fromDefault: boolean): Reference<T> | undefined =>
    ref && resolve<T>(kind, ref.value, ref.node, fromDefault);

  // Defaults are resolved (and reported) once, at the gateway, not once per route that inherits
  // them; the routes that inherit one share a single reference to it.
  const defaults = settings.defaults;
  if (defaults.auth && defaults.auth.value !== 'none') resolveDefault('authPolicy', defaults.auth, false);
  resolveDefault('corsPolicy', defaults.cors, false);
  resolveDefault('rateLimit', defaults.rateLimit, false);
  const inherited = {
    cors: resolveDefault<CorsPolicy>('corsPolicy', defaults.cors, true),
    rateLimit: resolveDefault<RateLimitPolicy>('rateLimit', defaults.rateLimit, true),
    auth:
      defaults.auth?.value === 'none'
        ? { value: 'none' as const, node: defaults.auth.node, fromDefault: true }
        : resolveDefault<AuthPolicy>('authPolicy', defaults.auth, true),
    timeoutMs: defaults.timeoutMs && { ...defaults.timeoutMs, fromDefault: true },
  };
  /** A route's own reference when it names one, else what it inherits. */
  const reference = <T>(kind: PolicyKind, own: YNode | undefined, fallback: Reference<T> | undefined, route: string): Reference<T> | undefined => {
    const value = stringValue(own);
    return value === undefined ? fallback : resolve<T>(kind, value, own!, false, route);
  };

  const routeTable = new NamedTable<Route>('route', duplicates);
  const routes: Route[] = [];
  // One fields object for every route: each route's fields are read before the next one's.
  const fields: RouteFields = { ...NO_ROUTE_FIELDS };
  for (let order = 0; order < routeNodes.length; order++) {
    const node = routeNodes[order]!;
    if (!isMap(node)) continue;
    readRouteFields(node, fields);
    const name = stringValue(fields.name) ?? `#${order + 1}`;
    const ownAuth = stringValue(fields.auth);
    const ownTimeout = durationAt(fields.timeout);
    const priority = numberValue(fields.priority) ?? 0;
    const precedence = nativePrecedence(priority, order);
    const pathNodes = stringScalars(fields.paths);
    const paths: RoutePath[] = new Array<RoutePath>(pathNodes.length);
    for (let i = 0; i < pathNodes.length; i++) {
      const value = pathNodes[i]!.value;
      const parsed = parseNativePath(value, settings);
      const at = within(node, pathNodes[i]!);
      if ('reason' in parsed) invalidPaths.push({ node: at, path: value, route: name, reason: parsed.reason });
      paths[i] = { value, node: at, matcher: 'reason' in parsed ? undefined : parsed.matcher, precedence };
    }
    const methods = stringList(fields.methods, upperCase);
    const route: Route = {
      name,
      nameNode: fields.name ? within(node, fields.name) : node,
      node,
      gateway,
      order,
      hosts: readHosts(fields.hosts ?? fields.host),
      methods: methods.length > 0 ? methods : undefined,
      paths,
      headers: NO_CONDITIONS,
      queryParams: NO_CONDITIONS,
      priority,
      upstream: reference<Upstream>('upstream', fields.upstream, undefined, name),
      timeoutMs: ownTimeout ? { value: ownTimeout.value, node: ownTimeout.node, fromDefault: false } : inherited.timeoutMs,
      retries: readRetries(fields.retries),
      auth:
        ownAuth === undefined
          ? inherited.auth
          : ownAuth === 'none'
            ? { value: 'none', node: fields.auth!, fromDefault: false }
            : resolve<AuthPolicy>('authPolicy', ownAuth, fields.auth!, false, name),
      cors: reference<CorsPolicy>('corsPolicy', fields.cors, inherited.cors, name),
      rateLimit: reference<RateLimitPolicy>('rateLimit', fields.rateLimit, inherited.rateLimit, name),
      stripPrefix: stringAt(fields.stripPrefix),
    };
    routeTable.add(route);
    routes.push(route);
  }

  return {
    gateways: [gateway],
    routes,
    upstreams: upstreams.values,
    corsPolicies: cors.values,
    rateLimits: rateLimits.values,
    authPolicies: auth.values,
    duplicates,
    unresolved,
    invalidPaths,
    dialectFindings: [],
  };
}

const upperCase = (value: string): string => value.toUpperCase();

/** The native format has no header or query conditions: every route shares this empty list. */
const NO_CONDITIONS: readonly RequestCondition[] = Object.freeze([]);

/**
 * The fields of a route the model reads, all unset. The one fields object all routes are read into
 * is a copy of this one, reset from it for each route: it keeps one shape whatever keys a route
 * has and in whatever order, so reading a field stays a single load.
 */
const NO_ROUTE_FIELDS = {
  name: undefined,
  host: undefined,
  hosts: undefined,
  paths: undefined,
  methods: undefined,
  upstream: undefined,
  priority: undefined,
  timeout: undefined,
  retries: undefined,
  auth: undefined,
  cors: undefined,
  rateLimit: undefined,
  stripPrefix: undefined,
} as const;

type RouteFields = { -readonly [K in keyof typeof NO_ROUTE_FIELDS]: YNode | undefined };

const ROUTE_FIELD_SET: ReadonlySet<string> = new Set(Object.keys(NO_ROUTE_FIELDS));

/** Fills `fields` with the fields of a route the model reads, found in one pass over its entries. */
function readRouteFields(node: YMap, fields: RouteFields): void {
  Object.assign(fields, NO_ROUTE_FIELDS);
  for (let i = 0; i < node.size; i++) {
    const keyText = node.keyTextAt(i);
    if (ROUTE_FIELD_SET.has(keyText)) fields[keyText as keyof RouteFields] = node.valueAt(i);
  }
}

/**
 * A route written as an alias (`- *base`) shares its contents with the anchor; its findings
 * belong where the alias is, not on the anchor's lines.
 */
function within(route: YNode, inner: YNode): YNode {
  return inner.file === route.file && inner.start >= route.start && inner.end <= route.end ? inner : route;
}

export function sectionName(kind: PolicyKind): string {
  return SECTION_NAMES[kind];
}
