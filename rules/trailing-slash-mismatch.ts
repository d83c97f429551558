import { hostKeyAt, hostKeyCount, hostKeysOf, methodKeysOf, ANY_HOST, ANY_METHOD } from '../src/analysis/routing-index.js';
import { defineRule, type Report } from '../src/engine/rule.js';
import { shortLocation } from '../src/engine/finding.js';
import type { GatewayInstance, Route, RoutePath } from '../src/model/types.js';
import { pushTo } from '../src/util/group.js';
import { examplePath, hasTrailingSlash, patternKey, type PatternMatcher } from '../src/paths/pattern.js';

/** A route's style is flagged only when this many sibling paths agree and it is alone against them. */
const SIBLING_MAJORITY = 4;
const SIBLING_MINORITY_SHARE = 0.2;

export default defineRule({
  id: 'trailing-slash-mismatch',
  family: 'routing',
  defaultSeverity: 'warning',
  summary: 'Paths that differ only by a trailing slash, a slash style unlike sibling routes, or a rewrite that adds or drops a slash.',
  check({ model, report }) {
    const byGateway = new Map<GatewayInstance, Route[]>();
    // Indexed loops over routes, as in `eachLiteralEnded`.
    const routes = model.routes;
    for (let i = 0; i < routes.length; i++) pushTo(byGateway, routes[i]!.gateway, routes[i]!);
    for (const [gateway, ofGateway] of byGateway) {
      const mode = gateway.settings.trailingSlash.value;
      if (mode === 'ignore') continue;
      const pairs = reportSlashTwins(ofGateway, mode, report);
      if (mode === 'strict') reportOddStyle(ofGateway, pairs, report);
    }
    for (let i = 0; i < routes.length; i++) checkRewrite(routes[i]!, report);
  },
});

interface PathEntry {
  readonly route: Route;
  readonly path: RoutePath;
  readonly matcher: PatternMatcher;
  readonly slashed: boolean;
  /** Where the path stands among the gateway's paths, in declaration order. */
  readonly index: number;
}

/**
 * Segment patterns that end in a literal, and not the root `/`: string prefixes and regexes have
 * no slash twin to speak of.
 */
function literalEnded(path: RoutePath): PatternMatcher | undefined {
  const matcher = path.matcher;
  if (matcher?.kind !== 'pattern' || matcher.tail !== 'none') return undefined;
  const [only] = matcher.segments;
  return matcher.segments.length === 1 && only!.kind === 'literal' && only!.value === '' ? undefined : matcher;
}

/**
 * Calls `visit` for each literal-ended path of the routes, in declaration order, with no allocation
 * per path: indexed loops, since unoptimised `for…of` (most of a run) allocates per element.
 */
function eachLiteralEnded(routes: readonly Route[], visit: (route: Route, path: RoutePath, matcher: PatternMatcher, index: number) => void): void {
  let index = 0;
  for (let r = 0; r < routes.length; r++) {
    const route = routes[r]!;
    for (let p = 0; p < route.paths.length; p++) {
      const path = route.paths[p]!;
      const matcher = literalEnded(path);
      if (matcher) visit(route, path, matcher, index++);
    }
  }
}

/** `/v1/orders/` → `/v1/orders`, parameter names erased. */
function withoutTrailingSlash(matcher: PatternMatcher): string {
  const key = patternKey(matcher);
  return hasTrailingSlash(matcher) ? key.slice(0, -1) : key;
}

function overlaps(a: Route, b: Route): boolean {
  const hostsA = hostKeysOf(a);
  const hostsB = hostKeysOf(b);
  const methodsA = methodKeysOf(a);
  const methodsB = methodKeysOf(b);
  const hostsMeet = hostsA.includes(ANY_HOST) || hostsB.includes(ANY_HOST) || hostsA.some((h) => hostsB.includes(h));
  const methodsMeet = methodsA.includes(ANY_METHOD) || methodsB.includes(ANY_METHOD) || methodsA.some((m) => methodsB.includes(m));
  return hostsMeet && methodsMeet;
}

/**
 * Paths that share their form without the trailing slash with a path that has one. Paths ending
 * in a slash are few, so they are gathered first, and a path without one is only looked up among
 * them: no table of every path is built.
 */
function twinGroups(routes: readonly Route[]): PathEntry[][] {
  const slashedByBase = new Map<string, PathEntry[]>();
  eachLiteralEnded(routes, (route, path, matcher, index) => {
    if (hasTrailingSlash(matcher)) pushTo(slashedByBase, withoutTrailingSlash(matcher), { route, path, matcher, slashed: true, index });
  });
  if (slashedByBase.size === 0) return [];
  eachLiteralEnded(routes, (route, path, matcher, index) => {
    if (hasTrailingSlash(matcher)) return;
    slashedByBase.get(patternKey(matcher))?.push({ route, path, matcher, slashed: false, index });
  });
  return [...slashedByBase.values()].filter((group) => group.length > 1).map((group) => group.sort((a, b) => a.index - b.index));
}

