import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { main, type Io } from '../../src/cli/main.js';
import { STARTER_CONFIG } from '../../src/config/init.js';
import { gwlint } from '../helpers/cli.js';
import { SHADOWED, TRAILING, tempProjects } from './helpers.js';

vi.setConfig({ testTimeout: 60_000 });

const project = tempProjects();

function run(cwd: string, argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const io: Io = { argv, cwd, env: {}, stdoutIsTty: false, stdout: (t) => out.push(t), stderr: (t) => err.push(t) };
  const code = main(io);
  return { code, stdout: out.join(''), stderr: err.join('') };
}

/** `file ruleId severity` of every finding of a JSON run. */
function lintFindings(cwd: string, argv: string[]): string[] {
  const result = run(cwd, ['--format', 'json', ...argv]);
  expect(result.stderr).toBe('');
  return (JSON.parse(result.stdout).findings as { file: string; ruleId: string; severity: string }[]).map(
    (finding) => `${finding.file} ${finding.ruleId} ${finding.severity}`,
  );
}

/** The same configuration under other names and paths, so that it can sit next to the original. */
function renamed(text: string): string {
  return text.replace(/name: /g, 'name: old-').replace(/\/v(\d)/g, '/old/v$1').replace(/(upstream: |^  )(orders|items)/gm, '$1old-$2');
}

describe('linting with a config file', () => {
  it('without one, every rule is at its default severity', () => {
    const root = project({ 'a.yaml': SHADOWED, 'b.yaml': TRAILING });
    expect(lintFindings(root, ['.'])).toEqual(['a.yaml shadowed-route error', 'b.yaml trailing-slash-mismatch warning']);
  });

  it('applies extends, rules and overrides per file, and --rule wins over all of them', () => {
    const config = [
      'extends: gwlint:strict',
      'rules:',
      '  shadowed-route: info',
      'overrides:',
      '  - files: ["legacy/**"]',
      '    rules: { shadowed-route: warning, trailing-slash-mismatch: off }',
    ].join('\n');
    const root = project({ 'gwlint.config.yaml': config, 'a.yaml': SHADOWED, 'b.yaml': TRAILING, 'legacy/a.yaml': renamed(SHADOWED), 'legacy/b.yaml': renamed(TRAILING) });
    expect(lintFindings(root, ['.'])).toEqual([
      'a.yaml shadowed-route info',
      'b.yaml trailing-slash-mismatch error',
      'legacy/a.yaml shadowed-route warning',
    ]);
    expect(lintFindings(root, ['.', '--rule', 'shadowed-route=error'])).toEqual([
      'a.yaml shadowed-route error',
      'b.yaml trailing-slash-mismatch error',
      'legacy/a.yaml shadowed-route error',
    ]);
  });

  it('lints only included files and never ignored ones; named files only choose what is reported', () => {
    const config = 'include: ["gateway/**"]\nignore: ["**/generated/**"]\n';
    const root = project({
      'gwlint.config.yaml': config,
      'gateway/a.yaml': SHADOWED,
      'gateway/generated/b.yaml': TRAILING,
      'other/b.yaml': TRAILING,
    });
    expect(lintFindings(root, ['.'])).toEqual(['gateway/a.yaml shadowed-route error']);
    // As pre-commit passes them: the configuration is what the config file includes; named files outside it are not reported.
    expect(lintFindings(root, ['gateway/a.yaml', 'other/b.yaml'])).toEqual(['gateway/a.yaml shadowed-route error']);
    const ignored = run(root, ['--format', 'json', 'gateway/generated/b.yaml']);
    expect(JSON.parse(ignored.stdout).findings).toEqual([]);
    expect(ignored.code).toBe(0);
  });

  it('finds the config file upward from the first path, with globs relative to its folder', () => {
    const root = project({ 'gateway/gwlint.config.yaml': 'ignore: ["routes/b.yaml"]\n', 'gateway/routes/a.yaml': SHADOWED, 'gateway/routes/b.yaml': TRAILING });
    expect(lintFindings(root, ['gateway/routes'])).toEqual(['gateway/routes/a.yaml shadowed-route error']);
    expect(lintFindings(path.join(root, 'gateway/routes'), ['.'])).toEqual(['a.yaml shadowed-route error']);
  });

  it('uses --config instead of the file found upward', () => {
    const root = project({ 'gwlint.config.yaml': 'rules: { shadowed-route: off }\n', 'ci/strict.yaml': 'extends: gwlint:strict\n', 'a.yaml': SHADOWED, 'b.yaml': TRAILING });
    expect(lintFindings(root, ['.'])).toEqual(['b.yaml trailing-slash-mismatch warning']);
    expect(lintFindings(root, ['--config', 'ci/strict.yaml', '.'])).toEqual(['a.yaml shadowed-route error', 'b.yaml trailing-slash-mismatch error']);
  });

  it('exits 2 with one line for a config file it cannot use', () => {
    const root = project({ 'gwlint.config.yaml': 'rules: { shadowd-route: off }\n', 'a.yaml': SHADOWED });
    expect(run(root, ['.'])).toEqual({
      code: 2,
      stdout: '',
      stderr: "gwlint: gwlint.config.yaml: unknown rule 'shadowd-route'; did you mean 'shadowed-route'? (see 'gwlint rules')\n",
    });
    expect(run(root, ['--config', 'nope.yaml', '.'])).toEqual({ code: 2, stdout: '', stderr: 'gwlint: cannot read config file nope.yaml (ENOENT)\n' });
  });
});

