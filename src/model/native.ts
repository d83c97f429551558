/**
 * Builds the model from native-format documents. Reads the tree defensively: a value of the wrong
 * type is left out of the model (the schema stage reports it), never trusted.
 */
import { nativeDialect, nativePrecedence, parseNativePath } from '../dialect/native.js';
import { booleanValue, detached, get, isMap, isSeq, numberValue, stringValue, type YMap, type YNode } from '../load/tree.js';
import type { Adapter } from './adapter.js';
import { durationAt, located, NamedTable, sizeAt, stringAt, stringList, urlPath } from './read.js';
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
  if (!hostNode) return undefined;
  const hosts = stringList(hostNode).map(({ value, node }) => {
    const lower = value.toLowerCase();
    return { value: lower, node, wildcard: lower.startsWith('*.') };
  });
  return hosts.length > 0 ? hosts : undefined;
}

function readRetries(node: YNode | undefined): Retries | undefined {
  if (!isMap(node)) return undefined;
  return { node: detached(node), attempts: located(get(node, 'attempts'), numberValue), perTryTimeoutMs: durationAt(get(node, 'perTryTimeout')) };
}

const SECTION_NAMES: Record<PolicyKind, string> = {
  upstream: 'upstreams',
  corsPolicy: 'corsPolicies',
  rateLimit: 'rateLimits',
  authPolicy: 'authPolicies',
};

/**
 * What the model needs of one native document, read while its tree is at hand. Routes keep only
 * their scalar nodes and a detached copy of their own node (its span, no children), so once a
 * file is read its tree is garbage: a 100,000-route configuration never holds all its trees at
 * once, and trees that die young cost the garbage collector next to nothing.
 */
export interface NativeDocument {
  readonly gateway?: { readonly key: YNode; readonly value: YMap };
  readonly upstreams: readonly Upstream[];
  readonly corsPolicies: readonly CorsPolicy[];
  readonly rateLimits: readonly RateLimitPolicy[];
  readonly authPolicies: readonly AuthPolicy[];
  readonly routes: readonly RouteDraft[];
}

/** A route as written: everything but what depends on the whole configuration (order, settings, references). */
interface RouteDraft {
  readonly node: YNode;
  readonly name: string | undefined;
  readonly nameNode: YNode | undefined;
  readonly paths: readonly Located<string>[];
  readonly hosts: HostPattern[] | undefined;
  readonly methods: Located<string>[] | undefined;
  readonly priority: number;
  readonly timeoutMs: Located<number> | undefined;
  readonly retries: Retries | undefined;
  readonly stripPrefix: Located<string> | undefined;
  readonly upstream: Located<string> | undefined;
  readonly auth: Located<string> | undefined;
  readonly cors: Located<string> | undefined;
  readonly rateLimit: Located<string> | undefined;
}

/** gwlint's own format: every native document of a run forms one gateway, names global across files. */
export const nativeAdapter: Adapter<NativeDocument> = {
  dialect: 'native',
  kinds: ['native'],
  read: (document) => (isMap(document.root) ? readNativeDocument(document.root) : undefined),
  build: (documents) => buildNativeModel(documents),
};

const POLICY_READERS = {
  upstreams: readUpstream,
  corsPolicies: readCors,
  rateLimits: readRateLimit,
  authPolicies: readAuth,
} as const;

function readNativeDocument(root: YMap): NativeDocument {
  let gateway: NativeDocument['gateway'];
  const routes: RouteDraft[] = [];
  const policies = { upstreams: [] as Upstream[], corsPolicies: [] as CorsPolicy[], rateLimits: [] as RateLimitPolicy[], authPolicies: [] as AuthPolicy[] };
  for (const pair of root.pairs) {
    const section = pair.keyText;
    const value = pair.value;
    if (section === 'gateway' && isMap(value)) {
      gateway = { key: pair.key, value };
    } else if (section === 'routes' && isSeq(value)) {
      for (const item of value.items) if (isMap(item)) routes.push(readRouteDraft(item));
    } else if (isMap(value) && Object.hasOwn(POLICY_READERS, section)) {
      // Own keys only: `__proto__` or `hasOwnProperty` as a section name must not reach Object.prototype.
      const key = section as keyof typeof POLICY_READERS;
      const read = POLICY_READERS[key] as (name: string, nameNode: YNode, node: YNode) => never;
      for (const entry of value.pairs) (policies[key] as unknown[]).push(read(entry.keyText, entry.key, entry.value));
    }
  }
  return { ...(gateway ? { gateway } : {}), ...policies, routes };
}

