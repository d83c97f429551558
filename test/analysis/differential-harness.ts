/**
 * Differential checking of gwlint's routing verdicts (`shadowed-route`, `duplicate-route`)
 * against small, independent reference routers written from each gateway's documented precedence.
 *
 * A dialect harness generates random route tables (seeded), writes them as real files in the
 * gateway's own format, and gives a reference router that says, for one concrete request, which
 * route(s) the gateway may pick. `checkTable` lints the files in-process and holds every verdict
 * against the reference over a set of candidate requests built from the table:
 *
 * - "unreachable" (error): no candidate request may reach the route;
 * - "path never reached" / "never receives …" (warnings): the stated requests never reach that
 *   path of the route;
 * - "a request for the path … itself goes to …" (warning): the witness does not reach that path;
 * - `duplicate-route`: the two routes match exactly the same candidate requests on the stated
 *   hosts and methods.
 *
 * "May pick": when the configuration does not decide between routes (Kong breaks equal
 * priorities by route id; the Gateway API by creation time the manifests may not give), every
 * route of the tie may get the request, so a verdict that one of them is unreachable is wrong.
 *
 * Verdicts gwlint hedges itself ("found by example") are checked too, but their contradictions
 * are soft (counted, not failures). Routes the reference never reaches but gwlint does not
 * report are false negatives, also only counted.
 */
import type { Finding } from '../../src/engine/finding.js';
import { lintText } from '../helpers/lint-text.js';

// ---- random numbers -------------------------------------------------------------------------

export interface Rng {
  next(): number;
  int(lo: number, hi: number): number;
  chance(p: number): boolean;
  pick<T>(items: readonly T[]): T;
  some<T>(items: readonly T[], min: number, max: number): T[];
}

/** mulberry32: small, fast and the same everywhere. */
export function rng(seed: number): Rng {
  let a = seed >>> 0;
  const next = (): number => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (lo: number, hi: number): number => lo + Math.floor(next() * (hi - lo + 1));
  return {
    next,
    int,
    chance: (p) => next() < p,
    pick: (items) => items[Math.floor(next() * items.length)]!,
    some(items, min, max) {
      const count = Math.min(items.length, int(min, max));
      const pool = [...items];
      const out: (typeof items)[number][] = [];
      while (out.length < count) out.push(pool.splice(Math.floor(next() * pool.length), 1)[0]!);
      return out;
    },
  };
}

// ---- requests and the reference interface ------------------------------------------------------

export interface Request {
  readonly host: string;
  readonly method: string;
  readonly path: string;
  readonly headers: Readonly<Record<string, string>>;
  readonly query: Readonly<Record<string, string>>;
}

/** One path (Kong, native) or match (Gateway API) of one route. */
export interface EntryRef {
  readonly route: string;
  readonly path: number;
}

export interface RefRoute {
  readonly name: string;
  /** How gwlint's messages show each path (`RoutePath.value`). */
  readonly pathLabels: readonly string[];
  /** Host keys as gwlint's messages show them; [''] for any host. */
  readonly hostKeys: readonly string[];
}

export interface Reference {
  readonly routes: readonly RefRoute[];
  /** Every entry the gateway may send the request to (more than one only on an undecided tie). */
  winners(request: Request): readonly EntryRef[];
  /** Whether the request matches the route through that path (hosts, methods, headers… included). */
  matchesVia(route: string, path: number, request: Request): boolean;
  /** Whether a request host falls under a host key ('' = any host, `*.x` = under x). */
  hostInKey(key: string, host: string): boolean;
}

/** Host-name matching shared by the dialects: exact, `*.suffix` (one or more labels), `prefix.*` (Kong). */
export function hostMatches(pattern: string, host: string): boolean {
  if (pattern === '') return true;
  if (pattern.startsWith('*')) return host.endsWith(pattern.slice(1)) && host.length > pattern.length - 1;
  if (pattern.endsWith('*')) return host.startsWith(pattern.slice(0, -1)) && host.length > pattern.length - 1;
  return host === pattern;
}

