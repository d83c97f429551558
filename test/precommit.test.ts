/**
 * gwlint as a pre-commit hook, run by the real `pre-commit` (`pre-commit try-repo`, which installs
 * the hook from this repository the way users' pre-commit does). Skipped where pre-commit is not
 * installed; `.ci/run` installs it.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { repoRoot } from './helpers/cli.js';

const hasPreCommit = spawnSync('pre-commit', ['--version'], { encoding: 'utf8' }).status === 0;
const scratch = mkdtempSync(path.join(tmpdir(), 'gwlint-pre-commit-'));
const project = path.join(scratch, 'project');
const env = { ...process.env, PRE_COMMIT_HOME: path.join(scratch, 'cache'), NO_COLOR: '1' };

function write(file: string, text: string): void {
  mkdirSync(path.dirname(path.join(project, file)), { recursive: true });
  writeFileSync(path.join(project, file), text);
}

function git(...args: string[]): void {
  execFileSync('git', args, { cwd: project, env, stdio: 'ignore' });
}

/** What `git commit` would do with the staged files: run the hook on them. */
function hook(): { status: number | null; output: string } {
  const run = spawnSync('pre-commit', ['try-repo', repoRoot, 'gwlint'], { cwd: project, env, encoding: 'utf8', timeout: 240_000 });
  return { status: run.status, output: `${run.stdout}${run.stderr}` };
}

describe.skipIf(!hasPreCommit)('pre-commit hook', () => {
  beforeAll(() => {
    mkdirSync(project, { recursive: true });
    git('init', '-q');
    git('config', 'user.email', 'dev@example.com');
    git('config', 'user.name', 'dev');
    write('gateway/gwlint.config.yaml', 'extends: gwlint:recommended\n');
    write('gateway/upstreams.yaml', 'upstreams:\n  orders: { url: https://orders.internal, timeout: 5s }\n');
    write('gateway/routes/orders.yaml', 'routes:\n  - { name: get-order, paths: ["/v1/orders/{id}"], methods: [GET], upstream: orders, timeout: 10s }\n');
    git('add', '-A');
    git('commit', '-q', '-m', 'gateway');
  });

  afterAll(() => rmSync(scratch, { recursive: true, force: true }));

  it('lets a good change through, skipping staged files that are not gateway configuration', { timeout: 300_000 }, () => {
    write('gateway/routes/health.yaml', 'routes:\n  - { name: health, paths: [/healthz], methods: [GET], upstream: orders, timeout: 5s }\n');
    write('.github/workflows/ci.yml', 'name: ci\non: push\njobs: {}\n');
    git('add', '-A');
    const run = hook();
    expect(run.output).toMatch(/gwlint\.+Passed/);
    expect(run.status).toBe(0);
    git('commit', '-q', '--no-verify', '-m', 'health');
  });

  it('blocks a change whose new catch-all shadows a committed route in another file', { timeout: 300_000 }, () => {
    write('gateway/routes/00-legacy.yaml', 'routes:\n  - { name: legacy, paths: ["/v1/**"], upstream: orders, timeout: 10s }\n');
    git('add', 'gateway/routes/00-legacy.yaml');
    const run = hook();
    expect(run.status).toBe(1);
    expect(run.output).toMatch(/gwlint\.+Failed/);
    expect(run.output).toContain("Route 'get-order' is unreachable: 'legacy' (gateway/routes/00-legacy.yaml:2)");
  });
});
