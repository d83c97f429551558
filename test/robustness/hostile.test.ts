/**
 * Issue 5, hostile inputs: each gives a clear finding or a one-line error, and nothing is lost for
 * the other files — every hostile file sits in a folder next to `planted.yaml`, a small valid
 * native configuration with one known error, and that error must still be reported.
 *
 * Inputs that could hang, exhaust the stack or the memory (alias bombs, deep nesting, a 100 MB
 * file, catastrophic regexes, symlink loops) run through the built CLI, which is killed after
 * 20 s (so a hang fails the test instead of the suite); the rest run in-process.
 *
 * Tests marked `it.fails` document a bug in src/ that is not fixed yet (see the comment on each);
 * when the bug is fixed the test starts failing, and `.fails` should be removed.
 */
import { spawnSync } from 'node:child_process';
import { chmodSync, mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import YAML, { isMap, isPair, isScalar, Pair, Scalar, YAMLMap, type Document } from 'yaml';
import { afterAll, describe, expect, it } from 'vitest';
import type { Finding } from '../../src/engine/finding.js';
import { lint, type LintResult } from '../../src/lint.js';
import { EXAMPLE_SETS, PROTOTYPE_KEYS, type ExampleSet } from './arbitraries.js';
import {
  checkFindingsShape,
  checkJsonReport,
  checkNoCrash,
  CLI_UNDER_TEST,
  CRASH_MESSAGE,
  hasPlanted,
  makeTempDir,
  PLANTED_NAME,
  PLANTED_TEXT,
  removeTempDir,
  runCli,
  STACK_TRACE,
  type JsonReport,
} from './support.js';

const scratch = makeTempDir('gwlint-hostile-');
// Readable by every user: the permission tests run the CLI as an unprivileged user.
chmodSync(scratch, 0o755);
afterAll(() => removeTempDir(scratch));

/** A new folder holding planted.yaml and the given files. */
function folderWith(name: string, files: Record<string, string | Buffer> = {}): string {
  const folder = path.join(scratch, name);
  mkdirSync(folder, { recursive: true });
  writeFileSync(path.join(folder, PLANTED_NAME), PLANTED_TEXT);
  for (const [file, content] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(folder, file)), { recursive: true });
    writeFileSync(path.join(folder, file), content);
  }
  return folder;
}

function findingsIn(findings: readonly Finding[], file: string): Finding[] {
  return findings.filter((finding) => finding.file === file);
}

/** Runs `gwlint --format json ARGS` in the folder; checks it finished, printed the documented JSON and no stack trace. */
async function cliJson(folder: string, args: readonly string[] = ['.'], options: { uid?: number } = {}): Promise<{ report: JsonReport; status: number | null; stderr: string }> {
  const run = await runCli(['--format', 'json', ...args], folder, options);
  expect(run.timedOut, 'gwlint was killed after 20 s').toBe(false);
  expect(run.stderr).not.toMatch(STACK_TRACE);
  expect(run.stderr, 'stderr').not.toMatch(/internal error/);
  const report = checkJsonReport(run.stdout);
  return { report, status: run.status, stderr: run.stderr };
}

/** The CLI run ended with the planted error reported (exit 1) and no crash in any file. */
function expectPlantedKept(status: number | null, findings: readonly Finding[]): void {
  expect(findings.filter((finding) => CRASH_MESSAGE.test(finding.message))).toEqual([]);
  expect(hasPlanted(findings), 'the planted finding is still reported').toBe(true);
  expect(status).toBe(1);
}

/** Lints a folder in-process, as the CLI would from inside it. */
function lintFolder(folder: string, paths: readonly string[] = ['.']): LintResult {
  const result = lint({ paths, cwd: folder });
  checkFindingsShape(result.findings);
  return result;
}

describe('alias bombs', () => {
  const laughs = (levels: number, width: number) => {
    const lines = [`l0: &l0 [${Array(width).fill('"lol"').join(', ')}]`];
    for (let i = 1; i < levels; i++) lines.push(`l${i}: &l${i} [${Array(width).fill(`*l${i - 1}`).join(', ')}]`);
    return lines;
  };

  it('billion laughs (10 levels of 9 aliases), a bomb that is the native routes list, and 20,000 aliases to one route are reported as alias bombs', { timeout: 30_000 }, async () => {
    const folder = folderWith('alias-bomb', {
      'laughs.yaml': `${laughs(10, 9).join('\n')}\n`,
      // The bomb is the routes list itself, behind native keys.
      'routes.yaml': `${laughs(20, 2).map((line) => `x-${line}`).join('\n')}\nroutes: *l19\n`,
      // Many aliases to one route: each is small, together they are a bomb.
      'many.yaml': `upstreams: { u: { url: "https://u.internal" } }\nroutes:\n  - &r { name: r, paths: ["/x/{id}"], upstream: u, methods: [GET] }\n${'  - *r\n'.repeat(20_000)}`,
    });
    const { report, status } = await cliJson(folder);
    for (const file of ['laughs.yaml', 'routes.yaml', 'many.yaml']) {
      const found = findingsIn(report.findings, file);
      expect(found.map((finding) => finding.ruleId), file).toEqual(['parse-error']);
      expect(found[0]!.message, file).toMatch(/alias bomb/);
    }
    expectPlantedKept(status, report.findings);
  });

  it('merge keys that merge the same anchors many times do not blow up', { timeout: 30_000 }, async () => {
    const lines = ['x0: &x0 {k0: 1, k1: 1, k2: 1, k3: 1, k4: 1, k5: 1, k6: 1, k7: 1, k8: 1, k9: 1}'];
    for (let i = 1; i < 15; i++) lines.push(`x${i}: &x${i} {<<: [${Array(10).fill(`*x${i - 1}`).join(', ')}], m${i}: 1}`);
    const folder = folderWith('merge-bomb', { 'merge.yaml': `routes: []\n${lines.join('\n')}\n` });
    const { report, status } = await cliJson(folder);
    expect(findingsIn(report.findings, 'merge.yaml').length).toBeGreaterThan(0);
    expectPlantedKept(status, report.findings);
  });
});

