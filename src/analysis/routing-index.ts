/**
 * An index of route paths that answers "which earlier path matches every request this path
 * matches?" without comparing every pair of routes.
 *
 * Why it is sub-quadratic: paths live in a segment trie, one trie per host key (exact host,
 * wildcard suffix, or any host). A query walks only the trie branches that can cover the queried
 * pattern: for each of its segments at most two children (the same literal, and the one-segment
 * parameter branch), and it visits only the host tries that can cover its host (the host itself,
 * each wildcard suffix of it, and "any host"). Each trie node keeps, per method, only the
 * *earliest* path that ends there, because paths are inserted in the order the gateway tries
 * them: a query therefore costs O(hosts × labels × 2^params × methods), independent of how many
 * routes the configuration holds, and the whole analysis is O(routes) such queries.
 *
 * String prefixes (Kong, Envoy `prefix`) sit beside the trie in a map from prefix to coverage:
 * a path is covered by a stored prefix exactly when one of its own leading substrings is stored,
 * so a query looks up each leading substring of its fixed start — O(path length). Regexes are few
 * in real configurations and are tried one by one with gwlint's bounded engine.
 */
import { compareKeys, type Dialect } from '../dialect/dialect.js';
import type { Route, RoutePath } from '../model/types.js';
import { fixedPrefix, literalPattern, matcherKey, type PathMatcher, type PatternMatcher, type RegexMatcher } from '../paths/pattern.js';

/** One path of one route, as the gateway tries it. */
export interface IndexedPath {
  readonly route: Route;
  readonly path: RoutePath;
  readonly matcher: PathMatcher;
  readonly precedence: readonly number[];
  /** `hostKeysOf(route)` and `methodKeysOf(route)`, worked out once: every query and insertion reads them. */
  readonly hostKeys: readonly string[];
  readonly methodKeys: readonly string[];
}

/**
 * The index's view of a valid path of a route (`matcher` is the path's own). A route's paths can
 * share its host and method keys, worked out once by the caller.
 */
export function indexedPath(route: Route, path: RoutePath, matcher: PathMatcher, hostKeys = hostKeysOf(route), methodKeys = methodKeysOf(route)): IndexedPath {
  return { route, path, matcher, precedence: path.precedence, hostKeys, methodKeys };
}

/** Any method: the key under which a route without a `methods` list is stored. */
export const ANY_METHOD = '*';
/** Any host: the key under which a route without hosts is stored. */
export const ANY_HOST = '';

/**
 * Per method key, the earliest path stored there. The first path stored covers all its own
 * methods, read from its method keys; a map is made only when a later path adds methods the first
 * lacks (`GET /orders` and `POST /orders` as two routes): with 100,000 routes that is up to
 * 100,000 maps fewer.
 */
class Coverage {
  private others: Map<string, IndexedPath> | undefined;

  constructor(private readonly first: IndexedPath) {}

  get(methodKey: string): IndexedPath | undefined {
    return this.first.methodKeys.includes(methodKey) ? this.first : this.others?.get(methodKey);
  }

  /** The entry's methods that have no earlier path here. */
  add(entry: IndexedPath): void {
    const methodKeys = entry.methodKeys;
    for (let i = 0; i < methodKeys.length; i++) {
      const methodKey = methodKeys[i]!;
      if (!this.first.methodKeys.includes(methodKey) && !this.others?.has(methodKey)) (this.others ??= new Map()).set(methodKey, entry);
    }
  }
}

function addTo<K>(slots: Map<K, Coverage>, key: K, entry: IndexedPath): void {
  const coverage = slots.get(key);
  if (coverage) coverage.add(entry);
  else slots.set(key, new Coverage(entry));
}

class TrieNode {
  /** Created on first use: most nodes are leaves, and a configuration has hundreds of thousands. */
  literals: Map<string, TrieNode> | undefined;
  param: TrieNode | undefined;
  /** Paths whose pattern ends at this node with nothing after it. */
  end: Coverage | undefined;
  /** Paths ending here with `/**`. */
  rest: Coverage | undefined;
}

/** Everything stored for one host key. */
class HostRoot {
  readonly trie = new TrieNode();
  prefixes: Map<string, Coverage> | undefined;
  /** By matcher key, in insertion order: identical regexes share one slot. */
  regexes: Map<string, { matcher: RegexMatcher; coverage: Coverage }> | undefined;
}

/** An earlier path that matches every request of one (host, method) of the queried path. */
export interface Hit {
  readonly winner: IndexedPath;
  /** The host key the winner was stored under. */
  readonly hostKey: string;
  /** The method key the winner was stored under (`*`: all methods). */
  readonly methodKey: string;
  /**
   * A regex winner was only tried on example paths of the queried pattern (its parameters
   * filled in): every example went to it, but other values might not.
   */
  readonly byExample: boolean;
}

