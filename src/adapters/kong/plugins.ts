/**
 * Kong plugins as gwlint policies: `cors` → CorsPolicy, `rate-limiting` (and `-advanced`) →
 * RateLimitPolicy, authentication plugins → AuthPolicy. Kong defaults are applied where a field is
 * absent, with the plugin's node as the place the default comes from.
 */
import { booleanValue, get, isMap, isScalar, isSeq, numberValue, stringValue, type YMap, type YNode, type YSeq } from '../../load/tree.js';
import { located, stringList } from '../../model/read.js';
import type { AuthPolicy, CorsPolicy, DialectFinding, Located, RateLimitPolicy } from '../../model/types.js';
import { parseRegex } from '../../regex/index.js';
import { describeValue, writtenText } from '../../load/describe.js';
import { holdsNoNumber, isPlaceholder, isRejectedNumber, type NumberRange } from '../numbers.js';

/** Where a plugin applies. `other`: only for some consumers or consumer groups, or a scope gwlint could not resolve. */
export type PluginLevel = 'global' | 'service' | 'route' | 'other';

export interface Plugin {
  readonly node: YMap;
  /** The plugin's name (`cors`, `key-auth`…). */
  readonly name: string;
  readonly nameNode: YNode;
  readonly config: YNode | undefined;
  readonly level: PluginLevel;
  /** How messages name the plugin instance: its `instance_name`, or `cors on service orders`, `global cors`. */
  readonly label: string;
}

/** Authentication plugins and the model's auth type for each. */
const AUTH_TYPES: Readonly<Record<string, string>> = {
  'key-auth': 'apiKey',
  'key-auth-enc': 'apiKey',
  jwt: 'jwt',
  'basic-auth': 'basic',
  'ldap-auth': 'basic',
  'ldap-auth-advanced': 'basic',
  oauth2: 'oauth2',
  'oauth2-introspection': 'oauth2',
  'openid-connect': 'oauth2',
  'hmac-auth': 'hmac',
  'mtls-auth': 'mtls',
};

export function isAuthPlugin(name: string): boolean {
  return Object.hasOwn(AUTH_TYPES, name);
}

export const RATE_LIMIT_PLUGINS = ['rate-limiting', 'rate-limiting-advanced'] as const;

/** Kong's cors `methods` default (kong/plugins/cors/schema.lua). */
const CORS_DEFAULT_METHODS = ['GET', 'HEAD', 'PUT', 'PATCH', 'POST', 'DELETE', 'OPTIONS', 'TRACE', 'CONNECT'];

/**
 * Kong's cors plugin answers `*` when `origins` is absent, empty or holds `*`, and with
 * `credentials: true` it then echoes the request's Origin with credentials allowed
 * (kong/plugins/cors/handler.lua). An absent or empty list is modelled as an origin `*` whose node
 * is the `origins` list (when written) or the plugin's `config`, so `cors-wildcard-credentials`
 * points at what to fix. Absent `headers`: Kong echoes the requested headers, i.e. allows any (`*`).
 */
/**
 * The origins as the model reads them: `*` stands for any origin (gwlint's reading) only when
 * Kong's cors handler treats it so — as the single entry, or when no origin is listed. In a longer
 * list Kong tries `*` as a regex, which matches nothing; an entry that is a regex matching every
 * origin (`.*`) allows any origin too.
 */
function kongOrigins(origins: readonly Located<string>[], anchor: YNode): Located<string>[] {
  if (origins.length === 0) return [{ value: '*', node: anchor }];
  if (origins.length === 1) return origins.map((origin) => (matchesEveryOrigin(origin.value) ? { ...origin, value: '*' } : origin));
  return origins.flatMap((origin) => (origin.value === '*' ? [] : matchesEveryOrigin(origin.value) ? [{ ...origin, value: '*' }] : [origin]));
}

/** Whether an origin entry, read as the regex Kong makes of it, matches any origin at all. */
function matchesEveryOrigin(entry: string): boolean {
  if (entry === '*' || !/[\\^$.|?*+()[\]{}]/.test(entry)) return entry === '*';
  const parsed = parseRegex(entry, 'pcre');
  // Kong matches an origin regex anchored at both ends (kong/plugins/cors/handler.lua).
  return parsed.ok && ['https://evil.example', 'null', 'http://a.b:8080'].every((origin) => parsed.regex.matches(origin, 'full'));
}

function anyOriginReason(origins: readonly Located<string>[]): Pick<CorsPolicy, 'anyOriginReason'> {
  if (origins.length === 0) return { anyOriginReason: "no origins are listed, and Kong's cors plugin then allows every origin" };
  const regex = origins.find((origin) => origin.value !== '*' && matchesEveryOrigin(origin.value));
  return regex ? { anyOriginReason: `the origin regex '${regex.value}' matches every origin` } : {};
}

