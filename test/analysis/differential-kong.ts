/**
 * Kong 3.x (decK `_format_version: "3.0"`, the default `traditional_compatible` router) for the
 * differential checker: random decK files and a reference router written from Kong's own
 * documentation and router source, independent of gwlint's model.
 *
 * Reference semantics (kong/router/transform.lua `get_expression`, `get_priority`,
 * `split_routes_and_services_by_path`; docs "Proxying with Kong: Matching priorities"):
 * - a route is split into one matcher per group of paths: all regex paths together, plain paths
 *   by length; each matcher gets a priority, highest first, compared field by field:
 *   1. match weight: how many of methods, hosts, headers, snis, paths are set;
 *   2. plain hosts only (`hosts` set and no `*` in any);
 *   3. number of header names;
 *   4. a regex path group before a plain one;
 *   5. `regex_priority` (regex groups only);
 *   6. the plain path length;
 *   equal priorities are ordered by route id (a uuid decK/Kong generates): undecided here;
 * - a plain path is a string prefix (`http.path ^= "/api"`); a `~` path is a regex with `^` put in
 *   front of it (`http.path ~ "^…"`, searched anywhere): so in `~/ab|/x` only the first
 *   alternative is anchored;
 * - `*.example.com` is a postfix match (`http.host =^ ".example.com"`, one or more labels),
 *   `api.*` a prefix match; header values compare case-insensitively; methods exactly.
 */
import {
  candidateRequests,
  concreteHosts,
  hostMatches,
  list,
  q,
  type DialectHarness,
  type EntryRef,
  type Reference,
  type Request,
  type Rng,
} from './differential-harness.js';

export interface KongRoute {
  readonly name: string;
  readonly hosts?: readonly string[];
  readonly methods?: readonly string[];
  readonly paths?: readonly string[];
  readonly headers?: readonly (readonly [string, readonly string[]])[];
  readonly regexPriority?: number;
}

export interface KongTable {
  readonly routes: readonly KongRoute[];
}

const PLAIN = ['/', '/a', '/a/', '/ab', '/abc', '/a/b', '/a/b/', '/b', '/v1', '/v1/a', '/a/1'];
/** Regex pieces with strings each one matches (the reference's own examples, not gwlint's). */
export const REGEX_STARTS: readonly (readonly [string, readonly string[]])[] = [
  ['/a', ['/a']],
  ['/ab', ['/ab']],
  ['/a/b', ['/a/b']],
  ['/v1', ['/v1']],
  ['/b', ['/b']],
  ['/(a|b)', ['/a', '/b']],
  ['/[ab]', ['/a', '/b']],
  ['/a/(b|1)', ['/a/b', '/a/1']],
];
export const REGEX_TAILS: readonly (readonly [string, readonly string[]])[] = [
  ['', ['']],
  ['$', ['']],
  ['/.*', ['/', '/q', '/q/r']],
  ['.*', ['', 'q', '/q']],
  ['/\\d+', ['/7', '/78']],
  ['/\\d+$', ['/7', '/78']],
  ['/[a-z]+$', ['/q', '/qr']],
  ['(/.*)?$', ['', '/', '/q/r']],
  ['/(x|y)', ['/x', '/y']],
  ['b?', ['', 'b']],
  ['/?$', ['', '/']],
  ['[0-9]*', ['', '7']],
  ['/[^/]+$', ['/q', '/7']],
  ['/\\w+/?$', ['/q', '/q_7/']],
  ['/(?:x|1)+', ['/x', '/1x']],
  ['(/x)?', ['', '/x']],
  ['/.+', ['/q', '/q/r']],
  ['/[a-z0-9]{1,2}$', ['/q', '/q7']],
  ['\\.json$', ['.json']],
  ['x?/?', ['', 'x/']],
  ['b|/x', ['b', '/x']],
  ['/\\p{L}+', ['/q', '/\u00e9']],
  ['(/x.*)?$', ['', '/x', '/xq/r']],
  ['(/|$)', ['', '/']],
  ['(?:/x|$)', ['', '/x']],
  ['/(b|bc)$', ['/b', '/bc']],
  ['x*', ['', 'xx']],
  ['/\\d{2,}', ['/12', '/123']],
  ['/[^a]', ['/b', '/1']],
  ['(/[0-9]+)*$', ['', '/1', '/1/22']],
  ['/?.*', ['', 'q', '/q']],
];
const HOSTS = ['a.example.com', 'b.example.com', '*.example.com', '*.a.example.com', 'x.a.example.com', 'example.com', 'api.*'];
const METHODS = ['GET', 'POST', 'PUT'];

/** Examples of every regex this file generates, by source. */
export const REGEX_EXAMPLES = new Map<string, string[]>();

/** A regex source built from the pieces above; its examples are remembered. */
export function randomRegex(random: Rng): string {
  const [start, starts] = random.pick(REGEX_STARTS);
  const [tail, tails] = random.pick(REGEX_TAILS);
  const source = `${start}${tail}`;
  REGEX_EXAMPLES.set(source, starts.flatMap((a) => tails.map((b) => `${a}${b}`)));
  return source;
}