/** Concrete hosts for a host pattern: the host itself, or names under a wildcard. */
export function concreteHosts(pattern: string): string[] {
  if (pattern === '') return [];
  if (pattern.startsWith('*.')) return [`w.${pattern.slice(2)}`, `w.v.${pattern.slice(2)}`];
  if (pattern.endsWith('.*')) return [`${pattern.slice(0, -2)}.org`];
  return [pattern];
}

/** Suffixes appended to every base path to build candidate request paths. */
export const SUFFIXES = ['', '/', 'x', '/x', '/1', '/zz', '/x/y', '1', 'b', '/b', '/a', '/1/'];

export interface CandidateSpec {
  readonly bases: Iterable<string>;
  readonly hosts: Iterable<string>;
  readonly methods: Iterable<string>;
  /** Header and query parameter sets to send (each with every path, host and method); none is always sent. */
  readonly variants?: readonly { readonly headers?: Record<string, string>; readonly query?: Record<string, string> }[];
}

export function candidateRequests(spec: CandidateSpec): Request[] {
  const paths = new Set<string>();
  for (const base of spec.bases) {
    for (const suffix of SUFFIXES) {
      const path = base === '/' && suffix.startsWith('/') ? suffix : `${base}${suffix}`;
      if (path.startsWith('/') && !path.includes('//')) paths.add(path);
    }
  }
  const hosts = [...new Set(spec.hosts)];
  const methods = [...new Set(spec.methods)];
  const variants = new Map<string, { headers: Record<string, string>; query: Record<string, string> }>();
  for (const { headers = {}, query = {} } of [{}, ...(spec.variants ?? [])]) {
    variants.set(JSON.stringify([Object.entries(headers).sort(), Object.entries(query).sort()]), { headers, query });
  }
  const out: Request[] = [];
  for (const path of paths) {
    for (const host of hosts) {
      for (const method of methods) for (const { headers, query } of variants.values()) out.push({ host, method, path, headers, query });
    }
  }
  return out;
}

export function describe(request: Request): string {
  const headers = Object.entries(request.headers).map(([k, v]) => ` ${k}: ${v}`);
  const query = Object.entries(request.query).map(([k, v]) => `${k}=${v}`);
  return `${request.method} ${request.host}${request.path}${query.length > 0 ? `?${query.join('&')}` : ''}${headers.length > 0 ? ` [${headers.join(',').trim()}]` : ''}`;
}

// ---- checking gwlint's findings ------------------------------------------------------------------

export type ViolationKind = 'unreachable' | 'path-never-reached' | 'partial' | 'own-request' | 'duplicate' | 'unparsed';

export interface Violation {
  readonly kind: ViolationKind;
  /** gwlint said it found it by example, or the claim is a side remark: counted, never a failure. */
  readonly soft: boolean;
  readonly route: string;
  readonly message: string;
  readonly evidence: string;
}

export interface TableResult {
  readonly violations: Violation[];
  /** Routes no candidate request reaches, about which gwlint says nothing at all. */
  readonly quietUnreachable: string[];
  readonly requests: number;
  readonly findings: number;
  /** How many verdicts of each kind were checked. */
  readonly checked: Partial<Record<ViolationKind, number>>;
}

const UNREACHABLE = /^Route '(.+?)' is unreachable: '(.+?)' \(/;
const PATH_NEVER = /^Path '(.*?)' of route '(.+?)' is never reached: /;
const PARTIAL = /^Route '(.+?)' never receives (.+?) for '(.*?)': /;
const OWN_REQUEST = /^A request for the path of route '(.+?)' itself, (\S+) (\S+), goes to '(.+?)' /;
const OWN_PREFIX = /; only longer paths under the prefix '(.*?)' reach '/;
const DUPLICATE = /^Route '(.+?)' repeats '(.+?)' \([^)]*\): same path '(.*?)', (.+?) on (.+?)\. /;

function winnersText(winners: readonly EntryRef[], ref: Reference): string {
  if (winners.length === 0) return 'no route (404)';
  return winners.map((w) => `'${w.route}' via '${pathLabel(ref, w)}'`).join(' or ');
}

