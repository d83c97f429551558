/**
 * Reads a CloudFormation / AWS SAM template: one API per `AWS::Serverless::Api`,
 * `AWS::Serverless::HttpApi`, `AWS::ApiGateway::RestApi` and `AWS::ApiGatewayV2::Api` resource,
 * plus SAM's implicit `ServerlessRestApi` / `ServerlessHttpApi` when function events need them.
 * Routes come from inline definitions (`DefinitionBody`, `Body`), from function `Events` of type
 * `Api`/`HttpApi` (merged into the definition the way SAM merges them), and from
 * `AWS::ApiGateway::Method` and `AWS::ApiGatewayV2::Route` resources. Definitions kept elsewhere
 * (`DefinitionUri`, `BodyS3Location`) cannot be read: those APIs are skipped quietly.
 */
import type { ParsedDocument } from '../../load/parse.js';
import { get, isMap, isScalar, isSeq, type YMap, type YNode, type YScalar } from '../../load/tree.js';
import type { AuthPolicy, CorsPolicy, Located, Upstream } from '../../model/types.js';
import { writtenText } from '../../load/describe.js';
import { ApiBuilder, type AuthChoice, type RouteDraft, type Sink } from './api.js';
import { DEFAULT_ROUTE, type ApiKind, type EndpointType } from './dialect.js';
import { definitionTitle, locatedBoolean, readDefinition, type LambdaUpstream } from './openapi.js';
import {
  getAttAttribute,
  isIntrinsic,
  isUnusableNumber,
  MergedProperty,
  plainBoolean,
  plainNumber,
  plainString,
  plainStringAt,
  plainStrings,
  referencedId,
  subText,
  unknownKeys,
  unquoteHeaderValue,
  writtenNumber,
} from './values.js';

interface Resource {
  readonly id: string;
  readonly keyNode: YScalar;
  readonly node: YMap;
  readonly type: string;
  readonly props: YNode | undefined;
}

type Definition = 'inline' | 'generated' | 'unreadable' | 'resources';

interface ApiEntry {
  readonly builder: ApiBuilder;
  readonly definition: Definition;
  /** A SAM API: function events attach to it, and its `Cors` generates OPTIONS methods. */
  readonly sam: boolean;
  /** SAM `Cors` (REST APIs) or `CorsConfiguration` (HTTP APIs), when set. */
  corsNode?: YNode;
  preflightAuth: boolean;
  /** SAM `MergeDefinitions: true`: events are merged over the inline definition's operations. */
  mergeDefinitions?: boolean;
}

const REST_CORS_KEYS = ['AllowMethods', 'AllowHeaders', 'AllowOrigin', 'MaxAge', 'AllowCredentials'] as const;
const HTTP_CORS_KEYS = ['AllowOrigins', 'AllowCredentials', 'AllowHeaders', 'AllowMethods', 'ExposeHeaders', 'MaxAge'] as const;
const USAGE_PLAN_KEYS = ['CreateUsagePlan', 'UsagePlanId', 'UsagePlanName', 'Description', 'Quota', 'Tags', 'Throttle'] as const;
const IMPLICIT: Record<ApiKind, string> = { rest: 'ServerlessRestApi', http: 'ServerlessHttpApi' };
const IAM = 'AWS_IAM';
const API_KEY = 'api_key';

/** Whether a template has anything API Gateway in it. */
export function isCloudFormation(root: YNode): root is YMap {
  return isMap(root) && (isMap(get(root, 'Resources')) || get(root, 'AWSTemplateFormatVersion') !== undefined || plainString(get(root, 'Transform'))?.startsWith('AWS::Serverless') === true);
}

export function readTemplate(root: YMap, document: ParsedDocument, sink: Sink): ApiBuilder[] {
  return new TemplateReader(root, document, sink).read();
}

class TemplateReader {
  private readonly resources = new Map<string, Resource>();
  private readonly apis = new Map<string, ApiEntry>();
  private readonly order: ApiEntry[] = [];
  private readonly globals: YNode | undefined;
  /** Mappings already checked for unknown keys (a `Globals` mapping applies to several APIs). */
  private readonly checked = new Set<YNode>();
  /** CORS policies made from `Globals` alone, shared by the APIs they apply to. */
  private readonly sharedCors = new Map<YNode, CorsPolicy>();
  private readonly listed = new Set<CorsPolicy>();

