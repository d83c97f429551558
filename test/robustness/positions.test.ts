/**
 * Issue 5, exact positions: a finding keeps pointing at the same node, in every dialect, when the
 * file gets CRLF or lone-CR line endings, a UTF-8 byte order mark, multi-byte characters (é, CJK,
 * astral-plane emoji) and tabs inside strings — on earlier lines, earlier on the same line, and
 * inside the node itself. Lines and columns are 1-based, columns count UTF-16 code units and the
 * end column is exclusive (src/load/source.ts `positionAt`, README "JSON output").
 *
 * The files are written to disk and linted in-process with `lint`, so the byte order mark and
 * line endings go through the same reading code as on the command line (src/load/read.ts). The
 * expected position is computed here, independently, from where the node's text is in the file.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import type { Finding } from '../../src/engine/finding.js';
import { lint } from '../../src/lint.js';
import { applyMutations, EXAMPLE_SETS, mutationArbitrary, routeConfigArbitrary, toYamlText, yamlStyleArbitrary } from './arbitraries.js';
import { assertProperty, checkNoCrash, makeTempDir, removeTempDir } from './support.js';

const scratch = makeTempDir('gwlint-positions-');
afterAll(() => removeTempDir(scratch));

/**
 * A file with slots: «E» on earlier lines (in comments or strings), «S» in a string earlier on the
 * finding's line or inside its node, «W» white space in a flow collection before the node.
 */
interface Fixture {
  readonly file: string;
  readonly text: string;
  /** Other files the finding needs (not rewritten). */
  readonly others?: Record<string, string>;
  readonly targets: readonly Target[];
}

interface Target {
  readonly ruleId: string;
  /** Text the finding's message contains: tells it from the file's other findings. */
  readonly token: string;
  /** The exact text of the node the finding covers, with the same slots as the file. */
  readonly node: string;
  /** The node of the finding's first related location (and the line its message names), if any. */
  readonly related?: string;
}

const FIXTURES: Record<string, Fixture> = {
  'native YAML': {
    file: 'routes.yaml',
    text: `# Shop API «E»
upstreams:
  orders: { url: "https://orders.internal", note: "«E»" }
rateLimits:
  standard: { requestsPerSecond: 5 }
# «E» «E»
routes:
  - name: catch-all
    paths: ["/v1/**"]
    upstream: orders
  - name: "shadowed «S»"
    paths: ["/v1/x"]
    upstream: orders
  - {«W»name: "get-order «S»",«W»paths: ["/v2/orders/{id}"], upstream: orders, rateLimit: standrad }
`,
    targets: [
      { ruleId: 'unknown-reference', token: "'standrad'", node: 'standrad' },
      // A node over several lines, with the slot inside it.
      {
        ruleId: 'shadowed-route',
        token: "'shadowed",
        node: 'name: "shadowed «S»"\n    paths: ["/v1/x"]\n    upstream: orders',
        related: 'name: catch-all\n    paths: ["/v1/**"]\n    upstream: orders',
      },
    ],
  },
  'native JSON': {
    file: 'routes.json',
    text: `{
  "upstreams": { "orders": { "url": "https://orders.internal" } },
  "routes": [
    { "name": "list «E»", "paths": ["/v1/list"], "upstream": "orders" },
   «W»{ "name": "get «S»",«W»"paths": ["/v2/orders"],«W»"upstream": "orders", "rateLimit": "standrad" }
  ]
}
`,
    targets: [{ ruleId: 'unknown-reference', token: "'standrad'", node: '"standrad"' }],
  },
  'Kong YAML': {
    file: 'kong.yaml',
    text: `# decK «E»
_format_version: "3.0"
services:
  - name: "catalog «E»"
    url: http://catalog.internal:8080
    routes:
      - {«W»name: "product «S»",«W»paths: ['/catalog/products/\\d+'] }
      - name: "orders-api «S»"
        paths: [/api/orders]
  - name: legacy
    url: http://legacy.internal:8080
    routes:
      - name: legacy-api
        paths: ['~/api/.*']
`,
    targets: [
      { ruleId: 'invalid-path', token: '/catalog/products/', node: "'/catalog/products/\\d+'" },
      { ruleId: 'shadowed-route', token: "'orders-api", node: 'name: "orders-api «S»"\n        paths: [/api/orders]', related: 'name: legacy-api\n        paths: [\'~/api/.*\']' },
    ],
  },
  'Gateway API YAML': {
    file: 'routes.yaml',
    others: {
      'gateway.yaml': 'apiVersion: gateway.networking.k8s.io/v1\nkind: Gateway\nmetadata: { name: public, namespace: shop }\nspec:\n  gatewayClassName: eg\n  listeners:\n    - { name: http, protocol: HTTP, port: 80 }\n',
    },
    text: `# HTTPRoute «E»
apiVersion: gateway.networking.k8s.io/v1
kind: HTTPRoute
metadata:
  name: orders
  namespace: shop
  annotations: { note: "«E»" }
spec:
  parentRefs: [{ name: public }]
  rules:
    - {«W»matches: [{ path: { type: PathPrefix, value: "/v1/orders" }, headers: [{ name: x-note, value: "«S»" }] }],«W»timeouts: { request: 10s, backendRequest: 30s } }
`,
    targets: [{ ruleId: 'timeout-exceeds-platform', token: 'backendRequest (30s)', node: '30s' }],
  },
  'AWS SAM YAML': {
    file: 'template.yaml',
    text: `# SAM «E»
AWSTemplateFormatVersion: '2010-09-09'
Transform: AWS::Serverless-2016-10-31
Description: "«E»"
Globals:
  Api:
    Cors: {«W»AllowHeaders: "'X-Note-«S»'",«W»AllowOrigin: "'*'", AllowCredentials: true }
Resources:
  ShopApi:
    Type: AWS::Serverless::Api
    Properties: { StageName: prod }
  GetOrder:
    Type: AWS::Serverless::Function
    Properties:
      Events:
        Get: { Type: Api, Properties: { RestApiId: !Ref ShopApi, Path: "/orders/{id}", Method: get } }
`,
    targets: [{ ruleId: 'cors-wildcard-credentials', token: 'Globals.Api.Cors', node: `"'*'"` }],
  },
};