function pathLabel(ref: Reference, entry: EntryRef): string {
  return ref.routes.find((route) => route.name === entry.route)?.pathLabels[entry.path] ?? '?';
}

export interface CheckOptions {
  /** Extra headers that make a request match a route with header conditions (its own). */
  readonly ownHeaders?: (route: string, path: number) => { headers: Record<string, string>; query: Record<string, string> };
  /** The host a witness with no host (any host) is sent with. */
  readonly anyHost?: string;
}

export function checkTable(files: Record<string, string>, ref: Reference, requests: readonly Request[], options: CheckOptions = {}): TableResult {
  const findings = lintText(files).filter((f) => f.ruleId === 'shadowed-route' || f.ruleId === 'duplicate-route');
  return checkFindings(findings, ref, requests, options);
}

export function checkFindings(findings: readonly Finding[], ref: Reference, requests: readonly Request[], options: CheckOptions = {}): TableResult {
  const violations: Violation[] = [];
  // Requests are asked about many times (once per verdict, once for the false negatives): by index.
  const winnerCache: (readonly EntryRef[] | undefined)[] = new Array(requests.length);
  const indexOf = new Map<Request, number>(requests.map((request, i) => [request, i]));
  const winners = (request: Request): readonly EntryRef[] => {
    const i = indexOf.get(request);
    if (i === undefined) return ref.winners(request);
    return (winnerCache[i] ??= ref.winners(request));
  };
  const routeOf = (name: string): RefRoute | undefined => ref.routes.find((route) => route.name === name);
  const reportedUnreachable = new Set<string>();
  // Any verdict on a route (a duplicate, a lost path) means gwlint did not stay quiet about it.
  for (const finding of findings) {
    const named = /^(?:Route|Path '.*?' of route|A request for the path of route) '(.+?)'/.exec(finding.message);
    if (named) reportedUnreachable.add(named[1]!);
  }
  const checked: Partial<Record<ViolationKind, number>> = {};
  const count = (kind: ViolationKind): void => {
    checked[kind] = (checked[kind] ?? 0) + 1;
  };
  const violate = (kind: ViolationKind, soft: boolean, route: string, finding: Finding, evidence: string): void => {
    violations.push({ kind, soft, route, message: finding.message, evidence });
  };

  for (const finding of findings) {
    const message = finding.message;
    let m: RegExpExecArray | null;
    if (finding.ruleId === 'shadowed-route' && (m = UNREACHABLE.exec(message))) {
      const name = m[1]!;
      count('unreachable');
      reportedUnreachable.add(name);
      const reached = requests.find((request) => winners(request).some((w) => w.route === name));
      if (reached) violate('unreachable', false, name, finding, `${describe(reached)} goes to ${winnersText(winners(reached), ref)}`);
    } else if (finding.ruleId === 'shadowed-route' && (m = PATH_NEVER.exec(message))) {
      const [, label, name] = m as unknown as [string, string, string];
      count('path-never-reached');
      const byExample = message.includes('(found by example');
      const path = routeOf(name)?.pathLabels.indexOf(label) ?? -1;
      if (path < 0) {
        violate('unparsed', false, name, finding, `no path '${label}' on route '${name}'`);
        continue;
      }
      const reached = requests.find((request) => ref.matchesVia(name, path, request) && winners(request).some((w) => w.route === name && w.path === path));
      if (reached) violate('path-never-reached', byExample, name, finding, `${describe(reached)} goes to ${winnersText(winners(reached), ref)}`);
    } else if (finding.ruleId === 'shadowed-route' && (m = PARTIAL.exec(message))) {
      const [, name, lost, label] = m as unknown as [string, string, string, string];
      count('partial');
      const byExample = message.includes('(found by example');
      const route = routeOf(name);
      const path = route?.pathLabels.indexOf(label) ?? -1;
      if (!route || path < 0) {
        violate('unparsed', false, name, finding, `no path '${label}' on route '${name}'`);
        continue;
      }
      const units = lost.split('; ').map((part) => {
        const on = / on (\S+)$/.exec(part);
        const what = on ? part.slice(0, on.index) : part;
        return { methods: what === 'all requests' ? undefined : what.split(', '), host: on?.[1] };
      });
      const inUnit = (request: Request): boolean =>
        units.some(
          (unit) =>
            (!unit.methods || unit.methods.includes(request.method)) &&
            (unit.host === undefined ? route.hostKeys.some((key) => ref.hostInKey(key, request.host)) : ref.hostInKey(unit.host, request.host)),
        );
      const reached = requests.find(
        (request) => inUnit(request) && ref.matchesVia(name, path, request) && winners(request).some((w) => w.route === name && w.path === path),
      );
      if (reached) violate('partial', byExample, name, finding, `${describe(reached)} goes to ${winnersText(winners(reached), ref)}`);
    } else if (finding.ruleId === 'shadowed-route' && (m = OWN_REQUEST.exec(message))) {
      const [, name, method, hostAndPath] = m as unknown as [string, string, string, string];
      count('own-request');
      const slash = hostAndPath.indexOf('/');
      const host = hostAndPath.slice(0, slash) || options.anyHost || 'unlisted.test';
      const label = OWN_PREFIX.exec(message)?.[1];
      const route = routeOf(name);
      const path = label === undefined ? -1 : (route?.pathLabels.indexOf(label) ?? -1);
      if (!route || path < 0) {
        violate('unparsed', false, name, finding, `no path '${label}' on route '${name}'`);
        continue;
      }
      const request: Request = { host, method, path: hostAndPath.slice(slash), ...(options.ownHeaders?.(name, path) ?? { headers: {}, query: {} }) };
      if (!ref.matchesVia(name, path, request)) {
        violate('own-request', true, name, finding, `the witness ${describe(request)} does not match '${name}' through '${label}'`);
        continue;
      }
      const got = winners(request);
      if (got.some((w) => w.route === name && w.path === path)) violate('own-request', false, name, finding, `${describe(request)} goes to ${winnersText(got, ref)}`);
    } else if (finding.ruleId === 'duplicate-route' && (m = DUPLICATE.exec(message))) {
      const [, name, twin, label, methodText, hostText] = m as unknown as [string, string, string, string, string, string];
      count('duplicate');
      const route = routeOf(name);
      const other = routeOf(twin);
      const path = route?.pathLabels.indexOf(label) ?? -1;
      if (!route || !other || path < 0) {
        violate('unparsed', false, name, finding, `cannot find '${name}' path '${label}' or '${twin}'`);
        continue;
      }
      const methods = methodText === 'every method' ? undefined : methodText.split(', ');
      const hosts = hostText === 'any host' ? undefined : hostText.split(', ');
      const relevant = requests.filter(
        (request) => (!methods || methods.includes(request.method)) && (!hosts || hosts.some((host) => ref.hostInKey(host, request.host))),
      );
      let firstDifference: string | undefined;
      const same = other.pathLabels.some((_, twinPath) => {
        const differing = relevant.find((request) => ref.matchesVia(name, path, request) !== ref.matchesVia(twin, twinPath, request));
        if (differing && firstDifference === undefined) {
          firstDifference = `${describe(differing)} matches ${ref.matchesVia(name, path, differing) ? `'${name}' only` : `'${twin}' only`}`;
        }
        return differing === undefined;
      });
      if (!same) violate('duplicate', false, name, finding, firstDifference ?? 'no path of the twin');
    } else {
      violate('unparsed', false, '?', finding, 'message not understood by the differential checker');
    }
  }

  const quietUnreachable = ref.routes
    .filter((route) => !reportedUnreachable.has(route.name) && !requests.some((request) => winners(request).some((w) => w.route === route.name)))
    .map((route) => route.name);
  return { violations, quietUnreachable, requests: requests.length, findings: findings.length, checked };
}

