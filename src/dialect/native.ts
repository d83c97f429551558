import { parsePattern, type ParsedPath } from '../paths/pattern.js';
import type { GatewaySettings } from '../model/types.js';
import type { Dialect } from './dialect.js';

/**
 * gwlint's own format: routes are tried by `priority` (higher first), then in declaration order
 * (files in sorted path order, then position in the file); the first match wins.
 */
export const nativeDialect: Dialect = {
  id: 'native',
  displayName: 'the native format',
  hostPrecedence: 'route-order',
  // Two routes with the same path are reported as duplicates even when `priority` orders them.
  tieBreakFrom: 0,
  explainPrecedence({ route: first }, { route: second }) {
    if (first.priority !== second.priority) return `it has a higher priority (${first.priority} > ${second.priority})`;
    return 'it is declared earlier';
  },
  describeTie({ route: first }, _second, witness) {
    return `The gateway silently sends every such request (e.g. ${witness}) to '${first.name}'`;
  },
};

const STRICT_SLASH = { ignoreTrailingSlash: false } as const;
const IGNORED_SLASH = { ignoreTrailingSlash: true } as const;

export function parseNativePath(raw: string, settings: GatewaySettings): ParsedPath {
  return parsePattern(raw, settings.trailingSlash.value === 'ignore' ? IGNORED_SLASH : STRICT_SLASH);
}

export function nativePrecedence(priority: number, order: number): readonly number[] {
  // Not `-0` for the usual priority 0: a key of small integers stays a compact array of them.
  return [priority === 0 ? 0 : -priority, order];
}