export function corsPolicy(plugin: Plugin): CorsPolicy {
  const config = plugin.config;
  const anchor = config ?? plugin.node;
  const originsNode = get(config, 'origins');
  const origins = stringList(originsNode);
  const methodsNode = get(config, 'methods');
  const methods = stringList(methodsNode);
  const headersNode = get(config, 'headers');
  const headers = stringList(headersNode);
  return {
    name: plugin.label,
    nameNode: plugin.nameNode,
    node: plugin.node,
    allowOrigins: kongOrigins(origins, isSeq(originsNode) ? originsNode : anchor),
    allowOriginsNode: originsNode,
    allowMethods: methods.length > 0 ? methods.map(({ value, node }) => ({ value: value.toUpperCase(), node })) : CORS_DEFAULT_METHODS.map((value) => ({ value, node: anchor })),
    allowHeaders: headers.length > 0 ? headers : [{ value: '*', node: isSeq(headersNode) ? headersNode : anchor }],
    allowCredentials: located(get(config, 'credentials'), booleanValue),
    ...anyOriginReason(origins),
  };
}

/** What Kong's `limit_by` (or the advanced plugin's `identifier`) counts by, in the model's words. */
function limitKey(plugin: Plugin): Located<string> {
  const field = plugin.name === 'rate-limiting' ? 'limit_by' : 'identifier';
  const written = get(plugin.config, field);
  const value = stringValue(written) ?? 'consumer';
  const node = stringValue(written) !== undefined ? written! : (plugin.config ?? plugin.node);
  switch (value) {
    case 'consumer':
      return { value: 'consumerId', node };
    case 'header': {
      const header = stringValue(get(plugin.config, 'header_name'));
      return { value: header ? `header:${header.toLowerCase()}` : 'header', node };
    }
    default:
      return { value, node };
  }
}

export function rateLimitPolicy(plugin: Plugin): RateLimitPolicy {
  let requestsPerSecond: Located<number> | undefined;
  if (plugin.name === 'rate-limiting') {
    requestsPerSecond = windowLimit(plugin, 'second');
  } else {
    const lists = advancedLists(plugin);
    const index = lists ? lists.windows.items.findIndex((item) => numberValue(item) === 1) : -1;
    if (lists && index >= 0) requestsPerSecond = located(lists.limits.items[index], numberValue);
  }
  return { name: plugin.label, nameNode: plugin.nameNode, node: plugin.node, requestsPerSecond, key: limitKey(plugin) };
}

export function authPolicy(plugin: Plugin): AuthPolicy {
  const type = AUTH_TYPES[plugin.name]!;
  const policy: AuthPolicy = { name: plugin.label, nameNode: plugin.nameNode, node: plugin.node, type: { value: type, node: plugin.nameNode } };
  if (type !== 'apiKey') return policy;
  // key-auth: `key_in_query` defaults to true (kong/plugins/key-auth/schema.lua).
  const written = get(plugin.config, 'key_in_query');
  const inQuery = located(written, booleanValue);
  if (written && !inQuery) return policy; // not a boolean: keyAuthFindings reports it
  return { ...policy, apiKeyInQuery: inQuery ? { ...inQuery, fromDefault: false } : { value: true, node: plugin.node, fromDefault: true } };
}

/** A `key_in_query` that is not a boolean (`"false"`): Kong's schema rejects the plugin. */
export function keyAuthFindings(plugin: Plugin): DialectFinding[] {
  const written = get(plugin.config, 'key_in_query');
  if (AUTH_TYPES[plugin.name] !== 'apiKey' || !written || booleanValue(written) !== undefined) return [];
  const quotedBoolean = isScalar(written) && typeof written.value === 'string' && /^(?:true|false)$/i.test(written.value);
  return [
    {
      ruleId: 'schema',
      node: written,
      message: `key_in_query of ${plugin.label} must be true or false, not ${describeValue(written)}: Kong rejects the plugin, so the configuration does not load.${quotedBoolean ? ' Write it without quotes.' : ''}`,
    },
  ];
}

const PERIODS = ['second', 'minute', 'hour', 'day', 'month', 'year'] as const;

/** rate-limiting's limits: numbers greater than 0 (kong/plugins/rate-limiting/schema.lua). */
const LIMIT_RANGE: NumberRange = { integer: false, min: 0, exclusiveMin: true };

/** The limit of one rate-limiting window, unless it is a number Kong rejects (`rateLimitValueFindings` reports those). */
function windowLimit(plugin: Plugin, period: (typeof PERIODS)[number]): Located<number> | undefined {
  const node = get(plugin.config, period);
  return isRejectedNumber(node, LIMIT_RANGE) ? undefined : located(node, numberValue);
}

/**
 * A limit Kong's schema rejects, so the plugin is never applied and gwlint reads no limit from it.
 * rate-limiting: a window limit that is no number greater than 0 (`minute: 0`, `hour: .inf`,
 * `day: 1e400`). rate-limiting-advanced: see `advancedListFindings`.
 */
export function rateLimitValueFindings(plugin: Plugin): DialectFinding[] {
  if (plugin.name === 'rate-limiting-advanced') return advancedListFindings(plugin);
  if (plugin.name !== 'rate-limiting') return [];
  return PERIODS.flatMap((period) => {
    const node = get(plugin.config, period);
    if (!isRejectedNumber(node, LIMIT_RANGE)) return [];
    return [
      {
        ruleId: 'schema',
        node: node!,
        message: `${period} of ${plugin.label} must be a number of requests greater than 0, not ${describeValue(node!)}: Kong rejects the plugin, so the configuration does not load.`,
      },
    ];
  });
}

