/**
 * Envoy Gateway's policy attachments (gateway.envoyproxy.io/v1alpha1): SecurityPolicy (CORS,
 * authentication), BackendTrafficPolicy (timeouts, HTTP upgrades) and ClientTrafficPolicy
 * (client-side timeouts). A policy names its targets in its own namespace (`targetRef` or
 * `targetRefs`); one attached to an HTTPRoute replaces one attached to the route's Gateway
 * (Envoy Gateway does not merge them unless told to), and a Gateway policy naming a listener
 * (`sectionName`) replaces one for the whole Gateway.
 */
import { booleanValue, get, isMap, isSeq, stringValue, type YNode } from '../../load/tree.js';
import { located, stringAt, stringList } from '../../model/read.js';
import type { AuthPolicy, CorsPolicy, Located } from '../../model/types.js';
import { parseRegex } from '../../regex/index.js';
import type { BuildContext } from './context.js';
import { DURATION_FORMAT, readDuration } from './durations.js';
import type { KubeObject } from './objects.js';

export const ENVOY_GATEWAY_GROUP = 'gateway.envoyproxy.io';

export interface PolicyTarget {
  readonly kind: string;
  readonly namespace: string;
  readonly name: string;
  readonly sectionName?: string;
  readonly node: YNode;
}

export interface SecurityPolicyModel {
  readonly key: string;
  readonly cors?: CorsPolicy;
  readonly auth?: AuthPolicy;
}

export interface TrafficPolicyModel {
  readonly key: string;
  /** `timeout.http.requestTimeout`, when valid. */
  readonly requestTimeout?: Located<number>;
  /** The `httpUpgrade` entry of type CONNECT: routes it applies to only match CONNECT requests. */
  readonly connect?: YNode;
}

interface Attached<T> {
  readonly target: PolicyTarget;
  readonly policy: T;
}

/** Policies by what they target: `HTTPRoute:ns/name`, `Gateway:ns/name`, `Gateway:ns/name/section`. */
export class PolicyIndex<T> {
  private readonly byTarget = new Map<string, T>();

  add(attached: Attached<T>): void {
    const { kind, namespace, name, sectionName } = attached.target;
    const key = `${kind}:${namespace}/${name}${sectionName ? `/${sectionName}` : ''}`;
    // Several policies on one target: Envoy Gateway keeps the oldest; file order stands in for it.
    if (!this.byTarget.has(key)) this.byTarget.set(key, attached.policy);
  }

  forRoute(routeKey: string): T | undefined {
    return this.byTarget.get(`HTTPRoute:${routeKey}`);
  }

  /** The policy for a Gateway as reached through one of `listeners` (most specific first). */
  forGateway(gatewayKey: string, listeners: readonly string[]): T | undefined {
    for (const listener of listeners) {
      const policy = this.byTarget.get(`Gateway:${gatewayKey}/${listener}`);
      if (policy) return policy;
    }
    return this.byTarget.get(`Gateway:${gatewayKey}`);
  }
}

export function targetsOf(object: KubeObject): PolicyTarget[] {
  const spec = object.spec;
  const refs: YNode[] = [];
  const single = get(spec, 'targetRef');
  if (isMap(single)) refs.push(single);
  const list = get(spec, 'targetRefs');
  if (isSeq(list)) refs.push(...list.items.filter(isMap));
  const targets: PolicyTarget[] = [];
  for (const ref of refs) {
    const kind = stringValue(get(ref, 'kind'));
    const name = stringValue(get(ref, 'name'));
    if (!kind || !name) continue;
    targets.push({ kind, name, namespace: object.namespace, sectionName: stringValue(get(ref, 'sectionName')), node: ref });
  }
  return targets;
}

/**
 * Every duration under `node` (all fields of a policy's `timeout` block are durations) that the
 * API server would reject: Envoy Gateway's policies use the Gateway API duration type.
 */