const ANY_HOST_KEYS: readonly string[] = Object.freeze([ANY_HOST]);
const ANY_METHOD_KEYS: readonly string[] = Object.freeze([ANY_METHOD]);

export function hostKeysOf(route: Route): readonly string[] {
  return route.hosts ? valuesOf(route.hosts) : ANY_HOST_KEYS;
}

/** How many host keys `hostKeysOf(route)` has, and the one at `index`: for hot loops that need no list. */
export function hostKeyCount(route: Route): number {
  return route.hosts ? route.hosts.length : 1;
}

export function hostKeyAt(route: Route, index: number): string {
  return route.hosts ? route.hosts[index]!.value : ANY_HOST;
}

export function methodKeysOf(route: Route): readonly string[] {
  return route.methods ? valuesOf(route.methods) : ANY_METHOD_KEYS;
}

/** A plain loop rather than `map`: asked once or more per route, mostly before the JIT optimises the callers. */
function valuesOf(located: readonly { readonly value: string }[]): string[] {
  const values = new Array<string>(located.length);
  for (let i = 0; i < located.length; i++) values[i] = located[i]!.value;
  return values;
}

/**
 * The host keys whose routes match every request to `host`: any host, the host itself, and every
 * wildcard suffix of it (`*.example.com` covers `api.example.com` and `*.eu.example.com`).
 */
export function coveringHostKeys(host: string, hostPrecedence: Dialect['hostPrecedence'] = 'route-order'): string[] {
  if (host === ANY_HOST || hostPrecedence === 'most-specific-host') return [host];
  const keys = [ANY_HOST, host];
  const labels = (host.startsWith('*.') ? host.slice(2) : host).split('.');
  for (let i = 1; i < labels.length; i++) keys.push(`*.${labels.slice(i).join('.')}`);
  return keys;
}

/** The state of one `earliestCovering` walk, passed along instead of captured in closures (hot path). */
interface Query {
  method: string;
  hostKey: string;
  best: Hit | undefined;
}

function consider(coverage: Coverage | undefined, query: Query, byExample = false): void {
  if (!coverage) return;
  if (query.method !== ANY_METHOD) offer(coverage.get(query.method), query.method, query, byExample);
  offer(coverage.get(ANY_METHOD), ANY_METHOD, query, byExample);
}

function offer(winner: IndexedPath | undefined, methodKey: string, query: Query, byExample: boolean): void {
  if (winner && (!query.best || earlier(winner, query.best.winner))) query.best = { winner, hostKey: query.hostKey, methodKey, byExample };
}

/** Visits only the branches that can cover the queried pattern: the same literal, or a parameter. */
function walk(node: TrieNode, depth: number, matcher: PatternMatcher, query: Query): void {
  consider(node.rest, query);
  if (depth === matcher.segments.length) {
    if (matcher.tail === 'none') consider(node.end, query);
    return;
  }
  const segment = matcher.segments[depth]!;
  if (segment.kind === 'literal') {
    const child = node.literals?.get(segment.value);
    if (child) walk(child, depth + 1, matcher, query);
    if (segment.value !== '' && node.param) walk(node.param, depth + 1, matcher, query);
  } else if (node.param) {
    walk(node.param, depth + 1, matcher, query);
  }
}

/** Stored prefixes that every path of the matcher starts with. */
function considerPrefixes(prefixes: Map<string, Coverage>, matcher: PathMatcher, query: Query): void {
  const start = fixedPrefix(matcher);
  if (start === undefined) return;
  for (let length = 1; length <= start.length; length++) consider(prefixes.get(start.slice(0, length)), query);
}

/**
 * Values tried for parameters and `*`, and paths tried below a `/**`, when a regex can only be
 * tried by example. The last of each mixes cases, digits and the punctuation URLs allow, so a
 * regex that only takes some characters (`[a-z]+`) is not taken for one that takes them all.
 */
const FILLERS = ['1', 'x', 'item', 'Ab9-_.~'];
const SUFFIXES = ['', 'x', 'x/y', 'Ab9-_.~/Z'];

/** Concrete paths of a pattern: a single one when it has no parameters, else a few examples. */
export function examplePaths(matcher: PatternMatcher): string[] {
  const concrete = matcher.tail === 'none' && matcher.segments.every((segment) => segment.kind === 'literal');
  const paths: string[] = [];
  for (const filler of concrete ? FILLERS.slice(0, 1) : FILLERS) {
    const base = `/${matcher.segments.map((segment) => (segment.kind === 'literal' ? segment.value : filler)).join('/')}`;
    for (const suffix of matcher.tail === 'rest' ? SUFFIXES : ['']) {
      paths.push(suffix === '' ? base : `${base}${base.endsWith('/') ? '' : '/'}${suffix}`);
    }
  }
  return paths;
}

