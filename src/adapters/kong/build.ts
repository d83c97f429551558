/**
 * Builds the model from Kong decK files.
 *
 * Grouping: every decK document is its own gateway, and service and route names are looked up in
 * that document only. decK files found in one folder are most often unrelated (one per
 * environment, team or test case), and one file is what `deck gateway sync` applies; treating a
 * folder as one Kong would make unrelated routes shadow each other.
 *
 * What is modelled (Kong defaults applied where a field is absent):
 * - services → upstreams (url, or protocol/host/port/path; read_timeout and connect_timeout in ms,
 *   60000 by default); `retries` (default 5) only when written, as attempts = retries + 1;
 * - number fields Kong's schema constrains (timeouts, retries, port, regex_priority) are checked
 *   against it: a value Kong rejects is a `schema` finding, and is then read as if it were unset;
 * - routes nested under services and top-level routes (`service: name`, `service: {name|id}`), with
 *   hosts, methods, paths (see paths.ts), headers and the precedence key of the router the format
 *   version implies (dialect.ts). Kong has no overall request deadline (`read_timeout` applies to
 *   each read from the upstream, per try), so `Route.timeoutMs` stays undefined;
 * - plugins at global, service and route level (top-level with `service:`/`route:`, or nested):
 *   `cors`, `rate-limiting(-advanced)` and authentication plugins become policies; for each kind a
 *   route gets the most specific one (route over service over global), as Kong's plugin precedence
 *   does. Plugins scoped to consumers or consumer groups apply to some callers only and are not
 *   attached to routes; disabled plugins (`enabled: false`) are ignored.
 *
 * Conditions Kong matches that the model has no field for — `snis`, `sources`/`destinations`,
 * hosts with a trailing wildcard (`example.*`) — are kept as extra request conditions, so the
 * routing analysis treats such a route as matching only some requests: it never shadows another
 * route, and a route tried earlier must match all of its requests to shadow it.
 */
import type { Dialect } from '../../dialect/dialect.js';
import type { ParsedDocument } from '../../load/parse.js';
import { booleanValue, get, isMap, isScalar, isSeq, numberValue, stringValue, type YMap, type YNode } from '../../load/tree.js';
import { located, NamedTable, stringList, urlPath } from '../../model/read.js';
import { suggestNames } from '../../model/suggest.js';
import { describeValue } from '../../load/describe.js';
import { isRejectedNumber, type NumberRange } from '../numbers.js';
import type {
  AuthPolicy,
  CorsPolicy,
  DialectFinding,
  DuplicateDefinition,
  GatewayInstance,
  HostPattern,
  InvalidPath,
  Located,
  RateLimitPolicy,
  Reference,
  RequestCondition,
  Retries,
  Route,
  RoutePath,
  UnresolvedReference,
  Upstream,
} from '../../model/types.js';
import { kong2Dialect, kongDialect, precedenceOf, rememberRank, type KongRank, type KongRouter } from './dialect.js';
import { readKongPath } from './paths.js';
import { authPolicy, corsPolicy, isAuthPlugin, keyAuthFindings, RATE_LIMIT_PLUGINS, rateLimitPolicy, rateLimitValueFindings, rateLimitWindowFindings, type Plugin, type PluginLevel } from './plugins.js';

/** One decK document, as `read` accepted it. */
export interface KongDocument {
  readonly document: ParsedDocument;
  readonly root: YMap;
}

/** The model part being filled: the same arrays as `ModelPart`, writable. */
export interface KongPart {
  readonly gateways: GatewayInstance[];
  readonly routes: Route[];
  readonly upstreams: Upstream[];
  readonly corsPolicies: CorsPolicy[];
  readonly rateLimits: RateLimitPolicy[];
  readonly authPolicies: AuthPolicy[];
  readonly duplicates: DuplicateDefinition[];
  readonly unresolved: UnresolvedReference[];
  readonly invalidPaths: InvalidPath[];
  readonly dialectFindings: DialectFinding[];
}

/** Kong's service timeout default, for connect, write and read (ms). */
const DEFAULT_TIMEOUT_MS = 60_000;
/** Kong's timeouts of a service (ms): a whole number from 1 to 2^31 - 2 (kong/db/schema/entities/services.lua). */
const TIMEOUT_RANGE = { integer: true, min: 1, max: 2_147_483_646 } as const;

