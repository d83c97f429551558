/**
 * End-to-end tests of the BUILT command line (`dist/gwlint.cjs`, made by `node scripts/build.mjs`):
 * exit codes, the JSON report against golden files, stylish output, flags and usage errors.
 *
 * Golden files live in `test/e2e/golden/<fixture>.json`; regenerate them after an intended change
 * with `node scripts/build.mjs && UPDATE_GOLDEN=1 npx vitest run test/e2e` and review the diff.
 */
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { rules } from '../../rules/index.js';
import { CLI, gwlint, repoRoot, type CliRun } from '../helpers/cli.js';

const GOLDEN_DIR = path.join(repoRoot, 'test', 'e2e', 'golden');
const UPDATE_GOLDEN = process.env.UPDATE_GOLDEN === '1';
// Each test spawns Node a few times; leave room for slow, busy machines.
vi.setConfig({ testTimeout: 60_000 });

const FIXTURES = ['multi-file', 'broken-file', 'clean', 'not-gateway'] as const;

interface JsonFinding {
  ruleId: string;
  severity: 'error' | 'warning' | 'info';
  message: string;
  file: string;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  related: { file: string; line: number; column: number; endLine: number; endColumn: number; message: string }[];
  docs: string;
}

interface JsonReport {
  version: number;
  findings: JsonFinding[];
  summary: { files: number; errors: number; warnings: number; infos: number };
}

/** Parses stdout as the whole JSON report: fails when anything else is printed around it. */
function report(run: CliRun): JsonReport {
  return JSON.parse(run.stdout) as JsonReport;
}

