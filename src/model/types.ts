/**
 * The gateway-neutral model every rule reads. Adapters (the native format now, real gateways'
 * formats later) fill it; each element keeps the node it came from so findings point at it.
 */
import type { Dialect } from '../dialect/dialect.js';
import type { PathMatcher } from '../paths/pattern.js';
import type { YNode } from '../load/tree.js';

/** A value read from configuration, with the node it was read from. */
export interface Located<T> {
  readonly value: T;
  readonly node: YNode;
}

/** A setting that may come from the element itself or from `gateway.defaults`. */
export interface Inherited<T> extends Located<T> {
  readonly fromDefault: boolean;
  /**
   * For a platform default that no file states, how messages name it ("API Gateway's default
   * integration timeout"); `node` is then only the element the default applies to.
   */
  readonly description?: string;
}

export interface Named {
  readonly name: string;
  /** The node that names the element: a mapping key, or a `name:` value. */
  readonly nameNode: YNode;
  /** The whole element. */
  readonly node: YNode;
}

export type PolicyKind = 'upstream' | 'corsPolicy' | 'rateLimit' | 'authPolicy';

/** A by-name reference from a route (or the gateway defaults) to an upstream or policy. */
export interface Reference<T> extends Inherited<string> {
  readonly kind: PolicyKind;
  /** Undefined when nothing of that name exists (`unknown-reference`). */
  readonly target: T | undefined;
}

export interface Upstream extends Named {
  readonly url?: Located<string>;
  /** The path part of `url`, '' when it has none. */
  readonly basePath: string;
  readonly timeoutMs?: Located<number>;
  readonly connectTimeoutMs?: Located<number>;
  readonly keepAliveTimeoutMs?: Located<number>;
  readonly maxBodyBytes?: Located<number>;
}

export interface CorsPolicy extends Named {
  readonly allowOrigins: readonly Located<string>[];
  readonly allowOriginsNode?: YNode;
  readonly allowMethods: readonly Located<string>[];
  readonly allowHeaders: readonly Located<string>[];
  readonly allowCredentials?: Located<boolean>;
  /**
   * Why the policy allows any origin when no `'*'` is written (Kong's cors plugin with no
   * origins, SAM's default AllowOrigin); its `'*'` entry then points at the policy.
   */
  readonly anyOriginReason?: string;
  /** When the platform refuses any origin with credentials outright, what it says (SAM fails the transform). */
  readonly rejectedBy?: string;
}

export interface RateLimitPolicy extends Named {
  readonly requestsPerSecond?: Located<number>;
  readonly burst?: Located<number>;
  readonly key?: Located<string>;
}

export interface AuthPolicy extends Named {
  readonly type?: Located<string>;
  /**
   * For API-key policies: whether the key is accepted in the query string. `fromDefault` when
   * the gateway's default decides it (Kong key-auth `key_in_query` is true unless set).
   */
  readonly apiKeyInQuery?: Inherited<boolean>;
}

export interface HostPattern extends Located<string> {
  /** `*.example.com` matches any host ending in `.example.com` (one or more labels). */
  readonly wildcard: boolean;
}

export interface RoutePath extends Located<string> {
  /** How the gateway matches this path; undefined when the path is invalid (`invalid-path`). */
  readonly matcher: PathMatcher | undefined;
  /**
   * The order in which the gateway tries this path, set by the dialect's adapter: smaller keys
   * (compared element by element, `compareKeys`) are tried first. Two paths tie only when the
   * gateway itself has no rule to break the tie.
   */
  readonly precedence: readonly number[];
}

/**
 * A condition on a request header or query parameter (Kong `headers`, Gateway API `matches`).
 * `value` undefined: the header or parameter only has to be present.
 */
export interface RequestCondition {
  readonly name: string;
  readonly match: 'exact' | 'regex' | 'present';
  readonly value?: string;
  readonly node: YNode;
}

export interface Retries {
  readonly node: YNode;
  readonly attempts?: Located<number>;
  readonly perTryTimeoutMs?: Located<number>;
}

