/**
 * Gateway API hostname matching between a Listener and an HTTPRoute (HTTPRouteSpec.hostnames):
 * `*.example.com` matches one or more labels in front of `example.com`, never `example.com`
 * itself; a route hostname that does not intersect the listener's is ignored for that listener.
 */

const isWildcard = (host: string): boolean => host.startsWith('*.');

/** Whether the concrete-or-wildcard `host` falls under the wildcard suffix `*.suffix`. */
function under(host: string, suffix: string): boolean {
  return host.endsWith(`.${suffix}`) && host.length > suffix.length + 1 && !host.slice(0, -(suffix.length + 1)).endsWith('.');
}

/**
 * The hostnames a request must have to match both: the more specific of the two when one
 * includes the other, undefined when they do not intersect. Both are lower-case.
 */
export function intersectHostnames(listener: string, route: string): string | undefined {
  if (listener === route) return route;
  if (isWildcard(listener)) {
    const suffix = listener.slice(2);
    if (isWildcard(route)) {
      const other = route.slice(2);
      if (under(other, suffix)) return route;
      if (under(suffix, other)) return listener;
      return undefined;
    }
    return under(route, suffix) ? route : undefined;
  }
  if (isWildcard(route)) return under(listener, route.slice(2)) ? listener : undefined;
  return undefined;
}