  constructor(
    root: YMap,
    private readonly document: ParsedDocument,
    private readonly sink: Sink,
  ) {
    this.globals = get(root, 'Globals');
    const resources = get(root, 'Resources');
    if (isMap(resources)) {
      for (const pair of resources.pairs) {
        if (!isMap(pair.value)) continue;
        const type = plainString(get(pair.value, 'Type'));
        if (type) this.resources.set(pair.keyText, { id: pair.keyText, keyNode: pair.key, node: pair.value, type, props: get(pair.value, 'Properties') });
      }
    }
  }

  read(): ApiBuilder[] {
    for (const resource of this.resources.values()) {
      if (resource.type === 'AWS::Serverless::Api') this.readSamApi(resource, 'rest');
      else if (resource.type === 'AWS::Serverless::HttpApi') this.readSamApi(resource, 'http');
      else if (resource.type === 'AWS::ApiGateway::RestApi') this.readPlainApi(resource, 'rest', 'Body', 'BodyS3Location');
      else if (resource.type === 'AWS::ApiGatewayV2::Api' && plainString(get(resource.props, 'ProtocolType'))?.toUpperCase() !== 'WEBSOCKET') {
        this.readPlainApi(resource, 'http', 'Body', 'BodyS3Location');
      }
    }
    for (const resource of this.resources.values()) if (resource.type === 'AWS::Serverless::Function') this.readEvents(resource);
    for (const resource of this.resources.values()) {
      if (resource.type === 'AWS::ApiGateway::Method') this.readMethodResource(resource);
      else if (resource.type === 'AWS::ApiGatewayV2::Route') this.readRouteResource(resource);
    }
    for (const entry of this.order) this.addPreflights(entry);
    this.checkFunctionTimeouts();
    return this.order.map((entry) => entry.builder);
  }

  /**
   * Function `Timeout`s (seconds) that are no usable number (`.inf`, `1e400`): CloudFormation
   * rejects the function. Checked for every function, whether an API uses it or not, and for
   * `Globals.Function` once; `functionTimeout` then reads them as unset.
   */
  private checkFunctionTimeouts(): void {
    const rejected = (node: YNode, what: string, consequence: string): void => {
      this.sink.findings.push({
        ruleId: 'schema',
        node,
        message: `Timeout ${writtenText(node)} ${what} is not a valid number of seconds: Lambda accepts whole seconds from 1 to 900, so CloudFormation rejects ${consequence}.`,
      });
    };
    const global = get(get(this.globals, 'Function'), 'Timeout');
    if (isUnusableNumber(global)) rejected(global!, 'in Globals.Function', 'every function that inherits it');
    for (const resource of this.resources.values()) {
      if (resource.type !== 'AWS::Serverless::Function' && resource.type !== 'AWS::Lambda::Function') continue;
      const own = get(resource.props, 'Timeout');
      if (isUnusableNumber(own)) rejected(own!, `of function '${resource.id}'`, 'the function');
    }
  }

  private newBuilder(kind: ApiKind, id: string, node: YNode | undefined, implicit: boolean, endpoint: EndpointType): ApiBuilder {
    const what = kind === 'rest' ? 'REST API' : 'HTTP API';
    const label = `${what} '${id}'${implicit ? ' (implicit)' : ''}`;
    return new ApiBuilder(kind, `aws:${this.document.file.path}#${this.document.index}:${id}`, label, id, node, this.sink, endpoint);
  }

  /**
   * `EndpointConfiguration` of a REST API: SAM's `REGIONAL` or `{Type: REGIONAL}`, CloudFormation's
   * `{Types: [REGIONAL]}`. Unset means API Gateway's default, edge-optimized.
   */
  private endpointType(node: YNode | undefined): EndpointType {
    if (node === undefined) return 'EDGE';
    if (isIntrinsic(node)) return 'unknown';
    const types = plainStrings(get(node, 'Types'));
    const text = plainString(node) ?? plainString(get(node, 'Type')) ?? (types.length === 1 ? types[0]!.value : undefined);
    const type = text?.toUpperCase();
    return type === 'EDGE' || type === 'REGIONAL' || type === 'PRIVATE' ? type : 'unknown';
  }

  private register(id: string, entry: ApiEntry): ApiEntry {
    this.apis.set(id, entry);
    this.order.push(entry);
    return entry;
  }

  // ---- Lambda functions as upstreams ----

