/**
 * gwlint's native format for the differential checker: random route files and a reference router
 * written from docs/format.md ("How routes match"), independent of gwlint's trie.
 *
 * Reference semantics: routes are tried by `priority` (higher first), then in declaration order;
 * the first route whose host, method and path all match wins. Hosts: none = any,
 * `*.example.com` = one or more labels in front. Paths: literal segments; `{p}` and `*` one
 * non-empty segment; a trailing `/**` zero or more segments (`/v1/**` matches `/v1`, `/v1/`,
 * `/v1/a/b`); `{proxy+}` one or more segments. `trailingSlash: ignore` makes `/a` and `/a/` the
 * same path (both the route's and the request's trailing slash are dropped).
 */
import { candidateRequests, concreteHosts, hostMatches, list, q, type DialectHarness, type Reference, type Request, type Rng } from './differential-harness.js';

export interface NativeRoute {
  readonly name: string;
  readonly hosts?: readonly string[];
  readonly methods?: readonly string[];
  readonly paths: readonly string[];
  readonly priority?: number;
}

export interface NativeTable {
  readonly trailingSlash: 'strict' | 'ignore';
  readonly routes: readonly NativeRoute[];
}

const SEGMENTS = ['a', 'b', 'v1', '{p}', '*'];
const HOSTS = ['a.example.com', 'b.example.com', '*.example.com', '*.a.example.com'];
const METHODS = ['GET', 'POST', 'PUT'];

function randomPattern(random: Rng): string {
  const roll = random.next();
  if (roll < 0.05) return '/**';
  if (roll < 0.1) return '/';
  const parts = Array.from({ length: random.int(1, 3) }, (_, i) => {
    const segment = random.pick(SEGMENTS);
    return segment === '{p}' ? `{p${i}}` : segment;
  });
  const tail = random.next();
  if (tail < 0.18) parts.push('**');
  else if (tail < 0.28) parts.push('{rest+}');
  else if (tail < 0.38) parts.push('');
  return `/${parts.join('/')}`;
}

function generate(random: Rng): NativeTable {
  const routes: NativeRoute[] = [];
  for (let i = random.int(2, 5); i > 0; i--) {
    const paths = new Set<string>();
    for (let n = random.int(1, 2); paths.size < n; ) paths.add(randomPattern(random));
    routes.push({
      name: `r${routes.length}`,
      hosts: random.chance(0.35) ? random.some(HOSTS, 1, 2) : undefined,
      methods: random.chance(0.35) ? random.some(METHODS, 1, 2) : undefined,
      paths: [...paths],
      priority: random.chance(0.25) ? random.int(0, 2) : undefined,
    });
  }
  return { trailingSlash: random.chance(0.5) ? 'ignore' : 'strict', routes };
}

function files(table: NativeTable): Record<string, string> {
  const lines = ['gateway:', `  trailingSlash: ${table.trailingSlash}`, 'upstreams:', '  u:', '    url: http://u.internal', 'routes:'];
  for (const route of table.routes) {
    lines.push(`  - name: ${route.name}`);
    if (route.hosts) lines.push(`    hosts: ${list(route.hosts)}`);
    if (route.methods) lines.push(`    methods: ${list(route.methods)}`);
    lines.push(`    paths: ${list(route.paths)}`);
    if (route.priority !== undefined) lines.push(`    priority: ${route.priority}`);
    lines.push(`    upstream: ${q('u')}`);
  }
  return { 'gateway.yaml': `${lines.join('\n')}\n` };
}

// ---- the reference router ----------------------------------------------------------------------

interface Pattern {
  /** A literal segment, or undefined for one non-empty segment. */
  readonly segments: readonly (string | undefined)[];
  readonly rest: boolean;
}

function parse(raw: string, ignore: boolean): Pattern {
  const parts = raw.slice(1).split('/');
  let rest = false;
  const last = parts[parts.length - 1]!;
  if (last === '**') {
    parts.pop();
    rest = true;
  } else if (/^\{.*\+\}$/.test(last)) {
    parts[parts.length - 1] = '{p}';
    rest = true;
  } else if (ignore && parts.length > 1 && last === '') {
    parts.pop();
  }
  return { segments: parts.map((part) => (part === '*' || /^\{.*\}$/.test(part) ? undefined : part)), rest };
}

