import { get, isMap, isSeq, stringValue, type YNode } from '../load/tree.js';
import { NATIVE_SECTIONS } from './native.js';

/** What a document is, judged from its top-level keys (`dialects.md`, Detection). */
export type DocumentKind = 'native' | 'kong' | 'kubernetes' | 'openapi' | 'cloudformation' | 'unknown';

/** What a document of a known format that no adapter could use is, and why it holds nothing to check. */
const FOREIGN_NAMES: Record<Exclude<DocumentKind, 'native' | 'unknown'>, string> = {
  kong: 'a Kong decK file without services, routes or plugins',
  kubernetes: 'a Kubernetes manifest without Gateway API or Ingress objects',
  openapi: 'an OpenAPI definition without x-amazon-apigateway-* extensions (gwlint reads OpenAPI files as AWS API Gateway definitions)',
  cloudformation: 'an AWS CloudFormation/SAM template without API Gateway resources',
};

/** Top-level keys only Kong decK files have (`_format_version` may be left out of partial files). */
const KONG_KEYS = new Set(['_format_version', '_info', '_workspace', '_konnect', '_transform', '_plugin_configs', 'services', 'consumers', 'consumer_groups', 'plugins', 'certificates', 'ca_certificates', 'snis', 'vaults', 'key_sets', 'keys', 'custom_entities', 'partials', 'filter_chains', 'licenses', 'rbac_roles']);

/** Native sections that no other format has at its top level. */
const NATIVE_ONLY_KEYS = new Set(['gateway', 'corsPolicies', 'rateLimits', 'authPolicies']);

/**
 * Other gateways' formats share key names with the native format (Kong decK has `routes` and
 * `upstreams`), so they are recognised first: reading them as native would report nonsense.
 */
export function detectDocument(root: YNode): DocumentKind {
  if (isSeq(root)) return root.items.length > 0 && root.items.every(isKubernetesObject) ? 'kubernetes' : 'unknown';
  if (!isMap(root)) return 'unknown';
  // Before Kong: harness listings have a `services:` list too, of Kubernetes Services.
  if (isKubernetesObject(root) || isObjectListing(root)) return 'kubernetes';
  const keys = root.pairs.map((pair) => pair.keyText);
  if (keys.some((key) => KONG_KEYS.has(key))) return 'kong';
  // Kong lists its upstreams; so might a native file by mistake, which then names a native-only section.
  if (isSeq(get(root, 'upstreams')) && !keys.some((key) => NATIVE_ONLY_KEYS.has(key))) return 'kong';
  if (get(root, 'openapi') !== undefined || get(root, 'swagger') !== undefined) return 'openapi';
  if (get(root, 'AWSTemplateFormatVersion') !== undefined || isMap(get(root, 'Resources'))) return 'cloudformation';
  const native = keys.some((key) => (NATIVE_SECTIONS as readonly string[]).includes(key));
  return native ? 'native' : 'unknown';
}

/** How messages name a document of a known format with nothing gwlint reads in it. */
export function describeForeignDocument(kind: DocumentKind): string | undefined {
  return kind === 'native' || kind === 'unknown' ? undefined : FOREIGN_NAMES[kind];
}

/** A Kubernetes object: `apiVersion` and `kind` (a `kind: List` holds more in `items`). */
export function isKubernetesObject(node: YNode): boolean {
  return stringValue(get(node, 'apiVersion')) !== undefined && stringValue(get(node, 'kind')) !== undefined;
}

/**
 * A mapping whose values are lists of Kubernetes objects (`gateways: [...]`, `httpRoutes: [...]`),
 * as rendered manifests and test harnesses store them.
 */
function isObjectListing(root: YNode): boolean {
  return isMap(root) && root.pairs.some((pair) => isSeq(pair.value) && pair.value.items.length > 0 && pair.value.items.every(isKubernetesObject));
}
