/**
 * How Kong picks a route, as precedence keys and the words messages use for them.
 *
 * Kong 3.x (decK `_format_version: "3.0"`, the default `traditional_compatible` router) turns every
 * route into one ATC matcher per group of paths (all regex paths together, plain paths grouped by
 * length) and gives each a 64-bit priority (kong/router/transform.lua `get_priority`), highest first:
 *   1. match weight: how many of methods, hosts, headers, snis, paths are set;
 *   2. "plain hosts only": `hosts` set and none of them has a `*`;
 *   3. the number of header names;
 *   4. a regex path (`~...`) before a plain one;
 *   5. for regex paths, `regex_priority` (higher first);
 *   6. for plain paths, the path length (longer first).
 * Equal priorities are broken by the route id (the ATC router orders matchers by (priority, uuid)),
 * which decK generates unless the file sets `id`: not by the order in the file.
 *
 * Kong 2.x (decK `_format_version: "1.1"`, the `traditional` router) sorts per path too: by match
 * weight (which also counts `sources` and `destinations`), then by category (hosts > headers >
 * paths > methods > snis, compared as bits), then the sub-weight (a wildcard host with a port, plain
 * hosts only, a regex path — compared as bits, so the regex bit comes before the header count),
 * the number of headers, `regex_priority` for regex paths, the plain path length, and finally the
 * creation time, which a decK file does not fix (routes created by one sync share the second).
 */
import type { Dialect, RouteAndPath } from '../../dialect/dialect.js';
import type { RoutePath } from '../../model/types.js';

export type KongRouter = 'traditional_compatible' | 'traditional';

/** What Kong ranks one path of one route by, kept for messages. */
export interface KongRank {
  readonly router: KongRouter;
  /** The match fields the route sets, in Kong's words: `methods`, `hosts`, `paths`… */
  readonly fields: readonly string[];
  /** `traditional` only: the category bits (hosts 0x40, headers 0x20, paths 0x10, methods 0x08, snis 0x04, sources 0x02, destinations 0x01). */
  readonly category: number;
  readonly plainHostsOnly: boolean;
  /** `traditional` only: a wildcard host with a port. */
  readonly wildcardHostPort: boolean;
  readonly headerCount: number;
  readonly regex: boolean;
  readonly regexPriority: number;
  /** Length in bytes of a plain path (0 for a regex or a route without paths). */
  readonly length: number;
}

const ranks = new WeakMap<RoutePath, KongRank>();

export function rememberRank(path: RoutePath, rank: KongRank): void {
  ranks.set(path, rank);
}

export function rankOf(path: RoutePath): KongRank | undefined {
  return ranks.get(path);
}

/** Both routers' keys have this many elements, all of them rank. */
const PRECEDENCE_LENGTH = 6;

/** The precedence key of a path: smaller is tried first. */
export function precedenceOf(rank: KongRank): number[] {
  const weight = rank.fields.length;
  const priority = rank.regex ? rank.regexPriority : 0;
  if (rank.router === 'traditional_compatible') {
    return [-weight, rank.plainHostsOnly ? -1 : 0, -rank.headerCount, rank.regex ? -1 : 0, -priority, -rank.length];
  }
  const subWeight = (rank.wildcardHostPort ? 4 : 0) + (rank.plainHostsOnly ? 2 : 0) + (rank.regex ? 1 : 0);
  return [-weight, -rank.category, -subWeight, -rank.headerCount, -priority, -rank.length];
}

function listFields(fields: readonly string[]): string {
  if (fields.length <= 1) return fields.join('');
  return `${fields.slice(0, -1).join(', ')} and ${fields[fields.length - 1]}`;
}

const CATEGORY_NAMES: readonly [number, string][] = [
  [0x40, 'hosts'],
  [0x20, 'headers'],
  [0x10, 'paths'],
  [0x08, 'methods'],
  [0x04, 'snis'],
  [0x02, 'sources'],
  [0x01, 'destinations'],
];

/** The most significant category bit that `a` has and `b` has not. */
function leadingCategory(a: number, b: number): string {
  for (const [bit, name] of CATEGORY_NAMES) if ((a & bit) !== (b & bit)) return name;
  return 'match fields';
}

function explain(first: KongRank, second: KongRank): string {
  const [a, b] = [first, second];
  if (a.fields.length !== b.fields.length) {
    return `it sets more match fields (${listFields(a.fields)}: ${a.fields.length} > ${b.fields.length}), and Kong tries routes with more match fields first, whatever their paths`;
  }
  if (a.router === 'traditional' && a.category !== b.category) {
    return `it matches on ${leadingCategory(a.category, b.category)}, a category Kong 2.x tries before the other route's at the same number of match fields`;
  }
  if (a.router === 'traditional' && a.wildcardHostPort !== b.wildcardHostPort) {
    return 'it has a wildcard host with a port, which Kong 2.x tries first';
  }
  if (a.plainHostsOnly !== b.plainHostsOnly) {
    return 'it names only plain hosts, and Kong tries such routes before routes with wildcard hosts or none at the same number of match fields';
  }
  if (a.router === 'traditional' && a.regex !== b.regex) {
    return 'it is a regex path, and Kong tries regex paths before plain ones';
  }
  if (a.headerCount !== b.headerCount) return `it matches more headers (${a.headerCount} > ${b.headerCount})`;
  if (a.regex !== b.regex) return 'it is a regex path, and Kong tries regex paths before plain ones';
  if (a.regex && a.regexPriority !== b.regexPriority) return `it has a higher regex_priority (${a.regexPriority} > ${b.regexPriority})`;
  if (a.length !== b.length) return `it is a longer plain path (${a.length} > ${b.length} characters), and Kong tries longer prefixes first`;
  return `Kong ranks both the same and ${tieBreaker(a.router)}`;
}

function tieBreaker(router: KongRouter): string {
  return router === 'traditional_compatible'
    ? "then orders them by route id, which decK generates unless the file sets 'id'"
    : 'then takes the route created first, which a decK file does not fix';
}

function makeDialect(router: KongRouter, displayName: string): Dialect {
  return {
    id: 'kong',
    displayName,
    hostPrecedence: 'route-order',
    // Every element of a Kong key is rank: equal keys are a real tie, broken by route id or creation time.
    tieBreakFrom: PRECEDENCE_LENGTH,
    explainPrecedence(first: RouteAndPath, second: RouteAndPath): string {
      const a = rankOf(first.path);
      const b = rankOf(second.path);
      return a && b ? explain(a, b) : 'Kong ranks it higher';
    },
    describeTie(_first: RouteAndPath, _second: RouteAndPath, witness: string): string {
      return router === 'traditional_compatible'
        ? `Kong ranks both the same, so which one gets such requests (e.g. ${witness}) depends on their route ids ` +
            `(traditional_compatible router, the 3.x default) or creation times (traditional router), which decK generates unless the file sets 'id': ` +
            `the order in this file decides nothing`
        : `Kong 2.x ranks both the same, so such requests (e.g. ${witness}) go to whichever route was created first, which a decK file does not fix`;
    },
  };
}

/** Kong 3.x: decK `_format_version: "3.0"` (or none), the `traditional_compatible` router. */
export const kongDialect: Dialect = makeDialect('traditional_compatible', 'Kong');
/** Kong 2.x: decK `_format_version: "1.1"`, the `traditional` router. */
export const kong2Dialect: Dialect = makeDialect('traditional', 'Kong 2.x');