describe('10,000-deep nesting', () => {
  const DEPTH = 10_000;
  const cases: Record<string, string> = {
    'flow-seq.yaml': `${'['.repeat(DEPTH)}${']'.repeat(DEPTH)}\n`,
    'flow-map.yaml': `${'{a: '.repeat(DEPTH)}1${'}'.repeat(DEPTH)}\n`,
    'deep.json': `${'{"a":'.repeat(DEPTH)}1${'}'.repeat(DEPTH)}\n`,
    'json-array.json': `${'['.repeat(DEPTH)}${']'.repeat(DEPTH)}\n`,
    // Block style: compact sequences nest one level per `- `.
    'block-seq.yaml': `${'- '.repeat(DEPTH)}x\n`,
    // Block mappings need one more space per level: 1,000 levels is already half a megabyte.
    'block-map.yaml': Array.from({ length: 1000 }, (_, i) => `${' '.repeat(i)}k${i}:\n`).join(''),
    // Block nesting that continues in flow style, inside a native document.
    'mixed.yaml': `routes:\n${Array.from({ length: 100 }, (_, i) => `${' '.repeat(2 * i + 2)}- k:\n`).join('')}${' '.repeat(204)}${'['.repeat(DEPTH)}${']'.repeat(DEPTH)}\n`,
  };

  it('flow and block, YAML and JSON: a parse-error on each file, the planted finding kept', { timeout: 30_000 }, async () => {
    const folder = folderWith('deep', cases);
    const { report, status } = await cliJson(folder);
    for (const file of Object.keys(cases)) {
      const found = findingsIn(report.findings, file);
      expect(found.map((finding) => finding.ruleId), file).toEqual(['parse-error']);
      expect(found[0]!.message, file).toMatch(/Nesting goes deeper than \d+ levels/);
    }
    expectPlantedKept(status, report.findings);
  });
});

it('a 100 MB file is skipped with a finding that names the 32 MiB limit', { timeout: 30_000 }, async () => {
  const folder = folderWith('huge');
  // One allocation, filled by Buffer.alloc itself: YAML comment lines.
  writeFileSync(path.join(folder, 'huge.yaml'), Buffer.alloc(100 * 1024 * 1024, '# gateway\n'));
  const { report, status } = await cliJson(folder);
  const found = findingsIn(report.findings, 'huge.yaml');
  expect(found.map((finding) => [finding.ruleId, finding.line, finding.column])).toEqual([['parse-error', 1, 1]]);
  expect(found[0]!.message).toMatch(/100\.0 MiB/);
  expect(found[0]!.message).toMatch(/32\.0 MiB limit/);
  expectPlantedKept(status, report.findings);
  removeTempDir(folder);
});

describe('NUL bytes', () => {
  const NULS = Buffer.alloc(4096, 0);

  it('a file of NUL bytes named on the command line gets a finding', { timeout: 30_000 }, async () => {
    const folder = folderWith('nul-explicit', { 'nul.yaml': NULS });
    const { report, status } = await cliJson(folder, [PLANTED_NAME, 'nul.yaml']);
    expect(findingsIn(report.findings, 'nul.yaml').length).toBe(1);
    expectPlantedKept(status, report.findings);
  });

  // NUL is allowed nowhere in YAML (nor in JSON outside escapes): a corrupted configuration file
  // found in a folder must not pass as "not gateway configuration" in silence.
  it('a file of NUL bytes found in a folder gets a parse-error', { timeout: 30_000 }, async () => {
    const folder = folderWith('nul-folder', { 'nul.yaml': NULS, 'nul.json': NULS });
    const { report, status } = await cliJson(folder);
    expectPlantedKept(status, report.findings);
    expect(findingsIn(report.findings, 'nul.yaml').map((finding) => finding.ruleId)).toEqual(['parse-error']);
    expect(findingsIn(report.findings, 'nul.json').map((finding) => finding.ruleId)).toEqual(['parse-error']);
  });
});