/** rate-limiting-advanced's parallel lists: `limit[i]` requests per `window_size[i]` seconds. */
interface AdvancedLists {
  readonly limits: YSeq;
  readonly windows: YSeq;
}

/**
 * The plugin's `limit` and `window_size` when Kong accepts them: two lists of numbers of the same
 * length (its schema types both as arrays of numbers, and its entity check demands equal lengths).
 */
function advancedLists(plugin: Plugin): AdvancedLists | undefined {
  const limits = get(plugin.config, 'limit');
  const windows = get(plugin.config, 'window_size');
  if (!isSeq(limits) || !isSeq(windows) || limits.items.length !== windows.items.length) return undefined;
  return [...limits.items, ...windows.items].some(holdsNoNumber) ? undefined : { limits, windows };
}

/**
 * rate-limiting-advanced: a `limit` or `window_size` that is no list (`limit: 100`), an element
 * that is no number (`window_size: ["60"]`), or lists of different lengths. Null and absent lists
 * are left alone, and so are template placeholders (see `isPlaceholder`). Kong's number type takes
 * any Lua number, so `.inf` is not reported.
 */
function advancedListFindings(plugin: Plugin): DialectFinding[] {
  if (!isMap(plugin.config)) return [];
  const rejects = 'Kong rejects the plugin, so the configuration does not load.';
  const findings: DialectFinding[] = [];
  for (const field of ['limit', 'window_size']) {
    const node = get(plugin.config, field);
    if (node === undefined || (isScalar(node) && node.value === null) || isPlaceholder(node)) continue;
    if (!isSeq(node)) {
      const asList = isScalar(node) && typeof node.value === 'number' ? ` Write it as a list: [${writtenText(node)}].` : '';
      findings.push({ ruleId: 'schema', node, message: `${field} of ${plugin.label} must be a list of numbers, not ${describeValue(node)}: ${rejects}${asList}` });
      continue;
    }
    for (const item of node.items.filter(holdsNoNumber)) {
      findings.push({ ruleId: 'schema', node: item, message: `${field} of ${plugin.label} must list numbers only, not ${describeValue(item)}: ${rejects}` });
    }
  }
  const limits = get(plugin.config, 'limit');
  const windows = get(plugin.config, 'window_size');
  if (findings.length > 0 || !isSeq(limits) || !isSeq(windows) || limits.items.length === windows.items.length) return findings;
  const count = (n: number, noun: string): string => `${n} ${noun}${n === 1 ? '' : 's'}`;
  const fix = limits.items.length > windows.items.length ? 'Give every limit its window size' : 'Give every window size its limit';
  return [
    {
      ruleId: 'schema',
      node: limits,
      message:
        `Plugin '${plugin.label}' has ${count(limits.items.length, 'limit')} but ${count(windows.items.length, 'window size')}: Kong pairs each limit with the window size ` +
        `at the same place and rejects lists of different lengths ("You must provide the same number of windows and limits"), so the configuration ` +
        `does not load and the limit is never applied. ${fix}.`,
      related: [{ node: windows, message: 'window sizes' }],
    },
  ];
}

function formatLimit(value: number): string {
  return Number.isInteger(value) ? `${value}.0` : String(value);
}

/**
 * rate-limiting: a longer window with a smaller limit than a shorter one. Kong's schema rejects it
 * (kong/plugins/rate-limiting/schema.lua `validate_periods_order`), so the plugin is never applied.
 */
export function rateLimitWindowFindings(plugin: Plugin): DialectFinding[] {
  if (plugin.name !== 'rate-limiting' || !isMap(plugin.config)) return [];
  const limits = PERIODS.map((period) => ({ period, limit: windowLimit(plugin, period) }));
  const findings: DialectFinding[] = [];
  limits.forEach((longer, j) => {
    if (!longer.limit) return;
    // The shorter window with the highest limit: the one Kong's check names.
    let shorter: (typeof limits)[number] | undefined;
    for (const candidate of limits.slice(0, j)) {
      if (candidate.limit && candidate.limit.value > longer.limit.value && (!shorter || candidate.limit.value > shorter.limit!.value)) shorter = candidate;
    }
    if (!shorter) return;
    const [long, short] = [longer.limit.value, shorter.limit!.value];
    findings.push({
      ruleId: 'rate-limit-window-order',
      node: longer.limit.node,
      message:
        `Plugin '${plugin.label}' allows ${long} requests per ${longer.period} but ${short} per ${shorter.period}: Kong rejects a longer window ` +
        `with a smaller limit ("The limit for ${longer.period}(${formatLimit(long)}) cannot be lower than the limit for ${shorter.period}(${formatLimit(short)})"), ` +
        `so the configuration does not load and the limit is never applied. Give the ${longer.period} at least ${short} requests, or lower the ${shorter.period} limit.`,
      related: [{ node: shorter.limit!.node, message: `${shorter.period} limit` }],
    });
  });
  return findings;
}