/**
 * The number fields Kong's schema constrains that gwlint reads (kong/db/schema/entities/services.lua,
 * routes.lua, typedefs.lua), and what messages say a value must be.
 */
const NUMBER_FIELDS = {
  read_timeout: { ...TIMEOUT_RANGE, expected: 'a whole number of milliseconds from 1 to 2147483646' },
  connect_timeout: { ...TIMEOUT_RANGE, expected: 'a whole number of milliseconds from 1 to 2147483646' },
  write_timeout: { ...TIMEOUT_RANGE, expected: 'a whole number of milliseconds from 1 to 2147483646' },
  retries: { integer: true, min: 0, max: 32_767, expected: 'a whole number from 0 to 32767' },
  port: { integer: true, min: 0, max: 65_535, expected: 'a whole number from 0 to 65535' },
  regex_priority: { integer: true, expected: 'a whole number' },
} as const satisfies Record<string, NumberRange & { readonly expected: string }>;

type NumberField = keyof typeof NUMBER_FIELDS;

/** Protocols of Kong's stream (L4) routes: no HTTP routing at all. */
const STREAM_PROTOCOLS = new Set(['tcp', 'tls', 'udp', 'tls_passthrough']);

interface ServiceEntry {
  readonly node: YMap;
  readonly name: string;
  readonly nameNode: YNode;
  readonly named: boolean;
  readonly id?: string;
  readonly upstream: Upstream;
  /** `retries`, when written and valid. */
  readonly retries?: Located<number>;
}

interface RouteEntry {
  readonly node: YMap;
  readonly name: string;
  readonly nameNode: YNode;
  readonly named: boolean;
  readonly id?: string;
  /** Nested routes: the enclosing service. */
  readonly parent?: ServiceEntry;
  /** Top-level routes: what `service:` names. */
  readonly serviceRef?: Located<string>;
}

interface ScopedPlugin {
  readonly plugin: Plugin;
  readonly route?: RouteEntry;
  readonly service?: ServiceEntry;
  policy?: CorsPolicy | RateLimitPolicy | AuthPolicy;
}

/** A reference to a service, route or consumer: `x`, `{name: x}` or `{id: x}`. */
function referenceAt(node: YNode | undefined): Located<string> | undefined {
  const direct = stringValue(node);
  if (direct !== undefined) return { value: direct, node: node! };
  for (const key of ['name', 'id', 'username']) {
    const inner = get(node, key);
    const value = stringValue(inner);
    if (value !== undefined) return { value, node: inner! };
  }
  return undefined;
}

function items(node: YNode | undefined): YMap[] {
  return isSeq(node) ? node.items.filter(isMap) : [];
}

/** The mappings of a list with their position in it (for names like `service #2`). */
function eachMap(node: YNode | undefined, visit: (item: YMap, index: number) => void): void {
  if (isSeq(node)) node.items.forEach((item, index) => isMap(item) && visit(item, index));
}

function nonEmptySeq(node: YNode | undefined): boolean {
  return isSeq(node) && node.items.length > 0;
}

/** A condition a request must meet, for a match field the model has no place for. */
function condition(name: string, node: YNode, value?: string): RequestCondition {
  return value === undefined ? { name, match: 'present', node } : { name, match: 'regex', value, node };
}