it('invalid UTF-8 (bad bytes, a lone surrogate, past U+10FFFF, truncated, UTF-16) gives a parse-error per file', { timeout: 30_000 }, async () => {
  const native = (bytes: number[]) => Buffer.concat([Buffer.from('routes:\n  - name: "'), Buffer.from(bytes), Buffer.from('"\n    paths: [/x]\n    upstream: u\n')]);
  const files: Record<string, Buffer> = {
    'bad-bytes.yaml': native([0xff, 0xfe, 0xc3, 0x28]),
    'surrogate.yaml': native([0xed, 0xa0, 0x80]),
    'past-max.yaml': native([0xf4, 0x90, 0x80, 0x80]),
    'overlong.json': Buffer.concat([Buffer.from('{"routes": ["'), Buffer.from([0xc0, 0xaf]), Buffer.from('"]}')]),
    'truncated.yaml': Buffer.concat([Buffer.from('routes: []\n# ends mid-character: '), Buffer.from([0xe2, 0x82])]),
    'utf16.yaml': Buffer.from(`\ufeffroutes: []\n`, 'utf16le'),
  };
  const folder = folderWith('utf8', files);
  const { report, status } = await cliJson(folder);
  for (const file of Object.keys(files)) {
    const found = findingsIn(report.findings, file);
    expect(found.map((finding) => [finding.ruleId, finding.line, finding.column]), file).toEqual([['parse-error', 1, 1]]);
    expect(found[0]!.message, file).toMatch(/not valid UTF-8/);
  }
  expectPlantedKept(status, report.findings);
});

describe('byte order marks and line endings', () => {
  const TARGET = `upstreams:\n  u: { url: https://u.internal }\nroutes:\n  - name: r\n    paths: [/r]\n    upstream: u\n    cors: missing-cors\n`;
  const JSON_ROUTES = '  "routes": [{ "name": "j", "paths": ["/j"], "upstream": "v", "cors": "missing-cors" }]';
  const where = (findings: readonly Finding[], file: string) =>
    findingsIn(findings, file)
      .filter((finding) => finding.message.includes('missing-cors'))
      .map((finding) => `${finding.ruleId} ${finding.line}:${finding.column}-${finding.endLine}:${finding.endColumn}`);

  it('a UTF-8 BOM, CRLF, a lone CR and mixed line endings give the same finding at the same place', () => {
    const folder = folderWith('line-endings', {
      'lf.yaml': TARGET,
      'bom.yaml': `\ufeff${TARGET}`,
      'crlf.yaml': TARGET.replace(/\n/g, '\r\n'),
      'bom-crlf.yaml': `\ufeff${TARGET.replace(/\n/g, '\r\n')}`,
      'cr.yaml': TARGET.replace(/\n/g, '\r'),
      'mixed.yaml': TARGET.split('\n').slice(0, -1).map((line, i) => line + ['\n', '\r\n', '\r'][i % 3]).join(''),
      'bom.json': `\ufeff{\r\n  "upstreams": { "v": { "url": "https://v.internal" } },\r\n${JSON_ROUTES}\r\n}\r\n`,
    });
    const result = lintFolder(folder);
    checkNoCrash(result);
    expect(hasPlanted(result.findings)).toBe(true);
    const expected = ['unknown-reference 7:11-7:23'];
    for (const file of ['lf.yaml', 'bom.yaml', 'crlf.yaml', 'bom-crlf.yaml', 'cr.yaml', 'mixed.yaml']) expect(where(result.findings, file), file).toEqual(expected);
    // JSON strings are reported with their quotes.
    const column = JSON_ROUTES.indexOf('"missing-cors"') + 1;
    expect(where(result.findings, 'bom.json')).toEqual([`unknown-reference 3:${column}-3:${column + '"missing-cors"'.length}`]);
    // A BOM or a line ending is not a parse problem in YAML.
    expect(result.findings.filter((finding) => finding.ruleId === 'parse-error' && finding.file.endsWith('.yaml'))).toEqual([]);
  });

  it('a BOM alone, a BOM in the middle of a file, and CR-only files without content do not crash', () => {
    const folder = folderWith('bom-odd', {
      'only-bom.yaml': '\ufeff',
      'two-boms.yaml': `\ufeff\ufeff${TARGET}`,
      'mid-bom.yaml': `${TARGET}\ufeffroutes: []\n`,
      'crs.yaml': '\r\r\r\n\r',
      'bom.json': '\ufeff',
    });
    const result = lintFolder(folder, ['.', 'only-bom.yaml', 'crs.yaml', 'bom.json']);
    checkNoCrash(result);
    expect(hasPlanted(result.findings)).toBe(true);
  });
});

// ---------------------------------------------------------------------------------------------
// Keys such as __proto__, constructor and prototype at every level, and as names.

const POLLUTION = { polluted: true };