// ---- running a dialect ---------------------------------------------------------------------------

export interface DialectHarness<T> {
  readonly name: string;
  generate(random: Rng): T;
  /** Smaller tables, for minimising a failing one. */
  shrink(table: T): T[];
  files(table: T): Record<string, string>;
  reference(table: T): Reference;
  requests(table: T): Request[];
  options?(table: T): CheckOptions;
}

export interface Failure<T> {
  readonly seed: number;
  readonly table: T;
  readonly violation: Violation;
}

export interface RunSummary<T> {
  readonly tables: number;
  readonly requests: number;
  readonly findings: number;
  readonly hard: Failure<T>[];
  readonly soft: Failure<T>[];
  readonly quietUnreachable: number;
  readonly quietSamples: string[];
  readonly checked: Partial<Record<ViolationKind, number>>;
}

export function runTable<T>(harness: DialectHarness<T>, table: T): TableResult {
  return checkTable(harness.files(table), harness.reference(table), harness.requests(table), harness.options?.(table));
}

export function runDialect<T>(harness: DialectHarness<T>, seeds: readonly number[], known: (v: Violation, table: T) => string | undefined = () => undefined): RunSummary<T> & { known: Map<string, number> } {
  const hard: Failure<T>[] = [];
  const soft: Failure<T>[] = [];
  const known_ = new Map<string, number>();
  let requests = 0;
  let findings = 0;
  let quiet = 0;
  const quietSamples: string[] = [];
  const checked: Partial<Record<ViolationKind, number>> = {};
  for (const seed of seeds) {
    const table = harness.generate(rng(seed));
    const result = runTable(harness, table);
    requests += result.requests;
    findings += result.findings;
    for (const [kind, n] of Object.entries(result.checked)) checked[kind as ViolationKind] = (checked[kind as ViolationKind] ?? 0) + n;
    quiet += result.quietUnreachable.length;
    if (result.quietUnreachable.length > 0 && quietSamples.length < 5) quietSamples.push(`seed ${seed}: ${result.quietUnreachable.join(', ')}`);
    for (const violation of result.violations) {
      const bug = violation.soft ? undefined : known(violation, table);
      if (bug) known_.set(bug, (known_.get(bug) ?? 0) + 1);
      else (violation.soft ? soft : hard).push({ seed, table, violation });
    }
  }
  return { tables: seeds.length, requests, findings, hard, soft, quietUnreachable: quiet, quietSamples, checked, known: known_ };
}

