/**
 * Builds the Gateway API / Ingress part of the model.
 *
 * Clusters: every plain manifest of the run (one object per document, `kind: List`, a top-level
 * list) is applied to ONE cluster, so HTTPRoutes in one file attach to Gateways in another; a
 * harness-style document (a mapping of object lists, as in Envoy Gateway's translator tests) is a
 * cluster of its own, so its objects never meet another file's.
 *
 * Gateway instances (routes that compete for the same requests): a Gateway's listeners on one
 * port share one routing table, told apart by hostname, so an instance is one Gateway port; a
 * route's hosts are its hostnames intersected with the listener's. A parentRef to a Gateway that
 * is not in the linted files still groups its routes (per Gateway, listener section and port), as
 * they would compete on whatever Gateway that is. Ingresses compete per ingress class.
 */
import { get, isMap, isScalar, isSeq, numberValue, stringValue, type YNode } from '../../load/tree.js';
import type { AuthPolicy, CorsPolicy, GatewayInstance, HostPattern, Inherited, Reference, Route } from '../../model/types.js';
import { describeValue } from '../../load/describe.js';
import { isRejectedNumber, type NumberRange } from '../numbers.js';
import { instanceFor, UpstreamTable, type BuildContext } from './context.js';
import { gatewayApiDialect } from './dialect.js';
import { intersectHostnames } from './hostnames.js';
import { creationTime, readHttpRoute, type HttpRouteReading, type MatchEntry, type RouteRanks } from './httproute.js';
import { buildIngresses } from './ingress.js';
import type { KubeDocument, KubeObject } from './objects.js';
import {
  isEnvoyGatewayPolicy,
  PolicyIndex,
  readSecurityPolicy,
  readTrafficPolicy,
  targetsOf,
  type SecurityPolicyModel,
  type TrafficPolicyModel,
} from './policies.js';

export const GATEWAY_GROUP = 'gateway.networking.k8s.io';

interface Cluster {
  readonly id: string;
  readonly objects: readonly KubeObject[];
}

interface Listener {
  readonly node: YNode;
  readonly name: string | undefined;
  readonly port: number | undefined;
  readonly hostname: { readonly value: string; readonly node: YNode } | undefined;
  readonly acceptsHttpRoutes: boolean;
  readonly from: string;
}

interface GatewayEntry {
  readonly key: string;
  readonly object: KubeObject;
  readonly listeners: readonly Listener[];
}

/** Where one HTTPRoute attaches: one gateway instance, with the hostnames it serves there. */
interface Attachment {
  readonly instance: GatewayInstance;
  /** Host → the node it comes from; '' is any host. */
  readonly hosts: Map<string, YNode>;
  /** `namespace/name` of the parent Gateway, for Gateway-level policies. */
  readonly gatewayKey: string | undefined;
  readonly listeners: Set<string>;
}

export function clustersOf(documents: readonly KubeDocument[]): Cluster[] {
  const manifests: KubeObject[] = [];
  const clusters: Cluster[] = [];
  for (const document of documents) {
    if (document.style === 'manifest') manifests.push(...document.objects);
    else clusters.push({ id: `${document.document.file.displayPath}#${document.document.index}`, objects: document.objects });
  }
  if (manifests.length > 0) clusters.unshift({ id: 'manifests', objects: manifests });
  return clusters;
}

const isGatewayApi = (object: KubeObject): boolean => object.group === GATEWAY_GROUP;

/**
 * Later definitions of the same kind, namespace and name are dropped: applying both leaves only
 * one in the cluster. A repeat in the same file is a mistake and reported (for routes); repeats
 * across files are usually environments or kustomize patches of one object, and stay quiet.
 */
function deduplicate(objects: readonly KubeObject[], context: BuildContext): KubeObject[] {
  const seen = new Map<string, KubeObject>();
  const kept: KubeObject[] = [];
  for (const object of objects) {
    if (object.name === undefined) {
      kept.push(object);
      continue;
    }
    const key = `${object.group}|${object.kind}|${object.namespace}/${object.name}`;
    const first = seen.get(key);
    if (!first) {
      seen.set(key, object);
      kept.push(object);
    } else if ((object.kind === 'HTTPRoute' || object.kind === 'Ingress') && object.document.file === first.document.file) {
      context.duplicates.push({ kind: 'route', name: `${object.kind} ${object.namespace}/${object.name}`, duplicate: object.nameNode, first: first.nameNode });
    }
  }
  return kept;
}

/** Gateway API ports (listeners, parentRefs): int32 from 1 to 65535, as the CRDs validate them. */
const PORT_RANGE: NumberRange = { integer: true, min: 1, max: 65_535 };

