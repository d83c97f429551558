/**
 * Writes a large native gateway configuration into a temporary folder, with a known number of
 * planted problems and nothing else: every other route has its own (host, path, methods) slot,
 * so no duplicate, shadowing or trailing-slash finding can arise by accident.
 *
 * Planted per 10,000 routes (at least one of each):
 *   - 10 catch-all routes, each declared before 3 specific routes it covers completely
 *     → 30 `shadowed-route` errors (one per unreachable route);
 *   - 5 CORS policies with `allowOrigins: ['*']` and `allowCredentials: true`
 *     → 5 `cors-wildcard-credentials` errors (one per policy);
 *   - 10 routes whose timeout (their own, or the inherited gateway default) is below their
 *     upstream's → 10 `timeout-upstream-gap` errors.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import {
  AUTH_POLICIES,
  CORS_POLICIES,
  DEFAULT_TIMEOUT_SECONDS,
  GATEWAY,
  RATE_LIMITS,
  SLOW_UPSTREAM,
  UPSTREAM_TIMEOUTS,
  upstream,
  wildcardCredentialsPolicy,
} from './catalogue.js';
import { seeded, type Random } from './random.js';
import { pathOf, SlotAllocator, SLOTS_PER_HOST, type Slot } from './slots.js';
import { RESOURCES, type HostKind } from './vocabulary.js';
import { mapping, sequenceItem, type Mapping } from './yaml.js';

export const ROUTE_FILES = 8;
const SHADOWED_PER_CATCH_ALL = 3;

export interface GeneratedConfig {
  readonly dir: string;
  readonly fileCount: number;
  readonly byteCount: number;
  readonly routeCount: number;
  readonly hostCount: number;
  /** Findings per rule id the linter must report; every other rule must report none. */
  readonly expected: Readonly<Record<string, number>>;
}

interface Host {
  readonly kind: HostKind;
  /** Undefined: any host. */
  readonly name: string | undefined;
  /** Prefix of route and upstream names. */
  readonly tag: string;
  readonly slots: SlotAllocator;
}

type Route = Mapping & { name: string };

/** Per 10,000 routes, at least one. */
function perTenThousand(routes: number, rate: number): number {
  return Math.max(1, Math.round((routes * rate) / 10_000));
}

class Generator {
  private readonly random: Random;
  readonly exact: Host[];
  private readonly wildcards: Host[];
  private readonly anyHost: Host;
  /** Every upstream a route was given; only those a final route refers to are written. */
  readonly upstreams = new Map<string, Mapping>();

  constructor(routes: number, seed: number) {
    this.random = seeded(seed);
    const exactCount = Math.max(50, Math.ceil(routes / 2500));
    this.exact = Array.from({ length: exactCount }, (_, i) => this.host('exact', `svc-${i + 1}.example.com`, `svc-${i + 1}`));
    this.wildcards = [this.host('wildcard', '*.example.com', 'tenants'), this.host('wildcard', '*.partners.example.net', 'partners')];
    this.anyHost = this.host('any', undefined, 'edge');
  }

  get hostCount(): number {
    return this.exact.length + this.wildcards.length + 1;
  }

  private host(kind: HostKind, name: string | undefined, tag: string): Host {
    return { kind, name, tag, slots: new SlotAllocator(kind, this.random) };
  }

  /** 94% of routes on 50+ service hosts, 4% on two wildcard hosts, 2% on any host. */
  pickHost(): Host {
    const r = this.random.next();
    const wanted = r < 0.02 ? this.anyHost : r < 0.06 ? this.wildcards[r < 0.04 ? 0 : 1]! : this.random.pick(this.exact);
    if (!wanted.slots.exhausted) return wanted;
    const start = this.random.int(this.exact.length);
    for (let i = 0; i < this.exact.length; i++) {
      const host = this.exact[(start + i) % this.exact.length]!;
      if (!host.slots.exhausted) return host;
    }
    throw new Error(`no free route slot left (${SLOTS_PER_HOST} per host)`);
  }

  useUpstream(name: string): string {
    if (!this.upstreams.has(name)) {
      if (name === SLOW_UPSTREAM) this.upstreams.set(name, upstream('https://reports.internal:8443/api', '90s'));
      else this.upstreams.set(name, upstream(`https://${name}.internal:8443${name.endsWith('-batch') ? '/api' : ''}`, this.random.pick(UPSTREAM_TIMEOUTS)));
    }
    return name;
  }

  private upstreamFor(host: Host, slot: Slot): string {
    if (host.kind === 'exact') return this.useUpstream(RESOURCES.indexOf(slot.resource) % 4 === 0 ? `${host.tag}-batch` : `${host.tag}-api`);
    if (host.kind === 'wildcard') return this.useUpstream(`${host.tag}-api`);
    return this.useUpstream(slot.namespace === 'public' ? 'public-web' : 'edge-tools');
  }