/** Adds `__proto__`, `constructor`, `prototype` (and friends) entries to every mapping of every document. */
function withPrototypeKeys(text: string, json: boolean): string {
  if (json) {
    const add = (value: unknown): unknown => {
      if (Array.isArray(value)) return value.map(add);
      if (value === null || typeof value !== 'object') return value;
      const out: Record<string, unknown> = {};
      for (const [key, item] of Object.entries(value)) out[key] = add(item);
      for (const key of PROTOTYPE_KEYS) {
        Object.defineProperty(out, key, { value: key === 'constructor' ? { prototype: POLLUTION } : POLLUTION, enumerable: true, configurable: true, writable: true });
      }
      return out;
    };
    return `${JSON.stringify(add(JSON.parse(text)), null, 2)}\n`;
  }
  const documents = YAML.parseAllDocuments(text) as Document.Parsed[];
  for (const document of documents) {
    const maps: YAMLMap[] = [];
    YAML.visit(document, { Map: (_, map) => void maps.push(map) });
    for (const map of maps) {
      for (const key of PROTOTYPE_KEYS) {
        map.items.push(new Pair(new Scalar(key), document.createNode(key === 'constructor' ? { prototype: POLLUTION } : POLLUTION)));
      }
    }
  }
  return documents.map((document) => document.toString({ lineWidth: 0 })).join('');
}

/** Keys whose values name things, and mappings whose keys do: both become prototype words. */
const NAME_KEYS = new Set(['name', 'upstream', 'service', 'rateLimit', 'cors', 'auth', 'namespace', 'RestApiId', 'sectionName']);
const NAMED_SECTIONS = new Set(['upstreams', 'corsPolicies', 'rateLimits', 'authPolicies', 'Resources', 'Events']);

function withPrototypeNames(text: string, json: boolean): string {
  let next = 0;
  const word = () => PROTOTYPE_KEYS[next++ % PROTOTYPE_KEYS.length]!;
  if (json) {
    const rename = (value: unknown, parentKey?: string): unknown => {
      if (Array.isArray(value)) return value.map((item) => rename(item));
      if (value === null || typeof value !== 'object') return value;
      const out: Record<string, unknown> = {};
      for (const [key, item] of Object.entries(value)) {
        const newKey = parentKey !== undefined && NAMED_SECTIONS.has(parentKey) ? word() : key;
        const newValue = NAME_KEYS.has(key) && typeof item === 'string' ? word() : rename(item, key);
        Object.defineProperty(out, newKey, { value: newValue, enumerable: true, configurable: true, writable: true });
      }
      return out;
    };
    return `${JSON.stringify(rename(JSON.parse(text)), null, 2)}\n`;
  }
  const documents = YAML.parseAllDocuments(text) as Document.Parsed[];
  for (const document of documents) {
    YAML.visit(document, {
      Pair: (_, pair) => {
        if (!isPair(pair) || !isScalar(pair.key)) return;
        const key = String(pair.key.value);
        if (NAME_KEYS.has(key) && isScalar(pair.value) && typeof pair.value.value === 'string') pair.value.value = word();
        if (NAMED_SECTIONS.has(key) && isMap(pair.value)) {
          for (const item of pair.value.items) if (isScalar(item.key)) item.key.value = word();
        }
      },
    });
  }
  return documents.map((document) => document.toString({ lineWidth: 0 })).join('');
}

function expectNoPollution(): void {
  const probe = {} as Record<string, unknown>;
  expect(probe.polluted).toBeUndefined();
  expect(([] as unknown as Record<string, unknown>).polluted).toBeUndefined();
  expect((Object.prototype as Record<string, unknown>).polluted).toBeUndefined();
  expect(Object.getOwnPropertyNames(Object.prototype)).not.toContain('polluted');
  expect(typeof Object.prototype.hasOwnProperty).toBe('function');
  expect(typeof Object.prototype.toString).toBe('function');
}

function prototypeFolder(set: ExampleSet, variant: 'keys' | 'names'): { folder: string; baseline: LintResult } {
  const transform = variant === 'keys' ? withPrototypeKeys : withPrototypeNames;
  const files = Object.fromEntries(set.files.map((file) => [file.name, transform(file.text, file.name.endsWith('.json'))]));
  const original = folderWith(`proto-original-${set.name}-${variant}`, Object.fromEntries(set.files.map((file) => [file.name, file.text])));
  return { folder: folderWith(`proto-${set.name}-${variant}`, files), baseline: lintFolder(original) };
}

