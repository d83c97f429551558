/**
 * Kong decK files through the generic rules, and the rule only Kong needs: every finding points
 * into the decK file.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { lintText, where } from '../../helpers/lint-text.js';

const deck = (body: string): string => `_format_version: "3.0"\n${body}`;

describe('cors-wildcard-credentials on Kong cors plugins', () => {
  it('fires for credentials with no origins, at the plugin config', () => {
    const text = deck(`services:
  - name: s
    routes:
      - name: r
        paths: [/r]
    plugins:
      - name: cors
        config:
          credentials: true
          max_age: 3600
`);
    const findings = lintText({ 'kong.yaml': text }, 'cors-wildcard-credentials');
    expect(findings.map(where)).toEqual(['10:11-11:24']);
    expect(findings[0]!.message).toContain("CORS policy 'cors on service s' allows any origin (no origins are listed, and Kong's cors plugin then allows every origin)");
    expect(findings[0]!.message).toContain("Used by route 'r'");
  });

  it('fires for an empty origins list, at the list, and for "*", at the "*"', () => {
    const text = deck(`plugins:
  - name: cors
    config:
      origins: []
      credentials: true
  - name: cors
    route: r
    config:
      origins: ["*"]
      credentials: true
routes:
  - name: r
    paths: [/r]
`);
    expect(lintText({ 'kong.yaml': text }, 'cors-wildcard-credentials').map(where)).toEqual(['5:16-5:18', '10:17-10:20']);
  });

  it('stays quiet for listed origins, or any origin without credentials', () => {
    const text = deck(`plugins:
  - name: cors
    config:
      origins: [https://shop.example.com]
      credentials: true
  - name: cors
    service: s
    config:
      origins: ["*"]
services:
  - name: s
`);
    expect(lintText({ 'kong.yaml': text }, 'cors-wildcard-credentials')).toEqual([]);
  });
});

describe('api-key-in-query on Kong key-auth', () => {
  it('fires when key_in_query is left at its default (true), at the plugin', () => {
    const text = deck(`plugins:
  - name: key-auth
    config:
      key_names: [apikey]
routes:
  - name: r
    paths: [/r]
`);
    const findings = lintText({ 'kong.yaml': text }, 'api-key-in-query');
    expect(findings.map(where)).toEqual(['3:5-5:26']);
  });

  it('stays quiet when key_in_query is false', () => {
    const text = deck(`plugins:
  - name: key-auth
    config: { key_in_query: false }
`);
    expect(lintText({ 'kong.yaml': text }, 'api-key-in-query')).toEqual([]);
  });
});

describe('rate-limit-window-order', () => {
  it('reports a longer window with a smaller limit, at the longer window', () => {
    const text = deck(`routes:
  - name: search
    paths: [/search]
    plugins:
      - name: rate-limiting
        config:
          second: 10
          minute: 5
`);
    const findings = lintText({ 'kong.yaml': text }, 'rate-limit-window-order');
    expect(findings.map((f) => [where(f), f.severity])).toEqual([['9:19-9:20', 'error']]);
    expect(findings[0]!.message).toBe(
      "Plugin 'rate-limiting on route search' allows 5 requests per minute but 10 per second: Kong rejects a longer window with a smaller limit " +
        '("The limit for minute(5.0) cannot be lower than the limit for second(10.0)"), so the configuration does not load and the limit is never applied. ' +
        'Give the minute at least 10 requests, or lower the second limit.',
    );
    expect(findings[0]!.related?.map((r) => `${r.line}:${r.column} ${r.message}`)).toEqual(['8:19 second limit']);
  });

  it('stays quiet for growing limits, a disabled plugin and rate-limiting-advanced', () => {
    const text = deck(`plugins:
  - name: rate-limiting
    config: { second: 5, minute: 100, hour: 1000 }
  - name: rate-limiting
    enabled: false
    service: s
    config: { second: 10, minute: 5 }
  - name: rate-limiting-advanced
    route: r
    config: { limit: [10, 5], window_size: [1, 60] }
services:
  - name: s
routes:
  - name: r
    paths: [/r]
`);
    expect(lintText({ 'kong.yaml': text }, 'rate-limit-window-order')).toEqual([]);
  });
});

describe('names and references', () => {
  it('reports two routes of one file with the same name, and a top-level route naming a missing service', () => {
    const text = deck(`services:
  - name: orders
    routes:
      - name: list
        paths: [/orders]
routes:
  - name: list
    service: { name: order }
    paths: [/o]
`);
    const findings = lintText({ 'kong.yaml': text });
    expect(findings.filter((f) => f.ruleId === 'duplicate-name').map(where)).toEqual(['8:11-8:15']);
    const unknown = findings.filter((f) => f.ruleId === 'unknown-reference');
    expect(unknown.map(where)).toEqual(['9:22-9:27']);
    expect(unknown[0]!.message).toContain("Did you mean 'orders'?");
  });

  it('does not report timeouts: Kong has no overall route deadline to compare', () => {
    const text = deck(`services:
  - name: slow
    url: http://slow.internal
    read_timeout: 120000
    retries: 10
    routes:
      - name: r
        paths: [/r]
`);
    expect(lintText({ 'kong.yaml': text }).filter((f) => f.ruleId.startsWith('timeout-'))).toEqual([]);
  });
});

describe('schema: numbers Kong rejects', () => {
  it('reports timeouts, retries, port and regex_priority out of range or no number at all, at the value', () => {
    const text = deck(`services:
  - name: s
    host: s.internal
    port: 70000
    read_timeout: 1e400
    connect_timeout: 0
    write_timeout: .nan
    retries: -.inf
    routes:
      - name: a
        paths: ['~/a']
        regex_priority: 1.5
`);
    const findings = lintText({ 'kong.yaml': text }, 'schema');
    expect(findings.map((f) => [where(f), f.severity])).toEqual([
      ['5:11-5:16', 'error'],
      ['6:19-6:24', 'error'],
      ['7:22-7:23', 'error'],
      ['8:20-8:24', 'error'],
      ['9:14-9:19', 'error'],
      ['13:25-13:28', 'error'],
    ]);
    expect(findings.map((f) => f.message)).toEqual([
      "port of service 's' must be a whole number from 0 to 65535, not 70000: Kong rejects the service, so the configuration does not load.",
      "read_timeout of service 's' must be a whole number of milliseconds from 1 to 2147483646, not 1e400: Kong rejects the service, so the configuration does not load.",
      "connect_timeout of service 's' must be a whole number of milliseconds from 1 to 2147483646, not 0: Kong rejects the service, so the configuration does not load.",
      "write_timeout of service 's' must be a whole number of milliseconds from 1 to 2147483646, not .nan: Kong rejects the service, so the configuration does not load.",
      "retries of service 's' must be a whole number from 0 to 32767, not -.inf: Kong rejects the service, so the configuration does not load.",
      "regex_priority of route 'a' must be a whole number, not 1.5: Kong rejects the route, so the configuration does not load.",
    ]);
  });

  it('reports text, booleans and collections where Kong wants a number: its typed schema coerces none of them', () => {
    const text = deck(`services:
  - name: s
    host: s.internal
    port: "8080"
    read_timeout: slow
    connect_timeout: true
    write_timeout: [1000]
    retries: { attempts: 3 }
    routes:
      - name: a
        paths: ['~/a']
        regex_priority: "${'1'.repeat(45)}"
`);
    const findings = lintText({ 'kong.yaml': text }, 'schema');
    expect(findings.map((f) => where(f))).toEqual(['5:11-5:17', '6:19-6:23', '7:22-7:26', '8:20-8:26', '9:14-9:29', '13:25-13:72']);
    expect(findings.map((f) => f.message)).toEqual([
      `port of service 's' must be a whole number from 0 to 65535, not "8080": Kong rejects the service, so the configuration does not load.`,
      `read_timeout of service 's' must be a whole number of milliseconds from 1 to 2147483646, not "slow": Kong rejects the service, so the configuration does not load.`,
      "connect_timeout of service 's' must be a whole number of milliseconds from 1 to 2147483646, not true: Kong rejects the service, so the configuration does not load.",
      "write_timeout of service 's' must be a whole number of milliseconds from 1 to 2147483646, not a list: Kong rejects the service, so the configuration does not load.",
      "retries of service 's' must be a whole number from 0 to 32767, not a mapping: Kong rejects the service, so the configuration does not load.",
      `regex_priority of route 'a' must be a whole number, not "${'1'.repeat(39)}…": Kong rejects the route, so the configuration does not load.`,
    ]);
  });

  it('leaves decK environment templates alone: decK puts the number in before Kong sees it', () => {
    const text = deck(`services:
  - name: s
    host: s.internal
    read_timeout: \${{ env "DECK_READ_TIMEOUT" }}
    port: '\${{ env "DECK_PORT" }}'
    plugins:
      - name: rate-limiting
        config: { minute: '\${{ env "DECK_MINUTE_LIMIT" }}' }
`);
    expect(lintText({ 'kong.yaml': text })).toEqual([]);
  });

  it('reports a rate-limiting window limit that is no number greater than 0, and leaves it out of the window order', () => {
    const text = deck(`plugins:
  - name: rate-limiting
    config:
      second: 10
      minute: ${'9'.repeat(400)}
      hour: 0
      day: .inf
`);
    const findings = lintText({ 'kong.yaml': text });
    expect(findings.map((f) => [f.ruleId, where(f)])).toEqual([
      ['schema', '6:15-6:415'],
      ['schema', '7:13-7:14'],
      ['schema', '8:12-8:16'],
    ]);
    expect(findings[0]!.message).toBe(
      `minute of global rate-limiting must be a number of requests greater than 0, not ${'9'.repeat(39)}…: Kong rejects the plugin, so the configuration does not load.`,
    );
  });

  it('reports rate-limiting-advanced limits and window sizes that are no list of numbers, or lists of different lengths', () => {
    const text = deck(`plugins:
  - name: rate-limiting-advanced
    config: { limit: 100, window_size: [60] }
  - name: rate-limiting-advanced
    instance_name: texty
    config:
      limit: ["100", 5]
      window_size: [60, true]
  - name: rate-limiting-advanced
    instance_name: uneven
    config:
      limit: [10, 100]
      window_size: [1]
`);
    const findings = lintText({ 'kong.yaml': text });
    expect(findings.map((f) => [f.ruleId, where(f), f.message])).toEqual([
      [
        'schema',
        '4:22-4:25',
        'limit of global rate-limiting-advanced must be a list of numbers, not 100: Kong rejects the plugin, so the configuration does not load. Write it as a list: [100].',
      ],
      ['schema', '8:15-8:20', 'limit of texty must list numbers only, not "100": Kong rejects the plugin, so the configuration does not load.'],
      ['schema', '9:25-9:29', 'window_size of texty must list numbers only, not true: Kong rejects the plugin, so the configuration does not load.'],
      [
        'schema',
        '13:14-13:23',
        "Plugin 'uneven' has 2 limits but 1 window size: Kong pairs each limit with the window size at the same place and rejects lists of different lengths " +
          '("You must provide the same number of windows and limits"), so the configuration does not load and the limit is never applied. Give every limit its window size.',
      ],
    ]);
    expect(findings[3]!.related?.map((r) => `${r.line}:${r.column} ${r.message}`)).toEqual(['14:20 window sizes']);
  });

  it('reports each kind of rate-limiting-advanced element Kong rejects, and words a length mismatch by the longer list', () => {
    const text = deck(`plugins:
  - name: rate-limiting-advanced
    instance_name: odd
    config:
      limit: [[5], { n: 1 }, ~, "7"]
      window_size: "60"
  - name: rate-limiting-advanced
    instance_name: short
    config: { limit: [10], window_size: [1, 60] }
`);
    const findings = lintText({ 'kong.yaml': text });
    expect(findings.map((f) => [where(f), f.message.split(':')[0]])).toEqual([
      ['6:15-6:18', 'limit of odd must list numbers only, not a list'],
      ['6:20-6:28', 'limit of odd must list numbers only, not a mapping'],
      ['6:30-6:31', 'limit of odd must list numbers only, not an empty value'],
      ['6:33-6:36', 'limit of odd must list numbers only, not "7"'],
      ['7:20-7:24', 'window_size of odd must be a list of numbers, not "60"'],
      ['10:22-10:26', "Plugin 'short' has 1 limit but 2 window sizes"],
    ]);
    expect(findings[5]!.message).toMatch(/Give every window size its limit\.$/);
  });

  it('stays quiet for rate-limiting-advanced lists Kong accepts, placeholders and unset lists', () => {
    const text = deck(`plugins:
  - name: rate-limiting-advanced
    config: { limit: [10, 100, .inf], window_size: [1, 60, 3600] }
  - name: rate-limiting-advanced
    instance_name: templated
    config:
      limit: \${{ env "DECK_LIMITS" }}
      window_size: ['\${{ env "DECK_WINDOW" }}']
  - name: rate-limiting-advanced
    instance_name: helm
    config:
      limit: {{ .Values.limits }}
      window_size: [{{ .Values.window }}]
  - name: rate-limiting
    config: { second: {{ .Values.perSecond }} }
  - name: rate-limiting-advanced
    instance_name: unset
    config: { limit: ~, window_size: [] }
`);
    expect(lintText({ 'kong.yaml': text })).toEqual([]);
  });

  it('reports a rate-limiting window limit written as text: Kong wants a number', () => {
    const text = deck(`plugins:
  - name: rate-limiting
    config: { second: 10, minute: "100" }
`);
    const findings = lintText({ 'kong.yaml': text });
    expect(findings.map((f) => [f.ruleId, where(f), f.message])).toEqual([
      ['schema', '4:35-4:40', 'minute of global rate-limiting must be a number of requests greater than 0, not "100": Kong rejects the plugin, so the configuration does not load.'],
    ]);
  });

  it('reads a regex_priority Kong rejects as no rank: no duplicate-route claiming Kong ranks both the same', () => {
    const text = deck(`services:
  - name: s
    url: http://s.internal
    routes:
      - name: a
        paths: ['~/a']
        regex_priority: -.inf
      - name: b
        paths: ['~/a']
`);
    const findings = lintText({ 'kong.yaml': text });
    expect(findings.map((f) => [f.ruleId, where(f)])).toEqual([['schema', '8:25-8:30']]);
    // A valid priority still ranks the routes, and a repeat of the same rank is still reported.
    expect(lintText({ 'kong.yaml': text.replace('-.inf', '0') }).map((f) => f.ruleId)).toEqual(['duplicate-route']);
  });

  it('stays quiet for the values Kong accepts, and for values it does not read as numbers', () => {
    const text = deck(`services:
  - name: s
    host: s.internal
    port: 8080
    read_timeout: 60000
    connect_timeout: 1
    write_timeout: 2147483646
    retries: 0
    routes:
      - name: a
        paths: ['~/a']
        regex_priority: -5
    plugins:
      - name: rate-limiting
        config: { second: 0.5, minute: 100, hour: null }
  - name: t
    url: http://t.internal
    read_timeout: null
    retries: 32767
`);
    expect(lintText({ 'kong.yaml': text })).toEqual([]);
  });
});

describe('examples/kong', () => {
  it('shows a shadowed route and Kong traps', () => {
    const file = fileURLToPath(new URL('../../../examples/kong/kong.yaml', import.meta.url));
    const findings = lintText({ 'kong.yaml': readFileSync(file, 'utf8') });
    expect(findings.map((f) => `${f.line} ${f.severity} ${f.ruleId}`)).toEqual([
      '8 error shadowed-route',
      '18 warning invalid-path',
      '22 error cors-wildcard-credentials',
      '26 error rate-limit-window-order',
      '37 warning api-key-in-query',
    ]);
  });
});