export function checkDurations(node: YNode | undefined, path: string, owner: string, context: BuildContext): void {
  if (!node) return;
  if (isMap(node)) {
    for (const pair of node.pairs) checkDurations(pair.value, `${path}.${pair.keyText}`, owner, context);
    return;
  }
  if (isSeq(node)) return;
  const reading = readDuration(node);
  if (reading.ok) return;
  context.dialectFindings.push({
    ruleId: 'schema',
    node,
    message:
      `${reading.shown} is not a valid duration for ${path.slice(1)} of ${owner}: ${DURATION_FORMAT}. ` +
      `The Kubernetes API server rejects the policy (or, where it is not validated, Envoy Gateway rejects it as an invalid value), so none of its settings apply.`,
  });
}

/**
 * A RegularExpression value the gateway compiles with RE2 (Envoy's `safe_regex`): a syntax error
 * makes Envoy Gateway reject the rule or policy. Constructs gwlint does not evaluate are not errors.
 */
export function checkRegex(node: YNode | undefined, what: string, context: BuildContext): void {
  const source = stringValue(node);
  if (!node || source === undefined) return;
  const parsed = parseRegex(source, 're2');
  if (parsed.ok || parsed.kind !== 'syntax') return;
  context.dialectFindings.push({
    ruleId: 'schema',
    node,
    message: `'${source}' is not a valid RE2 regular expression (${parsed.reason}) for ${what}: Envoy Gateway rejects it, so the setting does not apply.`,
  });
}

/** Rate-limit units of Envoy Gateway, in seconds (Month and Year, of uneven length, are not compared). */
const RATE_LIMIT_UNITS: Record<string, number> = { Second: 1, Minute: 60, Hour: 3600, Day: 86_400 };

/**
 * Rate-limit rules: header regexes must compile, and a local rate limit's rules must count in
 * units that are multiples of the default rule's unit (the rule without clientSelectors).
 */
function checkRateLimit(object: KubeObject, owner: string, context: BuildContext): void {
  const rateLimit = get(object.spec, 'rateLimit');
  for (const scope of ['global', 'local'] as const) {
    const rules = get(get(rateLimit, scope), 'rules');
    if (!isSeq(rules)) continue;
    for (const rule of rules.items) {
      const selectors = get(rule, 'clientSelectors');
      if (!isSeq(selectors)) continue;
      for (const selector of selectors.items) {
        const headers = get(selector, 'headers');
        if (!isSeq(headers)) continue;
        for (const header of headers.items) {
          if (stringValue(get(header, 'type')) === 'RegularExpression') {
            checkRegex(get(header, 'value'), `header '${stringValue(get(header, 'name')) ?? '?'}' of a ${scope} rate-limit rule of ${owner}`, context);
          }
        }
      }
    }
    if (scope !== 'local') continue;
    const defaultRule = rules.items.find((rule) => {
      const selectors = get(rule, 'clientSelectors');
      return !isSeq(selectors) || selectors.items.length === 0;
    });
    const defaultUnitNode = get(get(defaultRule, 'limit'), 'unit');
    const defaultUnit = RATE_LIMIT_UNITS[stringValue(defaultUnitNode) ?? ''];
    if (!defaultUnit || !defaultUnitNode) continue;
    for (const rule of rules.items) {
      if (rule === defaultRule) continue;
      const unitNode = get(get(rule, 'limit'), 'unit');
      const unit = RATE_LIMIT_UNITS[stringValue(unitNode) ?? ''];
      if (!unit || !unitNode || unit % defaultUnit === 0) continue;
      context.dialectFindings.push({
        ruleId: 'schema',
        node: unitNode,
        message:
          `A local rate-limit rule of ${owner} counts per ${stringValue(unitNode)}, which is not a multiple of the default rule's unit ` +
          `(${stringValue(defaultUnitNode)}): Envoy Gateway rejects the rate limit, so none of its rules apply.`,
        related: [{ node: defaultUnitNode, message: 'unit of the default rule' }],
      });
    }
  }
}

