import { parsePattern } from '../paths/pattern.js';
import type { Dialect } from './dialect.js';

/**
 * gwlint's own format: routes are tried by `priority` (higher first), then in declaration order
 * (files in sorted path order, then position in the file); the first match wins.
 */
export const nativeDialect: Dialect = {
  id: 'native',
  displayName: 'the native format',
  parsePath(raw, settings) {
    return parsePattern(raw, { ignoreTrailingSlash: settings.trailingSlash.value === 'ignore' });
  },
  precedenceKey(route) {
    return [-route.priority, route.order];
  },
  explainPrecedence(first, second) {
    if (first.priority !== second.priority) return `it has a higher priority (${first.priority} > ${second.priority})`;
    return 'it is declared earlier';
  },
};
