/**
 * The upstreams and policies the generated routes refer to. Only those some route (or the
 * gateway defaults) uses are written, so the configuration has no unused definitions.
 */
import type { Mapping } from './yaml.js';

const HEALTH = { path: '/healthz', interval: '10s' };

/** Upstream timeouts: all at most 30s, below every route timeout the generator writes (30s–60s, default 60s). */
export const UPSTREAM_TIMEOUTS = ['5s', '10s', '15s', '20s', '30s'] as const;

export function upstream(url: string, timeout: string): Mapping {
  return { url, timeout, connectTimeout: '2s', keepAliveTimeout: '60s', tls: { verify: true }, healthCheck: HEALTH, maxBodySize: '10MB' };
}

/** An upstream slower than the gateway default timeout: routes inheriting that default get a timeout-upstream-gap. */
export const SLOW_UPSTREAM = 'reports-slow';

/** The gateway default route timeout, above every upstream timeout but SLOW_UPSTREAM's. */
export const DEFAULT_TIMEOUT_SECONDS = 60;

export const GATEWAY: Mapping = {
  name: 'bench-gateway',
  trailingSlash: 'strict',
  maxTimeout: '120s',
  requestId: { header: 'x-request-id', generate: true },
  accessLog: true,
  defaults: { timeout: `${DEFAULT_TIMEOUT_SECONDS}s`, auth: 'jwt-default', cors: 'web', rateLimit: 'standard', maxBodySize: '1MB' },
};

const ALL_METHODS = ['GET', 'HEAD', 'POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS'];
const ALLOW_HEADERS = ['Authorization', 'Content-Type', 'x-api-key', 'x-request-id'];

export const CORS_POLICIES: Record<string, Mapping> = {
  web: {
    allowOrigins: ['https://app.example.com', 'https://admin.example.com'],
    allowMethods: ALL_METHODS,
    allowHeaders: ALLOW_HEADERS,
    exposeHeaders: ['x-request-id'],
    allowCredentials: true,
    maxAge: '10m',
  },
  partners: {
    allowOrigins: ['https://portal.partners.example.net'],
    allowMethods: ALL_METHODS,
    allowHeaders: ALLOW_HEADERS,
    allowCredentials: true,
    maxAge: '10m',
  },
  'public-read': { allowOrigins: ['*'], allowMethods: ['GET', 'HEAD', 'OPTIONS'], allowHeaders: ALLOW_HEADERS, allowCredentials: false, maxAge: '1h' },
};

/** A planted `cors-wildcard-credentials` finding: any origin together with credentials. */
export function wildcardCredentialsPolicy(): Mapping {
  return { allowOrigins: ['*'], allowMethods: ALL_METHODS, allowHeaders: ALLOW_HEADERS, allowCredentials: true, maxAge: '10m' };
}

export const RATE_LIMITS: Record<string, Mapping> = {
  standard: { requestsPerSecond: 100, burst: 200, key: 'consumerId', retryAfter: true },
  strict: { requestsPerSecond: 10, burst: 20, key: 'consumerId', retryAfter: true },
  'per-user': { requestsPerSecond: 50, burst: 100, key: 'jwtClaim:sub', retryAfter: true },
  'partner-quota': { requestsPerMinute: 6000, burst: 200, key: 'apiKey', retryAfter: true },
};

const IDP = 'https://idp.example.com/';

export const AUTH_POLICIES: Record<string, Mapping> = {
  'jwt-default': {
    type: 'jwt',
    issuer: IDP,
    audiences: ['bench-api'],
    algorithms: ['RS256'],
    jwksUri: `${IDP}.well-known/jwks.json`,
    clockSkew: '30s',
    requiredClaims: ['exp'],
  },
  'oauth-users': {
    type: 'oauth2',
    issuer: IDP,
    audiences: ['bench-users'],
    algorithms: ['ES256'],
    jwksUri: `${IDP}.well-known/jwks.json`,
    clockSkew: '30s',
    requiredClaims: ['exp'],
    scopes: ['users:read'],
  },
  'partner-keys': { type: 'apiKey', in: 'header', name: 'x-api-key', plan: 'partner' },
  'internal-iam': { type: 'iam', scopes: ['internal:invoke'] },
  'basic-legacy': { type: 'basic', plan: 'legacy' },
};