/**
 * A port (undefined when none is written), or `rejected` for a number the API server rejects,
 * which is reported: the object holding it never reaches the cluster, so nothing attaches to it
 * or through it.
 */
function portAt(node: YNode | undefined, of: string, kind: string, context: BuildContext): number | undefined | 'rejected' {
  if (!isRejectedNumber(node, PORT_RANGE)) return numberValue(node);
  const value = describeValue(node!);
  context.dialectFindings.push({
    ruleId: 'schema',
    node: node!,
    // `a list` and `a mapping` start the sentence.
    message: `${isScalar(node) ? value : value.replace(/^a/, 'A')} is not a valid port of ${of}: ports are whole numbers from 1 to 65535. The Kubernetes API server rejects the ${kind}.`,
  });
  return 'rejected';
}

function readListeners(object: KubeObject, key: string, context: BuildContext): Listener[] {
  const listeners = get(object.spec, 'listeners');
  if (!isSeq(listeners)) return [];
  const read: Listener[] = [];
  let rejected = false;
  for (const node of listeners.items.filter(isMap)) {
    const name = stringValue(get(node, 'name'));
    const port = portAt(get(node, 'port'), `${name === undefined ? 'a listener' : `listener '${name}'`} of Gateway ${key}`, 'Gateway', context);
    if (port === 'rejected') {
      rejected = true;
      continue;
    }
    const protocol = (stringValue(get(node, 'protocol')) ?? '').toUpperCase();
    const allowed = get(node, 'allowedRoutes');
    const kinds = get(allowed, 'kinds');
    const acceptsHttpRoutes = isSeq(kinds)
      ? kinds.items.some((kind) => stringValue(get(kind, 'kind')) === 'HTTPRoute' && (stringValue(get(kind, 'group')) ?? GATEWAY_GROUP) === GATEWAY_GROUP)
      : protocol === 'HTTP' || protocol === 'HTTPS';
    const hostnameNode = get(node, 'hostname');
    const hostname = stringValue(hostnameNode);
    read.push({
      node,
      name,
      port,
      hostname: hostname && hostnameNode ? { value: hostname.toLowerCase(), node: hostnameNode } : undefined,
      acceptsHttpRoutes,
      from: stringValue(get(get(allowed, 'namespaces'), 'from')) ?? 'Same',
    });
  }
  // A Gateway the API server rejects has no listeners at all.
  return rejected ? [] : read;
}

function ranksOf(routes: readonly KubeObject[]): RouteRanks {
  const times = routes.map(creationTime);
  const agesKnown = routes.length > 0 && times.every((time) => time !== undefined);
  const distinctTimes = [...new Set(times.map((time) => time?.ms ?? 0))].sort((a, b) => a - b);
  const keys = [...new Set(routes.map((route) => `${route.namespace}/${route.name ?? ''}`))].sort();
  const keyRank = new Map(keys.map((key, index) => [key, index]));
  return {
    agesKnown,
    ageRank: (object) => (agesKnown ? distinctTimes.indexOf(creationTime(object)!.ms) : 0),
    nameRank: (key) => keyRank.get(key) ?? 0,
  };
}

/** The hosts a route serves through one listener; undefined when it does not attach there. */
function hostsThrough(listener: Listener | undefined, routeHosts: readonly { value: string; node: YNode }[], fallback: YNode): Map<string, YNode> | undefined {
  const hosts = new Map<string, YNode>();
  if (routeHosts.length === 0) {
    if (listener?.hostname) hosts.set(listener.hostname.value, listener.hostname.node);
    else hosts.set('', listener?.node ?? fallback);
    return hosts;
  }
  for (const host of routeHosts) {
    const value = listener?.hostname ? intersectHostnames(listener.hostname.value, host.value) : host.value;
    if (value !== undefined && !hosts.has(value)) hosts.set(value, host.node);
  }
  return hosts.size > 0 ? hosts : undefined;
}

/**
 * The backends an HTTPRoute names, whose ports the API server checks as it checks parentRefs':
 * each rule's `backendRefs` and the `requestMirror` filters of rules and of backendRefs.
 */
function backendRefsOf(route: KubeObject): YNode[] {
  const rules = get(route.spec, 'rules');
  if (!isSeq(rules)) return [];
  const mirrors = (owner: YNode): YNode[] => {
    const filters = get(owner, 'filters');
    return isSeq(filters) ? filters.items.flatMap((filter) => get(get(filter, 'requestMirror'), 'backendRef') ?? []) : [];
  };
  return rules.items.flatMap((rule) => {
    const refs = get(rule, 'backendRefs');
    const backends = isSeq(refs) ? refs.items : [];
    return [...backends, ...mirrors(rule), ...backends.flatMap(mirrors)];
  });
}

