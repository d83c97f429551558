/**
 * Reads an API Gateway OpenAPI definition (Swagger 2.0 or OpenAPI 3.x with `x-amazon-apigateway-*`
 * extensions): a standalone document, a SAM `DefinitionBody` or a CloudFormation `Body`, with
 * positions inside whatever file holds it. Request validators, models and parameters are not
 * read: they do not decide which route a request reaches.
 */
import { get, isMap, isScalar, isSeq, type YMap, type YNode } from '../../load/tree.js';
import type { AuthPolicy, CorsPolicy, Located, Upstream } from '../../model/types.js';
import type { ApiBuilder, AuthChoice, RouteDraft } from './api.js';
import { HTTP_METHODS } from './api.js';
import { DEFAULT_ROUTE, type ApiKind } from './dialect.js';
import { isIntrinsic, lambdaFunctionId, plainBoolean, plainString, plainStringAt, plainStrings, unquoteHeaderValue, writtenNumber } from './values.js';

export const ANY_METHOD_KEY = 'x-amazon-apigateway-any-method';
const INTEGRATION = 'x-amazon-apigateway-integration';

/** How the definition's Lambda integrations find their function (a template resource, or an ARN). */
export type LambdaUpstream = (functionId: string, referenceNode: YNode) => Upstream;

export interface DefinitionOptions {
  readonly lambdaUpstream: LambdaUpstream;
  /** A CORS configuration from outside the definition (SAM) replaces `x-amazon-apigateway-cors`. */
  readonly corsFromTemplate: boolean;
}

/** Whether an OpenAPI document is meant for API Gateway: it uses `x-amazon-apigateway-*` extensions. */
export function hasApiGatewayExtensions(node: YNode, budget = { left: 200_000 }): boolean {
  if (--budget.left < 0) return false;
  if (isMap(node)) {
    return node.pairs.some((pair) => pair.keyText.startsWith('x-amazon-apigateway-') || hasApiGatewayExtensions(pair.value, budget));
  }
  return isSeq(node) && node.items.some((item) => hasApiGatewayExtensions(item, budget));
}

/**
 * REST or HTTP API: HTTP APIs exist only for OpenAPI 3, and are the ones with a `$default` route,
 * `x-amazon-apigateway-cors`, payload format versions or JWT authorizers.
 */
export function guessApiKind(root: YMap): ApiKind {
  if (get(root, 'swagger') !== undefined && get(root, 'openapi') === undefined) return 'rest';
  if (get(root, 'x-amazon-apigateway-cors') !== undefined) return 'http';
  if (isMap(get(get(root, 'paths'), DEFAULT_ROUTE))) return 'http';
  const text = JSON.stringify(toPlain(root, { left: 20_000 }));
  return /"payloadFormatVersion"|"type":"jwt"|"x-amazon-apigateway-importexport-version"/i.test(text) ? 'http' : 'rest';
}

function toPlain(node: YNode, budget: { left: number }): unknown {
  if (--budget.left < 0) return null;
  if (isMap(node)) return Object.fromEntries(node.pairs.map((pair) => [pair.keyText, toPlain(pair.value, budget)]));
  if (isSeq(node)) return node.items.map((item) => toPlain(item, budget));
  return node.value;
}

/** The security schemes of the definition as auth policies. */
function readSecuritySchemes(root: YMap, api: ApiBuilder): void {
  const schemes = get(root, 'securityDefinitions') ?? get(get(root, 'components'), 'securitySchemes');
  if (!isMap(schemes)) return;
  for (const pair of schemes.pairs) {
    if (!isMap(pair.value)) continue;
    api.addAuthPolicy(readScheme(pair.keyText, pair.key, pair.value));
  }
}

