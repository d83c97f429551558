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
 */
import { compareKeys } from '../dialect/dialect.js';
import type { Route, RoutePath } from '../model/types.js';
import type { PathMatcher } from '../paths/pattern.js';

/** One path of one route, as the gateway tries it. */
export interface IndexedPath {
  readonly route: Route;
  readonly path: RoutePath;
  readonly matcher: PathMatcher;
  readonly precedence: readonly number[];
}

/** Any method: the key under which a route without a `methods` list is stored. */
export const ANY_METHOD = '*';
/** Any host: the key under which a route without hosts is stored. */
export const ANY_HOST = '';

/** Per method key, the earliest path stored there. */
type Coverage = Map<string, IndexedPath>;

class TrieNode {
  /** Created on first use: most nodes are leaves, and a configuration has hundreds of thousands. */
  literals: Map<string, TrieNode> | undefined;
  param: TrieNode | undefined;
  /** Paths whose pattern ends at this node with nothing after it. */
  end: Coverage | undefined;
  /** Paths ending here with `/**`. */
  rest: Coverage | undefined;
}

/** An earlier path that matches every request of one (host, method) of the queried path. */
export interface Hit {
  readonly winner: IndexedPath;
  /** The host key the winner was stored under. */
  readonly hostKey: string;
  /** The method key the winner was stored under (`*`: all methods). */
  readonly methodKey: string;
}

export function hostKeysOf(route: Route): string[] {
  return route.hosts ? route.hosts.map((host) => host.value) : [ANY_HOST];
}

export function methodKeysOf(route: Route): string[] {
  return route.methods ? route.methods.map((method) => method.value) : [ANY_METHOD];
}

/**
 * The host keys whose routes match every request to `host`: any host, the host itself, and every
 * wildcard suffix of it (`*.example.com` covers `api.example.com` and `*.eu.example.com`).
 */
export function coveringHostKeys(host: string): string[] {
  if (host === ANY_HOST) return [ANY_HOST];
  const keys = [ANY_HOST, host];
  const labels = (host.startsWith('*.') ? host.slice(2) : host).split('.');
  for (let i = 1; i < labels.length; i++) keys.push(`*.${labels.slice(i).join('.')}`);
  return keys;
}

/** The state of one `earliestCovering` walk, passed along instead of captured in closures (hot path). */
interface Query {
  readonly matcher: PathMatcher;
  readonly method: string;
  hostKey: string;
  best: Hit | undefined;
}

function consider(coverage: Coverage | undefined, query: Query): void {
  if (!coverage) return;
  if (query.method !== ANY_METHOD) offer(coverage.get(query.method), query.method, query);
  offer(coverage.get(ANY_METHOD), ANY_METHOD, query);
}

function offer(winner: IndexedPath | undefined, methodKey: string, query: Query): void {
  if (winner && (!query.best || earlier(winner, query.best.winner))) query.best = { winner, hostKey: query.hostKey, methodKey };
}

/** Visits only the branches that can cover the queried pattern: the same literal, or a parameter. */
function walk(node: TrieNode, depth: number, query: Query): void {
  const { matcher } = query;
  consider(node.rest, query);
  if (depth === matcher.segments.length) {
    if (matcher.tail === 'none') consider(node.end, query);
    return;
  }
  const segment = matcher.segments[depth]!;
  if (segment.kind === 'literal') {
    const child = node.literals?.get(segment.value);
    if (child) walk(child, depth + 1, query);
    if (segment.value !== '' && node.param) walk(node.param, depth + 1, query);
  } else if (node.param) {
    walk(node.param, depth + 1, query);
  }
}

export class RoutingIndex {
  private readonly roots = new Map<string, TrieNode>();
  private readonly hostKeyCache = new Map<string, string[]>();

  insert(entry: IndexedPath): void {
    for (const hostKey of hostKeysOf(entry.route)) {
      let node: TrieNode | undefined = this.roots.get(hostKey);
      if (!node) this.roots.set(hostKey, (node = new TrieNode()));
      for (const segment of entry.matcher.segments) {
        if (segment.kind === 'literal') {
          node.literals ??= new Map();
          let child: TrieNode | undefined = node.literals.get(segment.value);
          if (!child) node.literals.set(segment.value, (child = new TrieNode()));
          node = child;
        } else {
          node = node.param ??= new TrieNode();
        }
      }
      const slot = entry.matcher.tail === 'none' ? 'end' : entry.matcher.tail;
      const coverage = (node[slot] ??= new Map());
      for (const methodKey of methodKeysOf(entry.route)) if (!coverage.has(methodKey)) coverage.set(methodKey, entry);
    }
  }

  /**
   * For one host of the queried path and one of its methods, the earliest stored path that
   * matches all of those requests, or undefined. `method` is `*` for a route without methods:
   * then only paths that take every method cover it.
   */
  earliestCovering(matcher: PathMatcher, host: string, method: string): Hit | undefined {
    const query: Query = { matcher, method, hostKey: ANY_HOST, best: undefined };
    for (const hostKey of this.coveringKeys(host)) {
      const root = this.roots.get(hostKey);
      if (!root) continue;
      query.hostKey = hostKey;
      walk(root, 0, query);
    }
    return query.best;
  }

  /** Covering host keys are asked for once per route and host: many routes share a host. */
  private coveringKeys(host: string): string[] {
    let keys = this.hostKeyCache.get(host);
    if (!keys) this.hostKeyCache.set(host, (keys = coveringHostKeys(host)));
    return keys;
  }

}

function earlier(a: IndexedPath, b: IndexedPath): boolean {
  return compareKeys(a.precedence, b.precedence) < 0;
}