function describe(object: KubeObject): string {
  return `${object.kind} ${object.namespace}/${object.name ?? '?'}`;
}

/** A CORS block (SecurityPolicy `cors`, HTTPRoute `CORS` filter): both use the same field names. */
export function corsPolicyOf(name: string, nameNode: YNode, node: YNode): CorsPolicy {
  const origins = get(node, 'allowOrigins');
  return {
    name,
    nameNode,
    node,
    allowOrigins: stringList(origins),
    allowOriginsNode: origins,
    allowMethods: stringList(get(node, 'allowMethods')),
    allowHeaders: stringList(get(node, 'allowHeaders')),
    allowCredentials: located(get(node, 'allowCredentials'), booleanValue),
  };
}

const AUTH_KINDS: readonly (readonly [string, string])[] = [
  ['jwt', 'jwt'],
  ['oidc', 'oidc'],
  ['apiKeyAuth', 'apiKey'],
  ['basicAuth', 'basic'],
  ['extAuth', 'external'],
];

function readAuth(object: KubeObject, name: string): AuthPolicy | undefined {
  for (const [field, type] of AUTH_KINDS) {
    const node = get(object.spec, field);
    if (!isMap(node)) continue;
    let apiKeyInQuery: AuthPolicy['apiKeyInQuery'];
    if (type === 'apiKey') {
      const sources = get(node, 'extractFrom');
      const params = isSeq(sources) ? sources.items.map((source) => get(source, 'params')).find((p) => isSeq(p) && p.items.length > 0) : undefined;
      apiKeyInQuery = params ? { value: true, node: params, fromDefault: false } : { value: false, node: sources ?? node, fromDefault: !sources };
    }
    return { name, nameNode: object.nameNode, node, type: { value: type, node }, apiKeyInQuery };
  }
  return undefined;
}

export function readSecurityPolicy(object: KubeObject, context: BuildContext): SecurityPolicyModel {
  const name = describe(object);
  const corsNode = get(object.spec, 'cors');
  let cors: CorsPolicy | undefined;
  if (isMap(corsNode)) {
    cors = corsPolicyOf(name, object.nameNode, corsNode);
    context.corsPolicies.push(cors);
    checkDurations(get(corsNode, 'maxAge'), '.cors.maxAge', name, context);
  }
  const auth = readAuth(object, name);
  if (auth) context.authPolicies.push(auth);
  return { key: `${object.namespace}/${object.name ?? ''}`, cors, auth };
}

export function readTrafficPolicy(object: KubeObject, context: BuildContext): TrafficPolicyModel {
  const timeout = get(object.spec, 'timeout');
  checkDurations(timeout, '.timeout', describe(object), context);
  if (object.kind !== 'BackendTrafficPolicy') return { key: `${object.namespace}/${object.name ?? ''}` };
  checkRateLimit(object, describe(object), context);
  const requestNode = get(get(timeout, 'http'), 'requestTimeout');
  const reading = requestNode && readDuration(requestNode);
  const upgrades = get(object.spec, 'httpUpgrade');
  const connect = isSeq(upgrades) ? upgrades.items.find((item) => stringAt(get(item, 'type'))?.value.toUpperCase() === 'CONNECT') : undefined;
  return {
    key: `${object.namespace}/${object.name ?? ''}`,
    requestTimeout: requestNode && reading?.ok ? { value: reading.ms, node: requestNode } : undefined,
    connect,
  };
}

/** Whether an object is one of Envoy Gateway's policies that gwlint reads. */
export function isEnvoyGatewayPolicy(object: KubeObject): boolean {
  return object.group === ENVOY_GATEWAY_GROUP && ['SecurityPolicy', 'BackendTrafficPolicy', 'ClientTrafficPolicy'].includes(object.kind);
}
