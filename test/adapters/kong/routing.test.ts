/**
 * Kong routing end to end: decK files through the whole pipeline, as the shadowing and duplicate
 * rules see them. Kong's own precedence decides, not the order in the file.
 */
import { describe, expect, it } from 'vitest';
import { lintText, where } from '../../helpers/lint-text.js';

const deck = (body: string, version = '3.0'): string => `_format_version: "${version}"\n${body}`;

describe('Kong routing: regex paths', () => {
  it('a broad regex shadows a plain path of the same weight, wherever it is written', () => {
    const text = deck(`services:
  - name: orders
    url: http://orders.internal
    routes:
      - name: orders-list
        paths: [/api/orders]
  - name: legacy
    url: http://legacy.internal
    routes:
      - name: legacy-catch-all
        paths: ["~/api/.*"]
`);
    const findings = lintText({ 'kong.yaml': text }, 'shadowed-route');
    expect(findings.map((f) => [where(f), f.severity])).toEqual([['6:9-7:29', 'error']]);
    expect(findings[0]!.message).toContain("Route 'orders-list' is unreachable: 'legacy-catch-all'");
    expect(findings[0]!.message).toContain('it is a regex path, and Kong tries regex paths before plain ones');
  });

  it('a regex with a higher regex_priority than a broad one is tried first', () => {
    const text = deck(`services:
  - name: api
    url: http://api.internal
    routes:
      - name: broad
        paths: ["~/api/.*"]
      - name: specific
        regex_priority: 10
        paths: ["~/api/orders$"]
`);
    expect(lintText({ 'kong.yaml': text }, 'shadowed-route')).toEqual([]);
  });

  it('a prefix regex covers every longer plain path: `~/r1` takes `/r10`', () => {
    const text = deck(`routes:
  - name: r1
    paths: ["~/r1"]
  - name: r10
    paths: [/r10]
`);
    const findings = lintText({ 'kong.yaml': text }, 'shadowed-route');
    expect(findings.map((f) => f.message.slice(0, 40))).toEqual(["Route 'r10' is unreachable: 'r1' (kong.y"]);
  });
});

describe('Kong routing: plain paths are string prefixes, longest first', () => {
  it('`/r1` never takes `/r10` or `/r1/x`: Kong tries the longer prefix first', () => {
    const text = deck(`routes:
  - name: r1
    paths: [/r1]
  - name: r10
    paths: [/r10]
  - name: r1-x
    paths: [/r1/x]
`);
    expect(lintText({ 'kong.yaml': text }, 'shadowed-route')).toEqual([]);
  });

  it('a route with only plain hosts outranks one with a wildcard host, and its prefix takes `/apiv2` on that host', () => {
    const text = deck(`routes:
  - name: api
    hosts: [api.example.com]
    paths: [/api]
  - name: apiv2
    hosts: [api.example.com, "*.example.org"]
    paths: [/apiv2]
`);
    const findings = lintText({ 'kong.yaml': text }, 'shadowed-route');
    expect(findings.map((f) => [where(f), f.severity])).toEqual([['7:13-7:28', 'warning']]);
    expect(findings[0]!.message).toContain('api.example.com');
    expect(findings[0]!.message).toContain('names only plain hosts');
  });

  it('a route with more match fields is tried before a longer path, but a split by method is not reported', () => {
    const text = deck(`routes:
  - name: reads
    methods: [GET]
    paths: [/api]
  - name: orders
    paths: [/api/orders]
  - name: order-reads
    methods: [GET]
    paths: [/api/orders/v2]
`);
    // 'orders' loses every GET to 'reads' but keeps the other methods: sending reads elsewhere is a
    // common, deliberate split, so it is not reported. 'order-reads' has as many fields and a longer path.
    expect(lintText({ 'kong.yaml': text }, 'shadowed-route')).toEqual([]);
    const moreFields = deck(`routes:
  - name: reads
    methods: [GET]
    paths: [/api]
  - name: order-reads
    methods: [GET]
    paths: [/api/orders]
  - name: order-lookups
    paths: [/api/orders/lookup]
    methods: [GET]
    hosts: [api.example.com]
`);
    // 'order-reads' is longer and tried first; 'order-lookups' sets more fields: neither is shadowed.
    expect(lintText({ 'kong.yaml': moreFields }, 'shadowed-route')).toEqual([]);
  });

  it('a route without paths is tried after routes with paths, and is no invalid path', () => {
    const text = deck(`routes:
  - name: host-only
    hosts: [api.example.com]
  - name: health
    hosts: [api.example.com]
    paths: [/health]
`);
    expect(lintText({ 'kong.yaml': text }, 'shadowed-route')).toEqual([]);
    expect(lintText({ 'kong.yaml': text }, 'invalid-path')).toEqual([]);
  });

  it('a route without paths matches every path, as a prefix / would', () => {
    const text = deck(`routes:
  - name: host-only
    hosts: [api.example.com]
  - name: root
    hosts: [api.example.com]
    paths: [/]
`);
    const findings = lintText({ 'kong.yaml': text }, 'shadowed-route');
    expect(findings.map((f) => [where(f), f.severity])).toEqual([['3:5-4:29', 'error']]);
    expect(findings[0]!.message).toContain("Route 'host-only' is unreachable: 'root'");
  });

  it('a route with header conditions never shadows another route', () => {
    const text = deck(`routes:
  - name: v2-clients
    headers:
      x-api-version: ["2"]
    paths: [/api]
  - name: orders
    paths: [/api/orders]
`);
    expect(lintText({ 'kong.yaml': text }, 'shadowed-route')).toEqual([]);
  });
});

