/**
 * Kubernetes Ingress (networking.k8s.io/v1). Ingresses of one ingress class are served by one
 * controller and compete for the same requests: per host, the longest matching path wins, an
 * Exact path before a Prefix of the same length. `Prefix` is element-wise like Gateway API's
 * PathPrefix; `ImplementationSpecific` paths mean whatever the controller says, so they are
 * kept out of the routing checks.
 */
import { get, isMap, isScalar, isSeq, stringValue, type YNode } from '../../load/tree.js';
import type { RoutePath } from '../../model/types.js';
import { instanceFor, type BuildContext, type UpstreamTable } from './context.js';
import { ingressDialect, ingressPrecedence, rememberPathInfo, type IngressPathInfo } from './dialect.js';
import type { KubeObject } from './objects.js';
import { readIngressPath, significantLength } from './paths.js';

const CLASS_ANNOTATION = 'kubernetes.io/ingress.class';

function ingressClass(object: KubeObject): string {
  return stringValue(get(object.spec, 'ingressClassName')) ?? stringValue(get(get(get(object.node, 'metadata'), 'annotations'), CLASS_ANNOTATION)) ?? '';
}

function backendOf(path: YNode, namespace: string): { name: string; nameNode: YNode; node: YNode } | undefined {
  const service = get(get(path, 'backend'), 'service');
  const nameNode = get(service, 'name');
  const name = stringValue(nameNode);
  if (!name || !nameNode || !service) return undefined;
  const port = get(service, 'port');
  const portValue = get(port, 'number') ?? get(port, 'name');
  const portText = isScalar(portValue) && portValue.value !== null ? `:${String(portValue.value)}` : '';
  return { name: `${namespace}/${name}${portText}`, nameNode, node: service };
}

export function buildIngresses(ingresses: readonly KubeObject[], clusterId: string, upstreams: UpstreamTable, context: BuildContext): void {
  for (const object of ingresses) {
    const key = `${object.namespace}/${object.name ?? ''}`;
    const rules = get(object.spec, 'rules');
    if (!isSeq(rules)) continue;
    const entries = rules.items.flatMap((rule, ruleIndex) => {
      const paths = get(get(rule, 'http'), 'paths');
      return isSeq(paths) ? paths.items.filter(isMap).map((path, pathIndex) => ({ rule, ruleIndex, path, pathIndex })) : [];
    });
    if (entries.length === 0) continue;
    // An ingress-nginx canary repeats the main Ingress's hosts and paths on purpose: the controller
    // splits traffic between them by weight, header or cookie. It takes part in no routing check.
    const canary = stringValue(get(get(get(object.node, 'metadata'), 'annotations'), 'nginx.ingress.kubernetes.io/canary')) === 'true';
    const className = ingressClass(object);
    const instance = instanceFor(
      context,
      `${clusterId}|ingress|${className}`,
      ingressDialect,
      className ? `Ingress class '${className}'` : 'Ingresses without an ingress class',
      object.node,
    );
    for (const { rule, ruleIndex, path, pathIndex } of entries) {
      const name = entries.length === 1 ? key : `${key} rules[${ruleIndex}].paths[${pathIndex}]`;
      const typeNode = get(path, 'pathType');
      const type = stringValue(typeNode);
      const valueNode = get(path, 'path');
      const value = stringValue(valueNode) ?? '/';
      const anchor = valueNode ?? path;
      const kind = type === 'Exact' ? 'exact' : type === 'Prefix' ? 'prefix' : undefined;
      const info: IngressPathInfo = { source: 'ingress', kind: kind ?? 'prefix', length: significantLength(kind ?? 'prefix', value), ingressKey: key };
      const order = context.nextOrder++;
      const precedence = ingressPrecedence(info, order);
      let routePath: RoutePath = { value, node: anchor, matcher: undefined, precedence };
      if (kind) {
        const reading = readIngressPath(kind, value);
        if (reading.ok) routePath = { ...routePath, matcher: canary ? undefined : reading.matcher };
        else context.invalidPaths.push({ node: anchor, path: value, route: name, reason: reading.reason });
      } else if (type !== 'ImplementationSpecific') {
        context.dialectFindings.push({
          ruleId: 'schema',
          node: typeNode ?? path,
          message:
            type === undefined
              ? `Path '${value}' of Ingress ${key} has no pathType: networking.k8s.io/v1 requires Exact, Prefix or ImplementationSpecific, and the Kubernetes API server rejects the Ingress.`
              : `pathType '${type}' of Ingress ${key} is not one of Exact, Prefix or ImplementationSpecific (Gateway API's 'PathPrefix' is 'Prefix' here): the Kubernetes API server rejects the Ingress.`,
        });
      }
      rememberPathInfo(routePath, info);
      const hostNode = get(rule, 'host');
      const host = stringValue(hostNode)?.toLowerCase();
      const backend = backendOf(path, object.namespace);
      context.routes.push({
        name,
        nameNode: object.nameNode,
        node: path,
        gateway: instance,
        order,
        hosts: host && hostNode ? [{ value: host, node: hostNode, wildcard: host.startsWith('*.') }] : undefined,
        methods: undefined,
        paths: [routePath],
        headers: [],
        queryParams: [],
        priority: 0,
        upstream: backend && upstreams.referenceTo(backend),
      });
    }
  }
}