function generate(random: Rng): KongTable {
  const count = random.int(2, 5);
  const routes: KongRoute[] = [];
  for (let i = 0; i < count; i++) {
    const hosts = random.chance(0.45) ? random.some(HOSTS, 1, 2) : undefined;
    const methods = random.chance(0.4) ? random.some(METHODS, 1, 2) : undefined;
    const headers: [string, string[]][] | undefined = random.chance(0.12)
      ? random.chance(0.7)
        ? [['x-v', random.chance(0.7) ? ['v1'] : ['v1', 'v2']]]
        : [
            ['x-v', ['v1']],
            ['x-w', ['w1']],
          ]
      : undefined;
    let paths: string[] | undefined;
    if (!random.chance(0.1) || (!hosts && !methods && !headers)) {
      const set = new Set<string>();
      const n = random.int(1, 3);
      while (set.size < n) set.add(random.chance(0.35) ? `~${randomRegex(random)}` : random.pick(PLAIN));
      paths = [...set];
    }
    const regexPriority = paths?.some((p) => p.startsWith('~')) && random.chance(0.4) ? random.int(0, 3) : undefined;
    routes.push({ name: `r${i}`, hosts, methods, paths, headers, regexPriority });
  }
  return { routes };
}

function files(table: KongTable): Record<string, string> {
  const lines = ['_format_version: "3.0"', 'services:'];
  const services = [table.routes.filter((_, i) => i % 2 === 0), table.routes.filter((_, i) => i % 2 === 1)];
  services.forEach((routes, index) => {
    if (routes.length === 0) return;
    lines.push(`  - name: s${index}`, `    url: http://s${index}.internal`, '    routes:');
    for (const route of routes) {
      lines.push(`      - name: ${q(route.name)}`);
      if (route.hosts) lines.push(`        hosts: ${list(route.hosts)}`);
      if (route.methods) lines.push(`        methods: ${list(route.methods)}`);
      if (route.paths) lines.push(`        paths: ${list(route.paths)}`);
      if (route.headers) {
        lines.push('        headers:');
        for (const [name, values] of route.headers) lines.push(`          ${name}: ${list(values)}`);
      }
      if (route.regexPriority !== undefined) lines.push(`        regex_priority: ${route.regexPriority}`);
    }
  });
  return { 'kong.yaml': `${lines.join('\n')}\n` };
}

// ---- the reference router ----------------------------------------------------------------------

interface KongEntry {
  readonly route: KongRoute;
  readonly path: number;
  /** undefined: the route has no paths (every path matches). */
  readonly raw: string | undefined;
  readonly regex: RegExp | undefined;
  readonly priority: readonly number[];
}

function pathMatches(entry: KongEntry, path: string): boolean {
  if (entry.raw === undefined) return true;
  return entry.regex ? entry.regex.test(path) : path.startsWith(entry.raw);
}

function routeMatches(route: KongRoute, request: Request): boolean {
  if (route.hosts && !route.hosts.some((host) => hostMatches(host, request.host))) return false;
  if (route.methods && !route.methods.includes(request.method)) return false;
  for (const [name, values] of route.headers ?? []) {
    const got = request.headers[name];
    if (got === undefined || !values.some((value) => value.toLowerCase() === got.toLowerCase())) return false;
  }
  return true;
}

function priorityOf(route: KongRoute, raw: string | undefined): number[] {
  const headerCount = route.headers?.length ?? 0;
  const weight = (route.methods ? 1 : 0) + (route.hosts ? 1 : 0) + (headerCount > 0 ? 1 : 0) + (route.paths ? 1 : 0);
  const plainHostsOnly = route.hosts !== undefined && route.hosts.every((host) => !host.includes('*'));
  const regex = raw?.startsWith('~') ?? false;
  return [weight, plainHostsOnly ? 1 : 0, headerCount, regex ? 1 : 0, regex ? (route.regexPriority ?? 0) : 0, regex || raw === undefined ? 0 : new TextEncoder().encode(raw).length];
}

function compare(a: readonly number[], b: readonly number[]): number {
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return a[i]! - b[i]!;
  return 0;
}