  private policies(slot: Slot): { auth?: string; cors?: string; rateLimit?: string } {
    const ns = slot.namespace;
    if (ns === 'partner') return { auth: 'partner-keys', cors: 'partners', rateLimit: 'partner-quota' };
    if (ns === 'tenant' || ns === 'embed') return { auth: 'oauth-users' };
    if (ns === 'internal' || ns === 'ops') return { auth: 'internal-iam' };
    if (ns === 'public') return { cors: 'public-read', rateLimit: 'strict' };
    const r = this.random.next();
    return {
      auth: r < 0.1 ? 'oauth-users' : r < 0.12 ? 'basic-legacy' : undefined,
      rateLimit: this.random.next() < 0.1 ? 'per-user' : undefined,
    };
  }

  /** A route for the next free slot of a host: realistic settings, none of which is a problem. */
  normalRoute(): Route {
    const host = this.pickHost();
    const slot = host.slots.next();
    const methods = slot.methods;
    const writes = methods?.some((m) => m === 'POST' || m === 'PUT' || m === 'PATCH') ?? false;
    const idempotent = methods !== undefined && methods.every((m) => m !== 'POST' && m !== 'PATCH');
    const timeout = this.random.next() < 0.4 ? undefined : this.random.pick(['30s', '45s', '60s']);
    const timeoutSeconds = timeout ? Number.parseInt(timeout, 10) : DEFAULT_TIMEOUT_SECONDS;
    const attempts = this.random.pick([2, 3]);
    const { auth, cors, rateLimit } = this.policies(slot);
    return {
      name: `${host.tag}-${slot.namespace}-${slot.operation}`,
      host: host.name,
      paths: [pathOf(slot)],
      methods,
      upstream: this.upstreamFor(host, slot),
      priority: this.random.next() < 0.02 ? 5 : undefined,
      timeout,
      retries: idempotent && this.random.next() < 0.25 ? { attempts, perTryTimeout: `${Math.floor(timeoutSeconds / attempts)}s` } : undefined,
      auth,
      cors,
      rateLimit,
      maxBodySize: writes && this.random.next() < 0.3 ? this.random.pick(['512KB', '2MB', '5MB']) : undefined,
      contentTypes: writes && this.random.next() < 0.5 ? ['application/json'] : undefined,
      stripPrefix: host.kind === 'exact' && this.random.next() < 0.1 ? `/${slot.namespace}` : undefined,
    };
  }
}

/**
 * A catch-all and the three routes it shadows, in declaration order. Three variants: a `/**`
 * prefix on one host, a `{proxy+}` on a wildcard host covering a service host, and a `/**` with a
 * methods list on any host covering service, wildcard and any-host routes.
 */
function plantedShadowing(k: number, generator: Generator): Route[] {
  const hosts = generator.exact;
  const resource = `legacy-${k}`;
  const tag = `legacy-${k}`;
  const route = (name: string, host: string | undefined, p: string, methods: string[] | undefined, upstreamName: string): Route => ({
    name: `${tag}-${name}`,
    host,
    paths: [p],
    methods,
    upstream: generator.useUpstream(upstreamName),
  });
  const svc = hosts[k % hosts.length]!;
  const other = hosts[(k * 7 + 3) % hosts.length]!;
  switch (k % 3) {
    case 0:
      return [
        route('catch-all', svc.name, `/v1/${resource}/**`, undefined, `${svc.tag}-api`),
        route('list-records', svc.name, `/v1/${resource}`, ['GET'], `${svc.tag}-api`),
        route('get-record', svc.name, `/v1/${resource}/{recordId}`, ['GET', 'HEAD'], `${svc.tag}-api`),
        route('add-record-note', svc.name, `/v1/${resource}/{recordId}/notes`, ['POST'], `${svc.tag}-api`),
      ];
    case 1:
      return [
        route('proxy', '*.example.com', `/v2/${resource}/{proxy+}`, undefined, 'tenants-api'),
        route('get-record', other.name, `/v2/${resource}/{recordId}`, ['GET'], `${other.tag}-api`),
        route('update-record', other.name, `/v2/${resource}/{recordId}`, ['PUT', 'PATCH'], `${other.tag}-api`),
        route('get-record-version', other.name, `/v2/${resource}/{recordId}/versions/{versionId}`, ['GET'], `${other.tag}-api`),
      ];
    default:
      return [
        route('catch-all', undefined, `/v3/${resource}/**`, ['GET', 'POST', 'PUT', 'DELETE'], 'edge-tools'),
        route('list-records', other.name, `/v3/${resource}`, ['GET'], `${other.tag}-api`),
        route('create-record', undefined, `/v3/${resource}`, ['POST'], 'edge-tools'),
        route('delete-record-attachment', '*.example.com', `/v3/${resource}/{recordId}/attachments/{attachmentId}`, ['DELETE'], 'tenants-api'),
      ];
  }
}

function section(key: string, entries: ReadonlyMap<string, Mapping>): string {
  return `${key}:\n${[...entries].map(([name, value]) => `  ${name}:\n${mapping(value, 4)}`).join('')}`;
}

