/**
 * The differential checker itself: it must fail on wrong verdicts (fabricated here), and its
 * reference routers must route the documented examples the documented way.
 */
import { describe, expect, it } from 'vitest';
import type { Finding } from '../../src/engine/finding.js';
import { gatewayReference, type GwTable } from './differential-gateway-api.js';
import { checkFindings, checkTable, rng, type Reference, type Request } from './differential-harness.js';
import { kongHarness, kongReference, type KongTable } from './differential-kong.js';
import { nativeHarness, nativeReference, type NativeTable } from './differential-native.js';

const request = (path: string, host = 'api.test', method = 'GET', headers: Record<string, string> = {}): Request => ({ host, method, path, headers, query: {} });
const winner = (ref: Reference, r: Request): string[] => ref.winners(r).map((w) => w.route).sort();
const finding = (ruleId: string, message: string): Finding =>
  ({ ruleId, severity: 'error', message, file: 'x.yaml', line: 1, column: 1, endLine: 1, endColumn: 2, related: [], docs: '' }) as Finding;

describe('the checker fails on wrong verdicts', () => {
  const table: NativeTable = {
    trailingSlash: 'strict',
    routes: [
      { name: 'orders', paths: ['/orders/{id}'] },
      { name: 'all', paths: ['/orders/**'] },
      { name: 'twin', paths: ['/orders/{key}'], methods: ['GET'] },
    ],
  };
  const ref = nativeReference(table);
  const requests = nativeHarness.requests(table);

  it('gwlint itself is right on this table', () => {
    const result = checkTable(nativeHarness.files(table), ref, requests);
    expect(result.violations).toEqual([]);
    expect(result.findings).toBe(1); // 'twin' duplicates 'orders' for GET
  });

  it('an "unreachable" verdict on a reachable route', () => {
    const wrong = finding('shadowed-route', "Route 'all' is unreachable: 'orders' (x.yaml:1) is tried first (it is declared earlier) and matches …");
    const [violation] = checkFindings([wrong], ref, requests).violations;
    expect(violation).toMatchObject({ kind: 'unreachable', soft: false, route: 'all' });
    expect(violation!.evidence).toMatch(/^GET \S+\/orders\S* goes to 'all' via '\/orders\/\*\*'$/);
  });

  it('a partial verdict whose lost requests do reach the route', () => {
    const wrong = finding('shadowed-route', "Route 'all' never receives DELETE for '/orders/**': 'orders' (x.yaml:1) is tried first (…) and takes those requests, e.g. DELETE /orders/1.");
    expect(checkFindings([wrong], ref, requests).violations).toMatchObject([{ kind: 'partial', route: 'all' }]);
  });

  it('a duplicate verdict on routes that match different requests', () => {
    const wrong = finding('duplicate-route', "Route 'all' repeats 'orders' (x.yaml:1): same path '/orders/**', every method on any host. The gateway …");
    expect(checkFindings([wrong], ref, requests).violations).toMatchObject([{ kind: 'duplicate', route: 'all' }]);
  });

  it('an own-request verdict whose witness reaches the route', () => {
    const kong: KongTable = { routes: [{ name: 'api', paths: ['/api'] }, { name: 'other', paths: ['/b'] }] };
    const wrong = finding('shadowed-route', "A request for the path of route 'api' itself, GET /api, goes to 'other' (x.yaml:1), which is tried first (…); only longer paths under the prefix '/api' reach 'api'.");
    expect(checkFindings([wrong], kongReference(kong), kongHarness.requests(kong)).violations).toMatchObject([{ kind: 'own-request', soft: false }]);
  });

  it('a message it does not understand', () => {
    expect(checkFindings([finding('shadowed-route', 'Something new')], ref, requests).violations).toMatchObject([{ kind: 'unparsed' }]);
  });

  it('is deterministic: the same seed gives the same table', () => {
    expect(kongHarness.generate(rng(42))).toEqual(kongHarness.generate(rng(42)));
  });
});

