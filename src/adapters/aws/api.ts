/**
 * One API Gateway API (a REST or HTTP API) being read: the operations found in its OpenAPI
 * definition and, in SAM templates, in the `Events` of functions, then turned into model routes
 * with AWS's precedence. Names (upstreams, authorizers) are per API.
 */
import type { YNode } from '../../load/tree.js';
import { parsePattern, patternKey, type PatternMatcher } from '../../paths/pattern.js';
import type {
  AuthPolicy,
  CorsPolicy,
  DialectFinding,
  GatewayInstance,
  Inherited,
  InvalidPath,
  Located,
  Reference,
  Route,
  RoutePath,
  UnresolvedReference,
  Upstream,
} from '../../model/types.js';
import { suggestNames } from '../../model/suggest.js';
import { writtenText } from '../../load/describe.js';
import { awsPrecedence, DEFAULT_ROUTE, dialectFor, maxTimeout, MIN_TIMEOUT_MS, type ApiKind, type EndpointType } from './dialect.js';

/** Where the findings of one document go. */
export interface Sink {
  readonly findings: DialectFinding[];
  readonly invalidPaths: InvalidPath[];
  readonly unresolved: UnresolvedReference[];
}

/** A route's auth before resolution: an authorizer name, or deliberately none. */
export type AuthChoice =
  | { readonly kind: 'policy'; readonly name: string; readonly node: YNode; readonly fromDefault: boolean }
  | { readonly kind: 'none'; readonly node: YNode; readonly fromDefault: boolean };

export interface RouteDraft {
  name: string;
  nameNode: YNode;
  node: YNode;
  readonly path: Located<string>;
  /** Upper-case; undefined: ANY (`x-amazon-apigateway-any-method`, SAM `Method: any`). */
  readonly method?: Located<string>;
  /** For ANY: the node that says so (the operation key, SAM's `Method: any`); the name node otherwise. */
  readonly anyNode?: YNode;
  readonly source: 'definition' | 'event' | 'preflight' | 'resource';
  /** The operation has an `x-amazon-apigateway-integration` (SAM refuses to add another from an event). */
  hasIntegration: boolean;
  upstream?: { readonly upstream: Upstream; readonly node: YNode };
  /**
   * The integration timeout; 'unknown' when it is an intrinsic, undefined for API Gateway's default.
   * A value that is no usable number (`.inf`, `1e400`) is kept as read, and reported when the route is built.
   */
  timeout?: Located<number> | 'unknown';
  /** Where an inherited default timeout is shown. */
  timeoutAnchor: YNode;
  auth?: AuthChoice;
  cors?: CorsPolicy;
}

export interface ApiPart {
  readonly gateway: GatewayInstance;
  readonly routes: Route[];
  readonly upstreams: Upstream[];
  readonly corsPolicies: CorsPolicy[];
  readonly authPolicies: AuthPolicy[];
}

/** The HTTP methods an API Gateway route may have (OpenAPI operation keys, upper-cased). */
export const HTTP_METHODS = ['GET', 'PUT', 'POST', 'DELETE', 'OPTIONS', 'HEAD', 'PATCH'] as const;

/** The matcher of `$default`: every request, tried after every other route. */
const CATCH_ALL: PatternMatcher = { kind: 'pattern', segments: [], tail: 'rest' };

/** What API Gateway accepts as one part of a REST API resource path. */
const REST_PATH_PART = /^(?:[A-Za-z0-9._:-]+|\{[A-Za-z0-9._:-]+\+?\})$/;

export class ApiBuilder {
  readonly gateway: GatewayInstance;
  readonly drafts: RouteDraft[] = [];
  readonly upstreams = new Map<string, Upstream>();
  readonly authPolicies = new Map<string, AuthPolicy>();
  readonly corsPolicies: CorsPolicy[] = [];
  /** The API-wide CORS configuration (SAM `Cors`, `x-amazon-apigateway-cors`). */
  cors?: CorsPolicy;
  /** The API-wide default authorizer (SAM `Auth.DefaultAuthorizer`, OpenAPI root `security`). */
  defaultAuth?: AuthChoice;

  constructor(
    readonly kind: ApiKind,
    /** Unique across the run. */
    id: string,
    /** "REST API 'ExplicitApi'": how messages name the API. */
    label: string,
    /** Prefixed to route names when a template holds several APIs. */
    readonly routePrefix: string,
    readonly node: YNode | undefined,
    readonly sink: Sink,
    endpoint: EndpointType = 'unknown',
  ) {
    this.gateway = {
      id,
      label,
      dialect: dialectFor(kind),
      settings: { node, name: label, trailingSlash: { value: 'strict' }, maxTimeoutMs: maxTimeout(kind, endpoint), defaults: {} },
    };
  }

  routeName(method: string | undefined, path: string): string {
    const key = path === DEFAULT_ROUTE ? path : `${method ?? 'ANY'} ${path}`;
    return this.routePrefix ? `${this.routePrefix} ${key}` : key;
  }