function patternMatches(pattern: Pattern, path: string, ignore: boolean): boolean {
  const normal = ignore && path.length > 1 && path.endsWith('/') ? path.slice(0, -1) : path;
  const parts = normal.slice(1).split('/');
  const { segments, rest } = pattern;
  if (rest ? parts.length < segments.length : parts.length !== segments.length) return false;
  return segments.every((segment, i) => (segment === undefined ? parts[i] !== '' : parts[i] === segment));
}

export function nativeReference(table: NativeTable): Reference {
  const ignore = table.trailingSlash === 'ignore';
  const ordered = table.routes
    .map((route, order) => ({ route, order, patterns: route.paths.map((raw) => parse(raw, ignore)) }))
    .sort((a, b) => (b.route.priority ?? 0) - (a.route.priority ?? 0) || a.order - b.order);
  const routeMatches = (route: NativeRoute, request: Request): boolean =>
    (!route.hosts || route.hosts.some((host) => hostMatches(host, request.host))) && (!route.methods || route.methods.includes(request.method));
  /** Per request path, per route in `ordered`, which of its patterns match. */
  const pathCache = new Map<string, boolean[][]>();
  const pathMatrix = (path: string): boolean[][] => {
    let matrix = pathCache.get(path);
    if (!matrix) pathCache.set(path, (matrix = ordered.map(({ patterns }) => patterns.map((pattern) => patternMatches(pattern, path, ignore)))));
    return matrix;
  };
  return {
    routes: table.routes.map((route) => ({ name: route.name, pathLabels: route.paths, hostKeys: route.hosts ?? [''] })),
    winners(request) {
      const matrix = pathMatrix(request.path);
      for (let i = 0; i < ordered.length; i++) {
        const { route } = ordered[i]!;
        if (!matrix[i]!.includes(true) || !routeMatches(route, request)) continue;
        return matrix[i]!.flatMap((matches, path) => (matches ? [{ route: route.name, path }] : []));
      }
      return [];
    },
    matchesVia(name, path, request) {
      const i = ordered.findIndex((e) => e.route.name === name);
      return pathMatrix(request.path)[i]![path]! && routeMatches(ordered[i]!.route, request);
    },
    hostInKey: hostMatches,
  };
}

function requests(table: NativeTable): Request[] {
  const bases = new Set<string>(['/']);
  const hosts = new Set<string>(['zz.test', 'example.com']);
  const methods = new Set<string>(['GET', 'DELETE']);
  for (const route of table.routes) {
    for (const path of route.paths) {
      for (const filler of ['1', 'zz']) {
        bases.add(path.replace(/\/\*\*$/, '').replace(/\{[^}]*\}|\*/g, filler) || '/');
      }
    }
    for (const host of route.hosts ?? []) for (const concrete of concreteHosts(host)) hosts.add(concrete);
    for (const method of route.methods ?? []) methods.add(method);
  }
  return candidateRequests({ bases, hosts, methods });
}

function shrink(table: NativeTable): NativeTable[] {
  const out: NativeTable[] = [];
  if (table.trailingSlash === 'ignore') out.push({ ...table, trailingSlash: 'strict' });
  const replace = (index: number, route: NativeRoute | undefined): NativeTable => ({
    ...table,
    routes: route ? table.routes.map((r, i) => (i === index ? route : r)) : table.routes.filter((_, i) => i !== index),
  });
  table.routes.forEach((route, index) => {
    out.push(replace(index, undefined));
    if (route.paths.length > 1) route.paths.forEach((_, p) => out.push(replace(index, { ...route, paths: route.paths.filter((__, i) => i !== p) })));
    if (route.hosts) out.push(replace(index, { ...route, hosts: undefined }));
    if (route.hosts && route.hosts.length > 1) route.hosts.forEach((_, h) => out.push(replace(index, { ...route, hosts: route.hosts!.filter((__, i) => i !== h) })));
    if (route.methods) out.push(replace(index, { ...route, methods: undefined }));
    if (route.methods && route.methods.length > 1) route.methods.forEach((_, m) => out.push(replace(index, { ...route, methods: route.methods!.filter((__, i) => i !== m) })));
    if (route.priority !== undefined) out.push(replace(index, { ...route, priority: undefined }));
  });
  return out;
}

export const nativeHarness: DialectHarness<NativeTable> = { name: 'native', generate, shrink, files, reference: nativeReference, requests };
