import type { Rule } from '../src/engine/rule.js';
import apiKeyInQuery from './api-key-in-query.js';
import corsWildcardCredentials from './cors-wildcard-credentials.js';
import duplicateKey from './duplicate-key.js';
import duplicateName from './duplicate-name.js';
import duplicateRoute from './duplicate-route.js';
import invalidPath from './invalid-path.js';
import parseError from './parse-error.js';
import rateLimitWindowOrder from './rate-limit-window-order.js';
import schema from './schema.js';
import shadowedRoute from './shadowed-route.js';
import timeoutDisabled from './timeout-disabled.js';
import timeoutExceedsPlatform from './timeout-exceeds-platform.js';
import timeoutUpstreamGap from './timeout-upstream-gap.js';
import trailingSlashMismatch from './trailing-slash-mismatch.js';
import unknownDocument from './unknown-document.js';
import unknownReference from './unknown-reference.js';
import unusedSuppression from './unused-suppression.js';

/** Every rule gwlint runs, in the order `gwlint rules` lists them. */
export const rules: readonly Rule[] = [
  shadowedRoute,
  trailingSlashMismatch,
  duplicateRoute,
  invalidPath,
  unknownReference,
  duplicateName,
  timeoutUpstreamGap,
  timeoutExceedsPlatform,
  timeoutDisabled,
  corsWildcardCredentials,
  apiKeyInQuery,
  rateLimitWindowOrder,
  schema,
  parseError,
  duplicateKey,
  unknownDocument,
  unusedSuppression,
];

export function findRule(id: string): Rule | undefined {
  return rules.find((rule) => rule.meta.id === id);
}