  /** The operation already defined for this exact path and method, if any. */
  find(path: string, method: string | undefined): RouteDraft | undefined {
    return this.drafts.find((draft) => draft.path.value === path && draft.method?.value === method);
  }

  add(draft: RouteDraft): void {
    this.drafts.push(draft);
  }

  /** The upstream of a name, made once per API. */
  upstream(name: string, make: () => Upstream): Upstream {
    let upstream = this.upstreams.get(name);
    if (!upstream) {
      upstream = make();
      this.upstreams.set(name, upstream);
    }
    return upstream;
  }

  addAuthPolicy(policy: AuthPolicy): void {
    if (!this.authPolicies.has(policy.name)) this.authPolicies.set(policy.name, policy);
  }

  /** Reports an authorizer name that names nothing (SAM and API Gateway reject it). */
  private resolveAuth(choice: AuthChoice, from: string): Route['auth'] {
    if (choice.kind === 'none') return { value: 'none', node: choice.node, fromDefault: choice.fromDefault };
    const target = this.authPolicies.get(choice.name);
    if (!target && !choice.fromDefault) {
      this.sink.unresolved.push({ kind: 'authPolicy', name: choice.name, node: choice.node, candidates: suggestNames(choice.name, this.authPolicies.keys()), from });
    }
    return { kind: 'authPolicy', value: choice.name, node: choice.node, fromDefault: choice.fromDefault, target };
  }

  /** Checks the API-wide default authorizer once, not once per route that inherits it. */
  checkDefaultAuth(from: string): void {
    if (this.defaultAuth?.kind === 'policy') this.resolveAuth({ ...this.defaultAuth, fromDefault: false }, from);
  }

  finish(): ApiPart {
    const routes: Route[] = [];
    const parsed = this.drafts.map((draft) => this.parsePath(draft));
    const anyMethods = this.methodsOfAny(parsed);
    this.drafts.forEach((draft, order) => {
      const matcher = parsed[order];
      const isDefault = draft.path.value === DEFAULT_ROUTE;
      const precedence = awsPrecedence(matcher, isDefault, draft.method === undefined, order);
      const path: RoutePath = { value: draft.path.value, node: draft.path.node, matcher, precedence };
      const from = `route '${draft.name}'`;
      const authChoice = draft.auth ?? this.defaultAuth;
      const cors = draft.cors ?? this.cors;
      const upstream: Reference<Upstream> | undefined = draft.upstream && {
        kind: 'upstream',
        value: draft.upstream.upstream.name,
        node: draft.upstream.node,
        fromDefault: false,
        target: draft.upstream.upstream,
      };
      routes.push({
        name: draft.name,
        nameNode: draft.nameNode,
        node: draft.node,
        gateway: this.gateway,
        order,
        hosts: undefined,
        methods: draft.method ? [draft.method] : anyMethods.get(draft),
        paths: [path],
        headers: [],
        queryParams: [],
        priority: 0,
        upstream,
        timeoutMs: this.timeoutOf(draft),
        auth: authChoice && this.resolveAuth(authChoice, from),
        cors: cors && { kind: 'corsPolicy', value: cors.name, node: cors.nameNode, fromDefault: !draft.cors, target: cors },
      });
    });
    if (this.kind === 'rest') this.checkVariableSiblings(parsed);
    return {
      gateway: this.gateway,
      routes,
      upstreams: [...this.upstreams.values()],
      corsPolicies: this.corsPolicies,
      authPolicies: [...this.authPolicies.values()],
    };
  }

  /**
   * "The ANY method matches all methods that you haven't defined for a resource": next to a `GET`
   * on the same path, an ANY route serves the other methods only (API Gateway supports seven). An
   * ANY route alone keeps `methods` undefined: every method.
   */
  private methodsOfAny(parsed: readonly (PatternMatcher | undefined)[]): Map<RouteDraft, Located<string>[]> {
    const resourceOf = (index: number): string | undefined => {
      const matcher = parsed[index];
      return this.drafts[index]!.path.value === DEFAULT_ROUTE ? DEFAULT_ROUTE : matcher && patternKey(matcher);
    };
    const defined = new Map<string, Set<string>>();
    this.drafts.forEach((draft, index) => {
      const resource = resourceOf(index);
      if (!draft.method || resource === undefined) return;
      const methods = defined.get(resource) ?? new Set<string>();
      methods.add(draft.method.value);
      defined.set(resource, methods);
    });
    const result = new Map<RouteDraft, Located<string>[]>();
    this.drafts.forEach((draft, index) => {
      const resource = resourceOf(index);
      const taken = resource === undefined ? undefined : defined.get(resource);
      if (draft.method || !taken) return;
      const node = draft.anyNode ?? draft.nameNode;
      result.set(
        draft,
        HTTP_METHODS.filter((method) => !taken.has(method)).map((value) => ({ value, node })),
      );
    });
    return result;
  }