const fixture = (name: string): string => `test/fixtures/${name}`;
const ANSI = /\u001b\[/;
const STACK_FRAME = /^\s+at .+/m;

function expectSorted(findings: readonly JsonFinding[]): void {
  const keys = findings.map((f) => [f.file, f.line, f.column] as const);
  const sorted = [...keys].sort((a, b) => (a[0] !== b[0] ? (a[0] < b[0] ? -1 : 1) : a[1] - b[1] || a[2] - b[2]));
  expect(keys).toEqual(sorted);
}

function expectSanePositions(findings: readonly JsonFinding[]): void {
  for (const finding of findings) {
    for (const place of [finding, ...finding.related]) {
      expect(place.line).toBeGreaterThanOrEqual(1);
      expect(place.column).toBeGreaterThanOrEqual(1);
      expect(place.endLine).toBeGreaterThanOrEqual(place.line);
      if (place.endLine === place.line) expect(place.endColumn).toBeGreaterThanOrEqual(place.column);
      expect(place.file).not.toContain('\\');
    }
  }
}

/** An exit-2 run: nothing on stdout, exactly one line on stderr, and no stack trace. */
function expectOneLineError(run: CliRun, pattern: RegExp): void {
  expect(run.status).toBe(2);
  expect(run.stdout).toBe('');
  expect(run.stderr).toMatch(/^gwlint: [^\n]+\n$/);
  expect(run.stderr).toMatch(pattern);
  expect(run.stderr).not.toMatch(STACK_FRAME);
}

function only(findings: readonly JsonFinding[], ruleId: string): JsonFinding[] {
  return findings.filter((finding) => finding.ruleId === ruleId);
}

let tmp = '';

beforeAll(() => {
  if (!existsSync(CLI)) throw new Error('dist/gwlint.cjs is missing: run `node scripts/build.mjs` before the end-to-end tests');
  tmp = mkdtempSync(path.join(tmpdir(), 'gwlint-e2e-'));
});

afterAll(() => {
  if (tmp) rmSync(tmp, { recursive: true, force: true });
});

describe.concurrent('golden JSON reports', () => {
  const expectedExit: Record<(typeof FIXTURES)[number], number> = { 'multi-file': 1, 'broken-file': 1, clean: 0, 'not-gateway': 0 };

  it.each(FIXTURES)('%s: exit code, stdout is only the JSON report, equal to the golden file', async (name) => {
    const run = await gwlint(['--format', 'json', fixture(name)]);
    expect(run.stderr).toBe('');
    expect(run.status).toBe(expectedExit[name]);
    expect(run.stdout.endsWith('}\n')).toBe(true);
    const actual = report(run);
    const goldenFile = path.join(GOLDEN_DIR, `${name}.json`);
    if (UPDATE_GOLDEN) {
      mkdirSync(GOLDEN_DIR, { recursive: true });
      writeFileSync(goldenFile, `${JSON.stringify(actual, null, 2)}\n`);
    }
    expect(actual).toEqual(JSON.parse(readFileSync(goldenFile, 'utf8')));
    expect(actual.version).toBe(1);
    expectSorted(actual.findings);
    expectSanePositions(actual.findings);
    for (const finding of actual.findings) expect(finding.file.startsWith(`${fixture(name)}/`)).toBe(true);
  });
});

describe.concurrent('fixtures', () => {
  it('multi-file: cross-file shadowing, CORS wildcard in JSON, a route timeout below its upstream, in multi-document YAML', async () => {
    const { findings, summary } = report(await gwlint(['--format', 'json', fixture('multi-file')]));
    expect(summary).toEqual({ files: 6, errors: 3, warnings: 1, infos: 0 });

    const [shadowed] = only(findings, 'shadowed-route');
    expect(shadowed).toMatchObject({ severity: 'error', file: 'test/fixtures/multi-file/routes/20-services.yaml', line: 3, column: 5 });
    expect(shadowed!.message).toContain("'get-order'");
    expect(shadowed!.message).toContain("'legacy-proxy'");
    expect(shadowed!.related).toEqual([
      expect.objectContaining({ file: 'test/fixtures/multi-file/routes/10-legacy.yaml', line: 3, column: 5 }),
    ]);

    const [cors] = only(findings, 'cors-wildcard-credentials');
    expect(cors).toMatchObject({ file: 'test/fixtures/multi-file/policies/cors.json', line: 9, column: 24, endLine: 9, endColumn: 27 });
    expect(cors!.related).toEqual([expect.objectContaining({ file: 'test/fixtures/multi-file/policies/cors.json', line: 11 })]);

    // In the second document of 20-services.yaml; the upstream is in the second document of upstreams.yaml.
    const [timeout] = only(findings, 'timeout-upstream-gap');
    expect(timeout).toMatchObject({ file: 'test/fixtures/multi-file/routes/20-services.yaml', line: 18, column: 14 });
    expect(timeout!.related).toEqual([expect.objectContaining({ file: 'test/fixtures/multi-file/upstreams.yaml', line: 12 })]);

    const [slash] = only(findings, 'trailing-slash-mismatch');
    expect(slash).toMatchObject({ severity: 'warning', file: 'test/fixtures/multi-file/routes/20-services.yaml', line: 22, column: 13 });
  });

  it('broken-file: a YAML syntax error and a JSON trailing comma do not stop the other files', async () => {
    const run = await gwlint(['--format', 'json', fixture('broken-file')]);
    expect(run.status).toBe(1);
    const { findings, summary } = report(run);
    expect(summary.files).toBe(4);
    expect(findings.map((f) => [f.file, f.ruleId, f.line])).toEqual([
      ['test/fixtures/broken-file/broken.yaml', 'parse-error', 4],
      ['test/fixtures/broken-file/limits.json', 'parse-error', expect.any(Number)],
      ['test/fixtures/broken-file/routes.yaml', 'unknown-reference', 6],
    ]);
    expect(findings[0]!.column).toBe(23);
    expect(findings[0]!.message).toContain('["/v1/orders/{id}"]');
    expect(findings[1]!.message).toMatch(/JSON/);
    expect(findings[2]!.message).toContain("Did you mean 'items'?");
  });

  it('clean: no findings, exit 0, no output in stylish format', async () => {
    const run = await gwlint([fixture('clean')]);
    expect(run).toEqual({ status: 0, stdout: '', stderr: '' });
  });

  it('not-gateway: files that are not gateway configuration are skipped silently in a folder', async () => {
    const run = await gwlint([fixture('not-gateway')]);
    expect(run).toEqual({ status: 0, stdout: '', stderr: '' });
  });

  it('not-gateway: a file named explicitly gets an unknown-document warning per document', async () => {
    const files = ['ci.yml', 'k8s.yaml', 'package.json'].map((name) => `${fixture('not-gateway')}/${name}`);
    const run = await gwlint(['--format', 'json', ...files]);
    expect(run.status).toBe(0);
    const { findings, summary } = report(run);
    expect(summary).toEqual({ files: 3, errors: 0, warnings: 4, infos: 0 });
    expect(findings.map((f) => [f.ruleId, f.severity, f.file, f.line, f.column])).toEqual([
      ['unknown-document', 'warning', 'test/fixtures/not-gateway/ci.yml', 1, 1],
      ['unknown-document', 'warning', 'test/fixtures/not-gateway/k8s.yaml', 1, 1],
      ['unknown-document', 'warning', 'test/fixtures/not-gateway/k8s.yaml', 10, 1],
      ['unknown-document', 'warning', 'test/fixtures/not-gateway/package.json', 2, 3],
    ]);
    expect(findings[2]!.message).toMatch(/^Document 2 of this file/);
  });

  it('all fixtures at once: exit 0 or 1, findings sorted by file, line and column', async () => {
    const run = await gwlint(['--format', 'json', 'test/fixtures']);
    expect([0, 1]).toContain(run.status);
    const { findings } = report(run);
    expect(findings.length).toBeGreaterThan(0);
    expectSorted(findings);
    expectSanePositions(findings);
  });

  it('an empty folder prints valid JSON with no findings and exits 0', async () => {
    const empty = path.join(tmp, 'empty');
    mkdirSync(empty);
    const run = await gwlint(['--format', 'json', empty]);
    expect(run.status).toBe(0);
    expect(report(run)).toEqual({ version: 1, findings: [], summary: { files: 0, errors: 0, warnings: 0, infos: 0 } });
    expect(run.stderr).not.toMatch(STACK_FRAME);
  });
});

describe.concurrent('exit codes and severities', () => {
  const warningsOnly = ['ci.yml', 'k8s.yaml', 'package.json'].map((name) => `${fixture('not-gateway')}/${name}`);
  const demoteErrors = ['--rule', 'shadowed-route=warning', '--rule', 'cors-wildcard-credentials=warning', '--rule', 'timeout-upstream-gap=warning'];

  it('warnings alone exit 0; --fail-on warning makes them fail', async () => {
    expect((await gwlint(warningsOnly)).status).toBe(0);
    expect((await gwlint(['--fail-on', 'warning', ...warningsOnly])).status).toBe(1);
    expect((await gwlint(['--fail-on', 'error', ...warningsOnly])).status).toBe(0);
  });

  it('--max-warnings N fails only when there are more than N warnings', async () => {
    expect((await gwlint(['--max-warnings', '0', ...warningsOnly])).status).toBe(1);
    expect((await gwlint(['--max-warnings', '3', ...warningsOnly])).status).toBe(1);
    expect((await gwlint(['--max-warnings', '4', ...warningsOnly])).status).toBe(0);
  });

  it('--fail-on info fails on info findings only then', async () => {
    const asInfo = ['--rule', 'unknown-document=info', ...warningsOnly];
    const run = await gwlint(['--format', 'json', ...asInfo]);
    expect(run.status).toBe(0);
    expect(report(run).summary).toMatchObject({ warnings: 0, infos: 4 });
    expect((await gwlint(['--fail-on', 'warning', ...asInfo])).status).toBe(0);
    expect((await gwlint(['--fail-on', 'info', ...asInfo])).status).toBe(1);
  });

  it('--rule ID=off removes the rule’s findings', async () => {
    const run = await gwlint(['--format', 'json', '--rule', 'shadowed-route=off', fixture('multi-file')]);
    expect(run.status).toBe(1);
    const { findings } = report(run);
    expect(only(findings, 'shadowed-route')).toEqual([]);
    expect(only(findings, 'cors-wildcard-credentials')).toHaveLength(1);
  });

  it('--rule ID=warning changes the severity, and with it the exit code', async () => {
    const run = await gwlint(['--format', 'json', ...demoteErrors, fixture('multi-file')]);
    expect(run.status).toBe(0);
    const { findings, summary } = report(run);
    expect(summary).toMatchObject({ errors: 0, warnings: 4 });
    expect(only(findings, 'shadowed-route')[0]!.severity).toBe('warning');
    expect((await gwlint(['--fail-on', 'warning', ...demoteErrors, fixture('multi-file')])).status).toBe(1);
    expect((await gwlint(['--max-warnings', '0', ...demoteErrors, fixture('multi-file')])).status).toBe(1);
  });

  it('--rule ID=error promotes a warning to a failing error', async () => {
    const run = await gwlint(['--format', 'json', '--rule', 'unknown-document=error', ...warningsOnly]);
    expect(run.status).toBe(1);
    expect(report(run).summary).toMatchObject({ errors: 4, warnings: 0 });
  });

  it('--quiet hides warnings but keeps errors and the exit code', async () => {
    const json = await gwlint(['--format', 'json', '--quiet', fixture('multi-file')]);
    expect(json.status).toBe(1);
    const { findings } = report(json);
    expect(findings.length).toBe(3);
    expect(findings.every((f) => f.severity === 'error')).toBe(true);

    const stylish = await gwlint(['--quiet', fixture('multi-file')]);
    expect(stylish.stdout).not.toContain('trailing-slash-mismatch');
    expect(stylish.stdout).toContain('shadowed-route');

    const quietWarnings = await gwlint(['--quiet', ...warningsOnly]);
    expect(quietWarnings).toMatchObject({ status: 0, stdout: '' });
    // Hidden warnings still count for --max-warnings.
    expect((await gwlint(['--quiet', '--max-warnings', '0', ...warningsOnly])).status).toBe(1);
  });

  it("--ignore-pattern '**/broken*' skips the broken file and keeps the others", async () => {
    const run = await gwlint(['--format', 'json', '--ignore-pattern', '**/broken*', fixture('broken-file')]);
    expect(run.status).toBe(1);
    const { findings, summary } = report(run);
    expect(summary.files).toBe(3);
    expect(findings.map((f) => f.file)).not.toContain('test/fixtures/broken-file/broken.yaml');
    expect(findings.map((f) => [f.file, f.ruleId])).toEqual([
      ['test/fixtures/broken-file/limits.json', 'parse-error'],
      ['test/fixtures/broken-file/routes.yaml', 'unknown-reference'],
    ]);
  });

  it('--ignore-pattern is repeatable', async () => {
    const run = await gwlint(['--format', 'json', '--ignore-pattern', '**/broken*', '--ignore-pattern', '**/*.json', fixture('broken-file')]);
    expect(report(run).findings.map((f) => f.ruleId)).toEqual(['unknown-reference']);
    expect(report(run).summary.files).toBe(2);
  });
});

describe.concurrent('--output', () => {
  it('writes the JSON report to the file and nothing to stdout', async () => {
    const file = path.join(tmp, 'report.json');
    const run = await gwlint(['--format', 'json', '--output', file, fixture('multi-file')]);
    expect(run).toEqual({ status: 1, stdout: '', stderr: '' });
    const written = JSON.parse(readFileSync(file, 'utf8')) as JsonReport;
    expect(written).toEqual(JSON.parse(readFileSync(path.join(GOLDEN_DIR, 'multi-file.json'), 'utf8')));
  });

  it('writes the stylish report to the file (short flag -o)', async () => {
    const file = path.join(tmp, 'report.txt');
    const run = await gwlint(['-o', file, fixture('multi-file')]);
    expect(run).toEqual({ status: 1, stdout: '', stderr: '' });
    const text = readFileSync(file, 'utf8');
    expect(text).toContain('test/fixtures/multi-file/routes/20-services.yaml');
    expect(text).not.toMatch(ANSI);
  });

  it('an unwritable output file is a one-line error with exit 2', async () => {
    const run = await gwlint(['--format', 'json', '--output', path.join(tmp, 'missing-folder', 'report.json'), fixture('clean')]);
    expectOneLineError(run, /report\.json/);
  });
});

describe.concurrent('usage errors: exit 2, one line on stderr, no stack trace', () => {
  const cases: [string, string[], RegExp][] = [
    ['an unknown flag', ['--bogus', fixture('clean')], /--bogus/],
    ['an unknown flag with --format json', ['--format', 'json', '--frobnicate', fixture('clean')], /--frobnicate/],
    ['a bad --format', ['--format', 'xml', fixture('clean')], /--format.*xml/],
    ['a missing --format value', ['--format'], /--format/],
    ['a bad --rule severity', ['--rule', 'shadowed-route=loud', fixture('clean')], /loud/],
    ['a bad --rule with an unknown id', ['--rule', 'x=loud', fixture('clean')], /'x'/],
    ['a --rule without =', ['--rule', 'shadowed-route', fixture('clean')], /ID=severity/],
    ['an unknown rule id, with a did-you-mean', ['--rule', 'shadowd-route=off', fixture('clean')], /did you mean 'shadowed-route'/],
    ['a bad --fail-on', ['--fail-on', 'fatal', fixture('clean')], /--fail-on.*fatal/],
    ['a bad --max-warnings', ['--max-warnings', 'many', fixture('clean')], /--max-warnings.*many/],
    ['a negative --max-warnings', ['--max-warnings=-1', fixture('clean')], /--max-warnings/],
    ['a value for a boolean flag', ['--quiet=yes', fixture('clean')], /--quiet/],
    ['a path that does not exist', ['test/fixtures/does-not-exist'], /test\/fixtures\/does-not-exist/],
    ['a bad --format for rules', ['rules', '--format', 'xml'], /--format.*xml/],
  ];

  it.each(cases)('%s', async (_name, args, pattern) => {
    expectOneLineError(await gwlint(args), pattern);
  });

  it('GWLINT_DEBUG is not needed for clean one-line errors, and does not change usage errors', async () => {
    const args = ['--rule', 'shadowd-route=off', fixture('clean')];
    const plain = await gwlint(args, { GWLINT_DEBUG: undefined });
    const debug = await gwlint(args, { GWLINT_DEBUG: '1' });
    expectOneLineError(plain, /did you mean/);
    expect(debug).toEqual(plain);
  });

  it('an --output file that cannot be written is one line naming the file', async () => {
    const target = path.join(tmp, 'no-such-folder', 'out.txt');
    const run = await gwlint(['--output', target, fixture('multi-file')]);
    expectOneLineError(run, /cannot write --output .*out\.txt \(ENOENT\)/);
  });
});

describe.concurrent('stylish output', () => {
  const POSITION_LINE = /^ {2}\s*(\d+):(\d+) {2}(error|warning|info)\s* {2}(.+?) {2}([a-z][a-z-]*)$/;
  const COUNT_LINE = /^✖ (\d+) problems? \((\d+) errors?, (\d+) warnings?, (\d+) infos?\) in (\d+) files? checked$/;

  it('groups findings by file as `line:col severity message rule-id` and ends with the count line', async () => {
    const [stylish, json] = await Promise.all([gwlint([fixture('multi-file')]), gwlint(['--format', 'json', fixture('multi-file')])]);
    expect(stylish.status).toBe(1);
    expect(stylish.stderr).toBe('');
    expect(stylish.stdout).not.toMatch(ANSI);
    const { findings, summary } = report(json);

    const groups = new Map<string, string[][]>();
    let current: string[][] | undefined;
    const lines = stylish.stdout.split('\n');
    const countLine = lines.filter((line) => line !== '').at(-1)!;
    for (const line of lines) {
      if (line === '' || line === countLine) continue;
      const match = POSITION_LINE.exec(line);
      if (match) {
        expect(current, `finding line before any file header: ${line}`).toBeDefined();
        current!.push(match.slice(1));
      } else {
        expect(groups.has(line), `file ${line} is listed twice`).toBe(false);
        current = [];
        groups.set(line, current);
      }
    }

    const expected = new Map<string, string[][]>();
    for (const f of findings) {
      expected.set(f.file, [...(expected.get(f.file) ?? []), [String(f.line), String(f.column), f.severity, f.message, f.ruleId]]);
    }
    expect(groups).toEqual(expected);

    const counts = COUNT_LINE.exec(countLine);
    expect(counts, countLine).not.toBeNull();
    expect(counts!.slice(1).map(Number)).toEqual([findings.length, summary.errors, summary.warnings, summary.infos, summary.files]);
    expect(stylish.stdout.endsWith('\n')).toBe(true);
  });

  it('aligns the position column within a file', async () => {
    const { stdout } = await gwlint([fixture('multi-file')]);
    const block = stdout.split('\n\n').find((part) => part.startsWith('test/fixtures/multi-file/routes/20-services.yaml'))!;
    const positionsEnd = block
      .split('\n')
      .slice(1)
      .map((line) => /^\s*\d+:\d+/.exec(line)![0].length);
    expect(new Set(positionsEnd).size).toBe(1);
  });

  it('FORCE_COLOR=1 colours the output', async () => {
    const run = await gwlint([fixture('multi-file')], { FORCE_COLOR: '1' });
    expect(run.stdout).toMatch(ANSI);
  });

  it('--no-color wins over FORCE_COLOR=1', async () => {
    const run = await gwlint(['--no-color', fixture('multi-file')], { FORCE_COLOR: '1' });
    expect(run.status).toBe(1);
    expect(run.stdout).toContain('shadowed-route');
    expect(run.stdout).not.toMatch(ANSI);
  });

  it('NO_COLOR=1 gives plain output, even with FORCE_COLOR=1', async () => {
    const plain = await gwlint([fixture('multi-file')], { NO_COLOR: '1' });
    expect(plain.stdout).toContain('shadowed-route');
    expect(plain.stdout).not.toMatch(ANSI);
    const both = await gwlint([fixture('multi-file')], { NO_COLOR: '1', FORCE_COLOR: '1' });
    expect(both.stdout).not.toMatch(ANSI);
    expect(both.stdout).toBe(plain.stdout);
  });

  it('the JSON format never has colour', async () => {
    const run = await gwlint(['--format', 'json', fixture('multi-file')], { FORCE_COLOR: '1' });
    expect(run.stdout).not.toMatch(ANSI);
    report(run);
  });
});

describe.concurrent('--version, --help and rules', () => {
  const FLAGS = ['--format', '--output', '--rule', '--fail-on', '--max-warnings', '--ignore-pattern', '--quiet', '--no-color', '--version', '--help'];

  it('--version prints package.json’s version', async () => {
    const pkg = JSON.parse(readFileSync(path.join(repoRoot, 'package.json'), 'utf8')) as { version: string };
    const run = await gwlint(['--version']);
    expect(run).toEqual({ status: 0, stdout: `${pkg.version}\n`, stderr: '' });
    expect((await gwlint(['-v'])).stdout).toBe(`${pkg.version}\n`);
  });

  it('--help mentions every flag and the rules command, and exits 0', async () => {
    const run = await gwlint(['--help']);
    expect(run.status).toBe(0);
    expect(run.stderr).toBe('');
    for (const flag of FLAGS) expect(run.stdout).toContain(flag);
    expect(run.stdout).toMatch(/^\s+rules\b/m);
    expect((await gwlint(['-h'])).stdout).toBe(run.stdout);
  });

  it('every flag --help mentions is accepted', async () => {
    const { stdout } = await gwlint(['--help']);
    const mentioned = [...new Set(stdout.match(/--[a-z][a-z-]+/g))];
    expect(mentioned.length).toBeGreaterThanOrEqual(FLAGS.length);
    // `<flag> --help`: a boolean flag then prints the help, a flag with a value complains about the
    // value; neither lints anything or writes a file.
    const runs = await Promise.all(mentioned.map((flag) => gwlint([flag, '--help'])));
    runs.forEach((run, i) => expect(run.stderr, mentioned[i]).not.toMatch(/Unknown option/));
  });

  it('`gwlint rules` lists every rule id with its default severity', async () => {
    const run = await gwlint(['rules']);
    expect(run.status).toBe(0);
    expect(run.stderr).toBe('');
    const rows = run.stdout.trimEnd().split('\n').slice(1).map((line) => line.split(/\s+/));
    expect(rows.map((row) => row[0])).toEqual(rules.map((rule) => rule.meta.id));
    expect(rows.map((row) => row[1])).toEqual(rules.map((rule) => rule.meta.defaultSeverity));
  });

  it('`gwlint rules --format json` parses and lists every rule', async () => {
    const run = await gwlint(['rules', '--format', 'json']);
    expect(run.status).toBe(0);
    const listed = JSON.parse(run.stdout) as { id: string; defaultSeverity: string; family: string; summary: string; docsUrl: string }[];
    expect(listed.map((rule) => rule.id)).toEqual(rules.map((rule) => rule.meta.id));
    for (const rule of listed) {
      expect(rule.summary.length).toBeGreaterThan(0);
      expect(rule.docsUrl).toMatch(/^https:\/\//);
    }
  });
});