describe('Kong routing: duplicates', () => {
  it('two routes with the same path and nothing else to tell them apart: Kong picks by route id', () => {
    const text = deck(`services:
  - name: a
    url: http://a.internal
    routes:
      - name: first
        paths: [/mcp/flights]
  - name: b
    url: http://b.internal
    routes:
      - name: second
        paths: [/mcp/flights]
`);
    const findings = lintText({ 'kong.yaml': text }, 'duplicate-route');
    expect(findings.map(where)).toEqual(['12:17-12:29']);
    expect(findings[0]!.message).toContain('route id');
  });

  it('routes in different decK files never compete: every file is its own Kong', () => {
    const text = deck(`routes:
  - name: catch-all
    paths: ["~/.*"]
  - name: orders
    paths: [/orders]
`);
    const other = deck(`routes:
  - name: orders
    paths: [/orders]
`);
    const findings = lintText({ 'a.yaml': text, 'b.yaml': other });
    expect(findings.filter((f) => f.ruleId === 'shadowed-route').map((f) => f.file)).toEqual(['a.yaml']);
    expect(findings.filter((f) => f.ruleId === 'duplicate-route' || f.ruleId === 'duplicate-name')).toEqual([]);
  });
});

describe('Kong routing: _format_version 1.1 (Kong 2.x) against 3.x', () => {
  const routes = `services:
  - name: status
    url: http://status.internal
    routes:
      - name: any-status
        paths: ['/status/\\d+']
      - name: ok
        paths: [/status/200]
`;

  it('in a 1.1 file a path with regex characters is a regex, tried before plain paths', () => {
    const findings = lintText({ 'kong.yaml': deck(routes, '1.1') });
    expect(findings.filter((f) => f.ruleId === 'invalid-path')).toEqual([]);
    const shadowed = findings.filter((f) => f.ruleId === 'shadowed-route');
    expect(shadowed.map((f) => f.message.slice(0, 45))).toEqual(["Route 'ok' is unreachable: 'any-status' (kong"]);
    expect(shadowed[0]!.message).toContain('Kong tries regex paths before plain ones');
  });

  it('in a 3.0 file the same path is plain text: a warning, and nothing is shadowed', () => {
    const findings = lintText({ 'kong.yaml': deck(routes) });
    expect(findings.filter((f) => f.ruleId === 'shadowed-route')).toEqual([]);
    const invalid = findings.filter((f) => f.ruleId === 'invalid-path');
    expect(invalid.map((f) => [where(f), f.severity])).toEqual([['7:17-7:30', 'warning']]);
    expect(invalid[0]!.message).toContain("write '~/status/\\d+' to make it a regex");
  });
});