function attachmentsOf(
  route: KubeObject,
  gateways: ReadonlyMap<string, GatewayEntry>,
  cluster: Cluster,
  context: BuildContext,
): Attachment[] {
  const parentRefs = get(route.spec, 'parentRefs');
  if (!isSeq(parentRefs)) return [];
  const routeKey = `${route.namespace}/${route.name ?? ''}`;
  const ports = [
    ...parentRefs.items.map((ref) => portAt(get(ref, 'port'), `parentRef '${stringValue(get(ref, 'name')) ?? ''}' of HTTPRoute ${routeKey}`, 'HTTPRoute', context)),
    ...backendRefsOf(route).map((ref) => portAt(get(ref, 'port'), `backendRef '${stringValue(get(ref, 'name')) ?? ''}' of HTTPRoute ${routeKey}`, 'HTTPRoute', context)),
  ];
  // An HTTPRoute the API server rejects attaches nowhere.
  if (ports.includes('rejected')) return [];
  const hostnames = get(route.spec, 'hostnames');
  const routeHosts = isSeq(hostnames)
    ? hostnames.items.flatMap((node) => (isScalar(node) && typeof node.value === 'string' ? [{ value: node.value.toLowerCase(), node }] : []))
    : [];
  const byInstance = new Map<string, Attachment>();
  const attach = (id: string, label: string, gatewayKey: string | undefined, listener: string | undefined, hosts: Map<string, YNode>, node: YNode): void => {
    let attachment = byInstance.get(id);
    if (!attachment) {
      attachment = { instance: instanceFor(context, id, gatewayApiDialect, label, node), hosts: new Map(), gatewayKey, listeners: new Set() };
      byInstance.set(id, attachment);
    }
    for (const [host, hostNode] of hosts) if (!attachment.hosts.has(host)) attachment.hosts.set(host, hostNode);
    if (listener) attachment.listeners.add(listener);
  };

  for (const [index, ref] of parentRefs.items.entries()) {
    const name = stringValue(get(ref, 'name'));
    if (!name) continue;
    const kind = stringValue(get(ref, 'kind')) ?? 'Gateway';
    const group = stringValue(get(ref, 'group')) ?? GATEWAY_GROUP;
    const namespace = stringValue(get(ref, 'namespace')) || route.namespace;
    const sectionName = stringValue(get(ref, 'sectionName'));
    const port = ports[index] as number | undefined;
    const parentKey = `${namespace}/${name}`;
    const isGateway = kind === 'Gateway' && group === GATEWAY_GROUP;
    const gateway = isGateway ? gateways.get(parentKey) : undefined;
    if (!gateway) {
      // Not in the linted files: its routes still compete with each other there.
      const hosts = hostsThrough(undefined, routeHosts, ref)!;
      const section = sectionName ? ` listener '${sectionName}'` : '';
      const onPort = port !== undefined ? ` port ${port}` : '';
      attach(
        `${cluster.id}|parent|${kind}|${parentKey}|${sectionName ?? ''}|${port ?? ''}`,
        `${kind} ${parentKey}${section}${onPort} (not in the linted files)`,
        isGateway ? parentKey : undefined,
        sectionName,
        hosts,
        ref,
      );
      continue;
    }
    for (const listener of gateway.listeners) {
      if (sectionName !== undefined && listener.name !== sectionName) continue;
      if (port !== undefined && listener.port !== port) continue;
      if (!listener.acceptsHttpRoutes) continue;
      if (listener.from === 'Same' && route.namespace !== gateway.object.namespace) continue;
      const hosts = hostsThrough(listener, routeHosts, ref);
      if (!hosts) continue;
      const listenerPort = listener.port ?? 0;
      attach(`${cluster.id}|gateway|${gateway.key}|${listenerPort}`, `Gateway ${gateway.key} port ${listenerPort}`, gateway.key, listener.name, hosts, gateway.object.node);
    }
  }
  return [...byInstance.values()];
}

function hostPatterns(hosts: ReadonlyMap<string, YNode>): HostPattern[] | undefined {
  // Only "any host": the route has no host condition at all.
  if (hosts.size === 1 && hosts.has('')) return undefined;
  // A route reached through a listener without hostname AND one with: '' stands for "any other host".
  return [...hosts].map(([value, node]) => ({ value, node, wildcard: value.startsWith('*.') }));
}

interface ClusterPolicies {
  readonly security: PolicyIndex<SecurityPolicyModel>;
  readonly traffic: PolicyIndex<TrafficPolicyModel>;
}

