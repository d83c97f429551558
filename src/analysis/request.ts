import { ANY_HOST, ANY_METHOD } from './routing-index.js';

/** A concrete host for messages: the host itself, or a name under a wildcard. */
export function exampleHost(hostKey: string): string {
  if (hostKey === ANY_HOST) return '';
  return hostKey.startsWith('*.') ? `a.${hostKey.slice(2)}` : hostKey;
}

/** `GET api.example.com/v1/orders/1`: the witness request shown in messages. */
export function describeRequest(method: string, hostKey: string, path: string): string {
  return `${method === ANY_METHOD ? 'GET' : method} ${exampleHost(hostKey)}${path}`;
}

/** `'a', 'b' and 'c'`, or `'a', 'b' and 3 more` past `limit` names. */
export function listNames(names: readonly string[], limit = 3): string {
  const quoted = names.map((name) => `'${name}'`);
  if (quoted.length <= 1) return quoted.join('');
  if (quoted.length > limit) return `${quoted.slice(0, limit).join(', ')} and ${quoted.length - limit} more`;
  return `${quoted.slice(0, -1).join(', ')} and ${quoted[quoted.length - 1]}`;
}
