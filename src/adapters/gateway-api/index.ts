/**
 * The Kubernetes adapter: Gateway API HTTPRoutes and Gateways, Envoy Gateway's policies and
 * networking.k8s.io/v1 Ingresses. Documents are read one at a time; the model is built from all
 * of them at once, since routes attach to Gateways and policies to routes across files.
 */
import type { Adapter } from '../../model/adapter.js';
import type { ModelPart } from '../../model/types.js';
import { buildClusters } from './build.js';
import { newContext } from './context.js';
import { readKubeDocument, type KubeDocument } from './objects.js';

export const gatewayApiAdapter: Adapter<KubeDocument> = {
  dialect: 'gateway-api',
  kinds: ['kubernetes'],
  // Any Kubernetes document is understood: a Deployment simply holds nothing to check.
  read: (document) => readKubeDocument(document),
  build: (documents) => buildGatewayApiModel(documents),
};

export function buildGatewayApiModel(documents: readonly KubeDocument[]): ModelPart {
  const context = newContext();
  buildClusters(documents, context);
  return {
    gateways: context.gateways,
    routes: context.routes,
    upstreams: context.upstreams,
    corsPolicies: context.corsPolicies,
    rateLimits: [],
    authPolicies: context.authPolicies,
    duplicates: context.duplicates,
    unresolved: [],
    invalidPaths: context.invalidPaths,
    dialectFindings: context.dialectFindings,
  };
}
