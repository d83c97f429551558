/**
 * The Action as the runner starts it: `node dist/action.js` with inputs as `INPUT_<NAME>`
 * variables and the runner's files for the job summary, outputs and the event payload.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { repoRoot } from '../helpers/cli.js';

const ACTION = path.join(repoRoot, 'dist', 'action.js');
const scratch = mkdtempSync(path.join(tmpdir(), 'gwlint-action-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

interface ActionRun {
  readonly status: number | null;
  readonly stdout: string;
  readonly summary: string;
  readonly outputs: Record<string, string>;
}

/** The runner's name for an input: upper case, spaces to underscores, hyphens kept. */
function inputVariable(name: string): string {
  return `INPUT_${name.replace(/ /g, '_').toUpperCase()}`;
}

/** `name<<DELIMITER\nvalue\nDELIMITER` or `name=value` lines, as in the GITHUB_OUTPUT file. */
function parseOutputs(text: string): Record<string, string> {
  const outputs: Record<string, string> = {};
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const heredoc = /^([^=<]+)<<(.+)$/.exec(lines[i]!);
    if (heredoc) {
      const end = lines.indexOf(heredoc[2]!, i + 1);
      outputs[heredoc[1]!] = lines.slice(i + 1, end).join('\n');
      i = end;
    } else if (lines[i]!.includes('=')) {
      const at = lines[i]!.indexOf('=');
      outputs[lines[i]!.slice(0, at)] = lines[i]!.slice(at + 1);
    }
  }
  return outputs;
}

let runs = 0;
function runAction(inputs: Record<string, string>, options: { cwd?: string; event?: unknown } = {}): ActionRun {
  const dir = path.join(scratch, `run-${++runs}`);
  mkdirSync(dir);
  const files = { summary: path.join(dir, 'summary.html'), output: path.join(dir, 'output'), event: path.join(dir, 'event.json') };
  writeFileSync(files.summary, '');
  writeFileSync(files.output, '');
  writeFileSync(files.event, JSON.stringify(options.event ?? { ref: 'refs/heads/main' }));
  const env: NodeJS.ProcessEnv = {};
  for (const [name, value] of Object.entries(process.env)) {
    if (!/^(INPUT|GITHUB|RUNNER|GIT)_/.test(name)) env[name] = value;
  }
  Object.assign(env, {
    GITHUB_ACTIONS: 'true',
    GITHUB_STEP_SUMMARY: files.summary,
    GITHUB_OUTPUT: files.output,
    GITHUB_EVENT_PATH: files.event,
    GITHUB_EVENT_NAME: options.event ? 'pull_request' : 'push',
  });
  for (const [name, value] of Object.entries(inputs)) env[inputVariable(name)] = value;
  const run = spawnSync(process.execPath, [ACTION], { cwd: options.cwd ?? repoRoot, env, encoding: 'utf8' });
  return { status: run.status, stdout: run.stdout, summary: readFileSync(files.summary, 'utf8'), outputs: parseOutputs(readFileSync(files.output, 'utf8')) };
}

/** Workflow-command lines of one kind: `::error file=…::message` and `::error::message`. */
const annotations = (stdout: string, kind: string) => stdout.split('\n').filter((line) => line.startsWith(`::${kind} `) || line.startsWith(`::${kind}::`));

/** 15 errors (unknown upstream; route names that need HTML escaping) and 12 warnings (trailing slashes). */
function manyFindings(): string {
  const folder = path.join(scratch, 'many');
  mkdirSync(folder);
  const lines = ['upstreams:', '  up: { url: "https://up.internal:8443", timeout: 5s }', 'routes:'];
  for (let i = 0; i < 15; i++) lines.push(`  - { name: "r${i}<b>&'", host: api.example.com, paths: [/a${i}], upstream: missing, timeout: 5s }`);
  for (let i = 0; i < 12; i++) {
    lines.push(`  - { name: w${i}, host: api.example.com, paths: [/w${i}], upstream: up, timeout: 5s }`);
    lines.push(`  - { name: w${i}s, host: api.example.com, paths: [/w${i}/], upstream: up, timeout: 5s }`);
  }
  writeFileSync(path.join(folder, 'routes.yaml'), `${lines.join('\n')}\n`);
  return folder;
}