function readScheme(name: string, nameNode: YNode, node: YMap): AuthPolicy {
  const authorizer = get(node, 'x-amazon-apigateway-authorizer');
  const authType = plainString(get(node, 'x-amazon-apigateway-authtype'))?.toLowerCase();
  const authorizerType = plainString(get(authorizer, 'type'))?.toLowerCase();
  const typeNode = get(node, 'type');
  const type = plainString(typeNode);
  const at = (value: string, where: YNode | undefined = typeNode): Located<string> => ({ value, node: where ?? node });
  if (authType === 'awssigv4') return { name, nameNode, node, type: at('iam') };
  if (authorizerType === 'token' || authorizerType === 'request' || authType === 'custom') return { name, nameNode, node, type: at('lambda', get(authorizer, 'type')) };
  if (authorizerType === 'cognito_user_pools' || authType === 'cognito_user_pools' || authorizerType === 'jwt') {
    return { name, nameNode, node, type: at('jwt', get(authorizer, 'type')) };
  }
  if (type === 'apiKey') {
    // API Gateway API keys: read from the x-api-key header (or handed over by an authorizer), never from the query string.
    return { name, nameNode, node, type: at('apiKey'), apiKeyInQuery: { value: false, node: get(node, 'in') ?? node, fromDefault: true } };
  }
  return { name, nameNode, node, type: type ? at(type) : undefined };
}

/** An OpenAPI `security` list: its first alternative's first scheme, or none for `[]` / `[{}]`. */
export function readSecurity(node: YNode | undefined, fromDefault: boolean): AuthChoice | undefined {
  if (!isSeq(node) || isIntrinsic(node)) return undefined;
  const first = node.items[0];
  if (!first) return { kind: 'none', node, fromDefault };
  if (!isMap(first)) return undefined;
  const pair = first.pairs[0];
  if (!pair) return { kind: 'none', node: first, fromDefault };
  return { kind: 'policy', name: pair.keyText, node: pair.key, fromDefault };
}

/** `x-amazon-apigateway-cors` of an HTTP API. */
function readHttpCors(root: YMap, api: ApiBuilder): void {
  const node = get(root, 'x-amazon-apigateway-cors');
  if (!isMap(node)) return;
  const policy: CorsPolicy = {
    name: api.routePrefix ? `${api.routePrefix} x-amazon-apigateway-cors` : 'x-amazon-apigateway-cors',
    nameNode: node,
    node,
    allowOrigins: plainStrings(get(node, 'allowOrigins')),
    allowOriginsNode: get(node, 'allowOrigins'),
    allowMethods: plainStrings(get(node, 'allowMethods')),
    allowHeaders: plainStrings(get(node, 'allowHeaders')),
    allowCredentials: locatedBoolean(get(node, 'allowCredentials')),
  };
  api.corsPolicies.push(policy);
  api.cors = policy;
}

export function locatedBoolean(node: YNode | undefined): Located<boolean> | undefined {
  const value = plainBoolean(node);
  return value === undefined ? undefined : { value, node: node! };
}

/**
 * REST APIs answer CORS preflights with an OPTIONS method whose mock integration sets the
 * `Access-Control-Allow-*` headers (what SAM's `Cors` generates): read those as the path's policy.
 */
function readPreflightCors(path: string, operation: YMap, api: ApiBuilder): CorsPolicy | undefined {
  const responses = get(get(operation, INTEGRATION), 'responses');
  if (!isMap(responses)) return undefined;
  for (const response of responses.pairs) {
    const parameters = get(response.value, 'responseParameters');
    const origin = get(parameters, 'method.response.header.Access-Control-Allow-Origin');
    if (!origin) continue;
    const header = (name: string): Located<string>[] =>
      plainStrings(get(parameters, `method.response.header.Access-Control-Allow-${name}`)).flatMap(({ value, node }) =>
        unquoteHeaderValue(value)
          .split(',')
          .map((item) => item.trim())
          .filter((item) => item !== '')
          .map((item) => ({ value: item, node })),
      );
    const credentials = plainStringAt(get(parameters, 'method.response.header.Access-Control-Allow-Credentials'));
    const originValue = plainString(origin);
    const policy: CorsPolicy = {
      name: api.routeName('OPTIONS', path),
      nameNode: origin,
      node: operation,
      allowOrigins: originValue === undefined ? [] : [{ value: unquoteHeaderValue(originValue), node: origin }],
      allowOriginsNode: origin,
      allowMethods: header('Methods'),
      allowHeaders: header('Headers'),
      allowCredentials: credentials && { value: unquoteHeaderValue(credentials.value).toLowerCase() === 'true', node: credentials.node },
    };
    api.corsPolicies.push(policy);
    return policy;
  }
  return undefined;
}

/** The method of an operation key: upper-case, undefined for ANY; null when the key is no method. */
export function methodOfKey(key: string): string | undefined | null {
  const lower = key.toLowerCase();
  // SAM (and its users) write `any` for API Gateway's any-method extension.
  if (lower === ANY_METHOD_KEY || lower === 'any') return undefined;
  const upper = key.toUpperCase();
  return (HTTP_METHODS as readonly string[]).includes(upper) ? upper : null;
}

