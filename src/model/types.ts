/**
 * The gateway-neutral model every rule reads. Adapters (the native format now, real gateways'
 * formats later) fill it; each element keeps the node it came from so findings point at it.
 */
import type { Dialect } from '../dialect/dialect.js';
import type { PathMatcher } from '../paths/pattern.js';
import type { YNode } from '../load/tree.js';
import type { ParsedDocument } from '../load/parse.js';

/** A value read from configuration, with the node it was read from. */
export interface Located<T> {
  readonly value: T;
  readonly node: YNode;
}

/** A setting that may come from the element itself or from `gateway.defaults`. */
export interface Inherited<T> extends Located<T> {
  readonly fromDefault: boolean;
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
}

export interface RateLimitPolicy extends Named {
  readonly requestsPerSecond?: Located<number>;
  readonly burst?: Located<number>;
  readonly key?: Located<string>;
}

export interface AuthPolicy extends Named {
  readonly type?: Located<string>;
}

export interface HostPattern extends Located<string> {
  /** `*.example.com` matches any host ending in `.example.com` (one or more labels). */
  readonly wildcard: boolean;
}

export interface RoutePath extends Located<string> {
  /** How the gateway matches this path; undefined when the path is invalid (`invalid-path`). */
  readonly matcher: PathMatcher | undefined;
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
  readonly maxTimeoutMs?: Located<number>;
  readonly defaults: {
    readonly timeoutMs?: Located<number>;
    readonly auth?: Located<string>;
    readonly cors?: Located<string>;
    readonly rateLimit?: Located<string>;
  };
}

/** One gateway: the routes that compete with each other for the same requests. */
export interface GatewayInstance {
  readonly id: string;
  readonly dialect: Dialect;
  readonly settings: GatewaySettings;
}

/** A definition that shares its name with an earlier one of the same kind. */
export interface DuplicateDefinition {
  readonly kind: PolicyKind | 'route' | 'gateway';
  readonly name: string;
  readonly duplicate: YNode;
  readonly first: YNode;
}

/** A reference the model could not resolve, with the names it could have meant. */
export interface UnresolvedReference {
  readonly kind: PolicyKind;
  readonly name: string;
  readonly node: YNode;
  readonly candidates: readonly string[];
  readonly from: string;
}

export interface GatewayModel {
  readonly documents: readonly ParsedDocument[];
  readonly gateways: readonly GatewayInstance[];
  readonly routes: readonly Route[];
  readonly upstreams: ReadonlyMap<string, Upstream>;
  readonly corsPolicies: ReadonlyMap<string, CorsPolicy>;
  readonly rateLimits: ReadonlyMap<string, RateLimitPolicy>;
  readonly authPolicies: ReadonlyMap<string, AuthPolicy>;
  readonly duplicates: readonly DuplicateDefinition[];
  readonly unresolved: readonly UnresolvedReference[];
  /** Path strings that the dialect rejected, with the reason (`invalid-path`). */
  readonly invalidPaths: readonly { node: YNode; path: string; route: string; reason: string }[];
}
