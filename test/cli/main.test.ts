import { describe, expect, it } from 'vitest';
import { exitCodeFor, main, type Io } from '../../src/cli/main.js';
import type { Finding } from '../../src/engine/finding.js';

function run(argv: string[], env: NodeJS.ProcessEnv = {}, stdout?: (text: string) => void) {
  const out: string[] = [];
  const err: string[] = [];
  const io: Io = { argv, cwd: process.cwd(), env, stdoutIsTty: false, stdout: stdout ?? ((t) => out.push(t)), stderr: (t) => err.push(t) };
  const code = main(io);
  return { code, stdout: out.join(''), stderr: err.join('') };
}

const finding = (severity: Finding['severity']): Finding => ({
  ruleId: 'x', severity, message: 'm', file: 'f', line: 1, column: 1, endLine: 1, endColumn: 2, related: [], docs: '',
});

describe('main', () => {
  it('turns an unexpected failure into one line with a hint, and the stack only with GWLINT_DEBUG=1', () => {
    const explode = () => {
      throw new Error('disk on fire');
    };
    const plain = run(['examples/native/'], {}, explode);
    expect(plain.code).toBe(2);
    expect(plain.stderr).toBe('gwlint: internal error: disk on fire (set GWLINT_DEBUG=1 for details)\n');
    const debug = run(['examples/native/'], { GWLINT_DEBUG: '1' }, explode);
    expect(debug.code).toBe(2);
    expect(debug.stderr).toMatch(/^gwlint: internal error: disk on fire\nError: disk on fire\n\s+at /);
  });

  it('prints stage and rule timings on stderr only when GWLINT_TIMING asks for them', () => {
    expect(run(['examples/native/']).stderr).toBe('');
    expect(run(['examples/native/'], { GWLINT_TIMING: '0' }).stderr).toBe('');
    const json = run(['examples/native/'], { GWLINT_TIMING: 'json' });
    expect(json.code).toBe(1);
    const timings = JSON.parse(json.stderr);
    expect(Object.keys(timings.stages)).toEqual(['discover', 'load', 'schema', 'model', 'rules', 'report']);
    expect(timings).toMatchObject({ files: 6, routes: 9 });
    expect(timings.rules).toHaveProperty('shadowed-route');
    const table = run(['examples/native/'], { GWLINT_TIMING: '1' }).stderr;
    expect(table).toMatch(/^gwlint timing: 6 files, 0\.0 MiB, 9 routes, peak RSS \d+ MiB\nstage +time +share\ndiscover +\d+\.\d ms +\d+\.\d%\n/);
    expect(table).toContain('\nslowest rules\n');
  });

  it('sets the exit code from the fail level and the warning budget', () => {
    expect(exitCodeFor([finding('warning')], 'error', undefined)).toBe(0);
    expect(exitCodeFor([finding('warning')], 'warning', undefined)).toBe(1);
    expect(exitCodeFor([finding('info')], 'warning', undefined)).toBe(0);
    expect(exitCodeFor([finding('info')], 'info', undefined)).toBe(1);
    expect(exitCodeFor([finding('warning')], 'error', 0)).toBe(1);
    expect(exitCodeFor([finding('warning')], 'error', 1)).toBe(0);
    expect(exitCodeFor([], 'info', 0)).toBe(0);
  });

  it('rejects an empty --max-warnings', () => {
    const result = run(['--max-warnings', '', 'examples/native/']);
    expect(result.code).toBe(2);
    expect(result.stderr).toBe("gwlint: --max-warnings takes a whole number of 0 or more, got ''\n");
  });
});

describe('--dialect', () => {
  // A decK fragment without `_format_version` or `services`: detection reads it as the native format.
  const fragment = 'test/fixtures/kong-fragment/routes.yaml';

  function ruleIds(argv: string[]): string[] {
    const result = run(['--format', 'json', ...argv]);
    return (JSON.parse(result.stdout) as { findings: Finding[] }).findings.map((f) => `${f.ruleId}@${f.line}`);
  }

  it('reads every file as the named dialect', () => {
    expect(ruleIds([fragment])).toEqual(['schema@3', 'invalid-path@4', 'schema@5']);
    expect(ruleIds(['--dialect', 'kong', fragment])).toEqual(['shadowed-route@5']);
  });

  it('rejects an unknown dialect as a usage error', () => {
    const result = run(['--dialect', 'envoy', fragment]);
    expect(result.code).toBe(2);
    expect(result.stderr).toBe("gwlint: --dialect must be one of auto, native, kong, gateway-api, aws, got 'envoy'\n");
  });
});