  private timeoutOf(draft: RouteDraft): Inherited<number> | undefined {
    if (draft.timeout === 'unknown') return undefined;
    if (draft.timeout) {
      if (!Number.isFinite(draft.timeout.value)) {
        this.sink.findings.push({
          ruleId: 'schema',
          node: draft.timeout.node,
          message:
            `Integration timeout ${writtenText(draft.timeout.node)} of route '${draft.name}' is not a valid number of milliseconds: ` +
            `API Gateway accepts whole milliseconds from ${MIN_TIMEOUT_MS} up to the API's integration timeout limit, so the deployment fails.`,
        });
        return undefined;
      }
      if (draft.timeout.value < MIN_TIMEOUT_MS) {
        this.sink.findings.push({
          ruleId: 'schema',
          node: draft.timeout.node,
          message: `Integration timeout ${draft.timeout.value} ms of route '${draft.name}' is below ${MIN_TIMEOUT_MS} ms: API Gateway rejects integration timeouts below ${MIN_TIMEOUT_MS} ms.`,
        });
      }
      return { ...draft.timeout, fromDefault: false };
    }
    return { value: this.gateway.settings.maxTimeoutMs!.value, node: draft.timeoutAnchor, fromDefault: true, description: "API Gateway's default integration timeout" };
  }

  private parsePath(draft: RouteDraft): PatternMatcher | undefined {
    const raw = draft.path.value;
    if (raw === DEFAULT_ROUTE) return CATCH_ALL;
    const invalid = (reason: string): undefined => {
      this.sink.invalidPaths.push({ node: draft.path.node, path: raw, route: draft.name, reason });
      return undefined;
    };
    const parts = raw.slice(1).split('/');
    const star = parts.find((part) => part.includes('*'));
    if (raw.startsWith('/') && star !== undefined) {
      return invalid(`'*' is not a wildcard in API Gateway paths; a greedy path variable such as '{proxy+}' matches the rest of the path`);
    }
    const result = parsePattern(raw, { ignoreTrailingSlash: false });
    if ('reason' in result) return invalid(result.reason);
    if (this.kind === 'rest' && raw !== '/') {
      const bad = parts.find((part, index) => !(index === parts.length - 1 && part === '') && !REST_PATH_PART.test(part));
      if (bad !== undefined) {
        return invalid(`REST API path parts allow only a-zA-Z0-9._-: and a '{variable}' or greedy '{variable+}' as a whole part, not '${bad}'`);
      }
    }
    return result.matcher;
  }

  /**
   * A REST API resource may have only one variable child: `/pets/{id}` and `/pets/{petId}/toys`
   * cannot both exist ("A sibling ({id}) of this resource already has a variable path part -- only
   * one is allowed"). Identical routes that differ only by variable names are `duplicate-route`s.
   */
  private checkVariableSiblings(parsed: readonly (PatternMatcher | undefined)[]): void {
    const firstVariable = new Map<string, { part: string; draft: RouteDraft; index: number }>();
    const reported = new Set<string>();
    this.drafts.forEach((draft, index) => {
      if (!parsed[index] || draft.path.value === DEFAULT_ROUTE) return;
      const parts = draft.path.value.slice(1).split('/');
      for (let i = 0; i < parts.length; i++) {
        const part = parts[i]!;
        if (!part.startsWith('{')) continue;
        const parent = `/${parts.slice(0, i).join('/')}`;
        const first = firstVariable.get(parent);
        if (!first) {
          firstVariable.set(parent, { part, draft, index });
          continue;
        }
        if (first.part === part) continue;
        // The same route twice under other variable names: duplicate-route says it better.
        const twin = parsed[first.index]!;
        const sameRoute =
          patternKey(twin) === patternKey(parsed[index]!) && this.drafts.some((other, j) => parsed[j] && other.path.value === first.draft.path.value && sameMethod(other, draft));
        const key = `${parent}\u0000${part}\u0000${draft.path.value}`;
        if (sameRoute || reported.has(key)) break;
        reported.add(key);
        const greedy = part.endsWith('+}') || first.part.endsWith('+}');
        const fix = greedy ? 'Move the specific routes under a literal segment of their own, or use an HTTP API' : 'Use the same variable name in both paths';
        this.sink.findings.push({
          ruleId: 'schema',
          node: draft.path.node,
          message:
            `Path '${draft.path.value}' of route '${draft.name}' has the path variable '${part}' under '${parent}', where route '${first.draft.name}' ` +
            `already has '${first.part}': a REST API resource can have only one variable child, so API Gateway rejects the deployment ` +
            `("A sibling (${first.part}) of this resource already has a variable path part -- only one is allowed"). ${fix}.`,
          related: [{ node: first.draft.path.node, message: `'${first.part}' is defined here` }],
        });
        break;
      }
    });
  }
}

function sameMethod(a: RouteDraft, b: RouteDraft): boolean {
  return a.method?.value === b.method?.value;
}