interface Variant {
  readonly E?: string;
  readonly S?: string;
  /** White space in flow collections before the node; a single space when not given. */
  readonly W?: string;
  readonly crlf?: boolean;
  readonly cr?: boolean;
  readonly bom?: boolean;
  /** `%YAML 1.2` first: src/load/fast declines directives, so the `yaml` package parses it. */
  readonly directive?: boolean;
}

const VARIANTS: Record<string, Variant> = {
  'LF and ASCII': {},
  CRLF: { crlf: true },
  'lone CR': { cr: true },
  BOM: { bom: true },
  'BOM and CRLF': { bom: true, crlf: true },
  'é on earlier lines': { E: 'café é' },
  'CJK and astral characters on earlier lines': { E: '中文 日本語 😀 𝄞' },
  'multi-byte characters before the node on its line and inside it': { S: 'é中😀𝄞' },
  'tabs in strings and white space before the node on its line': { S: '\t→\t', W: '\t' },
  'everything at once': { bom: true, crlf: true, E: 'é 中 😀\t𝄞', S: '😀\t中é', W: ' \t ' },
  'everything at once, full YAML parser': { bom: true, crlf: true, E: 'é 中 😀\t𝄞', S: '😀\t中é', W: ' \t ', directive: true },
  'astral characters and lone CR, full YAML parser': { cr: true, E: '😀😀', S: '𝄞😀', directive: true },
};

/** Fills the slots; in JSON a tab inside a string must be escaped. */
function fill(template: string, variant: Variant, json: boolean): string {
  const inString = (text: string) => (json ? text.replace(/\t/g, '\\t') : text);
  return template
    .replace(/«E»/g, inString(variant.E ?? ''))
    .replace(/«S»/g, inString(variant.S ?? ''))
    .replace(/«W»/g, variant.W ?? ' ');
}

function lineEndings(text: string, variant: Variant): string {
  if (variant.crlf) return text.replace(/\n/g, '\r\n');
  if (variant.cr) return text.replace(/\n/g, '\r');
  return text;
}

/**
 * The position of a UTF-16 offset, computed here from first principles: CRLF, LF and a lone CR
 * each end a line; columns count UTF-16 code units from 1.
 */
function referencePosition(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < offset; i++) {
    const char = text[i];
    if (char === '\n' || (char === '\r' && text[i + 1] !== '\n')) {
      line++;
      lineStart = i + 1;
    }
  }
  return { line, column: offset - lineStart + 1 };
}

function region(finding: Finding): string {
  return `${finding.line}:${finding.column}-${finding.endLine}:${finding.endColumn}`;
}