/** Reads the integration of an operation into the draft: upstream and timeout. */
export function applyIntegration(draft: RouteDraft, integration: YNode | undefined, api: ApiBuilder, lambdaUpstream: LambdaUpstream): void {
  if (!isMap(integration)) return;
  draft.hasIntegration = true;
  draft.timeoutAnchor = integration;
  const timeoutNode = get(integration, 'timeoutInMillis');
  if (timeoutNode) {
    const value = writtenNumber(timeoutNode);
    draft.timeout = value === undefined ? 'unknown' : { value, node: timeoutNode };
  }
  const type = plainString(get(integration, 'type'))?.toLowerCase();
  const uriNode = get(integration, 'uri');
  if (!uriNode) return;
  if (type === 'http' || type === 'http_proxy') {
    const uri = plainStringAt(uriNode);
    if (!uri) return;
    // The uri is the whole backend URL of this route (path variables substituted), not a base
    // path the request path is appended to: so no basePath.
    draft.upstream = { upstream: api.upstream(uri.value, () => ({ name: uri.value, nameNode: uri.node, node: integration, url: uri, basePath: '' })), node: uri.node };
    return;
  }
  const functionId = lambdaFunctionId(uriNode) ?? lambdaNameFromArn(plainString(uriNode));
  if (functionId) draft.upstream = { upstream: lambdaUpstream(functionId, uriNode), node: uriNode };
}

/** `arn:aws:apigateway:…:lambda:path/2015-03-31/functions/arn:aws:lambda:…:function:NAME/invocations` → NAME. */
function lambdaNameFromArn(uri: string | undefined): string | undefined {
  return uri ? /:function:([^:/]+)(?::[^/]*)?\/invocations/.exec(uri)?.[1] : undefined;
}

/** Reads every operation of the definition into `api`. */
export function readDefinition(root: YMap, api: ApiBuilder, options: DefinitionOptions): void {
  readSecuritySchemes(root, api);
  const rootSecurity = readSecurity(get(root, 'security'), true);
  if (api.kind === 'http' && !options.corsFromTemplate) readHttpCors(root, api);
  const paths = get(root, 'paths');
  if (!isMap(paths) || isIntrinsic(paths)) return;
  for (const pathPair of paths.pairs) {
    const path = String(pathPair.key.value);
    const item = pathPair.value;
    if (!isMap(item) || isIntrinsic(item)) {
      if (!isIntrinsic(item)) {
        api.sink.findings.push({
          ruleId: 'schema',
          node: pathPair.key,
          message: `The path item of '${path}' must be a mapping of operations (get, post, ${ANY_METHOD_KEY} …): API Gateway and SAM reject the definition.`,
        });
      }
      continue;
    }
    const drafts: RouteDraft[] = [];
    let preflightCors: CorsPolicy | undefined;
    for (const operationPair of item.pairs) {
      const key = String(operationPair.key.value);
      const method = methodOfKey(key);
      const operation = operationPair.value;
      if (method === null || !isMap(operation)) continue;
      const methodNode = operationPair.key;
      const draft: RouteDraft = {
        name: api.routeName(method, path),
        nameNode: methodNode,
        node: operation,
        path: { value: path, node: pathPair.key },
        method: method === undefined ? undefined : { value: method, node: methodNode },
        anyNode: methodNode,
        source: 'definition',
        hasIntegration: false,
        timeoutAnchor: operation,
      };
      applyIntegration(draft, get(operation, INTEGRATION), api, options.lambdaUpstream);
      const security = readSecurity(get(operation, 'security'), false) ?? rootSecurity;
      if (security) draft.auth = security;
      if (method === 'OPTIONS' && api.kind === 'rest' && !options.corsFromTemplate) preflightCors = readPreflightCors(path, operation, api);
      drafts.push(draft);
      api.add(draft);
    }
    if (preflightCors) for (const draft of drafts) draft.cors = preflightCors;
  }
}

/** `info.title` when it is plain text. */
export function definitionTitle(root: YMap): string | undefined {
  const title = get(get(root, 'info'), 'title');
  return isScalar(title) ? plainString(title) : undefined;
}