describe('GitHub Action (dist/action.js)', () => {
  it('is what action.yml runs', () => {
    const manifest = readFileSync(path.join(repoRoot, 'action.yml'), 'utf8');
    expect(manifest).toMatch(/runs:\n {2}using: node20\n {2}main: dist\/action\.js\n/);
    expect(existsSync(ACTION)).toBe(true);
  });

  it('annotates at most 10 errors and 10 warnings, lists every finding in the summary, and fails', () => {
    const folder = manyFindings();
    const sarifFile = path.join(scratch, 'out', 'gwlint.sarif');
    const run = runAction({ paths: folder, 'sarif-file': sarifFile });

    expect(run.status).toBe(1);
    const errors = annotations(run.stdout, 'error');
    // 10 finding annotations and setFailed's own error line.
    expect(errors.filter((line) => line.includes('title=gwlint('))).toHaveLength(10);
    expect(annotations(run.stdout, 'warning')).toHaveLength(10);
    const file = path.relative(repoRoot, path.join(folder, 'routes.yaml')).split(path.sep).join('/');
    expect(errors[0]).toBe(
      `::error title=gwlint(unknown-reference),file=${file},line=4,endLine=4,col=71,endColumn=78::Upstream 'missing', referenced by route 'r0<b>&'', is not defined: the gateway has nowhere to send requests (the configuration is rejected, or requests fail with 502/503).`,
    );
    expect(errors.at(-1)).toBe("::error::gwlint: 15 errors, 12 warnings, 0 infos; findings at or above 'error' fail the step (fail-on)");

    // The whole report, in a collapsed group.
    expect(run.stdout).toContain('::group::gwlint report (stylish, 27 findings)\n');
    expect(run.stdout).toContain('✖ 27 problems (15 errors, 12 warnings, 0 infos) in 1 file checked\n::endgroup::\n');

    // The summary: every finding, escaped.
    const rows = run.summary.split('\n').filter((line) => line.startsWith('<tr><td>'));
    expect(rows).toHaveLength(27);
    expect(rows[0]).toBe(
      `<tr><td>unknown-reference</td><td>error</td><td>${file}:4</td><td>Upstream &#39;missing&#39;, referenced by route &#39;r0&lt;b&gt;&amp;&#39;&#39;, is not defined: the gateway has nowhere to send requests (the configuration is rejected, or requests fail with 502/503).</td></tr>`,
    );
    expect(run.summary).not.toContain('<b>');
    expect(run.summary).toContain('20 of 27 findings are annotated');

    expect(run.outputs).toEqual({ errors: '15', warnings: '12', 'sarif-file': sarifFile });
    const sarif = JSON.parse(readFileSync(sarifFile, 'utf8')) as { version: string; runs: { results: { level: string }[] }[] };
    expect(sarif.version).toBe('2.1.0');
    expect(sarif.runs[0]!.results.filter((result) => result.level === 'error')).toHaveLength(15);
    expect(sarif.runs[0]!.results).toHaveLength(27);
  });

  it('passes when no finding reaches fail-on, fails on warnings with fail-on: warning, and can leave out annotations', () => {
    const clean = runAction({ paths: 'test/fixtures/clean' });
    expect(clean.status).toBe(0);
    expect(clean.outputs).toEqual({ errors: '0', warnings: '0' });
    expect(clean.summary).toContain('<p>0 problems (0 errors, 0 warnings, 0 infos)');

    const folder = path.join(scratch, 'warn');
    mkdirSync(folder);
    writeFileSync(
      path.join(folder, 'routes.yaml'),
      'upstreams:\n  up: { url: "https://up.internal:8443", timeout: 5s }\nroutes:\n  - { name: a, host: x.example.com, paths: [/a], upstream: up, timeout: 5s }\n  - { name: b, host: x.example.com, paths: [/a/], upstream: up, timeout: 5s }\n',
    );
    const warned = runAction({ paths: folder, format: 'json' });
    expect(warned.status).toBe(0);
    expect(annotations(warned.stdout, 'warning')).toHaveLength(1);
    expect(annotations(warned.stdout, 'error')).toEqual([]);
    const report = JSON.parse(/::group::[^\n]*\n([\s\S]*)\n::endgroup::/.exec(warned.stdout)![1]!) as { findings: { ruleId: string }[] };
    expect(report.findings.map((finding) => finding.ruleId)).toEqual(['trailing-slash-mismatch']);

    const strict = runAction({ paths: folder, 'fail-on': 'warning', annotations: 'false' });
    expect(strict.status).toBe(1);
    expect(strict.outputs).toEqual({ errors: '0', warnings: '1' });
    expect(annotations(strict.stdout, 'warning')).toEqual([]);
    expect(annotations(strict.stdout, 'error')).toEqual(["::error::gwlint: 0 errors, 1 warning, 0 infos; findings at or above 'warning' fail the step (fail-on)"]);
  });

  it('fails with one line on a bad input or a missing path', () => {
    const bad = runAction({ 'fail-on': 'sometimes' });
    expect(bad.status).toBe(1);
    expect(bad.stdout).toBe("::error::gwlint: input 'fail-on' must be one of error, warning, info, not 'sometimes'\n");
    const missing = runAction({ paths: 'no/such/folder' });
    expect(missing.status).toBe(1);
    expect(annotations(missing.stdout, 'error')).toEqual(['::error::gwlint: No such file or folder: no/such/folder']);
  });

  describe('only-changed', () => {
    const repo = path.join(scratch, 'repo');
    const gitEnv = Object.fromEntries(Object.entries(process.env).filter(([name]) => !name.startsWith('GIT_')));
    const git = (...args: string[]) =>
      execFileSync('git', ['-c', 'user.name=t', '-c', 'user.email=t@example.com', '-c', 'commit.gpgsign=false', ...args], { cwd: repo, env: gitEnv, encoding: 'utf8' }).trim();
    const routes = (extra: string) =>
      `upstreams:\n  up: { url: "https://up.internal:8443", timeout: 5s }\nroutes:\n  - { name: old, host: x.example.com, paths: [/a], upstream: gone, timeout: 5s }\n${extra}`;

    function setUp(): string {
      mkdirSync(path.join(repo, 'gateway'), { recursive: true });
      git('init', '-q', '-b', 'main');
      writeFileSync(path.join(repo, 'gateway', 'routes.yaml'), routes(''));
      git('add', '.');
      git('commit', '-q', '-m', 'base');
      const base = git('rev-parse', 'HEAD');
      writeFileSync(path.join(repo, 'gateway', 'routes.yaml'), routes('  - { name: new, host: x.example.com, paths: [/b], upstream: missing, timeout: 5s }\n'));
      git('commit', '-q', '-am', 'head');
      return base;
    }

    let base = '';
    beforeAll(() => {
      base = setUp();
    });

    it('reports only findings on lines the pull request changes', () => {
      const all = runAction({ paths: 'gateway' }, { cwd: repo });
      expect(all.outputs.errors).toBe('2');

      const run = runAction({ paths: 'gateway', 'only-changed': 'true' }, { cwd: repo, event: { pull_request: { number: 1, base: { sha: base } } } });
      expect(run.status).toBe(1);
      const errors = annotations(run.stdout, 'error').filter((line) => line.includes('title=gwlint('));
      expect(errors).toHaveLength(1);
      expect(errors[0]).toContain('file=gateway/routes.yaml,line=5,');
      expect(errors[0]).toContain("route 'new'");
      expect(run.outputs.errors).toBe('1');
      expect(run.summary).toContain('on lines this pull request changes');
    });

    it('reports everything, with a notice, outside a pull request or when the diff fails', () => {
      const push = runAction({ paths: 'gateway', 'only-changed': 'true' }, { cwd: repo });
      expect(push.outputs.errors).toBe('2');
      expect(push.stdout).toContain('::notice::only-changed: not a pull_request event');

      const unknown = runAction({ paths: 'gateway', 'only-changed': 'true' }, { cwd: repo, event: { pull_request: { base: { sha: '0123456789abcdef0123456789abcdef01234567' } } } });
      expect(unknown.outputs.errors).toBe('2');
      expect(unknown.stdout).toContain('::notice::only-changed: git diff against 0123456789abcdef0123456789abcdef01234567 failed');
    });
  });
});