/** The definitions some route, or the gateway defaults, refers to under `key`. */
function used(all: ReadonlyMap<string, Mapping>, routes: readonly Route[], key: 'upstream' | 'auth' | 'cors' | 'rateLimit'): Map<string, Mapping> {
  const defaults = GATEWAY['defaults'] as Mapping;
  const names = new Set<unknown>([defaults[key], ...routes.map((route) => route[key])]);
  return new Map([...all].filter(([name]) => names.has(name)));
}

export interface GenerateOptions {
  readonly routes: number;
  readonly seed?: number;
  /** Where to write; a new folder under the OS temp folder when absent. */
  readonly dir?: string;
}

export function generateConfig(options: GenerateOptions): GeneratedConfig {
  const total = options.routes;
  const catchAlls = perTenThousand(total, 10);
  const corsPlants = perTenThousand(total, 5);
  const gapPlants = perTenThousand(total, 10);
  const normalCount = total - catchAlls * (1 + SHADOWED_PER_CATCH_ALL);
  if (normalCount < gapPlants + corsPlants) throw new Error(`too few routes to plant the findings: ${total}`);

  const generator = new Generator(total, options.seed ?? 20_251_125);
  const keyed: { key: number; route: Route }[] = [];
  const normals: Route[] = [];
  for (let i = 0; i < normalCount; i++) {
    const route = generator.normalRoute();
    normals.push(route);
    keyed.push({ key: i, route });
  }

  // Timeout gaps: half with a short own timeout, half inheriting the 60s default on a 90s upstream.
  for (let g = 0; g < gapPlants; g++) {
    const index = Math.floor(((g + 0.5) * normalCount) / gapPlants);
    const route = normals[index]!;
    const planted: Route =
      g % 2 === 0
        ? { ...route, timeout: '2s', retries: undefined }
        : { ...route, timeout: undefined, retries: undefined, upstream: generator.useUpstream(SLOW_UPSTREAM) };
    normals[index] = planted;
    keyed[index] = { key: index, route: planted };
  }

  // Wildcard-with-credentials CORS policies, each used by one route.
  const plantedCors = new Map<string, Mapping>();
  for (let w = 0; w < corsPlants; w++) {
    const name = `open-cors-${w}`;
    plantedCors.set(name, wildcardCredentialsPolicy());
    const index = Math.floor(((w + 0.25) * normalCount) / corsPlants);
    keyed[index] = { key: index, route: { ...keyed[index]!.route, cors: name } };
  }

  // Catch-alls, spread over the files; the routes they shadow follow later, some in later files.
  const spacing = normalCount / catchAlls;
  for (let k = 0; k < catchAlls; k++) {
    plantedShadowing(k, generator).forEach((route, j) => {
      const at = Math.floor(k * spacing + spacing * (0.05 + 0.3 * j));
      keyed.push({ key: at - 0.5 + j * 1e-3, route });
    });
  }
  keyed.sort((a, b) => a.key - b.key);
  const routes = keyed.map((entry) => entry.route);

  const dir = options.dir ?? mkdtempSync(path.join(tmpdir(), 'gwlint-bench-'));
  const files = new Map<string, string>();
  const perFile = Math.ceil(routes.length / ROUTE_FILES);
  for (let f = 0; f < ROUTE_FILES; f++) {
    const chunk = routes.slice(f * perFile, (f + 1) * perFile);
    const name = `routes-${String(f).padStart(2, '0')}.yaml`;
    files.set(name, `# Generated by gwlint's benchmark: ${chunk.length} routes.\nroutes:\n${chunk.map((route) => sequenceItem(route, 2)).join('')}`);
  }
  const catalogue = (record: Record<string, Mapping>): Map<string, Mapping> => new Map(Object.entries(record));
  files.set('upstreams.yaml', section('upstreams', used(generator.upstreams, routes, 'upstream')));
  files.set(
    'policies.yaml',
    [
      section('corsPolicies', used(new Map([...catalogue(CORS_POLICIES), ...plantedCors]), routes, 'cors')),
      section('rateLimits', used(catalogue(RATE_LIMITS), routes, 'rateLimit')),
      section('authPolicies', used(catalogue(AUTH_POLICIES), routes, 'auth')),
    ].join('\n'),
  );
  files.set('gateway.yaml', `gateway:\n${mapping(GATEWAY, 2)}`);

  let byteCount = 0;
  for (const [name, text] of files) {
    writeFileSync(path.join(dir, name), text);
    byteCount += Buffer.byteLength(text);
  }
  return {
    dir,
    fileCount: files.size,
    byteCount,
    routeCount: routes.length,
    hostCount: generator.hostCount,
    expected: {
      'shadowed-route': catchAlls * SHADOWED_PER_CATCH_ALL,
      'cors-wildcard-credentials': corsPlants,
      'timeout-upstream-gap': gapPlants,
    },
  };
}