export interface Route extends Named {
  /** Which gateway (one configuration of one dialect) the route belongs to. */
  readonly gateway: GatewayInstance;
  /** Position in declaration order across the whole gateway: files sorted, then file order. */
  readonly order: number;
  /** Undefined: any host. */
  readonly hosts: readonly HostPattern[] | undefined;
  /** Upper-case; undefined: every method. */
  readonly methods: readonly Located<string>[] | undefined;
  readonly paths: readonly RoutePath[];
  /** Extra conditions a request must meet; empty in the native format. */
  readonly headers: readonly RequestCondition[];
  readonly queryParams: readonly RequestCondition[];
  /** The native format's `priority`; 0 where a dialect has none. */
  readonly priority: number;
  readonly upstream?: Reference<Upstream>;
  readonly timeoutMs?: Inherited<number>;
  readonly retries?: Retries;
  readonly auth?: Reference<AuthPolicy> | Inherited<'none'>;
  readonly cors?: Reference<CorsPolicy>;
  readonly rateLimit?: Reference<RateLimitPolicy>;
  readonly stripPrefix?: Located<string>;
}

export type TrailingSlashMode = 'strict' | 'ignore' | 'redirect';

export interface GatewaySettings {
  readonly node?: YNode;
  readonly name?: string;
  readonly trailingSlash: Located<TrailingSlashMode> | { value: TrailingSlashMode; node?: undefined };
  /** The longest route timeout the platform accepts (`gateway.maxTimeout`; 29 s on AWS REST APIs). */
  readonly maxTimeoutMs?: PlatformLimit;
  readonly defaults: {
    readonly timeoutMs?: Located<number>;
    readonly auth?: Located<string>;
    readonly cors?: Located<string>;
    readonly rateLimit?: Located<string>;
  };
}

/** A ceiling the platform sets: from the configuration (`node`), or a known platform default. */
export interface PlatformLimit {
  readonly value: number;
  readonly node?: YNode;
  /** For a platform default: what it is, for messages ("API Gateway's 29 s integration timeout limit for REST APIs"). */
  readonly description?: string;
  /** A platform default that a quota increase can raise (`timeout-exceeds-platform`'s `raisedMaxTimeout` option). */
  readonly raisable?: boolean;
}

/** One gateway: the routes that compete with each other for the same requests. */
export interface GatewayInstance {
  /** Unique in the model: routes of different gateways never compete. */
  readonly id: string;
  readonly dialect: Dialect;
  readonly settings: GatewaySettings;
  /** How messages name it when a run has several: "Gateway envoy-gateway/gateway-1". */
  readonly label?: string;
}

/**
 * A finding only one dialect can produce (a Kong regex path without `~`, a Gateway API
 * `backendRequest` above `request`), made by the adapter that read the file and reported by the
 * rule named `ruleId`.
 */
export interface DialectFinding {
  readonly ruleId: string;
  readonly node: YNode;
  readonly message: string;
  readonly severity?: 'error' | 'warning' | 'info';
  readonly related?: readonly { readonly node: YNode; readonly message: string }[];
}

/** A definition that shares its name with an earlier one of the same kind. */
export interface DuplicateDefinition {
  readonly kind: PolicyKind | 'route' | 'gateway';
  readonly name: string;
  readonly duplicate: YNode;
  readonly first: YNode;
  /** What the dialect calls the element when it is not the model's name for it: Kong's "service" for an upstream. */
  readonly noun?: string;
  /** Where names must be unique, as a clause for messages; default "names are global across files" (the native format). */
  readonly scope?: string;
}

/** A reference the model could not resolve, with the names it could have meant. */
export interface UnresolvedReference {
  readonly kind: PolicyKind;
  readonly name: string;
  readonly node: YNode;
  readonly candidates: readonly string[];
  readonly from: string;
  /** What the dialect calls the missing element when it is not the model's name for it: Kong's "service". */
  readonly noun?: string;
}

export interface GatewayModel {
  readonly gateways: readonly GatewayInstance[];
  readonly routes: readonly Route[];
  readonly upstreams: readonly Upstream[];
  readonly corsPolicies: readonly CorsPolicy[];
  readonly rateLimits: readonly RateLimitPolicy[];
  readonly authPolicies: readonly AuthPolicy[];
  readonly duplicates: readonly DuplicateDefinition[];
  readonly unresolved: readonly UnresolvedReference[];
  /** Path strings that the dialect rejected, with the reason (`invalid-path`). */
  readonly invalidPaths: readonly InvalidPath[];
  readonly dialectFindings: readonly DialectFinding[];
}

export interface InvalidPath {
  readonly node: YNode;
  readonly path: string;
  readonly route: string;
  readonly reason: string;
  /**
   * A path the gateway accepts but probably reads otherwise than meant (a Kong 3.x path that
   * looks like a regex but is matched as text): a warning, and the path stays in the routing
   * checks. `reason` is then a whole clause: "is matched as plain text by Kong 3.x …".
   */
  readonly severity?: 'warning';
}

/** The part of the model one adapter builds; `mergeParts` joins them. */
export type ModelPart = GatewayModel;