function escapeRegex(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

export class DocumentReader {
  private readonly legacy: boolean;
  private readonly router: KongRouter;
  private readonly dialect: Dialect;
  private readonly gateway: GatewayInstance;
  private readonly services: ServiceEntry[] = [];
  private readonly routeEntries: RouteEntry[] = [];
  /** Plugins that are policies, by what they apply to: a route, a service, or everything (`global`). */
  private readonly pluginsByScope = new Map<RouteEntry | ServiceEntry | 'global', ScopedPlugin[]>();
  private readonly serviceTable: NamedTable<ServiceEntry>;
  private readonly routeTable: NamedTable<RouteEntry>;

  constructor(
    private readonly source: KongDocument,
    private readonly part: KongPart,
    /** Service names and ids of every decK file of the run: decK merges the files it is given. */
    private readonly servicesOfRun: ReadonlySet<string> = new Set(),
  ) {
    const version = get(source.root, '_format_version');
    const text = isScalar(version) && (typeof version.value === 'string' || typeof version.value === 'number') ? String(version.value) : undefined;
    // `_format_version: "1.1"` is the Kong 2.x format; 3.x and files without a version are read as Kong 3.
    this.legacy = text !== undefined && /^1(?:\.|$)/.test(text.trim());
    this.router = this.legacy ? 'traditional' : 'traditional_compatible';
    this.dialect = this.legacy ? kong2Dialect : kongDialect;
    const { file, index } = source.document;
    this.gateway = {
      id: `kong:${file.path}#${index}`,
      dialect: this.dialect,
      settings: { trailingSlash: { value: 'strict' }, defaults: {} },
      label: index === 0 ? `decK file ${file.displayPath}` : `decK file ${file.displayPath} (document ${index + 1})`,
    };
    const scope = 'names are unique within a decK file';
    this.serviceTable = new NamedTable<ServiceEntry>('upstream', part.duplicates, { noun: 'service', scope });
    this.routeTable = new NamedTable<RouteEntry>('route', part.duplicates, { scope });
  }

  read(): void {
    const root = this.source.root;
    this.part.gateways.push(this.gateway);
    eachMap(get(root, 'services'), (node, i) => this.readService(node, i));
    eachMap(get(root, 'routes'), (node, i) => this.addRoute(node, i, undefined));
    this.readPlugins();
    const routes = [...this.routeEntries].sort((a, b) => a.node.start - b.node.start);
    routes.forEach((entry, order) => this.buildRoute(entry, order));
  }

  // ---- services and routes -------------------------------------------------------------------

  private readService(node: YMap, index: number): void {
    const nameNode = get(node, 'name');
    const written = stringValue(nameNode);
    const id = stringValue(get(node, 'id'));
    const name = written ?? id ?? `service #${index + 1}`;
    const label = written !== undefined || id !== undefined ? `service '${name}'` : name;
    const entry: ServiceEntry = {
      node,
      name,
      nameNode: written !== undefined ? nameNode! : node,
      named: written !== undefined,
      id,
      upstream: this.upstreamOf(node, name, written !== undefined ? nameNode! : node, label),
      retries: this.numberField(node, 'retries', label, 'service'),
    };
    this.numberField(node, 'write_timeout', label, 'service');
    this.services.push(entry);
    this.part.upstreams.push(entry.upstream);
    if (entry.named) this.serviceTable.add(entry);
    eachMap(get(node, 'routes'), (route, i) => this.addRoute(route, i, entry));
  }

  private upstreamOf(node: YMap, name: string, nameNode: YNode, label: string): Upstream {
    const urlNode = get(node, 'url');
    let url = located(urlNode, stringValue);
    const hostNode = get(node, 'host');
    const host = stringValue(hostNode);
    const path = stringValue(get(node, 'path'));
    const port = this.numberField(node, 'port', label, 'service');
    if (!url && host !== undefined) {
      const protocol = stringValue(get(node, 'protocol')) ?? 'http';
      url = { value: `${protocol}://${host}${port !== undefined ? `:${port.value}` : ''}${path ?? ''}`, node: hostNode! };
    }
    const timeout = (key: NumberField): Located<number> => this.numberField(node, key, label, 'service') ?? { value: DEFAULT_TIMEOUT_MS, node };
    return {
      name,
      nameNode,
      node,
      url,
      basePath: url && stringValue(urlNode) !== undefined ? urlPath(url.value) : (path ?? ''),
      timeoutMs: timeout('read_timeout'),
      connectTimeoutMs: timeout('connect_timeout'),
    };
  }

  /**
   * A number field of `NUMBER_FIELDS`, when it holds a number Kong accepts. A number Kong rejects
   * (`read_timeout: 0`, `retries: .inf`, `regex_priority: 1e400`) is reported and read as unset.
   */
  private numberField(owner: YMap, field: NumberField, label: string, entity: 'service' | 'route'): Located<number> | undefined {
    const node = get(owner, field);
    const range: NumberRange & { readonly expected: string } = NUMBER_FIELDS[field];
    if (isRejectedNumber(node, range)) {
      this.part.dialectFindings.push({
        ruleId: 'schema',
        node: node!,
        message: `${field} of ${label} must be ${range.expected}, not ${describeValue(node!)}: Kong rejects the ${entity}, so the configuration does not load.`,
      });
      return undefined;
    }
    return located(node, numberValue);
  }

  private addRoute(node: YMap, index: number, parent: ServiceEntry | undefined): void {
    const nameNode = get(node, 'name');
    const written = stringValue(nameNode);
    const id = stringValue(get(node, 'id'));
    const fallback = parent ? `${parent.name} route #${index + 1}` : `route #${index + 1}`;
    const entry: RouteEntry = {
      node,
      name: written ?? id ?? fallback,
      nameNode: written !== undefined ? nameNode! : node,
      named: written !== undefined,
      id,
      parent,
      serviceRef: parent ? undefined : referenceAt(get(node, 'service')),
    };
    this.routeEntries.push(entry);
    if (entry.named) this.routeTable.add(entry);
  }

  private findService(ref: Located<string>): ServiceEntry | undefined {
    return this.serviceTable.byName.get(ref.value) ?? this.services.find((service) => service.id === ref.value);
  }

  private findRoute(ref: Located<string>): RouteEntry | undefined {
    return this.routeTable.byName.get(ref.value) ?? this.routeEntries.find((route) => route.id === ref.value);
  }

  private serviceOf(route: RouteEntry): ServiceEntry | undefined {
    return route.parent ?? (route.serviceRef ? this.findService(route.serviceRef) : undefined);
  }

  // ---- plugins -------------------------------------------------------------------------------

  private readPlugins(): void {
    const root = this.source.root;
    for (const node of items(get(root, 'plugins'))) this.addPlugin(node, {});
    for (const service of this.services) {
      for (const node of items(get(service.node, 'plugins'))) this.addPlugin(node, { service });
    }
    for (const route of this.routeEntries) {
      for (const node of items(get(route.node, 'plugins'))) this.addPlugin(node, { route });
    }
    // Plugins for some callers only: checked as policies, never attached to a route.
    for (const [section, key] of [['consumers', 'username'], ['consumer_groups', 'name']] as const) {
      for (const owner of items(get(root, section))) {
        const who = stringValue(get(owner, key)) ?? stringValue(get(owner, 'id')) ?? '?';
        const label = section === 'consumers' ? `consumer ${who}` : `consumer group ${who}`;
        for (const node of items(get(owner, 'plugins'))) this.addPlugin(node, { caller: label });
      }
    }
  }

  private addPlugin(node: YMap, enclosing: { service?: ServiceEntry; route?: RouteEntry; caller?: string }): void {
    const nameNode = get(node, 'name');
    const name = stringValue(nameNode);
    if (name === undefined || booleanValue(get(node, 'enabled')) === false) return;
    const consumer = referenceAt(get(node, 'consumer')) ?? referenceAt(get(node, 'consumer_group'));
    const routeRef = enclosing.route ? undefined : referenceAt(get(node, 'route'));
    const serviceRef = enclosing.route || enclosing.service ? undefined : referenceAt(get(node, 'service'));
    let route = enclosing.route;
    let service = enclosing.service;
    let level: PluginLevel;
    let where: string;
    if (route || routeRef) {
      route ??= this.findRoute(routeRef!);
      service = undefined;
      level = route ? 'route' : 'other';
      where = `on route ${route?.name ?? routeRef!.value}`;
    } else if (service || serviceRef) {
      service ??= this.findService(serviceRef!);
      level = service ? 'service' : 'other';
      where = `on service ${service?.name ?? serviceRef!.value}`;
    } else {
      level = 'global';
      where = '';
    }
    const caller = enclosing.caller ?? (consumer && `${get(node, 'consumer') === undefined ? 'consumer group' : 'consumer'} ${consumer.value}`);
    if (caller) {
      level = 'other';
      where = `${where} for ${caller}`.trim();
    }
    const instance = stringValue(get(node, 'instance_name'));
    const label = instance ?? (level === 'global' ? `global ${name}` : `${name} ${where}`);
    const plugin: Plugin = { node, name, nameNode: nameNode!, config: get(node, 'config'), level, label };
    const scoped: ScopedPlugin = { plugin, route: level === 'route' ? route : undefined, service: level === 'service' ? service : undefined };
    if (name === 'cors') {
      const policy = corsPolicy(plugin);
      this.part.corsPolicies.push(policy);
      scoped.policy = policy;
    } else if ((RATE_LIMIT_PLUGINS as readonly string[]).includes(name)) {
      const policy = rateLimitPolicy(plugin);
      this.part.rateLimits.push(policy);
      this.part.dialectFindings.push(...rateLimitValueFindings(plugin), ...rateLimitWindowFindings(plugin));
      scoped.policy = policy;
    } else if (isAuthPlugin(name)) {
      const policy = authPolicy(plugin);
      this.part.authPolicies.push(policy);
      this.part.dialectFindings.push(...keyAuthFindings(plugin));
      scoped.policy = policy;
    }
    const scope = level === 'global' ? 'global' : (scoped.route ?? scoped.service);
    if (scoped.policy && scope) {
      const list = this.pluginsByScope.get(scope) ?? [];
      list.push(scoped);
      this.pluginsByScope.set(scope, list);
    }
  }

  /** The plugin of a kind that applies to a route: route level over service level over global. */
  private effectivePlugin(route: RouteEntry, service: ServiceEntry | undefined, matches: (name: string) => boolean): ScopedPlugin | undefined {
    for (const scope of [route, service, 'global' as const]) {
      const found = scope && this.pluginsByScope.get(scope)?.find((scoped) => matches(scoped.plugin.name));
      if (found) return found;
    }
    return undefined;
  }

  private policyReference<T>(kind: Reference<T>['kind'], scoped: ScopedPlugin | undefined): Reference<T> | undefined {
    if (!scoped) return undefined;
    const { plugin } = scoped;
    return { kind, value: plugin.label, node: plugin.nameNode, fromDefault: plugin.level !== 'route', target: scoped.policy as T };
  }

  // ---- routes ----------------------------------------------------------------------------------

  private buildRoute(entry: RouteEntry, order: number): void {
    const node = entry.node;
    const service = this.serviceOf(entry);
    if (entry.serviceRef && !service && this.services.length > 0 && !this.servicesOfRun.has(entry.serviceRef.value)) {
      // A file without services is a fragment whose services live elsewhere: only a file that
      // defines services and misses this one is reported.
      this.part.unresolved.push({
        kind: 'upstream',
        name: entry.serviceRef.value,
        node: entry.serviceRef.node,
        candidates: suggestNames(entry.serviceRef.value, this.serviceTable.byName.keys()),
        from: `route '${entry.name}'`,
        noun: 'service',
      });
    }

    const match = this.readMatch(node);
    const protocols = stringList(get(node, 'protocols')).map((protocol) => protocol.value);
    const stream = protocols.length > 0 && protocols.every((protocol) => STREAM_PROTOCOLS.has(protocol));
    const expression = get(node, 'expression') !== undefined;
    // Kong leaves the routes of a disabled service out of its router.
    const disabled = service !== undefined && booleanValue(get(service.node, 'enabled')) === false;
    const regexPriority = this.regexPriority(entry);
    // Expression routes (Kong's `expressions` router) and stream routes are not matched by path.
    const paths = stream || expression || disabled ? [] : this.readPaths(entry, match.rank, regexPriority);

    const has = (name: string) => (candidate: string) => candidate === name;
    const route: Route = {
      name: entry.name,
      nameNode: entry.nameNode,
      node,
      gateway: this.gateway,
      order,
      hosts: match.hosts,
      methods: match.methods,
      paths,
      headers: match.conditions,
      queryParams: [],
      priority: 0,
      upstream: service
        ? { kind: 'upstream', value: service.name, node: entry.serviceRef?.node ?? service.nameNode, fromDefault: false, target: service.upstream }
        : undefined,
      retries: service ? retriesOf(service) : undefined,
      auth: this.policyReference<AuthPolicy>('authPolicy', this.effectivePlugin(entry, service, isAuthPlugin)),
      cors: this.policyReference<CorsPolicy>('corsPolicy', this.effectivePlugin(entry, service, has('cors'))),
      rateLimit: this.policyReference<RateLimitPolicy>(
        'rateLimit',
        this.effectivePlugin(entry, service, has('rate-limiting')) ?? this.effectivePlugin(entry, service, has('rate-limiting-advanced')),
      ),
    };
    this.part.routes.push(route);
  }

  /** Hosts, methods and the other match fields, and the part of the rank that is the same for every path. */
  private readMatch(node: YMap): {
    hosts: HostPattern[] | undefined;
    methods: Located<string>[] | undefined;
    conditions: RequestCondition[];
    rank: Omit<KongRank, 'regex' | 'regexPriority' | 'length'>;
  } {
    const conditions: RequestCondition[] = [];
    const hostsNode = get(node, 'hosts');
    const hostStrings = stringList(hostsNode).map((host) => host.value);
    const hosts = this.readHosts(hostsNode, conditions);
    const methods = stringList(get(node, 'methods')).map(({ value, node: n }) => ({ value: value.toUpperCase(), node: n }));
    const headerCount = this.readHeaders(get(node, 'headers'), conditions);
    const snisNode = get(node, 'snis');
    const snis = stringList(snisNode);
    if (snis.length > 0) conditions.push(condition('(TLS SNI)', snisNode!, snis.map((sni) => `^${escapeRegex(sni.value)}$`).join('|')));
    const sources = nonEmptySeq(get(node, 'sources'));
    const destinations = nonEmptySeq(get(node, 'destinations'));
    if (sources) conditions.push(condition('(sources)', get(node, 'sources')!));
    if (destinations) conditions.push(condition('(destinations)', get(node, 'destinations')!));

    const set: [string, boolean][] = [
      ['hosts', hostStrings.length > 0],
      ['methods', methods.length > 0],
      ['paths', stringList(get(node, 'paths')).length > 0],
      ['headers', headerCount > 0],
      ['snis', snis.length > 0],
    ];
    // The traditional router also weighs `sources` and `destinations`; traditional_compatible does not for HTTP routes.
    if (this.router === 'traditional') set.push(['sources', sources], ['destinations', destinations]);
    const fields = set.filter(([, isSet]) => isSet).map(([field]) => field);
    const rank = {
      router: this.router,
      fields,
      category: categoryBits(fields),
      // Kong: `hosts` set (even to an empty list) and no `*` in any of them.
      plainHostsOnly: (isSeq(hostsNode) || hostStrings.length > 0) && hostStrings.every((host) => !host.includes('*')),
      wildcardHostPort: hostStrings.some((host) => host.includes('*') && /:\d+$/.test(host)),
      headerCount,
    };
    return { hosts, methods: methods.length > 0 ? methods : undefined, conditions, rank };
  }

  /** `regex_priority` (0 when unset), or 'invalid' for a number Kong rejects, which is reported. */
  private regexPriority(entry: RouteEntry): number | 'invalid' {
    const label = entry.named || entry.id !== undefined ? `route '${entry.name}'` : entry.name;
    const priority = this.numberField(entry.node, 'regex_priority', label, 'route');
    if (priority) return priority.value;
    return isRejectedNumber(get(entry.node, 'regex_priority'), NUMBER_FIELDS.regex_priority) ? 'invalid' : 0;
  }

  /**
   * The route's paths with their matchers and precedence; invalid ones are reported. With a
   * `regex_priority` Kong rejects, its regex paths have no rank at all, so they are kept out of the
   * routing analysis (no matcher) rather than ranked as if it were 0.
   */
  private readPaths(entry: RouteEntry, base: Omit<KongRank, 'regex' | 'regexPriority' | 'length'>, priority: number | 'invalid'): RoutePath[] {
    const pathsNode = get(entry.node, 'paths');
    // A `paths` value Kong would reject (a mapping, a number): better no path than an invented catch-all.
    if (pathsNode && !isSeq(pathsNode) && !(isScalar(pathsNode) && (typeof pathsNode.value === 'string' || pathsNode.value === null))) return [];
    const rawPaths = stringList(pathsNode);
    const regexPriority = priority === 'invalid' ? 0 : priority;
    if (rawPaths.length === 0) {
      // Kong rejects an HTTP route without any match field; that is not this adapter's to report.
      if (base.fields.length === 0) return [];
      // No paths: every path matches, as a prefix '/' would (the route itself is the node).
      return [this.rankedPath({ value: '/', node: entry.node, matcher: { kind: 'prefix', value: '/' } }, { ...base, regex: false, regexPriority: 0, length: 0 })];
    }
    return rawPaths.map(({ value, node }) => {
      const read = readKongPath(value, this.legacy);
      if (read.kind === 'invalid') {
        this.part.invalidPaths.push({ node, path: value, route: entry.name, reason: read.reason });
      } else if (read.kind === 'plain' && read.warning) {
        this.part.invalidPaths.push({ node, path: value, route: entry.name, reason: read.warning, severity: 'warning' });
      }
      const regex = read.kind === 'regex' || (read.kind === 'invalid' && read.regex);
      const rank: KongRank = { ...base, regex, regexPriority, length: read.kind === 'plain' ? read.length : 0 };
      const unranked = regex && priority === 'invalid';
      return this.rankedPath({ value, node, matcher: read.kind === 'invalid' || unranked ? undefined : read.matcher }, rank);
    });
  }

  private rankedPath(path: Omit<RoutePath, 'precedence'>, rank: KongRank): RoutePath {
    const ranked: RoutePath = { ...path, precedence: precedenceOf(rank) };
    rememberRank(ranked, rank);
    return ranked;
  }

  /**
   * Hosts, lower-cased. `*.example.com` is a wildcard over one or more labels, as in the model.
   * A trailing wildcard (`example.*`) cannot be expressed: the route is then modelled for any host,
   * with a condition on the host, which never makes it shadow anything.
   */
  private readHosts(hostsNode: YNode | undefined, conditions: RequestCondition[]): HostPattern[] | undefined {
    const hosts = stringList(hostsNode).map(({ value, node }) => ({ value: value.toLowerCase(), node }));
    if (hosts.length === 0) return undefined;
    const representable = (host: string): boolean => !host.includes('*') || (host.startsWith('*.') && !host.slice(1).includes('*'));
    if (hosts.every((host) => representable(host.value))) {
      return hosts.map((host) => ({ ...host, wildcard: host.value.startsWith('*.') }));
    }
    const alternatives = hosts.map((host) => `^${host.value.split('*').map(escapeRegex).join('.+')}$`);
    conditions.push(condition('host', hostsNode!, alternatives.join('|')));
    return undefined;
  }

  /** Header conditions (`name: [values]`, a `~*` value is a regex); returns how many header names. */
  private readHeaders(headersNode: YNode | undefined, conditions: RequestCondition[]): number {
    if (!isMap(headersNode)) return 0;
    let count = 0;
    for (const pair of headersNode.pairs) {
      const values = stringList(pair.value);
      if (values.length === 0) continue;
      count++;
      const name = pair.keyText.toLowerCase();
      if (values.length === 1) {
        const only = values[0]!.value;
        conditions.push(
          only.startsWith('~*') ? { name, match: 'regex', value: only.slice(2), node: pair.key } : { name, match: 'exact', value: only, node: pair.key },
        );
      } else {
        const alternatives = values.map(({ value }) => (value.startsWith('~*') ? `(?:${value.slice(2)})` : `^${escapeRegex(value)}$`));
        conditions.push({ name, match: 'regex', value: alternatives.join('|'), node: pair.key });
      }
    }
    return count;
  }
}

const CATEGORY_BITS: Readonly<Record<string, number>> = {
  hosts: 0x40,
  headers: 0x20,
  paths: 0x10,
  methods: 0x08,
  snis: 0x04,
  sources: 0x02,
  destinations: 0x01,
};

function categoryBits(fields: readonly string[]): number {
  return fields.reduce((bits, field) => bits | (CATEGORY_BITS[field] ?? 0), 0);
}

/** Kong retries a failed request `retries` times (default 5); modelled only when the file sets it. */
function retriesOf(service: ServiceEntry): Retries | undefined {
  const retries = service.retries;
  if (!retries) return undefined;
  return { node: retries.node, attempts: { value: retries.value + 1, node: retries.node }, perTryTimeoutMs: service.upstream.timeoutMs };
}