function readRouteDraft(node: YMap): RouteDraft {
  const fields = readRouteFields(node);
  const paths: Located<string>[] = [];
  for (const path of stringList(fields.paths)) paths.push({ value: path.value, node: within(node, path.node) });
  const methods = stringList(fields.methods, upperCase);
  return {
    node: detached(node),
    name: stringValue(fields.name),
    nameNode: fields.name && within(node, fields.name),
    paths,
    hosts: readHosts(fields.hosts ?? fields.host),
    methods: methods.length > 0 ? methods : undefined,
    priority: numberValue(fields.priority) ?? 0,
    timeoutMs: durationAt(fields.timeout),
    retries: readRetries(fields.retries),
    stripPrefix: stringAt(fields.stripPrefix),
    upstream: stringAt(fields.upstream),
    auth: stringAt(fields.auth),
    cors: stringAt(fields.cors),
    rateLimit: stringAt(fields.rateLimit),
  };
}

export function buildNativeModel(documents: readonly NativeDocument[]): ModelPart {
  const duplicates: DuplicateDefinition[] = [];
  const unresolved: UnresolvedReference[] = [];
  const invalidPaths: InvalidPath[] = [];
  const upstreams = new NamedTable<Upstream>('upstream', duplicates);
  const cors = new NamedTable<CorsPolicy>('corsPolicy', duplicates);
  const rateLimits = new NamedTable<RateLimitPolicy>('rateLimit', duplicates);
  const auth = new NamedTable<AuthPolicy>('authPolicy', duplicates);
  let gatewayDefinition: NativeDocument['gateway'];

  for (const document of documents) {
    if (document.gateway) {
      if (gatewayDefinition) duplicates.push({ kind: 'gateway', name: 'gateway', duplicate: document.gateway.key, first: gatewayDefinition.key });
      else gatewayDefinition = document.gateway;
    }
    for (const upstream of document.upstreams) upstreams.add(upstream);
    for (const policy of document.corsPolicies) cors.add(policy);
    for (const policy of document.rateLimits) rateLimits.add(policy);
    for (const policy of document.authPolicies) auth.add(policy);
  }

  const settings = readSettings(gatewayDefinition?.value);
  const gateway: GatewayInstance = { id: 'native', dialect: nativeDialect, settings };
  const tables = { upstream: upstreams, corsPolicy: cors, rateLimit: rateLimits, authPolicy: auth } as const;

  const resolve = <T>(kind: PolicyKind, ref: Located<string> | undefined, fromDefault: boolean, from: string): Reference<T> | undefined => {
    if (!ref) return undefined;
    const table = tables[kind] as unknown as NamedTable<T & { name: string; nameNode: YNode }>;
    const target = table.byName.get(ref.value);
    if (!target && !fromDefault) {
      unresolved.push({ kind, name: ref.value, node: ref.node, candidates: suggestNames(ref.value, table.byName.keys()), from });
    }
    return { kind, value: ref.value, node: ref.node, fromDefault, target };
  };

  // Defaults are resolved (and reported) once, at the gateway, not once per route that inherits them.
  const defaultRefs = { cors: settings.defaults.cors, rateLimit: settings.defaults.rateLimit } as const;
  if (settings.defaults.auth && settings.defaults.auth.value !== 'none') resolve('authPolicy', settings.defaults.auth, false, 'the gateway defaults');
  if (defaultRefs.cors) resolve('corsPolicy', defaultRefs.cors, false, 'the gateway defaults');
  if (defaultRefs.rateLimit) resolve('rateLimit', defaultRefs.rateLimit, false, 'the gateway defaults');

  // Routes that inherit a default share one reference to it: resolved (and reported) above, once.
  const inherited = {
    cors: defaultReference<CorsPolicy>('corsPolicy', settings.defaults.cors, tables.corsPolicy.byName),
    rateLimit: defaultReference<RateLimitPolicy>('rateLimit', settings.defaults.rateLimit, tables.rateLimit.byName),
    auth:
      settings.defaults.auth?.value === 'none'
        ? { value: 'none' as const, node: settings.defaults.auth.node, fromDefault: true }
        : defaultReference<AuthPolicy>('authPolicy', settings.defaults.auth, tables.authPolicy.byName),
    timeoutMs: settings.defaults.timeoutMs && { ...settings.defaults.timeoutMs, fromDefault: true },
  };
  const routeTable = new NamedTable<Route>('route', duplicates);
  const routes: Route[] = [];
  let order = 0;
  for (const document of documents) {
    for (const draft of document.routes) {
      const name = draft.name ?? `#${order + 1}`;
      const from = `route '${name}'`;
      const reference = <T>(kind: PolicyKind, own: Located<string> | undefined, fallback: Reference<T> | undefined): Reference<T> | undefined =>
        own ? resolve<T>(kind, own, false, from) : fallback;
      const precedence = nativePrecedence({ priority: draft.priority, order });
      const paths: RoutePath[] = [];
      for (const { value, node } of draft.paths) {
        const parsed = parseNativePath(value, settings);
        if ('reason' in parsed) invalidPaths.push({ node, path: value, route: name, reason: parsed.reason });
        paths.push({ value, node, matcher: 'reason' in parsed ? undefined : parsed.matcher, precedence });
      }
      const { auth: ownAuth, timeoutMs: ownTimeout } = draft;
      const route: Route = {
        name,
        nameNode: draft.nameNode ?? draft.node,
        node: draft.node,
        gateway,
        order,
        hosts: draft.hosts,
        methods: draft.methods,
        paths,
        headers: NO_CONDITIONS,
        queryParams: NO_CONDITIONS,
        priority: draft.priority,
        upstream: reference<Upstream>('upstream', draft.upstream, undefined),
        timeoutMs: ownTimeout ? { value: ownTimeout.value, node: ownTimeout.node, fromDefault: false } : inherited.timeoutMs,
        retries: draft.retries,
        auth: !ownAuth ? inherited.auth : ownAuth.value === 'none' ? { value: 'none', node: ownAuth.node, fromDefault: false } : resolve<AuthPolicy>('authPolicy', ownAuth, false, from),
        cors: reference<CorsPolicy>('corsPolicy', draft.cors, inherited.cors),
        rateLimit: reference<RateLimitPolicy>('rateLimit', draft.rateLimit, inherited.rateLimit),
        stripPrefix: draft.stripPrefix,
      };
      routeTable.add(route);
      routes.push(route);
      order++;
    }
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

const ROUTE_FIELDS = ['name', 'host', 'hosts', 'paths', 'methods', 'upstream', 'priority', 'timeout', 'retries', 'auth', 'cors', 'rateLimit', 'stripPrefix'] as const;

type RouteFields = Partial<Record<(typeof ROUTE_FIELDS)[number], YNode>>;

/** The fields of a route the model reads, found in one pass over its entries. */
function readRouteFields(node: YMap): RouteFields {
  const fields: RouteFields = {};
  for (const { keyText, value } of node.pairs) {
    if ((ROUTE_FIELDS as readonly string[]).includes(keyText)) fields[keyText as keyof RouteFields] = value;
  }
  return fields;
}

/**
 * A route written as an alias (`- *base`) shares its contents with the anchor; its findings
 * belong where the alias is, not on the anchor's lines.
 */
function within(route: YNode, inner: YNode): YNode {
  return inner.file === route.file && inner.start >= route.start && inner.end <= route.end ? inner : route;
}

/** What a route that names no policy of this kind inherits from `gateway.defaults` (reported at the gateway, not here). */
function defaultReference<T>(kind: PolicyKind, ref: Located<string> | undefined, byName: ReadonlyMap<string, unknown>): Reference<T> | undefined {
  return ref && { kind, value: ref.value, node: ref.node, fromDefault: true, target: byName.get(ref.value) as T | undefined };
}

export function sectionName(kind: PolicyKind): string {
  return SECTION_NAMES[kind];
}