describe('the reference routers follow the documented examples', () => {
  it('Kong: a regex beats a plain path of equal weight; plain paths are string prefixes, longest first', () => {
    const ref = kongReference({
      routes: [
        { name: 'orders', paths: ['/api/orders'] },
        { name: 'legacy', paths: ['~/api/.*'] },
        { name: 'r1', paths: ['/r1'] },
        { name: 'r10', paths: ['/r10'] },
      ],
    });
    expect(winner(ref, request('/api/orders'))).toEqual(['legacy']);
    expect(winner(ref, request('/r10x'))).toEqual(['r10']);
    expect(winner(ref, request('/r1x'))).toEqual(['r1']);
  });

  it('Kong: more match fields first, then plain hosts only, then headers; ties stay undecided', () => {
    const ref = kongReference({
      routes: [
        { name: 'host', hosts: ['a.example.com'], paths: ['/'] },
        { name: 'wild', hosts: ['*.example.com'], paths: ['/a/b'] },
        { name: 'methods', methods: ['GET'], paths: ['/a/b/c'] },
        { name: 'header', paths: ['/'], headers: [['x-v', ['v1']]] },
        { name: 'nested', hosts: ['*.a.example.com'], paths: ['/a/b'] },
      ],
    });
    expect(winner(ref, request('/a/b/c', 'a.example.com'))).toEqual(['host']);
    expect(winner(ref, request('/a/b/c', 'b.example.com'))).toEqual(['methods']); // same weight, longer path
    expect(winner(ref, request('/a/b/c', 'b.example.com', 'POST'))).toEqual(['wild']);
    expect(winner(ref, request('/a/b/c', 'zz.test', 'GET', { 'x-v': 'V1' }))).toEqual(['header']); // a header before a longer path
    expect(winner(ref, request('/x', 'zz.test', 'GET', { 'x-v': 'V1' }))).toEqual(['header']);
    expect(winner(ref, request('/a/b', 'w.a.example.com'))).toEqual(['nested', 'wild']);
  });

  it('Kong: `^` goes in front of the whole regex, so only its first alternative is anchored', () => {
    const ref = kongReference({ routes: [{ name: 'alt', paths: ['~/ab|/x'] }] });
    expect(winner(ref, request('/q/x'))).toEqual(['alt']);
    expect(winner(ref, request('/q/ab'))).toEqual([]);
  });

  it('Gateway API: Exact beats PathPrefix, longer prefix wins, segment-wise; oldest route wins a tie', () => {
    const table: GwTable = {
      routes: [
        { namespace: 'ns', name: 'b', created: '2024-01-01T00:00:00Z', rules: [{ matches: [{ type: 'PathPrefix', value: '/v2/' }] }] },
        { namespace: 'ns', name: 'a', created: '2024-02-01T00:00:00Z', rules: [{ matches: [{ type: 'PathPrefix', value: '/v2' }, { type: 'Exact', value: '/v2/x' }] }] },
      ],
    };
    const ref = gatewayReference(table);
    expect(winner(ref, request('/v2/x'))).toEqual(['ns/a rules[0].matches[1]']);
    expect(winner(ref, request('/v2/y'))).toEqual(['ns/b']); // '/v2/' is longer as written, and older
    expect(winner(ref, request('/v2'))).toEqual(['ns/b']);
    expect(winner(ref, request('/v2example'))).toEqual([]);
    const untimed = gatewayReference({ routes: table.routes.map((route) => ({ ...route, created: undefined })) });
    // Without creation times: '/v2/' wins by its length as written, or ties with '/v2' (trailing slash ignored).
    expect(winner(untimed, request('/v2'))).toEqual(['ns/a rules[0].matches[0]', 'ns/b']);
  });

  it('Gateway API: a request meets only the routes of its most specific hostname (or falls through)', () => {
    const ref = gatewayReference({
      routes: [
        { namespace: 'ns', name: 'exact', hostnames: ['a.example.com'], rules: [{ matches: [{ type: 'Exact', value: '/x' }] }] },
        { namespace: 'ns', name: 'wild', hostnames: ['*.example.com'], rules: [{}] },
      ],
    });
    expect(winner(ref, request('/x', 'a.example.com'))).toEqual(['ns/exact']);
    expect(winner(ref, request('/y', 'a.example.com'))).toEqual(['ns/wild']); // the fall-through reading
    expect(winner(ref, request('/x', 'example.com'))).toEqual([]);
  });

  it('native: priority, then order; `/**` takes `/v1`, `{proxy+}` does not', () => {
    const ref = nativeReference({
      trailingSlash: 'strict',
      routes: [
        { name: 'proxy', paths: ['/v1/{p+}'] },
        { name: 'rest', paths: ['/v1/**'] },
        { name: 'first', paths: ['/v1/a'], priority: 1 },
      ],
    });
    expect(winner(ref, request('/v1'))).toEqual(['rest']);
    expect(winner(ref, request('/v1/'))).toEqual(['rest']);
    expect(winner(ref, request('/v1/a'))).toEqual(['first']);
    expect(winner(ref, request('/v1/b/c'))).toEqual(['proxy']);
  });
});