describe('gwlint init', () => {
  it('writes a starter gwlint.config.yaml that gwlint accepts, and prints it', () => {
    const root = project({ 'a.yaml': SHADOWED, 'legacy/a.yaml': SHADOWED });
    const result = run(root, ['init']);
    expect(result).toEqual({ code: 0, stdout: `Wrote gwlint.config.yaml:\n\n${STARTER_CONFIG}`, stderr: '' });
    const written = readFileSync(path.join(root, 'gwlint.config.yaml'), 'utf8');
    expect(written).toBe(STARTER_CONFIG);
    expect(written).toMatch(/^# yaml-language-server: \$schema=https:\/\/\S+\/schemas\/gwlint-config\.schema\.json\n/);
    expect(written).toContain('\nextends: gwlint:recommended\n');
    expect(written).toContain('# rules:');
    expect(written).toContain('# ignore:');
    expect(written).toContain('# overrides:');
    expect(run(root, ['.']).code).toBe(1);
    // Every commented example is itself valid.
    const [head, examples] = written.split(/(?<=\nextends: gwlint:recommended\n)/) as [string, string];
    writeFileSync(path.join(root, 'gwlint.config.yaml'), head + examples.replace(/^# (?=[a-z]+:|  )/gm, ''));
    const printed = run(root, ['--print-config', 'legacy/a.yaml']);
    expect(printed.stderr).toBe('');
    expect(JSON.parse(printed.stdout).rules['shadowed-route']).toEqual({ severity: 'warning', source: 'overrides[0]' });
  });

  it('refuses to overwrite a config file', () => {
    const root = project({ 'gwlint.config.yaml': 'extends: gwlint:strict\n' });
    expect(run(root, ['init'])).toEqual({ code: 2, stdout: '', stderr: 'gwlint: gwlint.config.yaml already exists; edit it, or delete it to start over\n' });
    expect(readFileSync(path.join(root, 'gwlint.config.yaml'), 'utf8')).toBe('extends: gwlint:strict\n');
    const other = project({ '.gwlintrc.json': '{}' });
    expect(run(other, ['init']).stderr).toBe('gwlint: .gwlintrc.json already exists here, and gwlint reads only one config file per folder; edit it instead\n');
    expect(existsSync(path.join(other, 'gwlint.config.yaml'))).toBe(false);
  });
});

describe('--print-config', () => {
  it('prints the config file, extends and the effective setting of every rule for the file', () => {
    const root = project({
      'gwlint.config.yaml': 'extends: gwlint:strict\nignore: ["legacy/generated/**"]\nrules: { shadowed-route: info }\noverrides: [{ files: ["legacy/**"], rules: { shadowed-route: off } }]\n',
      'legacy/a.yaml': SHADOWED,
    });
    const result = run(root, ['--print-config', 'legacy/a.yaml', '--rule', 'schema=warning']);
    expect(result.code).toBe(0);
    expect(result.stderr).toBe('');
    const printed = JSON.parse(result.stdout);
    expect(printed).toMatchObject({
      file: 'legacy/a.yaml',
      configFile: 'gwlint.config.yaml',
      extends: 'gwlint:strict',
      dialect: 'auto',
      include: [],
      ignore: ['legacy/generated/**'],
      ignored: false,
    });
    expect(printed.rules['shadowed-route']).toEqual({ severity: 'off', source: 'overrides[0]' });
    expect(printed.rules['trailing-slash-mismatch']).toEqual({ severity: 'error', source: 'extends' });
    expect(printed.rules['schema']).toEqual({ severity: 'warning', source: '--rule' });
  });

  it('shows the defaults without a config file', () => {
    const root = project({ 'a.yaml': SHADOWED });
    const printed = JSON.parse(run(root, ['--print-config', 'a.yaml']).stdout);
    expect(printed).toMatchObject({ configFile: null, extends: 'gwlint:recommended', ignored: false });
    expect(printed.rules['trailing-slash-mismatch']).toEqual({ severity: 'warning', source: 'default' });
  });

  it('exits 2 for a file that does not exist', () => {
    const root = project({});
    expect(run(root, ['--print-config', 'nope.yaml'])).toEqual({ code: 2, stdout: '', stderr: 'gwlint: No such file or folder: nope.yaml\n' });
  });
});

describe('the built CLI with a config file', () => {
  it('reads the config file found upward, and exits by the severities it sets', async () => {
    const root = project({ 'gateway/a.yaml': SHADOWED, 'gateway/b.yaml': TRAILING });
    expect((await gwlint(['init'], { NO_COLOR: '1' }, root)).status).toBe(0);
    expect((await gwlint(['.'], { NO_COLOR: '1' }, path.join(root, 'gateway'))).status).toBe(1);
    writeFileSync(path.join(root, 'gwlint.config.yaml'), `${STARTER_CONFIG}rules:\n  shadowed-route: warning\n`);
    const relaxed = await gwlint(['--format', 'json', '.'], { NO_COLOR: '1' }, path.join(root, 'gateway'));
    expect(relaxed.status).toBe(0);
    expect(JSON.parse(relaxed.stdout).summary).toMatchObject({ files: 2, errors: 0, warnings: 2 });
    writeFileSync(path.join(root, 'gwlint.config.yaml'), 'rules:\n  shadowed-route: [warning, { maxSkew: 2m }]\n');
    const broken = await gwlint(['.'], { NO_COLOR: '1' }, path.join(root, 'gateway'));
    expect(broken).toEqual({ status: 2, stdout: '', stderr: "gwlint: ../gwlint.config.yaml: rule 'shadowed-route' has no option 'maxSkew'; it takes no options\n" });
  });
});