/**
 * Stored regexes that match every request of the matcher: decided exactly for a concrete path,
 * a string prefix (by the engine) or the same regex; by example for a pattern with parameters.
 */
function considerRegexes(regexes: Map<string, { matcher: RegexMatcher; coverage: Coverage }>, matcher: PathMatcher, query: Query): void {
  if (matcher.kind === 'regex') {
    consider(regexes.get(matcherKey(matcher))?.coverage, query);
    return;
  }
  const examples = matcher.kind === 'pattern' ? examplePaths(matcher) : undefined;
  for (const { matcher: stored, coverage } of regexes.values()) {
    if (matcher.kind === 'prefix') {
      // Matching the prefix itself is necessary, and cheap: the full check only runs then.
      if (stored.mode === 'prefix' && stored.regex.matches(matcher.value, 'prefix') && stored.regex.matchesEveryExtensionOf(matcher.value)) consider(coverage, query);
    } else if (examples!.every((path) => stored.regex.matches(path, stored.mode))) {
      consider(coverage, query, examples!.length > 1);
    }
  }
}

export class RoutingIndex {
  private readonly roots = new Map<string, HostRoot>();
  private readonly hostKeyCache = new Map<string, string[]>();
  private readonly query: Query = { method: ANY_METHOD, hostKey: ANY_HOST, best: undefined };

  constructor(private readonly hostPrecedence: Dialect['hostPrecedence'] = 'route-order') {}

  insert(entry: IndexedPath): void {
    const hostKeys = entry.hostKeys;
    for (let h = 0; h < hostKeys.length; h++) {
      const hostKey = hostKeys[h]!;
      let root = this.roots.get(hostKey);
      if (!root) this.roots.set(hostKey, (root = new HostRoot()));
      const { matcher } = entry;
      if (matcher.kind === 'prefix') {
        root.prefixes ??= new Map();
        addTo(root.prefixes, matcher.value, entry);
        continue;
      }
      if (matcher.kind === 'regex') {
        root.regexes ??= new Map();
        const key = matcherKey(matcher);
        const slot = root.regexes.get(key);
        if (slot) slot.coverage.add(entry);
        else root.regexes.set(key, { matcher, coverage: new Coverage(entry) });
        continue;
      }
      let node = root.trie;
      const segments = matcher.segments;
      for (let i = 0; i < segments.length; i++) {
        const segment = segments[i]!;
        if (segment.kind === 'literal') {
          node.literals ??= new Map();
          let child: TrieNode | undefined = node.literals.get(segment.value);
          if (!child) node.literals.set(segment.value, (child = new TrieNode()));
          node = child;
        } else {
          node = node.param ??= new TrieNode();
        }
      }
      const end = matcher.tail === 'none' ? 'end' : 'rest';
      const coverage = node[end];
      if (coverage) coverage.add(entry);
      else node[end] = new Coverage(entry);
    }
  }

  /**
   * For one host of the queried path and one of its methods, the earliest stored path that
   * matches all of those requests, or undefined. `method` is `*` for a route without methods:
   * then only paths that take every method cover it.
   */
  earliestCovering(matcher: PathMatcher, host: string, method: string): Hit | undefined {
    // One query object for every walk (walks never overlap) instead of one per query: there are
    // one or more queries per path of every route.
    const query = this.query;
    query.method = method;
    query.hostKey = ANY_HOST;
    query.best = undefined;
    const hostKeys = this.coveringKeys(host);
    for (let i = 0; i < hostKeys.length; i++) {
      const hostKey = hostKeys[i]!;
      const root = this.roots.get(hostKey);
      if (!root) continue;
      query.hostKey = hostKey;
      if (matcher.kind === 'pattern') walk(root.trie, 0, matcher, query);
      if (root.prefixes) considerPrefixes(root.prefixes, matcher, query);
      if (root.regexes) considerRegexes(root.regexes, matcher, query);
    }
    return query.best;
  }

  /** The earliest stored path that one concrete request path goes to. */
  earliestMatching(path: string, host: string, method: string): Hit | undefined {
    return this.earliestCovering(literalPattern(path, 'none'), host, method);
  }

  /** Covering host keys are asked for once per route and host: many routes share a host. */
  private coveringKeys(host: string): string[] {
    let keys = this.hostKeyCache.get(host);
    if (!keys) this.hostKeyCache.set(host, (keys = coveringHostKeys(host, this.hostPrecedence)));
    return keys;
  }
}


function earlier(a: IndexedPath, b: IndexedPath): boolean {
  return compareKeys(a.precedence, b.precedence) < 0;
}
