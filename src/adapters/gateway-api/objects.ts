/**
 * Finding Kubernetes objects in a document, wherever it holds them: one object per document
 * (`apiVersion` + `kind` at the root), a `kind: List` with `items`, a top-level YAML list of
 * objects, or a mapping whose values are lists of objects (the test-harness style of Envoy
 * Gateway's translator tests: `gateways: [...]`, `httpRoutes: [...]`).
 */
import type { ParsedDocument } from '../../load/parse.js';
import { get, isMap, isSeq, stringValue, type YMap, type YNode } from '../../load/tree.js';
import { isKubernetesObject } from '../../model/detect.js';

export interface KubeObject {
  readonly apiVersion: string;
  /** The API group: `gateway.networking.k8s.io` for `gateway.networking.k8s.io/v1`, '' for `v1`. */
  readonly group: string;
  readonly kind: string;
  readonly name: string | undefined;
  /** `default` when the manifest leaves it out, as `kubectl apply` does. */
  readonly namespace: string;
  /** The `metadata.name` value, or the object itself when it has none. */
  readonly nameNode: YNode;
  readonly node: YMap;
  readonly spec: YNode | undefined;
  readonly document: ParsedDocument;
}

/**
 * How a document holds its objects. `manifest` objects meet every other manifest of the run
 * (routes in one file attach to Gateways in another); a `harness` mapping is a world of its own.
 */
export type DocumentStyle = 'manifest' | 'harness';

export interface KubeDocument {
  readonly document: ParsedDocument;
  readonly style: DocumentStyle;
  readonly objects: readonly KubeObject[];
}

export const DEFAULT_NAMESPACE = 'default';

/** Objects nested deeper than this in `List`s of `List`s are ignored: no real manifest nests them. */
const MAX_LIST_DEPTH = 4;

function toObject(node: YNode, document: ParsedDocument): KubeObject | undefined {
  if (!isMap(node) || !isKubernetesObject(node)) return undefined;
  const apiVersion = stringValue(get(node, 'apiVersion'))!;
  const metadata = get(node, 'metadata');
  const nameNode = get(metadata, 'name');
  const slash = apiVersion.lastIndexOf('/');
  return {
    apiVersion,
    group: slash === -1 ? '' : apiVersion.slice(0, slash),
    kind: stringValue(get(node, 'kind'))!,
    name: stringValue(nameNode),
    namespace: stringValue(get(metadata, 'namespace')) || DEFAULT_NAMESPACE,
    nameNode: nameNode ?? node,
    node,
    spec: get(node, 'spec'),
    document,
  };
}

function collect(node: YNode, document: ParsedDocument, into: KubeObject[], depth = 0): void {
  const object = toObject(node, document);
  if (!object) return;
  const items = get(node, 'items');
  if (object.kind.endsWith('List') && isSeq(items)) {
    if (depth < MAX_LIST_DEPTH) for (const item of items.items) collect(item, document, into, depth + 1);
    return;
  }
  into.push(object);
}

/** API groups whose objects gwlint reads (Ingress is checked by kind: `networking.k8s.io` also has NetworkPolicy). */
const GATEWAY_GROUPS = new Set(['gateway.networking.k8s.io', 'gateway.envoyproxy.io']);

/** Gateway API objects, Envoy Gateway policies and Ingresses: what makes a document gateway configuration. */
export function isGatewayObject(object: KubeObject): boolean {
  return GATEWAY_GROUPS.has(object.group) || (object.group === 'networking.k8s.io' && (object.kind === 'Ingress' || object.kind === 'IngressClass'));
}

/**
 * The Kubernetes objects of one document; undefined when it holds none, or none of the gateway
 * kinds (a Deployment-only manifest named on the command line is then an `unknown-document`).
 */
export function readKubeDocument(document: ParsedDocument): KubeDocument | undefined {
  const root = document.root;
  const objects: KubeObject[] = [];
  let style: DocumentStyle = 'manifest';
  if (isSeq(root)) {
    for (const item of root.items) collect(item, document, objects);
  } else if (isKubernetesObject(root)) {
    collect(root, document, objects);
  } else if (isMap(root)) {
    style = 'harness';
    for (const pair of root.pairs) if (isSeq(pair.value)) for (const item of pair.value.items) collect(item, document, objects);
  }
  return objects.some(isGatewayObject) ? { document, style, objects } : undefined;
}