  /** A function's own timeout (seconds in the template), from the function or `Globals.Function`. */
  private functionTimeout(resource: Resource | undefined): Located<number> | undefined {
    if (!resource) return undefined;
    const own = get(resource.props, 'Timeout');
    const node = own ?? (resource.type === 'AWS::Serverless::Function' ? get(get(this.globals, 'Function'), 'Timeout') : undefined);
    const seconds = plainNumber(node);
    return seconds === undefined || seconds <= 0 ? undefined : { value: seconds * 1000, node: node! };
  }

  private lambdaUpstream(builder: ApiBuilder): LambdaUpstream {
    return (functionId, referenceNode) =>
      builder.upstream(functionId, (): Upstream => {
        const resource = this.resources.get(functionId);
        const isFunction = resource?.type === 'AWS::Serverless::Function' || resource?.type === 'AWS::Lambda::Function';
        return {
          name: functionId,
          nameNode: isFunction ? resource.keyNode : referenceNode,
          node: isFunction ? resource.node : referenceNode,
          basePath: '',
          timeoutMs: isFunction ? this.functionTimeout(resource) : undefined,
        };
      });
  }

  // ---- APIs ----

  private readPlainApi(resource: Resource, kind: ApiKind, bodyKey: string, s3Key: string): void {
    const body = get(resource.props, bodyKey);
    const builder = this.newBuilder(kind, resource.id, resource.node, false, this.endpointType(get(resource.props, 'EndpointConfiguration')));
    const definition: Definition = isMap(body) && !isIntrinsic(body) ? 'inline' : body || get(resource.props, s3Key) ? 'unreadable' : 'resources';
    this.register(resource.id, { builder, definition, sam: false, preflightAuth: false });
    if (definition === 'inline') readDefinition(body as YMap, builder, { lambdaUpstream: this.lambdaUpstream(builder), corsFromTemplate: false });
  }

  private readSamApi(resource: Resource | undefined, kind: ApiKind): ApiEntry {
    const id = resource?.id ?? IMPLICIT[kind];
    const globalSection = get(this.globals, kind === 'rest' ? 'Api' : 'HttpApi');
    const prop = (key: string): MergedProperty => new MergedProperty(get(resource?.props, key), get(globalSection, key));
    const body = get(resource?.props, 'DefinitionBody');
    const definitionUri = prop('DefinitionUri').value;
    const definition: Definition = !resource ? 'generated' : isMap(body) && !isIntrinsic(body) ? 'inline' : body || definitionUri ? 'unreadable' : 'generated';
    const builder = this.newBuilder(kind, id, resource?.node ?? globalSection, !resource, this.endpointType(prop('EndpointConfiguration').value));
    const entry = this.register(id, { builder, definition, sam: true, preflightAuth: true, mergeDefinitions: plainBoolean(prop('MergeDefinitions').value) === true });

    this.readSamAuth(prop('Auth'), entry, kind);
    const cors = prop(kind === 'rest' ? 'Cors' : 'CorsConfiguration');
    if (cors.value !== undefined) {
      entry.corsNode = cors.own ?? cors.global;
      // (A DefinitionBody that is an intrinsic, such as AWS::Include, is inline once expanded.)
      if (definition === 'unreadable' && !body) {
        this.sink.findings.push({
          ruleId: 'schema',
          node: entry.corsNode!,
          message:
            `${builder.gateway.label} sets ${kind === 'rest' ? 'Cors' : 'CorsConfiguration'}${cors.own ? '' : ' (from Globals)'}, but its definition is not inline: ` +
            `SAM applies CORS only to an inline OpenAPI definition in 'DefinitionBody' and rejects the template.`,
        });
      } else if (definition !== 'unreadable') {
        const policy = kind === 'rest' ? this.readRestCors(cors, id) : this.readHttpCors(cors, id);
        if (policy) {
          // A policy from Globals alone is one policy, listed once, whichever APIs it applies to.
          if (!this.listed.has(policy)) builder.corsPolicies.push(policy);
          this.listed.add(policy);
          builder.cors = policy;
        }
      }
    }
    if (definition === 'inline') {
      readDefinition(body as YMap, builder, { lambdaUpstream: this.lambdaUpstream(builder), corsFromTemplate: cors.value !== undefined });
    }
    builder.checkDefaultAuth(`the Auth of ${builder.gateway.label}`);
    return entry;
  }

  private checkKeys(map: YMap, known: readonly string[], describe: (key: string) => string): void {
    if (this.checked.has(map)) return;
    this.checked.add(map);
    this.sink.findings.push(...unknownKeys(map, known, describe));
  }