/** Routes whose paths differ only by the trailing slash: clients adding or dropping it reach the other one. */
function reportSlashTwins(routes: readonly Route[], mode: 'strict' | 'redirect', report: Report): Set<RoutePath> {
  const reported = new Set<RoutePath>();
  for (const group of twinGroups(routes)) {
    for (const later of group) {
      const twin = group.find(
        (earlier) =>
          earlier.route.order < later.route.order &&
          earlier.slashed !== later.slashed &&
          overlaps(earlier.route, later.route) &&
          !sameElement(earlier.route, later.route),
      );
      if (!twin) continue;
      reported.add(later.path);
      reported.add(twin.path);
      const strictly = later.route.gateway.dialect.id === 'native' ? 'With trailingSlash: strict' : `In ${later.route.gateway.dialect.displayName}`;
      const consequence =
        mode === 'strict'
          ? `${strictly} these are different paths, so a client that adds or drops the slash silently reaches the other route.`
          : 'With trailingSlash: redirect the gateway answers one form with a redirect to the other, so one of these routes is never reached directly.';
      report({
        span: later.path.node,
        message: `Path '${later.path.value}' of route '${later.route.name}' differs from '${twin.path.value}' of route '${twin.route.name}' (${shortLocation(twin.path.node)}) only by a trailing slash. ${consequence}`,
        related: [{ span: twin.path.node, message: `'${twin.path.value}' of route '${twin.route.name}'` }],
      });
    }
  }
  return reported;
}

/**
 * Whether two model routes come from one element of the configuration (an HTTPRoute or Ingress
 * whose matches the adapter split into routes) and go to the same upstream: serving both slash
 * forms that way is deliberate, as a native route listing `/guide` and `/guide/` is.
 */
function sameElement(a: Route, b: Route): boolean {
  return a.nameNode === b.nameNode && a.upstream?.target !== undefined && a.upstream.target === b.upstream?.target;
}

/** Whether the route also serves the same path with the other slash style: on purpose, then. */
function servesBothForms(route: Route, path: RoutePath, matcher: PatternMatcher): boolean {
  if (route.paths.length === 1) return false;
  const base = withoutTrailingSlash(matcher);
  return route.paths.some((other) => other !== path && other.matcher?.kind === 'pattern' && other.matcher.tail === 'none' && withoutTrailingSlash(other.matcher) === base);
}

/** The literal-ended paths on one host key, counted by slash style, with the first of each style. */
interface HostStyles {
  /** Hosts in the order they were first met: a path in the minority on several hosts is reported for the first. */
  readonly order: number;
  slashed: number;
  plain: number;
  firstSlashed?: { readonly route: Route; readonly path: RoutePath };
  firstPlain?: { readonly route: Route; readonly path: RoutePath };
}

/**
 * Under a strict gateway, a path whose slash style differs from nearly all its siblings on the same
 * host. Counted in one pass without a list per host; only the paths of a host whose minority is
 * reported are visited again.
 */
function reportOddStyle(routes: readonly Route[], alreadyReported: Set<RoutePath>, report: Report): void {
  const styles = new Map<string, HostStyles>();
  eachLiteralEnded(routes, (route, path, matcher) => {
    if (servesBothForms(route, path, matcher)) return;
    const slashed = hasTrailingSlash(matcher);
    for (let h = 0; h < hostKeyCount(route); h++) {
      const host = hostKeyAt(route, h);
      let counts = styles.get(host);
      if (!counts) styles.set(host, (counts = { order: styles.size, slashed: 0, plain: 0 }));
      if (slashed) {
        counts.slashed++;
        counts.firstSlashed ??= { route, path };
      } else {
        counts.plain++;
        counts.firstPlain ??= { route, path };
      }
    }
  });
  /** The hosts whose minority style is reported, and which style that is. */
  const oddStyle = new Map<string, boolean>();
  for (const [host, counts] of styles) {
    const minorityIsSlashed = counts.slashed < counts.plain;
    const minorityCount = minorityIsSlashed ? counts.slashed : counts.plain;
    const majorityCount = counts.slashed + counts.plain - minorityCount;
    if (minorityCount === 0 || majorityCount < SIBLING_MAJORITY || minorityCount > (counts.slashed + counts.plain) * SIBLING_MINORITY_SHARE) continue;
    oddStyle.set(host, minorityIsSlashed);
  }
  if (oddStyle.size === 0) return;
  eachLiteralEnded(routes, (route, path, matcher) => {
    if (alreadyReported.has(path) || servesBothForms(route, path, matcher)) return;
    const slashed = hasTrailingSlash(matcher);
    let host: string | undefined;
    for (let h = 0; h < hostKeyCount(route); h++) {
      const candidate = hostKeyAt(route, h);
      if (oddStyle.get(candidate) === slashed && (host === undefined || styles.get(candidate)!.order < styles.get(host)!.order)) host = candidate;
    }
    if (host === undefined) return;
    const counts = styles.get(host)!;
    const example = slashed ? counts.firstPlain! : counts.firstSlashed!;
    const where = host === ANY_HOST ? '' : ` on ${host}`;
    const other = slashed ? path.value.slice(0, -1) : `${path.value}/`;
    report({
      span: path.node,
      message:
        `Path '${path.value}' of route '${route.name}' ${slashed ? 'ends' : 'does not end'} with a slash, ` +
        `unlike the other ${slashed ? counts.plain : counts.slashed} paths${where}, which are written ${slashed ? 'without' : 'with'} one. With trailingSlash: strict, ` +
        `clients following that convention call '${other}' and get 404.`,
      related: [{ span: example.path.node, message: `e.g. '${example.path.value}' of route '${example.route.name}'` }],
    });
  });
}