describe('positions stay exact under CRLF, BOM, tabs and multi-byte characters', () => {
  let run = 0;
  for (const [fixtureName, fixture] of Object.entries(FIXTURES)) {
    const json = fixture.file.endsWith('.json');
    for (const [variantName, variant] of Object.entries(VARIANTS)) {
      if (json && variant.directive) continue; // JSON has no directives
      it(`${fixtureName}: ${variantName}`, () => {
        const body = lineEndings((variant.directive ? '%YAML 1.2\n---\n' : '') + fill(fixture.text, variant, json), variant);
        const folder = path.join(scratch, `case-${++run}`);
        mkdirSync(folder);
        writeFileSync(path.join(folder, fixture.file), `${variant.bom ? '\ufeff' : ''}${body}`);
        for (const [name, text] of Object.entries(fixture.others ?? {})) writeFileSync(path.join(folder, name), text);
        const result = lint({ paths: ['.'], cwd: folder });
        checkNoCrash(result);
        // Positions are in the text without its byte order mark, as editors and SARIF count them.
        const expectedRegion = (template: string) => {
          const node = lineEndings(fill(template, variant, json), variant);
          const start = body.indexOf(node);
          expect(start, `the node ${JSON.stringify(node)} is in the file`).toBeGreaterThanOrEqual(0);
          expect(body.indexOf(node, start + 1), 'the node is unique in the file').toBe(-1);
          const from = referencePosition(body, start);
          const to = referencePosition(body, start + node.length);
          return { line: from.line, text: `${from.line}:${from.column}-${to.line}:${to.column}` };
        };
        for (const target of fixture.targets) {
          const matching = result.findings.filter((finding) => finding.file === fixture.file && finding.ruleId === target.ruleId && finding.message.includes(target.token));
          expect(matching.map(region), `${target.ruleId} ${target.token}`).toEqual([expectedRegion(target.node).text]);
          if (target.related) {
            const related = expectedRegion(target.related);
            expect(matching[0]!.related.map((place) => `${place.file} ${region({ ...matching[0]!, ...place })}`)[0]).toBe(`${fixture.file} ${related.text}`);
            expect(matching[0]!.message).toContain(`${fixture.file}:${related.line})`);
          }
        }
      });
    }
  }

  it('the reference position counts UTF-16 code units and every kind of line break', () => {
    expect(referencePosition('a😀b', 3)).toEqual({ line: 1, column: 4 });
    expect(referencePosition('a\r\nb\rc\nd', 7)).toEqual({ line: 4, column: 1 });
    expect(referencePosition('é\tx', 2)).toEqual({ line: 1, column: 3 });
  });
});

/** Writes the files into a new folder (each text passed through `rewrite`) and lints it. */
function lintRewritten(files: readonly { name: string; text: string }[], rewrite: (text: string) => string): Finding[] {
  const folder = makeTempDir('gwlint-positions-run-');
  try {
    for (const file of files) {
      mkdirSync(path.dirname(path.join(folder, file.name)), { recursive: true });
      writeFileSync(path.join(folder, file.name), rewrite(file.text));
    }
    return lint({ paths: ['.'], cwd: folder }).findings;
  } finally {
    removeTempDir(folder);
  }
}

const toBomCrlf = (text: string) => `\ufeff${text.replace(/\r?\n/g, '\r\n')}`;

describe('positions do not depend on line endings or a byte order mark (property)', () => {
  const inputs = fc.oneof(
    fc.tuple(fc.constantFrom(...EXAMPLE_SETS), fc.array(mutationArbitrary(), { maxLength: 3 })).map(([set, mutations]) => applyMutations(set, mutations)),
    fc.tuple(routeConfigArbitrary, yamlStyleArbitrary).map(([{ dialect, tree }, style]) => [{ name: `${dialect}.yaml`, text: toYamlText(tree, style) }]),
  );
  /** Where a finding is and what it says; parse errors' messages quote the text, line breaks included. */
  const describeFinding = (finding: Finding) =>
    `${finding.file} ${finding.ruleId} ${region(finding)} ${finding.ruleId === 'parse-error' ? '' : finding.message} ${finding.related.map((place) => `${place.file} ${region({ ...finding, ...place })}`).join(' ')}`;

  it('every finding is at the same place with LF as with BOM + CRLF (mutated examples and route-shaped configurations)', { timeout: 60_000 }, async () => {
    await assertProperty(
      'LF vs BOM + CRLF',
      fc.property(inputs, (files) => {
        const lf = lintRewritten(files, (text) => text.replace(/\r\n?/g, '\n'));
        const crlf = lintRewritten(files, toBomCrlf);
        expect(crlf.map(describeFinding)).toEqual(lf.map(describeFinding));
      }),
      0x5eed_0010,
      150,
    );
  });

  // A YAML error whose range is the line break itself (line 3 is empty) ends on the next line,
  // column 1, with CR LF as with LF: the range takes in the LF after the CR.
  it('a parse error at a line break ends at the same place with CRLF as with LF', () => {
    const files = [{ name: 'broken.yaml', text: 'routes:\n  x: 1\n\n - y\n' }];
    const lf = lintRewritten(files, (text) => text);
    const crlf = lintRewritten(files, (text) => text.replace(/\n/g, '\r\n'));
    expect(lf.map(describeFinding)).toContain('broken.yaml parse-error 3:1-4:1  ');
    expect(crlf.map(describeFinding)).toEqual(lf.map(describeFinding));
  });

  // Found by the property above (seed 7331): the parser ends the range of a multi-line implicit key
  // a column later with CR LF than with LF.
  it('a parse error over a multi-line implicit key ends at the same place with CRLF as with LF', () => {
    const files = [{ name: 'broken.yaml', text: 'routes:\n  - name: a\n    paths: [/a]\n>-     methods: [GET]\n    upstream: u\n    auth: none\n\n  - name: b\n' }];
    const lf = lintRewritten(files, (text) => text);
    const crlf = lintRewritten(files, toBomCrlf);
    expect(lf.map(describeFinding)).toContain('broken.yaml parse-error 4:1-5:10  ');
    expect(crlf.map(describeFinding)).toEqual(lf.map(describeFinding));
  });
});
