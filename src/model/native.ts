/**
 * Builds the model from native-format documents. Reads the tree defensively: a value of the wrong
 * type is left out of the model (the schema stage reports it), never trusted.
 */
import { nativeDialect, nativePrecedence, parseNativePath } from '../dialect/native.js';
import type { ParsedDocument } from '../load/parse.js';
import { booleanValue, get, isMap, isSeq, numberValue, stringValue, type YMap, type YNode } from '../load/tree.js';
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
  Inherited,
  Located,
  PolicyKind,
  RateLimitPolicy,
  Reference,
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

function readHosts(route: YNode): HostPattern[] | undefined {
  const hostNode = get(route, 'hosts') ?? get(route, 'host');
  if (!hostNode) return undefined;
  const hosts = stringList(hostNode).map(({ value, node }) => {
    const lower = value.toLowerCase();
    return { value: lower, node, wildcard: lower.startsWith('*.') };
  });
  return hosts.length > 0 ? hosts : undefined;
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
      const section = String(pair.key.value);
      const value = pair.value;
      if (section === 'gateway' && isMap(value)) {
        if (gatewayKey) duplicates.push({ kind: 'gateway', name: 'gateway', duplicate: pair.key, first: gatewayKey });
        else [gatewayNode, gatewayKey] = [value, pair.key];
      } else if (section === 'routes' && isSeq(value)) {
        routeNodes.push(...value.items);
      } else if (isMap(value)) {
        const readers = {
          upstreams: (p: typeof pair) => upstreams.add(readUpstream(String(p.key.value), p.key, p.value)),
          corsPolicies: (p: typeof pair) => cors.add(readCors(String(p.key.value), p.key, p.value)),
          rateLimits: (p: typeof pair) => rateLimits.add(readRateLimit(String(p.key.value), p.key, p.value)),
          authPolicies: (p: typeof pair) => auth.add(readAuth(String(p.key.value), p.key, p.value)),
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

  const routeTable = new NamedTable<Route>('route', duplicates);
  const routes: Route[] = [];
  routeNodes.forEach((node, order) => {
    if (!isMap(node)) return;
    // A route written as an alias (`- *base`) shares its contents with the anchor; its findings
    // belong where the alias is, not on the anchor's lines.
    const local = (inner: YNode): YNode => (inner.file === node.file && inner.start >= node.start && inner.end <= node.end ? inner : node);
    const nameNode = get(node, 'name');
    const name = stringValue(nameNode) ?? `#${order + 1}`;
    const from = `route '${name}'`;
    const inherit = <T>(key: 'cors' | 'rateLimit', kind: PolicyKind): Reference<T> | undefined => {
      const own = stringAt(get(node, key));
      return own ? resolve<T>(kind, own, false, from) : resolve<T>(kind, settings.defaults[key], true, from);
    };
    const ownAuth = stringAt(get(node, 'auth'));
    const authSource = ownAuth ?? settings.defaults.auth;
    const authRef: Route['auth'] = !authSource
      ? undefined
      : authSource.value === 'none'
        ? { value: 'none', node: authSource.node, fromDefault: !ownAuth }
        : resolve<AuthPolicy>('authPolicy', authSource, !ownAuth, from);
    const ownTimeout = durationAt(get(node, 'timeout'));
    const timeoutMs: Inherited<number> | undefined = ownTimeout
      ? { ...ownTimeout, fromDefault: false }
      : settings.defaults.timeoutMs && { ...settings.defaults.timeoutMs, fromDefault: true };
    const priority = numberValue(get(node, 'priority')) ?? 0;
    const precedence = nativePrecedence({ priority, order });
    const paths: RoutePath[] = stringList(get(node, 'paths')).map(({ value, node: pathNode }) => {
      const parsed = parseNativePath(value, settings);
      if ('reason' in parsed) {
        invalidPaths.push({ node: local(pathNode), path: value, route: name, reason: parsed.reason });
        return { value, node: local(pathNode), matcher: undefined, precedence };
      }
      return { value, node: local(pathNode), matcher: parsed.matcher, precedence };
    });
    const route: Route = {
      name,
      nameNode: nameNode ? local(nameNode) : node,
      node,
      gateway,
      order,
      hosts: readHosts(node),
      methods: (() => {
        const methods = stringList(get(node, 'methods')).map(({ value, node: n }) => ({ value: value.toUpperCase(), node: n }));
        return methods.length > 0 ? methods : undefined;
      })(),
      paths,
      headers: [],
      queryParams: [],
      priority,
      upstream: resolve<Upstream>('upstream', stringAt(get(node, 'upstream')), false, from),
      timeoutMs,
      retries: readRetries(get(node, 'retries')),
      auth: authRef,
      cors: inherit<CorsPolicy>('cors', 'corsPolicy'),
      rateLimit: inherit<RateLimitPolicy>('rateLimit', 'rateLimit'),
      stripPrefix: stringAt(get(node, 'stripPrefix')),
    };
    routeTable.add(route);
    routes.push(route);
  });

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

export function sectionName(kind: PolicyKind): string {
  return SECTION_NAMES[kind];
}