/**
 * The path the upstream receives: its base path (a bare `/` counts as none) followed by the
 * request path with `stripPrefix` removed, joined as strings, as prefix rewrites do.
 */
function upstreamPathOf(requestPath: string, stripPrefix: string | undefined, basePath: string): string {
  const base = basePath === '/' ? '' : basePath;
  const rest = stripPrefix && requestPath.startsWith(stripPrefix) ? requestPath.slice(stripPrefix.length) : requestPath;
  return base + rest;
}

function checkRewrite(route: Route, report: Report): void {
  const upstream = route.upstream?.target;
  const strip = route.stripPrefix;
  const basePath = upstream?.basePath ?? '';
  const basePathBase = basePath === '/' ? '' : basePath;
  // With nothing stripped and no base path, the upstream sees the request path itself.
  if (!strip && basePathBase === '') return;
  for (const path of route.paths) {
    const problem = rewriteProblem(path, strip?.value, basePath);
    if (problem === undefined) continue;
    report({
      span: strip?.node ?? path.node,
      message: `Route '${route.name}': ${problem} The upstream sees a different path than intended and may answer 404 or a redirect.`,
      related: upstream?.url ? [{ span: upstream.url.node, message: `url of upstream '${upstream.name}'` }] : [],
    });
    return;
  }
}

/** What the rewrite of `stripPrefix` and the upstream's base path does wrong to a request of the path, if anything. */
function rewriteProblem(path: RoutePath, strip: string | undefined, basePath: string): string | undefined {
  if (path.matcher?.kind !== 'pattern') return undefined;
  const basePathBase = basePath === '/' ? '' : basePath;
  // For a prefix route, a request below the prefix shows what the rewrite does to most traffic.
  const prefix = examplePath(path.matcher);
  const request = path.matcher.tail === 'rest' ? `${prefix}${prefix.endsWith('/') ? '' : '/'}x` : prefix;
  if (strip !== undefined && !request.startsWith(strip) && `${request}/`.startsWith(strip)) {
    return `stripPrefix '${strip}' never applies to '${request}' (they differ by a trailing slash), so the prefix reaches the upstream unstripped.`;
  }
  const forwarded = upstreamPathOf(request, strip, basePath);
  const rest = forwarded.slice(basePathBase.length);
  // A base path ending in '/' supplies the slash the strip took: that join is fine.
  if (strip !== undefined && request.startsWith(strip) && rest !== '' && !rest.startsWith('/') && !basePathBase.endsWith('/')) {
    const cause = strip.endsWith('/') ? `stripPrefix '${strip}' takes the slash with it` : `stripPrefix '${strip}' ends inside a path segment`;
    const effect = basePathBase === '' ? 'without a leading slash' : `fusing the upstream base path '${basePath}' with the next segment`;
    return `a request to '${request}' is forwarded as '${forwarded}', ${effect} (${cause}).`;
  }
  if (forwarded.includes('//') && !request.includes('//')) {
    return `a request to '${request}' is forwarded as '${forwarded}', with a double slash (the upstream base path '${basePath}' already ends with '/').`;
  }
  if (path.matcher.tail === 'none' && forwarded !== '' && forwarded !== '/' && request !== '/' && request.endsWith('/') !== forwarded.endsWith('/')) {
    return `a request to '${request}' is forwarded as '${forwarded}': the rewrite ${forwarded.endsWith('/') ? 'adds' : 'drops'} a trailing slash.`;
  }
  return undefined;
}