describe('prototype keys (__proto__, constructor, prototype, toString, hasOwnProperty, valueOf, isPrototypeOf)', () => {
  it('linting every example with those keys at every level and as names pollutes no prototype', () => {
    for (const set of EXAMPLE_SETS) {
      for (const variant of ['keys', 'names'] as const) {
        lintFolder(prototypeFolder(set, variant).folder);
        expectNoPollution();
      }
    }
  });

  // BUG (src/model/native.ts, buildNativeModel): `readers[section]` looks the top-level key up in
  // a plain object literal, so `__proto__` finds Object.prototype ("read is not a function") and
  // `hasOwnProperty`, `valueOf`, `isPrototypeOf`, `toLocaleString`… find Object.prototype methods,
  // which throw when called. The whole native model is then dropped: EVERY native file loses its
  // findings, and the crash is reported on the first native file, not the one with the key.
  // Reproduction: a.yaml = planted.yaml above, b.yaml = `routes: []\nhasOwnProperty: {a: 1}\n`;
  // `gwlint .` reports on a.yaml "gwlint could not process this file (Cannot convert undefined or
  // null to object); it was not linted. Please report this." instead of its unknown-reference.
  const KNOWN_CRASHES = new Set<string>();

  for (const set of EXAMPLE_SETS) {
    for (const variant of ['keys', 'names'] as const) {
      const known = KNOWN_CRASHES.has(`${set.name} ${variant}`);
      (known ? it.fails : it)(`${set.name}, prototype words as ${variant}: no crash, the planted finding and the example's own findings kept`, () => {
        const { folder, baseline } = prototypeFolder(set, variant);
        const result = lintFolder(folder);
        checkNoCrash(result);
        expect(hasPlanted(result.findings)).toBe(true);
        // Every rule that fired on the unmodified example still fires (schema findings aside,
        // which the extra keys add).
        const rulesOf = (findings: readonly Finding[]) => new Set(findings.filter((finding) => finding.file !== PLANTED_NAME).map((finding) => finding.ruleId));
        const before = rulesOf(baseline.findings);
        const after = rulesOf(result.findings);
        if (variant === 'keys') for (const rule of before) expect(after, `rule ${rule}`).toContain(rule);
        expectNoPollution();
      });
    }
  }

  it('one such key in a native file crashes nothing, and every native file keeps its findings (regression)', () => {
    const folder = folderWith('proto-minimal', { 'b.yaml': 'routes: []\nhasOwnProperty: {a: 1}\n' });
    const result = lintFolder(folder);
    checkNoCrash(result);
    expect(hasPlanted(result.findings)).toBe(true);
  });
});

// ---------------------------------------------------------------------------------------------
// Huge numbers where priorities, timeouts, ports and limits go.

const HUGE_VALUES: Record<string, string> = {
  '1e400': '1e400',
  '400 digits': '9'.repeat(400),
  '.inf': '.inf',
  '-.inf': '-.inf',
  '.nan': '.nan',
};

interface NumberTemplate {
  readonly file: string;
  /** The file's text with `$V` where the huge value goes; every line with `$V` must get a finding. */
  readonly text: string;
}

// Each template puts the value in the priorities, timeouts, ports and limits its dialect reads
// (a native duration string too: `timeout: 999…9ms`). Every gateway rejects such values, so every
// line that holds one must get a finding (a `schema` one, as a rule), nothing may crash, and the
// planted finding in the other file is kept.
const NUMBER_TEMPLATES: Record<string, NumberTemplate> = {
  'native numbers': {
    file: 'native.yaml',
    text: `gateway:
  maxTimeout: $V
  defaults:
    timeout: $V
upstreams:
  u:
    url: https://u.internal
    timeout: $V
routes:
  - name: a
    paths: [/a]
    upstream: u
    timeout: $V
    priority: $V
    retries:
      attempts: $V
      perTryTimeout: $V
rateLimits:
  r:
    requestsPerSecond: $V
    burst: $V
`,
  },
  'native duration and size strings': {
    file: 'native-strings.yaml',
    text: `upstreams:
  w:
    url: https://w.internal
    timeout: $Vms
    maxBodySize: $VMB
routes:
  - name: b
    paths: [/b]
    upstream: w
    timeout: $Vs
    maxBodySize: $V KB
`,
  },
  'native JSON': {
    file: 'native.json',
    text: `{
  "upstreams": {
    "j": {
      "url": "https://j.internal",
      "timeout": $V
    }
  },
  "routes": [
    {
      "name": "j",
      "paths": ["/j"],
      "upstream": "j",
      "priority": $V
    }
  ]
}
`,
  },
  kong: {
    file: 'kong.yaml',
    text: `_format_version: "3.0"
services:
  - name: s
    url: http://s.internal
    read_timeout: $V
    connect_timeout: $V
    write_timeout: $V
    retries: $V
    routes:
      - name: a
        paths: ['~/a']
        regex_priority: $V
    plugins:
      - name: rate-limiting
        config:
          minute: $V
          hour: 10
`,
  },
  'gateway-api timeouts': {
    file: 'httproute.yaml',
    text: `apiVersion: gateway.networking.k8s.io/v1
kind: HTTPRoute
metadata: { name: r, namespace: ns }
spec:
  parentRefs: [{ name: gw }]
  rules:
    - matches: [{ path: { type: PathPrefix, value: /a } }]
      timeouts:
        request: $V
        backendRequest: $V
`,
  },
  'gateway-api ports': {
    file: 'gateway.yaml',
    text: `apiVersion: gateway.networking.k8s.io/v1
kind: Gateway
metadata: { name: gw, namespace: ns }
spec:
  gatewayClassName: eg
  listeners:
    - name: http
      protocol: HTTP
      port: $V
---
apiVersion: gateway.networking.k8s.io/v1
kind: HTTPRoute
metadata: { name: p, namespace: ns }
spec:
  parentRefs:
    - name: gw
      port: $V
  rules:
    - matches: [{ path: { type: PathPrefix, value: /p } }]
`,
  },
  'aws SAM': {
    file: 'template.yaml',
    text: `AWSTemplateFormatVersion: '2010-09-09'
Transform: AWS::Serverless-2016-10-31
Globals:
  Function:
    Timeout: $V
Resources:
  F:
    Type: AWS::Serverless::Function
    Properties:
      Timeout: $V
      Events:
        G:
          Type: Api
          Properties:
            Path: /a
            Method: get
            TimeoutInMillis: $V
`,
  },
  'aws OpenAPI': {
    file: 'openapi.yaml',
    text: `openapi: 3.0.1
paths:
  /a:
    get:
      x-amazon-apigateway-integration:
        type: http_proxy
        uri: http://x.internal
        timeoutInMillis: $V
`,
  },
};