  /**
   * REST API `Cors`: a quoted origin (`"'*'"`), or a mapping of quoted header values. SAM's
   * default origin is `'*'`, so `AllowCredentials: true` without `AllowOrigin` allows any origin.
   */
  private readRestCors(cors: MergedProperty, apiId: string): CorsPolicy | undefined {
    const value = cors.value;
    if (!value || isIntrinsic(value)) return undefined;
    const shared = cors.own === undefined ? this.sharedCors.get(value) : undefined;
    if (shared) return shared;
    const name = cors.own === undefined ? 'Globals.Api.Cors' : `${apiId} Cors`;
    const headerList = (node: YNode | undefined): Located<string>[] =>
      plainStrings(node).flatMap(({ value: text, node: at }) =>
        unquoteHeaderValue(text)
          .split(',')
          .map((item) => item.trim())
          .filter((item) => item !== '')
          .map((item) => ({ value: item, node: at })),
      );
    let policy: CorsPolicy | undefined;
    if (isScalar(value)) {
      const origin = plainString(value);
      if (origin === undefined) return undefined;
      policy = { name, nameNode: value, node: value, allowOrigins: [{ value: unquoteHeaderValue(origin), node: value }], allowOriginsNode: value, allowMethods: [], allowHeaders: [] };
    } else if (isMap(value)) {
      for (const map of cors.maps) this.checkKeys(map, REST_CORS_KEYS, (key) => `Invalid key '${key}' for the 'Cors' property: SAM rejects the template.`);
      const originPair = cors.pair('AllowOrigin');
      let allowOrigins: Located<string>[];
      if (!originPair) {
        // SAM's default AllowOrigin is "'*'": the policy allows any origin.
        allowOrigins = [{ value: '*', node: value }];
      } else {
        const text = plainString(originPair.value);
        allowOrigins = text === undefined ? [] : [{ value: unquoteHeaderValue(text), node: originPair.value }];
        if (text !== undefined && unquoteHeaderValue(text) === '') {
          this.sink.findings.push({ ruleId: 'schema', node: originPair.value, message: `Value for AllowOrigin is required: an empty origin makes SAM reject the template.` });
          allowOrigins = [];
        }
      }
      policy = {
        name,
        nameNode: value,
        node: value,
        allowOrigins,
        allowOriginsNode: originPair?.value ?? value,
        allowMethods: headerList(cors.get('AllowMethods')),
        allowHeaders: headerList(cors.get('AllowHeaders')),
        allowCredentials: locatedBoolean(cors.get('AllowCredentials')),
        ...(originPair ? {} : { anyOriginReason: "AllowOrigin is not set, and SAM's default is '*'" }),
        rejectedBy: `SAM rejects the template ("'AllowCredentials' can not be true when 'AllowOrigin' is "'*'" or not set")`,
      };
    }
    if (policy && cors.own === undefined) this.sharedCors.set(value, policy);
    return policy;
  }

  /** HTTP API `CorsConfiguration`: `true` (any origin) or a mapping of lists; lists from `Globals` are added. */
  private readHttpCors(cors: MergedProperty, apiId: string): CorsPolicy | undefined {
    const value = cors.value;
    if (!value || isIntrinsic(value)) return undefined;
    const shared = cors.own === undefined ? this.sharedCors.get(value) : undefined;
    if (shared) return shared;
    const name = cors.own === undefined ? 'Globals.HttpApi.CorsConfiguration' : `${apiId} CorsConfiguration`;
    let policy: CorsPolicy | undefined;
    if (plainBoolean(value) === true) {
      policy = { name, nameNode: value, node: value, allowOrigins: [{ value: '*', node: value }], allowOriginsNode: value, allowMethods: [], allowHeaders: [] };
    } else if (isMap(value)) {
      for (const map of cors.maps) this.checkKeys(map, HTTP_CORS_KEYS, (key) => `Invalid key '${key}' for the 'CorsConfiguration' property: SAM rejects the template.`);
      const lists = (key: string): Located<string>[] => cors.maps.flatMap((map) => plainStrings(get(map, key)));
      policy = {
        name,
        nameNode: value,
        node: value,
        allowOrigins: lists('AllowOrigins'),
        allowOriginsNode: cors.get('AllowOrigins'),
        allowMethods: lists('AllowMethods'),
        allowHeaders: lists('AllowHeaders'),
        allowCredentials: locatedBoolean(cors.get('AllowCredentials')),
      };
    }
    if (policy && cors.own === undefined) this.sharedCors.set(value, policy);
    return policy;
  }