/** Greedily shrinks a table while some violation of the same kind (and hardness) remains. */
export function minimise<T>(harness: DialectHarness<T>, table: T, keep: (v: Violation) => boolean): T {
  let current = table;
  for (let progress = true; progress; ) {
    progress = false;
    for (const smaller of harness.shrink(current)) {
      let result: TableResult;
      try {
        result = runTable(harness, smaller);
      } catch {
        continue;
      }
      if (result.violations.some(keep)) {
        current = smaller;
        progress = true;
        break;
      }
    }
  }
  return current;
}

export function seeds(from: number, count: number): number[] {
  return Array.from({ length: count }, (_, i) => from + i);
}

/** JSON strings are YAML double-quoted scalars: every value is written quoted. */
export const q = (value: string): string => JSON.stringify(value);
export const list = (values: readonly string[]): string => `[${values.map(q).join(', ')}]`;

/** A compact account of a failure for a report or a test message. */
export function explainFailure<T>(harness: DialectHarness<T>, failure: Failure<T>, minimal?: T): string {
  const table = minimal ?? failure.table;
  const files = harness.files(table);
  const again = minimal ? runTable(harness, minimal).violations.find((v) => v.kind === failure.violation.kind) ?? failure.violation : failure.violation;
  return [
    `${harness.name} seed ${failure.seed}: ${again.kind}${again.soft ? ' (soft)' : ''} on '${again.route}'`,
    `  gwlint: ${again.message}`,
    `  reference: ${again.evidence}`,
    ...Object.entries(files).map(([name, text]) => `  --- ${name}\n${text.replace(/^/gm, '  | ')}`),
  ].join('\n');
}
