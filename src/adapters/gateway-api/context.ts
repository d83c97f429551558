/**
 * What building one part of the model shares: the arrays of the part being filled, the route
 * counter and the gateway instances created so far.
 */
import type { YNode } from '../../load/tree.js';
import type { Dialect } from '../../dialect/dialect.js';
import type {
  AuthPolicy,
  CorsPolicy,
  DialectFinding,
  DuplicateDefinition,
  GatewayInstance,
  InvalidPath,
  Reference,
  Route,
  Upstream,
} from '../../model/types.js';

export interface BuildContext {
  readonly gateways: GatewayInstance[];
  readonly routes: Route[];
  readonly upstreams: Upstream[];
  readonly corsPolicies: CorsPolicy[];
  readonly authPolicies: AuthPolicy[];
  readonly duplicates: DuplicateDefinition[];
  readonly invalidPaths: InvalidPath[];
  readonly dialectFindings: DialectFinding[];
  readonly instances: Map<string, GatewayInstance>;
  nextOrder: number;
}

export function newContext(): BuildContext {
  return {
    gateways: [],
    routes: [],
    upstreams: [],
    corsPolicies: [],
    authPolicies: [],
    duplicates: [],
    invalidPaths: [],
    dialectFindings: [],
    instances: new Map(),
    nextOrder: 0,
  };
}

/** The gateway instance with this id, created on first use. */
export function instanceFor(context: BuildContext, id: string, dialect: Dialect, label: string, node?: YNode): GatewayInstance {
  let instance = context.instances.get(id);
  if (!instance) {
    instance = { id, dialect, label, settings: { node, name: label, trailingSlash: { value: 'strict' }, defaults: {} } };
    context.instances.set(id, instance);
    context.gateways.push(instance);
  }
  return instance;
}

/** The Upstreams of one cluster, one per Service and port that routes send traffic to. */
export class UpstreamTable {
  private readonly byName = new Map<string, Upstream>();
  constructor(private readonly context: BuildContext) {}

  get(name: string, nameNode: YNode, node: YNode): Upstream {
    let upstream = this.byName.get(name);
    if (!upstream) {
      upstream = { name, nameNode, node, basePath: '' };
      this.byName.set(name, upstream);
      this.context.upstreams.push(upstream);
    }
    return upstream;
  }

  /** A route's reference to the upstream of a backend (a Service and port). */
  referenceTo(backend: { readonly name: string; readonly nameNode: YNode; readonly node: YNode }): Reference<Upstream> {
    return { kind: 'upstream', value: backend.name, node: backend.nameNode, fromDefault: false, target: this.get(backend.name, backend.nameNode, backend.node) };
  }
}