  /** SAM `Auth`: authorizers, the default authorizer, API keys; `UsagePlan` keys are checked. */
  private readSamAuth(auth: MergedProperty, entry: ApiEntry, kind: ApiKind): void {
    const builder = entry.builder;
    for (const map of auth.maps) {
      const authorizers = get(map, 'Authorizers');
      if (isMap(authorizers) && !isIntrinsic(authorizers)) {
        for (const pair of authorizers.pairs) {
          if (!isMap(pair.value)) continue;
          const jwt = get(pair.value, 'UserPoolArn') ?? get(pair.value, 'JwtConfiguration');
          const lambda = get(pair.value, 'FunctionArn');
          const type: Located<string> | undefined = jwt ? { value: 'jwt', node: jwt } : lambda ? { value: 'lambda', node: lambda } : undefined;
          builder.addAuthPolicy({ name: pair.keyText, nameNode: pair.key, node: pair.value, type });
        }
      }
      const usagePlan = get(map, 'UsagePlan');
      if (isMap(usagePlan) && !isIntrinsic(usagePlan)) {
        this.checkKeys(usagePlan, USAGE_PLAN_KEYS, (key) => `Invalid property '${key}' for 'UsagePlan': SAM rejects the template.`);
      }
    }
    if (kind === 'http' && plainBoolean(auth.get('EnableIamAuthorizer')) === true) this.iamPolicy(builder, auth.get('EnableIamAuthorizer')!);
    const preflight = plainBoolean(auth.get('AddDefaultAuthorizerToCorsPreflight'));
    if (preflight === false) entry.preflightAuth = false;
    const defaultNode = auth.get('DefaultAuthorizer');
    const defaultName = plainString(defaultNode);
    if (defaultName !== undefined && defaultNode) {
      if (defaultName === IAM) this.iamPolicy(builder, defaultNode);
      builder.defaultAuth = defaultName === 'NONE' ? { kind: 'none', node: defaultNode, fromDefault: true } : { kind: 'policy', name: defaultName, node: defaultNode, fromDefault: true };
    }
    const apiKeyNode = auth.get('ApiKeyRequired');
    if (plainBoolean(apiKeyNode) === true) {
      this.apiKeyPolicy(builder, apiKeyNode!);
      builder.defaultAuth ??= { kind: 'policy', name: API_KEY, node: apiKeyNode!, fromDefault: true };
    }
  }

  private iamPolicy(builder: ApiBuilder, node: YNode): void {
    builder.addAuthPolicy({ name: IAM, nameNode: node, node, type: { value: 'iam', node } });
  }

  /** API Gateway API keys are read from the `x-api-key` header, never from the query string. */
  private apiKeyPolicy(builder: ApiBuilder, node: YNode): void {
    const policy: AuthPolicy = { name: API_KEY, nameNode: node, node, type: { value: 'apiKey', node }, apiKeyInQuery: { value: false, node, fromDefault: true } };
    builder.addAuthPolicy(policy);
  }

  // ---- SAM function events ----

  private readEvents(fn: Resource): void {
    const events = get(fn.props, 'Events');
    if (!isMap(events) || isIntrinsic(events)) return;
    for (const pair of events.pairs) {
      const event = pair.value;
      const type = plainString(get(event, 'Type'));
      if (type !== 'Api' && type !== 'HttpApi') continue;
      const kind: ApiKind = type === 'Api' ? 'rest' : 'http';
      const props = get(event, 'Properties');
      const apiRef = get(props, kind === 'rest' ? 'RestApiId' : 'ApiId');
      let entry: ApiEntry | undefined;
      if (apiRef) {
        const id = referencedId(apiRef, true);
        entry = id === undefined ? undefined : this.apis.get(id);
        if (!entry?.sam) continue;
      } else {
        entry = this.apis.get(IMPLICIT[kind]) ?? this.readSamApi(undefined, kind);
      }
      if (entry.definition === 'unreadable') continue;
      this.addEvent(fn, pair.key, event, props, entry);
    }
  }