describe('huge numbers (1e400, 400-digit integers, .inf, -.inf, .nan) in priorities, timeouts, ports and limits', () => {
  for (const [templateName, template] of Object.entries(NUMBER_TEMPLATES)) {
    for (const [valueName, value] of Object.entries(HUGE_VALUES)) {
      const isJson = template.file.endsWith('.json');
      if (isJson && /^-?\./.test(value)) continue; // JSON has no .inf/.nan
      it(`${templateName}, ${valueName}: a finding on every line that has it`, () => {
        const text = template.text.replace(/\$V/g, value);
        const lines = template.text.split('\n').flatMap((line, index) => (line.includes('$V') ? [index + 1] : []));
        const folder = folderWith(`numbers-${templateName.replace(/\W+/g, '-')}-${valueName.replace(/\W+/g, '-')}`, { [template.file]: text });
        const result = lintFolder(folder);
        checkNoCrash(result);
        expect(hasPlanted(result.findings)).toBe(true);
        const reported = new Set(findingsIn(result.findings, template.file).map((finding) => finding.line));
        expect(lines.filter((line) => !reported.has(line)), `lines of ${template.file} without a finding`).toEqual([]);
      });
    }
  }

  it('none of them crashes or loses the planted finding, in any dialect', () => {
    const files: Record<string, string> = {};
    for (const [templateName, template] of Object.entries(NUMBER_TEMPLATES)) {
      for (const [valueName, value] of Object.entries(HUGE_VALUES)) {
        if (template.file.endsWith('.json') && value.includes('.')) continue;
        files[`${templateName.replace(/\W+/g, '-')}/${valueName.replace(/\W+/g, '-')}/${template.file}`] = template.text.replace(/\$V/g, value);
      }
    }
    const result = lintFolder(folderWith('numbers-all', files));
    checkNoCrash(result);
    expect(hasPlanted(result.findings)).toBe(true);
  });
});

it('duplicate keys in every dialect are reported, and the planted finding kept', () => {
  const folder = folderWith('duplicate-keys', {
    'native.yaml': 'routes:\n  - name: a\n    name: b\n    paths: [/a]\n    upstream: u\nupstreams:\n  u: { url: https://u.internal }\n  u: { url: https://v.internal }\nroutes: []\n',
    'native.json': '{"rateLimits": {"x": {"burst": 1, "burst": 2}}, "rateLimits": {}}\n',
    'kong.yaml': '_format_version: "3.0"\nservices:\n  - name: s\n    name: t\n    url: http://s.internal\n    routes:\n      - { name: r, paths: [/a], paths: [/b] }\n',
    'gateway-api.yaml': 'apiVersion: gateway.networking.k8s.io/v1\nkind: HTTPRoute\nkind: HTTPRoute\nmetadata: { name: r, name: s }\nspec: {}\n',
    'aws.yaml': "AWSTemplateFormatVersion: '2010-09-09'\nResources:\n  F: { Type: 'AWS::Serverless::Function' }\n  F: { Type: 'AWS::Serverless::Function' }\n",
  });
  const result = lintFolder(folder);
  checkNoCrash(result);
  expect(hasPlanted(result.findings)).toBe(true);
  const duplicates = (file: string) => findingsIn(result.findings, file).filter((finding) => finding.ruleId === 'duplicate-key').map((finding) => finding.line);
  expect(duplicates('native.yaml')).toEqual([3, 8, 9]);
  expect(duplicates('native.json')).toEqual([1, 1]);
  expect(duplicates('kong.yaml')).toEqual([4, 7]);
  expect(duplicates('gateway-api.yaml')).toEqual([3, 4]);
  expect(duplicates('aws.yaml')).toEqual([4]);
});

// ---------------------------------------------------------------------------------------------
// The file system: symlink loops, unreadable files and folders, empty folders, missing paths.

