import { hostKeysOf, methodKeysOf, ANY_HOST, ANY_METHOD } from '../src/analysis/routing-index.js';
import { defineRule, type Report } from '../src/engine/rule.js';
import { shortLocation } from '../src/engine/finding.js';
import type { GatewayInstance, Route, RoutePath } from '../src/model/types.js';
import { groupsSharingKey, pushTo } from '../src/util/group.js';
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
    for (const route of model.routes) pushTo(byGateway, route.gateway, route);
    for (const [gateway, routes] of byGateway) {
      const mode = gateway.settings.trailingSlash.value;
      if (mode === 'ignore') continue;
      const entries = literalEnded(routes);
      const pairs = reportSlashTwins(entries, mode, report);
      if (mode === 'strict') reportOddStyle(entries, pairs, report);
    }
    for (const route of model.routes) checkRewrite(route, report);
  },
});

interface PathEntry {
  readonly route: Route;
  readonly path: RoutePath;
  readonly matcher: PatternMatcher;
  /** The pattern without its trailing slash, parameter names erased: twins share it. */
  readonly base: string;
  readonly slashed: boolean;
}

/** Segment patterns that end in a literal: string prefixes and regexes have no slash twin to speak of. */
function literalEnded(routes: readonly Route[]): PathEntry[] {
  const entries: PathEntry[] = [];
  for (const route of routes) {
    for (const path of route.paths) {
      const matcher = path.matcher;
      if (matcher?.kind === 'pattern' && matcher.tail === 'none' && !(matcher.segments.length === 1 && patternKey(matcher) === '/')) {
        entries.push({ route, path, matcher, base: withoutTrailingSlash(matcher), slashed: hasTrailingSlash(matcher) });
      }
    }
  }
  return entries;
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

/** Routes whose paths differ only by the trailing slash: clients adding or dropping it reach the other one. */
function reportSlashTwins(entries: readonly PathEntry[], mode: 'strict' | 'redirect', report: Report): Set<RoutePath> {
  const reported = new Set<RoutePath>();
  for (const group of groupsSharingKey(entries, (entry) => entry.base)) {
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

/** Whether the entry's route also serves the same path with the other slash style: on purpose, then. */
function servesBothForms(entry: PathEntry): boolean {
  return (
    entry.route.paths.length > 1 &&
    entry.route.paths.some(
      (other) => other !== entry.path && other.matcher?.kind === 'pattern' && other.matcher.tail === 'none' && withoutTrailingSlash(other.matcher) === entry.base,
    )
  );
}

/** Under a strict gateway, a path whose slash style differs from nearly all its siblings on the same host. */
function reportOddStyle(pathEntries: readonly PathEntry[], alreadyReported: Set<RoutePath>, report: Report): void {
  const byHost = new Map<string, PathEntry[]>();
  for (const entry of pathEntries) {
    if (servesBothForms(entry)) continue;
    for (const host of hostKeysOf(entry.route)) pushTo(byHost, host, entry);
  }
  const reported = new Set<RoutePath>(alreadyReported);
  for (const [host, entries] of byHost) {
    const slashedCount = entries.reduce((count, entry) => count + (entry.slashed ? 1 : 0), 0);
    const minorityIsSlashed = slashedCount < entries.length - slashedCount;
    const minorityCount = minorityIsSlashed ? slashedCount : entries.length - slashedCount;
    const majorityCount = entries.length - minorityCount;
    if (minorityCount === 0 || majorityCount < SIBLING_MAJORITY || minorityCount > entries.length * SIBLING_MINORITY_SHARE) continue;
    const minority = entries.filter((entry) => entry.slashed === minorityIsSlashed);
    const majority = entries.filter((entry) => entry.slashed !== minorityIsSlashed);
    const style = minorityIsSlashed ? 'without' : 'with';
    const where = host === ANY_HOST ? '' : ` on ${host}`;
    for (const entry of minority) {
      if (reported.has(entry.path)) continue;
      reported.add(entry.path);
      const other = entry.slashed ? entry.path.value.slice(0, -1) : `${entry.path.value}/`;
      report({
        span: entry.path.node,
        message:
          `Path '${entry.path.value}' of route '${entry.route.name}' ${entry.slashed ? 'ends' : 'does not end'} with a slash, ` +
          `unlike the other ${majority.length} paths${where}, which are written ${style} one. With trailingSlash: strict, ` +
          `clients following that convention call '${other}' and get 404.`,
        related: [{ span: majority[0]!.path.node, message: `e.g. '${majority[0]!.path.value}' of route '${majority[0]!.route.name}'` }],
      });
    }
  }
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
    if (path.matcher?.kind !== 'pattern') continue;
    // For a prefix route, a request below the prefix shows what the rewrite does to most traffic.
    const prefix = examplePath(path.matcher);
    const request = path.matcher.tail === 'rest' ? `${prefix}${prefix.endsWith('/') ? '' : '/'}x` : prefix;
    const say = (problem: string): void =>
      report({
        span: strip?.node ?? path.node,
        message: `Route '${route.name}': ${problem} The upstream sees a different path than intended and may answer 404 or a redirect.`,
        related: upstream?.url ? [{ span: upstream.url.node, message: `url of upstream '${upstream.name}'` }] : [],
      });

    if (strip && !request.startsWith(strip.value) && `${request}/`.startsWith(strip.value)) {
      say(`stripPrefix '${strip.value}' never applies to '${request}' (they differ by a trailing slash), so the prefix reaches the upstream unstripped.`);
      return;
    }
    const forwarded = upstreamPathOf(request, strip?.value, basePath);
    const rest = forwarded.slice(basePathBase.length);
    // A base path ending in '/' supplies the slash the strip took: that join is fine.
    if (strip && request.startsWith(strip.value) && rest !== '' && !rest.startsWith('/') && !basePathBase.endsWith('/')) {
      const cause = strip.value.endsWith('/') ? `stripPrefix '${strip.value}' takes the slash with it` : `stripPrefix '${strip.value}' ends inside a path segment`;
      const effect = basePathBase === '' ? 'without a leading slash' : `fusing the upstream base path '${basePath}' with the next segment`;
      say(`a request to '${request}' is forwarded as '${forwarded}', ${effect} (${cause}).`);
      return;
    }
    if (forwarded.includes('//') && !request.includes('//')) {
      say(`a request to '${request}' is forwarded as '${forwarded}', with a double slash (the upstream base path '${basePath}' already ends with '/').`);
      return;
    }
    if (path.matcher.tail === 'none' && forwarded !== '' && forwarded !== '/' && request !== '/' && request.endsWith('/') !== forwarded.endsWith('/')) {
      say(`a request to '${request}' is forwarded as '${forwarded}': the rewrite ${forwarded.endsWith('/') ? 'adds' : 'drops'} a trailing slash.`);
      return;
    }
  }
}