export function kongReference(table: KongTable): Reference {
  const entries: KongEntry[] = [];
  for (const route of table.routes) {
    if (!route.paths) entries.push({ route, path: 0, raw: undefined, regex: undefined, priority: priorityOf(route, undefined) });
    else
      route.paths.forEach((raw, path) =>
        entries.push({ route, path, raw, regex: raw.startsWith('~') ? new RegExp(`^${raw.slice(1)}`, 'u') : undefined, priority: priorityOf(route, raw) }),
      );
  }
  const pathCache = new Map<string, boolean[]>();
  const pathVector = (path: string): boolean[] => {
    let vector = pathCache.get(path);
    if (!vector) pathCache.set(path, (vector = entries.map((entry) => pathMatches(entry, path))));
    return vector;
  };
  // Host, method and headers decide per route: cached per headers object, host and method.
  const routeCache = new WeakMap<object, Map<string, boolean[]>>();
  const routeVector = (request: Request): boolean[] => {
    let byKey = routeCache.get(request.headers);
    if (!byKey) routeCache.set(request.headers, (byKey = new Map()));
    const key = `${request.host} ${request.method}`;
    let vector = byKey.get(key);
    if (!vector) byKey.set(key, (vector = entries.map((entry) => routeMatches(entry.route, request))));
    return vector;
  };
  return {
    routes: table.routes.map((route) => ({
      name: route.name,
      // gwlint shows a route without paths as its catch-all path '/'.
      pathLabels: route.paths ?? ['/'],
      hostKeys: route.hosts && route.hosts.every((host) => !host.endsWith('*')) ? route.hosts : [''],
    })),
    winners(request) {
      const vector = pathVector(request.path);
      const routeOk = routeVector(request);
      let best: KongEntry[] = [];
      entries.forEach((entry, index) => {
        if (!vector[index] || !routeOk[index]) return;
        const order = best.length === 0 ? 1 : compare(entry.priority, best[0]!.priority);
        if (order > 0) best = [entry];
        else if (order === 0) best.push(entry);
      });
      return best.map((entry): EntryRef => ({ route: entry.route.name, path: entry.path }));
    },
    matchesVia(name, path, request) {
      const index = entries.findIndex((entry) => entry.route.name === name && entry.path === path);
      return index >= 0 && pathVector(request.path)[index]! && routeMatches(entries[index]!.route, request);
    },
    hostInKey: hostMatches,
  };
}

function literalStart(raw: string): string {
  if (!raw.startsWith('~')) return raw;
  const body = raw.slice(1);
  const stop = body.search(/[\\.[\](){}*+?^$|]/);
  return stop < 0 ? body : body.slice(0, stop);
}

function requests(table: KongTable): Request[] {
  const bases = new Set<string>(['/']);
  const hosts = new Set<string>(['zz.test', 'example.com']);
  const methods = new Set<string>(['GET', 'DELETE']);
  const headerVariants: Record<string, string>[] = [];
  const merged: Record<string, string> = {};
  for (const route of table.routes) {
    for (const path of route.paths ?? []) {
      bases.add(literalStart(path) || '/');
      for (const example of REGEX_EXAMPLES.get(path.slice(1)) ?? []) bases.add(example);
    }
    for (const host of route.hosts ?? []) for (const concrete of concreteHosts(host)) hosts.add(concrete);
    for (const method of route.methods ?? []) methods.add(method);
    if (route.headers) {
      headerVariants.push(Object.fromEntries(route.headers.map(([name, values]) => [name, values[0]!])));
      headerVariants.push(Object.fromEntries(route.headers.map(([name, values]) => [name, values[values.length - 1]!.toUpperCase()])));
      for (const [name, values] of route.headers) merged[name] ??= values[0]!;
    }
  }
  if (Object.keys(merged).length > 0) headerVariants.push(merged);
  return candidateRequests({ bases, hosts, methods, variants: headerVariants.map((headers) => ({ headers })) });
}

function shrink(table: KongTable): KongTable[] {
  const out: KongTable[] = [];
  const replace = (index: number, route: KongRoute | undefined): KongTable => ({
    routes: route ? table.routes.map((r, i) => (i === index ? route : r)) : table.routes.filter((_, i) => i !== index),
  });
  table.routes.forEach((route, index) => {
    out.push(replace(index, undefined));
    const hasOther = (without: keyof KongRoute): boolean =>
      (['hosts', 'methods', 'paths', 'headers'] as const).some((field) => field !== without && route[field] !== undefined);
    if (route.paths && route.paths.length > 1) route.paths.forEach((_, p) => out.push(replace(index, { ...route, paths: route.paths!.filter((__, i) => i !== p) })));
    if (route.paths && hasOther('paths')) out.push(replace(index, { ...route, paths: undefined, regexPriority: undefined }));
    if (route.hosts && route.hosts.length > 1) route.hosts.forEach((_, h) => out.push(replace(index, { ...route, hosts: route.hosts!.filter((__, i) => i !== h) })));
    if (route.hosts && hasOther('hosts')) out.push(replace(index, { ...route, hosts: undefined }));
    if (route.methods && route.methods.length > 1) route.methods.forEach((_, m) => out.push(replace(index, { ...route, methods: route.methods!.filter((__, i) => i !== m) })));
    if (route.methods && hasOther('methods')) out.push(replace(index, { ...route, methods: undefined }));
    if (route.headers && hasOther('headers')) out.push(replace(index, { ...route, headers: undefined }));
    if (route.regexPriority !== undefined) out.push(replace(index, { ...route, regexPriority: undefined }));
  });
  return out;
}

export const kongHarness: DialectHarness<KongTable> = {
  name: 'Kong 3.x',
  generate,
  shrink,
  files,
  reference: kongReference,
  requests,
  options: (table) => ({
    ownHeaders: (name) => {
      const route = table.routes.find((r) => r.name === name);
      return { headers: Object.fromEntries((route?.headers ?? []).map(([header, values]) => [header, values[0]!])), query: {} };
    },
  }),
};