function readPolicies(objects: readonly KubeObject[], context: BuildContext): ClusterPolicies {
  const security = new PolicyIndex<SecurityPolicyModel>();
  const traffic = new PolicyIndex<TrafficPolicyModel>();
  for (const object of objects) {
    if (!isEnvoyGatewayPolicy(object)) continue;
    if (object.kind === 'SecurityPolicy') {
      const policy = readSecurityPolicy(object, context);
      for (const target of targetsOf(object)) security.add({ target, policy });
    } else {
      const policy = readTrafficPolicy(object, context);
      if (object.kind === 'BackendTrafficPolicy') for (const target of targetsOf(object)) traffic.add({ target, policy });
    }
  }
  return { security, traffic };
}

function buildRoute(
  entry: MatchEntry,
  reading: HttpRouteReading,
  attachment: Attachment,
  policies: ClusterPolicies,
  upstreams: UpstreamTable,
  connect: YNode | undefined,
  context: BuildContext,
): Route {
  const listeners = [...attachment.listeners];
  const gatewayLevel = <T>(index: PolicyIndex<T>): T | undefined =>
    attachment.gatewayKey ? index.forGateway(attachment.gatewayKey, listeners) : undefined;
  const routeSecurity = policies.security.forRoute(reading.key);
  const security = routeSecurity ?? gatewayLevel(policies.security);
  const routeTraffic = policies.traffic.forRoute(reading.key);
  const traffic = routeTraffic ?? gatewayLevel(policies.traffic);
  const rule = entry.rule;

  const cors: Reference<CorsPolicy> | undefined = rule.cors
    ? { kind: 'corsPolicy', value: rule.cors.name, node: rule.corsNode ?? rule.cors.node, fromDefault: false, target: rule.cors }
    : security?.cors && { kind: 'corsPolicy', value: security.cors.name, node: security.cors.node, fromDefault: false, target: security.cors };
  const auth: Reference<AuthPolicy> | undefined = security?.auth && {
    kind: 'authPolicy',
    value: security.auth.name,
    node: security.auth.node,
    fromDefault: false,
    target: security.auth,
  };
  // The HTTPRoute's own timeouts.request wins over a BackendTrafficPolicy's requestTimeout (Envoy Gateway).
  const timeoutMs: Inherited<number> | undefined = rule.requestTimeout
    ? { ...rule.requestTimeout, fromDefault: false }
    : traffic?.requestTimeout && { ...traffic.requestTimeout, fromDefault: !routeTraffic };
  const backend = rule.backend;
  const strip = rule.stripsPrefix && entry.kind === 'prefix' && entry.path.matcher && entry.path.value !== '/' ? rule.stripsPrefix : undefined;

  return {
    name: entry.name,
    nameNode: reading.object.nameNode,
    node: entry.node,
    gateway: attachment.instance,
    order: context.nextOrder++,
    hosts: hostPatterns(attachment.hosts),
    methods: connect ? [{ value: 'CONNECT', node: connect }] : entry.method ? [entry.method] : undefined,
    paths: [entry.path],
    headers: entry.headers,
    queryParams: entry.queryParams,
    priority: 0,
    upstream: backend && upstreams.referenceTo(backend),
    timeoutMs,
    auth,
    cors,
    // `ReplacePrefixMatch: /` removes the matched prefix, trailing slash ignored like the match.
    stripPrefix: strip && { value: entry.path.value.replace(/\/$/, ''), node: strip },
  };
}

function buildCluster(cluster: Cluster, context: BuildContext): void {
  const objects = deduplicate(cluster.objects, context);
  const gateways = new Map<string, GatewayEntry>();
  for (const object of objects) {
    if (!isGatewayApi(object) || object.kind !== 'Gateway' || object.name === undefined) continue;
    const key = `${object.namespace}/${object.name}`;
    gateways.set(key, { key, object, listeners: readListeners(object, key, context) });
  }
  const policies = readPolicies(objects, context);
  const upstreams = new UpstreamTable(context);
  const httpRoutes = objects.filter((object) => isGatewayApi(object) && object.kind === 'HTTPRoute' && object.name !== undefined);
  const ranks = ranksOf(httpRoutes);
  for (const object of httpRoutes) {
    const key = `${object.namespace}/${object.name}`;
    const connect = policies.traffic.forRoute(key)?.connect;
    const reading = readHttpRoute(object, ranks, connect !== undefined, context);
    for (const attachment of attachmentsOf(object, gateways, cluster, context)) {
      for (const entry of reading.matches) context.routes.push(buildRoute(entry, reading, attachment, policies, upstreams, connect, context));
    }
  }
  buildIngresses(
    objects.filter((object) => object.group === 'networking.k8s.io' && object.kind === 'Ingress'),
    cluster.id,
    upstreams,
    context,
  );
}

export function buildClusters(documents: readonly KubeDocument[], context: BuildContext): void {
  for (const cluster of clustersOf(documents)) buildCluster(cluster, context);
}