  private addEvent(fn: Resource, eventKey: YScalar, event: YNode, props: YNode | undefined, entry: ApiEntry): void {
    const builder = entry.builder;
    const pathNode = get(props, 'Path');
    const methodNode = get(props, 'Method');
    let path: Located<string>;
    let method: Located<string> | undefined;
    if (builder.kind === 'http' && pathNode === undefined && methodNode === undefined) {
      // An HttpApi event without Path and Method is the API's $default route.
      path = { value: DEFAULT_ROUTE, node: eventKey };
    } else {
      const pathText = plainString(pathNode);
      const methodText = plainString(methodNode);
      if (pathText === undefined || methodText === undefined) return;
      path = { value: pathText, node: pathNode! };
      method = methodText.toLowerCase() === 'any' ? undefined : { value: methodText.toUpperCase(), node: methodNode! };
    }
    const upstream = { upstream: this.lambdaUpstream(builder)(fn.id, eventKey), node: eventKey };
    const timeoutNode = get(props, 'TimeoutInMillis');
    const timeoutValue = writtenNumber(timeoutNode);
    const timeout: RouteDraft['timeout'] = timeoutNode === undefined ? undefined : timeoutValue === undefined ? 'unknown' : { value: timeoutValue, node: timeoutNode };
    const auth = this.eventAuth(get(props, 'Auth'), builder);

    // SAM adds an event to an operation the inline definition already has: into one without an
    // integration (REST APIs), or into any (HTTP APIs keep their integration). Anything else is a
    // second route for the same method and path.
    // With MergeDefinitions, SAM merges its generated operation over the inline one instead.
    const existing = builder.drafts.find((draft) => draft.source === 'definition' && draft.path.value === path.value && draft.method?.value === method?.value);
    if (existing && (builder.kind === 'http' || !existing.hasIntegration || entry.mergeDefinitions)) {
      if (!existing.hasIntegration || entry.mergeDefinitions) {
        existing.upstream = upstream;
        existing.hasIntegration = true;
      }
      if (timeout) existing.timeout = timeout;
      if (auth) existing.auth = auth;
      return;
    }
    builder.add({
      name: `${fn.id}.${String(eventKey.value)}`,
      nameNode: eventKey,
      node: event,
      path,
      method,
      anyNode: methodNode ?? eventKey,
      source: 'event',
      hasIntegration: true,
      upstream,
      timeout,
      timeoutAnchor: event,
      auth,
    });
  }

  /** An event's `Auth`: `Authorizer` (a name, `NONE` or `AWS_IAM`) and `ApiKeyRequired`. */
  private eventAuth(auth: YNode | undefined, builder: ApiBuilder): AuthChoice | undefined {
    const authorizerNode = get(auth, 'Authorizer');
    const authorizer = plainString(authorizerNode);
    if (authorizer !== undefined && authorizerNode) {
      if (authorizer === 'NONE') {
        const apiKey = get(auth, 'ApiKeyRequired');
        if (plainBoolean(apiKey) === true) {
          this.apiKeyPolicy(builder, apiKey!);
          return { kind: 'policy', name: API_KEY, node: apiKey!, fromDefault: false };
        }
        return { kind: 'none', node: authorizerNode, fromDefault: false };
      }
      if (authorizer === IAM) this.iamPolicy(builder, authorizerNode);
      return { kind: 'policy', name: authorizer, node: authorizerNode, fromDefault: false };
    }
    const apiKey = get(auth, 'ApiKeyRequired');
    if (plainBoolean(apiKey) === true) {
      this.apiKeyPolicy(builder, apiKey!);
      return { kind: 'policy', name: API_KEY, node: apiKey!, fromDefault: false };
    }
    return undefined;
  }

