/**
 * The npm package as a user gets it: `npm pack`, install the tarball into a scratch project, and run
 * `npx gwlint config/` there. Packs without scripts: `npm test` has just built dist/, and other
 * tests run that file while this one works.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { repoRoot } from './helpers/cli.js';

const scratch = mkdtempSync(path.join(tmpdir(), 'gwlint-package-'));
const npm = (args: string[], cwd: string) =>
  execFileSync('npm', [...args, '--no-audit', '--no-fund', '--loglevel=error'], { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });

afterAll(() => rmSync(scratch, { recursive: true, force: true }));

describe('npm package', () => {
  it('installs from its tarball and lints with npx, shipping only what runs', { timeout: 180_000 }, () => {
    const packed = JSON.parse(npm(['pack', '--json', '--ignore-scripts', '--pack-destination', scratch], repoRoot)) as { filename: string; files: { path: string }[] }[];
    const shipped = packed[0]!.files.map((file) => file.path).sort();
    expect(shipped.filter((file) => !file.startsWith('schemas/'))).toEqual(['LICENSE', 'README.md', 'dist/gwlint-core.cjs', 'dist/gwlint-yaml.cjs', 'dist/gwlint.cjs', 'package.json']);
    expect(shipped.some((file) => file.startsWith('schemas/') && file.endsWith('.schema.json'))).toBe(true);

    const project = path.join(scratch, 'project');
    cpSync(path.join(repoRoot, 'examples', 'native'), path.join(project, 'config'), { recursive: true });
    writeFileSync(path.join(project, 'package.json'), '{ "name": "scratch", "private": true }\n');
    npm(['install', '--offline', path.join(scratch, packed[0]!.filename)], project);

    const run = spawnSync('npx', ['--no-install', 'gwlint', '--no-color', 'config/'], { cwd: project, encoding: 'utf8' });
    expect(run.status).toBe(1);
    expect(run.stdout).toContain('config/routes/orders.yaml');
    expect(run.stdout).toMatch(/✖ 7 problems \(6 errors, 1 warning, 0 infos\) in 6 files checked/);

    const version = spawnSync('npx', ['--no-install', 'gwlint', '--version'], { cwd: project, encoding: 'utf8' });
    const { version: expected } = JSON.parse(readFileSync(path.join(repoRoot, 'package.json'), 'utf8')) as { version: string };
    expect(version.stdout.trim()).toBe(expected);
  });
});
