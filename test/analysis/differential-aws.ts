/**
 * AWS API Gateway HTTP APIs (OpenAPI 3 with `x-amazon-apigateway-*` extensions) for the
 * differential checker: random definitions and a deliberately loose reference router written
 * from the AWS documentation, independent of gwlint's model.
 *
 * Reference semantics (API Gateway developer guide, "Working with routes for HTTP APIs"):
 * "1. Full match for a route and method. 2. Match for a route and method with a greedy path
 * variable ({proxy+}). 3. The $default route." A path variable matches one segment, a greedy one
 * the rest of the path (one segment at least). "The ANY method matches all methods that you
 * haven't defined for a resource." Which of two full matches (or two greedy matches) on different
 * resources wins is left open here (the guide's examples prefer the more specific one): both may
 * win, which keeps every check conservative.
 */
import { candidateRequests, type DialectHarness, type EntryRef, type Reference, type Request, type Rng } from './differential-harness.js';

export interface AwsOperation {
  /** undefined: `x-amazon-apigateway-any-method`. */
  readonly method?: string;
}

export interface AwsPath {
  readonly path: string;
  readonly operations: readonly AwsOperation[];
}

export interface AwsTable {
  readonly paths: readonly AwsPath[];
}

const SEGMENTS = ['pets', 'dog', 'a', '{id}', '{key}'];
const METHODS = ['GET', 'POST'];

function randomPath(random: Rng): string {
  if (random.chance(0.08)) return '$default';
  const parts = Array.from({ length: random.int(1, 3) }, () => random.pick(SEGMENTS));
  if (random.chance(0.25)) parts.push('{proxy+}');
  return `/${parts.join('/')}`;
}

function generate(random: Rng): AwsTable {
  const paths = new Map<string, AwsPath>();
  for (let i = random.int(2, 6); i > 0; i--) {
    const path = randomPath(random);
    const operations = path === '$default' ? [{}] : random.some([...METHODS, undefined], 1, 2).map((method) => ({ method }));
    paths.set(path, { path, operations });
  }
  return { paths: [...paths.values()] };
}

const INTEGRATION = '{ type: http_proxy, httpMethod: ANY, uri: "https://backend.example.com", payloadFormatVersion: "1.0" }';

function files(table: AwsTable): Record<string, string> {
  const lines = ['openapi: 3.0.1', 'info: { title: api, version: "1" }', 'x-amazon-apigateway-importexport-version: "1.0"', 'paths:'];
  for (const { path, operations } of table.paths) {
    lines.push(`  ${JSON.stringify(path)}:`);
    for (const { method } of operations) {
      lines.push(`    ${method ? method.toLowerCase() : 'x-amazon-apigateway-any-method'}:`, `      x-amazon-apigateway-integration: ${INTEGRATION}`);
    }
  }
  return { 'api.yaml': `${lines.join('\n')}\n` };
}

// ---- the reference router ----------------------------------------------------------------------

interface AwsEntry {
  readonly name: string;
  readonly path: string;
  readonly method: string | undefined;
  /** The resource with variable names erased: `/pets/{}`. */
  readonly resource: string;
  readonly tier: 1 | 2 | 3;
  readonly segments: readonly (string | undefined)[];
}

function pathMatches(entry: AwsEntry, path: string): boolean {
  if (entry.tier === 3) return true;
  const parts = path.slice(1).split('/');
  const fixed = entry.segments;
  if (entry.tier === 1 ? parts.length !== fixed.length : parts.length <= fixed.length || parts[fixed.length] === '') return false;
  return fixed.every((segment, i) => (segment === undefined ? parts[i] !== '' : parts[i] === segment));
}

export function awsReference(table: AwsTable): Reference {
  const entries: AwsEntry[] = [];
  for (const { path, operations } of table.paths) {
    for (const { method } of operations) {
      const greedy = path.endsWith('+}');
      const parts = path === '$default' ? [] : path.slice(1).split('/');
      if (greedy) parts.pop();
      entries.push({
        name: path === '$default' ? '$default' : `${method ?? 'ANY'} ${path}`,
        path,
        method,
        resource: path === '$default' ? path : path.replace(/\{[^}+]*\}/g, '{}'),
        tier: path === '$default' ? 3 : greedy ? 2 : 1,
        segments: parts.map((part) => (part.startsWith('{') ? undefined : part)),
      });
    }
  }
  /** ANY on a resource takes only the methods no operation of that resource defines. */
  const methodMatches = (entry: AwsEntry, method: string): boolean =>
    entry.method === undefined ? !entries.some((other) => other.resource === entry.resource && other.method === method) : entry.method === method;
  const matches = (entry: AwsEntry, request: Request): boolean => methodMatches(entry, request.method) && pathMatches(entry, request.path);
  return {
    routes: entries.map((entry) => ({ name: entry.name, pathLabels: [entry.path], hostKeys: [''] })),
    winners(request) {
      const matching = entries.filter((entry) => matches(entry, request));
      const tier = Math.min(...matching.map((entry) => entry.tier));
      return matching.filter((entry) => entry.tier === tier).map((entry): EntryRef => ({ route: entry.name, path: 0 }));
    },
    matchesVia(name, _path, request) {
      return entries.some((entry) => entry.name === name && matches(entry, request));
    },
    hostInKey: () => true,
  };
}

function requests(table: AwsTable): Request[] {
  const bases = new Set<string>(['/']);
  for (const { path } of table.paths) {
    if (path === '$default') continue;
    for (const filler of ['1', 'dog']) bases.add(path.replace(/\{[^}]*\}/g, filler));
  }
  return candidateRequests({ bases, hosts: ['api.test'], methods: ['GET', 'POST', 'PUT'] });
}

function shrink(table: AwsTable): AwsTable[] {
  const out: AwsTable[] = [];
  table.paths.forEach((entry, index) => {
    out.push({ paths: table.paths.filter((_, i) => i !== index) });
    if (entry.operations.length > 1) {
      entry.operations.forEach((_, o) =>
        out.push({ paths: table.paths.map((p, i) => (i === index ? { ...p, operations: p.operations.filter((__, j) => j !== o) } : p)) }),
      );
    }
  });
  return out;
}

export const awsHarness: DialectHarness<AwsTable> = { name: 'AWS HTTP API', generate, shrink, files, reference: awsReference, requests };