  /**
   * SAM's `Cors` on a REST API adds an OPTIONS method (a mock integration answering the preflight)
   * to every path that has none, with the default authorizer unless
   * `AddDefaultAuthorizerToCorsPreflight: false`.
   */
  private addPreflights(entry: ApiEntry): void {
    const builder = entry.builder;
    if (!entry.sam || builder.kind !== 'rest' || !entry.corsNode || !builder.cors || entry.definition === 'unreadable') return;
    const corsNode = entry.corsNode;
    // Paths that differ only in variable names are one resource: one preflight (their conflict is reported anyway).
    const resource = (path: string): string => path.replace(/\{[^/}]*?(\+?)\}/g, '{$1}');
    const seen = new Set(builder.drafts.filter((draft) => draft.method?.value === 'OPTIONS').map((draft) => resource(draft.path.value)));
    for (const draft of [...builder.drafts]) {
      const path = draft.path.value;
      if (path === DEFAULT_ROUTE || seen.has(resource(path))) continue;
      seen.add(resource(path));
      const auth: AuthChoice = entry.preflightAuth && builder.defaultAuth ? builder.defaultAuth : { kind: 'none', node: corsNode, fromDefault: true };
      builder.add({
        name: `${builder.routeName('OPTIONS', path)} (CORS preflight)`,
        nameNode: corsNode,
        node: corsNode,
        path: draft.path,
        method: { value: 'OPTIONS', node: corsNode },
        source: 'preflight',
        hasIntegration: true,
        timeoutAnchor: corsNode,
        auth,
        cors: builder.cors,
      });
    }
  }

  // ---- AWS::ApiGateway::Method and AWS::ApiGatewayV2::Route ----

  /** The path of an `AWS::ApiGateway::Resource` (or of the root resource), built from its parents. */
  private resourcePath(node: YNode | undefined, depth = 0): string | undefined {
    if (depth > 64 || !node) return undefined;
    if (getAttAttribute(node) === 'RootResourceId') return '/';
    const id = referencedId(node);
    const resource = id === undefined ? undefined : this.resources.get(id);
    if (resource?.type !== 'AWS::ApiGateway::Resource') return undefined;
    const parent = this.resourcePath(get(resource.props, 'ParentId'), depth + 1);
    const part = plainString(get(resource.props, 'PathPart'));
    if (parent === undefined || part === undefined) return undefined;
    return parent === '/' ? `/${part}` : `${parent}/${part}`;
  }

  private readMethodResource(resource: Resource): void {
    const props = resource.props;
    const apiId = referencedId(get(props, 'RestApiId'));
    const entry = apiId === undefined ? undefined : this.apis.get(apiId);
    if (!entry || entry.builder.kind !== 'rest' || entry.definition === 'unreadable') return;
    const builder = entry.builder;
    const resourceNode = get(props, 'ResourceId');
    const path = this.resourcePath(resourceNode);
    const methodNode = get(props, 'HttpMethod');
    const methodText = plainString(methodNode);
    if (path === undefined || methodText === undefined || !resourceNode || !methodNode) return;
    const method = methodText.toUpperCase() === 'ANY' ? undefined : { value: methodText.toUpperCase(), node: methodNode };
    const draft: RouteDraft = {
      name: resource.id,
      nameNode: resource.keyNode,
      node: resource.node,
      path: { value: path, node: resourceNode },
      method,
      anyNode: methodNode,
      source: 'resource',
      hasIntegration: false,
      timeoutAnchor: resource.node,
    };
    const integration = get(props, 'Integration');
    if (isMap(integration)) {
      this.applyResourceIntegration(draft, builder, get(integration, 'Type'), get(integration, 'Uri'), get(integration, 'TimeoutInMillis'), integration);
    }
    draft.auth = this.resourceAuth(builder, get(props, 'AuthorizationType'), get(props, 'AuthorizerId'), get(props, 'ApiKeyRequired'), 'AWS::ApiGateway::Authorizer');
    builder.add(draft);
  }

  private readRouteResource(resource: Resource): void {
    const props = resource.props;
    const apiId = referencedId(get(props, 'ApiId'));
    const entry = apiId === undefined ? undefined : this.apis.get(apiId);
    if (!entry || entry.builder.kind !== 'http' || entry.definition === 'unreadable') return;
    const builder = entry.builder;
    const keyNode = get(props, 'RouteKey');
    const routeKey = plainString(keyNode)?.trim();
    if (routeKey === undefined || !keyNode) return;
    let path: string;
    let method: Located<string> | undefined;
    if (routeKey === DEFAULT_ROUTE) {
      path = DEFAULT_ROUTE;
    } else {
      const match = /^(\S+)\s+(\S+)$/.exec(routeKey);
      if (!match) return;
      path = match[2]!;
      method = match[1]!.toUpperCase() === 'ANY' ? undefined : { value: match[1]!.toUpperCase(), node: keyNode };
    }
    const draft: RouteDraft = {
      name: resource.id,
      nameNode: resource.keyNode,
      node: resource.node,
      path: { value: path, node: keyNode },
      method,
      anyNode: keyNode,
      source: 'resource',
      hasIntegration: false,
      timeoutAnchor: resource.node,
    };
    const integration = this.integrationResource(get(props, 'Target'));
    if (integration) {
      const ip = integration.props;
      this.applyResourceIntegration(draft, builder, get(ip, 'IntegrationType'), get(ip, 'IntegrationUri'), get(ip, 'TimeoutInMillis'), integration.node);
    }
    draft.auth = this.resourceAuth(builder, get(props, 'AuthorizationType'), get(props, 'AuthorizerId'), get(props, 'ApiKeyRequired'), 'AWS::ApiGatewayV2::Authorizer');
    builder.add(draft);
  }

  /** `integrations/${X}` (a `!Sub`) or `!Join ['/', [integrations, !Ref X]]`: the integration resource X. */
  private integrationResource(target: YNode | undefined): Resource | undefined {
    let id = /^integrations\/\$\{([A-Za-z0-9]+)\}$/.exec(subText(target) ?? '')?.[1];
    if (id === undefined) {
      const join = isSeq(target) && target.tag === '!Join' ? target : get(target, 'Fn::Join');
      const parts = isSeq(join) ? join.items[1] : undefined;
      if (isSeq(parts) && parts.items.length === 2 && plainString(parts.items[0]) === 'integrations') id = referencedId(parts.items[1]);
    }
    const resource = id === undefined ? undefined : this.resources.get(id);
    return resource?.type === 'AWS::ApiGatewayV2::Integration' ? resource : undefined;
  }

  private applyResourceIntegration(draft: RouteDraft, builder: ApiBuilder, typeNode: YNode | undefined, uriNode: YNode | undefined, timeoutNode: YNode | undefined, node: YNode): void {
    draft.hasIntegration = true;
    draft.timeoutAnchor = node;
    if (timeoutNode) {
      const value = writtenNumber(timeoutNode);
      draft.timeout = value === undefined ? 'unknown' : { value, node: timeoutNode };
    }
    const type = plainString(typeNode)?.toUpperCase();
    if (!uriNode) return;
    if (type === 'HTTP' || type === 'HTTP_PROXY') {
      const uri = plainStringAt(uriNode);
      if (uri) draft.upstream = { upstream: builder.upstream(uri.value, () => ({ name: uri.value, nameNode: uri.node, node, url: uri, basePath: '' })), node: uri.node };
      return;
    }
    const functionId = referencedId(uriNode) ?? /functions\/\$\{([A-Za-z0-9]+)(?:\.Arn)?\}\/invocations/.exec(subText(uriNode) ?? '')?.[1];
    if (functionId && (type === 'AWS_PROXY' || type === 'AWS')) draft.upstream = { upstream: this.lambdaUpstream(builder)(functionId, uriNode), node: uriNode };
  }

  /** `AuthorizationType` (+ `AuthorizerId`, `ApiKeyRequired`) of a Method or Route resource. */
  private resourceAuth(builder: ApiBuilder, typeNode: YNode | undefined, authorizerNode: YNode | undefined, apiKeyNode: YNode | undefined, authorizerType: string): AuthChoice | undefined {
    const type = plainString(typeNode)?.toUpperCase();
    if (type === IAM && typeNode) {
      this.iamPolicy(builder, typeNode);
      return { kind: 'policy', name: IAM, node: typeNode, fromDefault: false };
    }
    const authorizerId = referencedId(authorizerNode);
    const authorizer = authorizerId === undefined ? undefined : this.resources.get(authorizerId);
    if (authorizer?.type === authorizerType && authorizerNode) {
      const kind = plainString(get(authorizer.props, authorizerType.includes('V2') ? 'AuthorizerType' : 'Type'))?.toUpperCase();
      builder.addAuthPolicy({
        name: authorizer.id,
        nameNode: authorizer.keyNode,
        node: authorizer.node,
        type: kind ? { value: kind === 'JWT' || kind === 'COGNITO_USER_POOLS' ? 'jwt' : 'lambda', node: authorizer.node } : undefined,
      });
      return { kind: 'policy', name: authorizer.id, node: authorizerNode, fromDefault: false };
    }
    if (plainBoolean(apiKeyNode) === true) {
      this.apiKeyPolicy(builder, apiKeyNode!);
      return { kind: 'policy', name: API_KEY, node: apiKeyNode!, fromDefault: false };
    }
    if (type === 'NONE' && typeNode) return { kind: 'none', node: typeNode, fromDefault: false };
    return undefined;
  }
}

/** How a standalone OpenAPI document's API is named in messages. */
export function documentLabel(root: YMap, displayPath: string): string {
  const title = definitionTitle(root);
  return title ? `API '${title}' (${displayPath})` : `API ${displayPath}`;
}
