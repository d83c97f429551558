import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';
import Ajv04 from 'ajv-draft-04';
import { describe, expect, it } from 'vitest';
import { rules } from '../../rules/index.js';
import type { Finding } from '../../src/engine/finding.js';
import { escapeData, escapeProperty, formatGithub } from '../../src/report/github.js';
import { formatJunit } from '../../src/report/junit.js';
import { formatSarif } from '../../src/report/sarif.js';
import { lintSources } from '../../src/lint.js';
import { gwlint } from '../helpers/cli.js';
import { lintText } from '../helpers/lint-text.js';

/** The SARIF 2.1.0 JSON Schema as published with Microsoft's SARIF tooling (an npm dev dependency, MIT). */
const require = createRequire(import.meta.url);
const sarifSchema = JSON.parse(readFileSync(require.resolve('@microsoft/jest-sarif/lib/schemas/sarif-2.1.0-rtm.5.json'), 'utf8'));
const validateSarif = new Ajv04.default({ allErrors: true, strict: false, unicodeRegExp: false }).compile(sarifSchema);

const ROUTES = `routes:
  - { name: legacy, paths: ["/v1/**"], upstream: u }
  - { name: "get-order", paths: ["/v1/orders/{id}"], methods: [GET], upstream: u }
upstreams:
  u: { url: https://u.internal }
corsPolicies:
  web: { allowOrigins: ["*"], allowCredentials: true }
`;

function sample(): Finding[] {
  return lintText({ 'config/gateway.yaml': ROUTES });
}

describe('sarif', () => {
  it('validates against the SARIF 2.1.0 schema, with rules, levels, regions and related locations', () => {
    const log = JSON.parse(formatSarif(sample(), rules));
    expect(validateSarif(log), JSON.stringify(validateSarif.errors)).toBe(true);
    const run = log.runs[0];
    expect(run.tool.driver.name).toBe('gwlint');
    expect(run.tool.driver.rules.map((rule: { id: string }) => rule.id)).toEqual(rules.map((rule) => rule.meta.id));
    expect(run.tool.driver.rules[0].helpUri).toMatch(/docs\/rules\/shadowed-route\.md$/);
    const shadowed = run.results.find((result: { ruleId: string }) => result.ruleId === 'shadowed-route');
    expect(shadowed.level).toBe('error');
    expect(shadowed.locations[0].physicalLocation).toEqual({
      artifactLocation: { uri: 'config/gateway.yaml', uriBaseId: '%SRCROOT%' },
      region: { startLine: 3, startColumn: 5, endLine: 3, endColumn: 83 },
    });
    expect(shadowed.relatedLocations[0].message.text).toBe("shadowing route 'legacy'");
  });

  it('validates when there is nothing to report, and the schema does reject broken logs', () => {
    expect(validateSarif(JSON.parse(formatSarif([], rules)))).toBe(true);
    expect(validateSarif({ version: '2.1.0', runs: [{ tool: { driver: {} } }] })).toBe(false);
  });

  it('shows findings silenced by an inline comment as suppressed in source, with the reason', () => {
    const text = ROUTES.replace('  - { name: "get-order"', '  # gwlint-disable-next-line shadowed-route -- retired next sprint\n  - { name: "get-order"');
    const { findings, inlineSuppressed } = lintSources([{ file: { path: '/v/g.yaml', displayPath: 'config/gateway.yaml', text }, explicit: false }]);
    expect(findings.map((finding) => finding.ruleId)).toEqual(['cors-wildcard-credentials']);
    const log = JSON.parse(formatSarif(findings, rules, inlineSuppressed));
    expect(validateSarif(log), JSON.stringify(validateSarif.errors)).toBe(true);
    const suppressed = log.runs[0].results.find((result: { ruleId: string }) => result.ruleId === 'shadowed-route');
    expect(suppressed.suppressions).toEqual([{ kind: 'inSource', justification: 'retired next sprint' }]);
  });

  it('keeps fingerprints stable when unrelated lines are added above', () => {
    const before = JSON.parse(formatSarif(sample(), rules)).runs[0].results;
    const shifted = lintText({ 'config/gateway.yaml': `# a comment\n# another\n${ROUTES}` });
    const after = JSON.parse(formatSarif(shifted, rules)).runs[0].results;
    expect(after.map((r: { partialFingerprints: object }) => r.partialFingerprints)).toEqual(
      before.map((r: { partialFingerprints: object }) => r.partialFingerprints),
    );
    expect(after[0].locations[0].physicalLocation.region.startLine).toBe(before[0].locations[0].physicalLocation.region.startLine + 2);
  });
});

describe('github', () => {
  it('escapes %, CR and LF in messages, and also : and , in properties', () => {
    expect(escapeData('50% done\r\nnext')).toBe('50%25 done%0D%0Anext');
    expect(escapeProperty('a:b,c%')).toBe('a%3Ab%2Cc%25');
  });

  it('writes one annotation per finding with its position and rule', () => {
    const lines = formatGithub(sample()).trimEnd().split('\n');
    expect(lines).toHaveLength(2);
    expect(lines[0]).toMatch(/^::error file=config\/gateway\.yaml,line=3,col=5,endLine=3,endColumn=83,title=gwlint\(shadowed-route\)::Route 'get-order' is unreachable/);
    const info: Finding = { ...sample()[0]!, severity: 'info', message: 'a, b: c\nd' };
    expect(formatGithub([info])).toContain('::notice file=config/gateway.yaml,');
    expect(formatGithub([info])).toContain('::a, b: c%0Ad\n');
  });

  it('is chosen inside GitHub Actions when no format is given', async () => {
    const run = await gwlint(['examples/native/'], { GITHUB_ACTIONS: 'true' });
    expect(run.status).toBe(1);
    expect(run.stdout.split('\n')[0]).toMatch(/^::(error|warning) file=examples\/native\//);
    const forced = await gwlint(['--format', 'json', 'examples/native/'], { GITHUB_ACTIONS: 'true' });
    expect(JSON.parse(forced.stdout).version).toBe(1);
  });
});

describe('junit', () => {
  it('has a suite per file, a failure per finding, a passing case for a clean file, all escaped', () => {
    const findings = sample();
    const xml = formatJunit(findings, ['config/clean.yaml', 'config/gateway.yaml']);
    expect(xml.startsWith('<?xml version="1.0" encoding="UTF-8"?>\n<testsuites name="gwlint" tests="3" failures="2" errors="0">')).toBe(true);
    expect(xml).toContain('<testsuite name="config/clean.yaml" tests="1" failures="0" errors="0">\n    <testcase classname="config/clean.yaml" name="gwlint"/>');
    expect(xml).toContain('<failure type="error" message="Route &apos;get-order&apos; is unreachable');
    expect(xml).not.toMatch(/message="[^"]*'/);
    expect((xml.match(/<testcase /g) ?? []).length).toBe(3);
    expect(formatJunit([{ ...findings[0]!, message: 'a < b & \u0001c' }], [])).toContain('message="a &lt; b &amp; c"');
  });
});

describe('formats on the command line', () => {
  it.each(['sarif', 'github', 'junit'])('%s exits like the other formats', async (format) => {
    const run = await gwlint(['--format', format, 'examples/native/']);
    expect(run.status).toBe(1);
    expect(run.stderr).toBe('');
  });

  it('sarif output of the broken-file fixture is valid SARIF', async () => {
    const run = await gwlint(['--format', 'sarif', 'test/fixtures/broken-file']);
    expect(validateSarif(JSON.parse(run.stdout))).toBe(true);
  });
});