describe('symlink loops', () => {
  it('a folder symlinked into itself (directly and through its parent) is walked once: no hang, no file twice', { timeout: 30_000 }, async () => {
    const folder = folderWith('symlinks', { 'sub/routes.yaml': 'routes: []\n' });
    symlinkSync('.', path.join(folder, 'self'));
    symlinkSync('..', path.join(folder, 'sub', 'up'));
    symlinkSync(folder, path.join(folder, 'sub', 'absolute'));
    symlinkSync('loop.yaml', path.join(folder, 'loop.yaml')); // a link to itself (ELOOP)
    symlinkSync('nowhere.yaml', path.join(folder, 'dangling.yaml'));
    const { report, status } = await cliJson(folder);
    expectPlantedKept(status, report.findings);
    // planted.yaml was read once: no duplicate-name or duplicate-route against itself.
    expect(report.findings.filter((finding) => finding.ruleId.startsWith('duplicate-'))).toEqual([]);
    expect(report.summary.files).toBe(2);
  });

  it('a symlink loop named on the command line is a one-line usage error (exit 2)', { timeout: 30_000 }, async () => {
    const folder = folderWith('symlink-explicit');
    symlinkSync('loop.yaml', path.join(folder, 'loop.yaml'));
    const run = await runCli(['loop.yaml'], folder);
    expect(run.status).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toMatch(/^gwlint: .*loop\.yaml\n$/);
  });
});

/**
 * chmod 000 does not stop root. Run as root, the permission tests start the CLI as the
 * unprivileged user 65534 ("nobody") when that works; otherwise they are skipped.
 */
const permissionRunner = ((): { uid?: number; skip?: string } => {
  if (process.platform === 'win32') return { skip: 'no POSIX permissions on Windows' };
  if (process.getuid?.() !== 0) return {};
  const probe = spawnSync(process.execPath, ['-e', `require('fs').accessSync(${JSON.stringify(CLI_UNDER_TEST)}, require('fs').constants.R_OK)`], { uid: 65534, gid: 65534, cwd: scratch });
  return probe.status === 0 ? { uid: 65534 } : { skip: 'running as root (chmod 000 does not block root) and the CLI cannot run as uid 65534 here' };
})();

describe.skipIf(permissionRunner.skip !== undefined)(`unreadable files and folders${permissionRunner.uid === undefined ? '' : ' (CLI run as uid 65534, since the tests run as root)'}`, () => {
  const as = permissionRunner.uid === undefined ? {} : { uid: permissionRunner.uid };

  it('an unreadable file gives a parse-error that says so', { timeout: 30_000 }, async () => {
    const folder = folderWith('unreadable-file', { 'secret.yaml': 'routes: []\n' });
    chmodSync(path.join(folder, 'secret.yaml'), 0o000);
    const { report, status } = await cliJson(folder, ['.'], as);
    expect(findingsIn(report.findings, 'secret.yaml').map((finding) => [finding.ruleId, finding.message])).toEqual([
      ['parse-error', expect.stringMatching(/could not be read \(EACCES\)/)],
    ]);
    expectPlantedKept(status, report.findings);
  });

  /** A folder with planted.yaml and `locked/routes.yaml`, `locked` made unreadable for `work`. */
  async function withLockedFolder(name: string, work: (folder: string) => Promise<void>): Promise<void> {
    const folder = folderWith(name, { 'locked/routes.yaml': 'routes: [' });
    chmodSync(path.join(folder, 'locked'), 0o000);
    try {
      await work(folder);
    } finally {
      chmodSync(path.join(folder, 'locked'), 0o755); // so that the folder can be removed
    }
  }

  // The other files are linted, and a parse-error on the folder (so machine output records it
  // and the exit code counts it) names it and the reason.
  it('an unreadable folder inside the linted one gives a finding or an error that names it', { timeout: 30_000 }, async () => {
    await withLockedFolder('unreadable-folder', async (folder) => {
      const { report, status, stderr } = await cliJson(folder, ['.'], as);
      expectPlantedKept(status, report.findings);
      expect(findingsIn(report.findings, 'locked/').map((finding) => [finding.ruleId, finding.message])).toEqual([
        ['parse-error', 'Folder could not be read (EACCES); the files in it were not linted.'],
      ]);
      expect(stderr).toBe('');
    });
  });

  // Named on the command line, the folder gets the same finding (exit 1); a file in it cannot even
  // be looked up, so it is a one-line usage error (exit 2) that says why, not "No such file".
  it('an unreadable folder, or a file in it, named on the command line: an error that says it cannot be read', { timeout: 30_000 }, async () => {
    await withLockedFolder('unreadable-named', async (folder) => {
      const named = await cliJson(folder, ['locked'], as);
      expect(named.status).toBe(1);
      expect(named.report.findings.map((finding) => [finding.file, finding.ruleId, finding.message])).toEqual([
        ['locked/', 'parse-error', 'Folder could not be read (EACCES); the files in it were not linted.'],
      ]);
      expect(named.stderr).toBe('');
      const inside = await runCli(['--format', 'json', 'locked/routes.yaml'], folder, as);
      expect(inside.status).toBe(2);
      expect(inside.stdout).toBe('');
      expect(inside.stderr).toBe('gwlint: Cannot read locked/routes.yaml: permission denied (EACCES)\n');
    });
  });

  it('unreadable folders do not crash the run nor lose the other files', { timeout: 30_000 }, async () => {
    await withLockedFolder('unreadable-survive', async (folder) => {
      const { report, status } = await cliJson(folder, ['.'], as);
      expectPlantedKept(status, report.findings);
    });
  });
});

describe('empty folders and missing paths', () => {
  it('an empty folder: valid empty JSON, one line on stderr, exit 0', { timeout: 30_000 }, async () => {
    const folder = path.join(scratch, 'empty');
    mkdirSync(folder);
    const run = await runCli(['--format', 'json', '.'], folder);
    expect(run.status).toBe(0);
    expect(checkJsonReport(run.stdout).findings).toEqual([]);
    expect(run.stderr).toMatch(/^gwlint: no YAML or JSON files found in \.\n$/);
  });

  it('an empty folder next to a configuration loses nothing', { timeout: 30_000 }, async () => {
    const folder = folderWith('empty-sibling');
    mkdirSync(path.join(folder, 'empty'));
    const { report, status, stderr } = await cliJson(folder, ['empty', PLANTED_NAME]);
    expectPlantedKept(status, report.findings);
    expect(stderr).toBe('');
  });

  it.each(['stylish', 'json', 'sarif'])('a path that does not exist: exit 2, one line on stderr, nothing on stdout (%s)', async (format) => {
    const folder = folderWith('missing');
    const run = await runCli(['--format', format, 'does-not-exist/', PLANTED_NAME], folder);
    expect(run.status).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toBe('gwlint: No such file or folder: does-not-exist/\n');
  });
});

// ---------------------------------------------------------------------------------------------
// Regexes that backtrack catastrophically in a backtracking engine, against very long paths.

describe('catastrophic regexes next to 30,000-character paths', () => {
  const A = 'a'.repeat(30_000);
  const EVIL = ['(a+)+$', '(a|a)*b', '(a|aa)+$', '(a*)*$', '(.*a){12}$', '([a-z]+)*[0-9]', '(a+)+(b|c)+$'];

  it('Kong: regex routes against long plain and regex paths finish', { timeout: 30_000 }, async () => {
    const routes = [
      ...EVIL.map((regex, i) => `      - name: evil-${i}\n        paths: ['~/${regex}']`),
      `      - name: long-plain\n        paths: ['/${A}']`,
      `      - name: long-plain-b\n        paths: ['/${A}b']`,
      `      - name: long-plain-bang\n        paths: ['/${A}!']`,
      `      - name: long-regex\n        paths: ['~/${A}!']`,
      `      - name: long-header\n        paths: ['/h']\n        headers: { x-a: ['~*(a+)+$'] }`,
    ];
    const folder = folderWith('regex-kong', {
      'kong.yaml': `_format_version: "3.0"\nservices:\n  - name: s\n    url: http://s.internal\n    routes:\n${routes.join('\n')}\n`,
    });
    const { report, status } = await cliJson(folder);
    expectPlantedKept(status, report.findings);
    // The catch-all regex takes the long plain path's own requests.
    expect(findingsIn(report.findings, 'kong.yaml').some((finding) => finding.ruleId === 'shadowed-route')).toBe(true);
  });

  it('Gateway API: RegularExpression matches against long Exact and PathPrefix paths finish', { timeout: 30_000 }, async () => {
    const matches = [
      ...EVIL.map((regex) => `        - path: { type: RegularExpression, value: "/${regex.replace(/\\/g, '\\\\')}" }`),
      `        - path: { type: RegularExpression, value: "(a|a)*b" }`,
      `        - path: { type: PathPrefix, value: "/${A}" }`,
      `        - path: { type: Exact, value: "/${A}" }`,
      `        - path: { type: Exact, value: "/${A}b" }`,
      `        - path: { type: Exact, value: "/${A}!" }`,
      `          headers: [{ type: RegularExpression, name: x-a, value: "(a+)+$" }]`,
    ];
    const folder = folderWith('regex-gateway-api', {
      'gateway.yaml': 'apiVersion: gateway.networking.k8s.io/v1\nkind: Gateway\nmetadata: { name: gw, namespace: ns }\nspec:\n  gatewayClassName: eg\n  listeners:\n    - { name: http, protocol: HTTP, port: 80 }\n',
      'routes.yaml': `apiVersion: gateway.networking.k8s.io/v1\nkind: HTTPRoute\nmetadata: { name: evil, namespace: ns }\nspec:\n  parentRefs: [{ name: gw }]\n  rules:\n    - matches:\n${matches.join('\n')}\n---\napiVersion: gateway.networking.k8s.io/v1\nkind: HTTPRoute\nmetadata: { name: long, namespace: ns }\nspec:\n  parentRefs: [{ name: gw }]\n  rules:\n    - matches: [{ path: { type: PathPrefix, value: "/${A}" } }]\n    - matches: [{ path: { type: Exact, value: "/${A}" } }]\n`,
    });
    const { report, status } = await cliJson(folder);
    expectPlantedKept(status, report.findings);
    // The two HTTPRoutes share identical matches: ambiguous, reported.
    expect(findingsIn(report.findings, 'routes.yaml').some((finding) => finding.ruleId === 'duplicate-route')).toBe(true);
  });
});
