/**
 * The launcher (src/cli/launcher.ts, built as dist/gwlint.cjs) compiles the program with V8's
 * code cache, kept beside it. These run a copy of the built files in a scratch folder, so the
 * repository's own cache is left alone.
 */
import { spawn, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { chmodSync, copyFileSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { repoRoot } from '../helpers/cli.js';

const scratch = mkdtempSync(path.join(tmpdir(), 'gwlint-launcher-'));
afterAll(() => {
  chmodSync(scratch, 0o755);
  rmSync(scratch, { recursive: true, force: true });
});

function installCopy(name: string): string {
  const folder = mkdtempSync(path.join(scratch, `${name}-`));
  for (const file of ['gwlint.cjs', 'gwlint-core.cjs', 'gwlint-yaml.cjs']) copyFileSync(path.join(repoRoot, 'dist', file), path.join(folder, file));
  writeFileSync(path.join(folder, 'routes.yaml'), 'routes:\n  - name: a\n    paths: [/a]\n    upstream: missing\n');
  return folder;
}

function run(folder: string, uid?: number) {
  const as = uid === undefined ? {} : { uid, gid: uid };
  const result = spawnSync(process.execPath, ['gwlint.cjs', '--format', 'json', 'routes.yaml'], { cwd: folder, encoding: 'utf8', ...as });
  return { status: result.status, stderr: result.stderr, findings: (JSON.parse(result.stdout) as { findings: { ruleId: string }[] }).findings.map((finding) => finding.ruleId) };
}

const cacheFiles = (folder: string) => readdirSync(folder).filter((file) => file.endsWith('.v8cache'));

describe('the launcher', () => {
  it('writes the code cache on the first run and uses it, unchanged, on the next', () => {
    const folder = installCopy('first');
    const first = run(folder);
    expect(first).toEqual({ status: 1, stderr: '', findings: ['unknown-reference'] });
    const [cache] = cacheFiles(folder);
    expect(cache).toMatch(new RegExp(`^\\.gwlint-core-[0-9a-f]{16}-${process.version.replace(/\./g, '\\.')}-${process.arch}\\.v8cache$`));
    const written = readFileSync(path.join(folder, cache!));
    expect(run(folder)).toEqual(first);
    expect(readFileSync(path.join(folder, cache!)).equals(written)).toBe(true);
    expect(cacheFiles(folder)).toEqual([cache]);
  });

  it("names the cache after the program's own digest, so a rebuilt program never reads an old cache, and removes old ones", () => {
    const folder = installCopy('digest');
    const old = `.gwlint-core-0123456789abcdef-${process.version}-${process.arch}.v8cache`;
    writeFileSync(path.join(folder, old), 'a cache of another build');
    run(folder);
    const digest = createHash('sha256').update(readFileSync(path.join(folder, 'gwlint-core.cjs'))).digest('hex').slice(0, 16);
    expect(cacheFiles(folder)).toEqual([`.gwlint-core-${digest}-${process.version}-${process.arch}.v8cache`]);
  });

  it('keeps no cache from a run that did not lint (it compiled next to nothing)', () => {
    const folder = installCopy('version');
    expect(spawnSync(process.execPath, ['gwlint.cjs', '--version'], { cwd: folder, encoding: 'utf8' }).stdout).toMatch(/^\d+\.\d+\.\d+\n$/);
    expect(cacheFiles(folder)).toEqual([]);
  });

  it('runs as usual, and writes a good cache, when the cache is corrupt', () => {
    const folder = installCopy('corrupt');
    run(folder);
    const cache = path.join(folder, cacheFiles(folder)[0]!);
    writeFileSync(cache, Buffer.alloc(4096, 7));
    expect(run(folder)).toEqual({ status: 1, stderr: '', findings: ['unknown-reference'] });
    expect(readFileSync(cache).equals(Buffer.alloc(4096, 7))).toBe(false);
    expect(run(folder).findings).toEqual(['unknown-reference']);
  });

  it('stops quietly, with the run\'s exit code, when the reader closes the pipe early (`gwlint … | head`)', async () => {
    const folder = installCopy('pipe');
    const routes = Array.from({ length: 3000 }, (_, i) => `  - { name: r${i}, paths: [/r${i}], upstream: missing }`).join('\n');
    writeFileSync(path.join(folder, 'routes.yaml'), `routes:\n${routes}\n`);
    const child = spawn(process.execPath, ['gwlint.cjs', '--format', 'json', 'routes.yaml'], { cwd: folder, stdio: ['ignore', 'pipe', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.stdout.once('data', () => child.stdout.destroy());
    const status = await new Promise<number | null>((resolve) => child.on('close', resolve));
    expect(stderr).toBe('');
    expect(status).toBe(1);
  });

  // Pipes and files are written directly (src/cli/stdio.ts); these use a shell's pipes, as pre-commit and CI do.
  describe.skipIf(process.platform === 'win32')('writing to a pipe or a file', () => {
    function installLargeReport(name: string): string {
      const folder = installCopy(name);
      const routes = Array.from({ length: 3000 }, (_, i) => `  - { name: r${i}, paths: [/r${i}], upstream: missing }`).join('\n');
      writeFileSync(path.join(folder, 'routes.yaml'), `routes:\n${routes}\n`);
      return folder;
    }
    const bash = (folder: string, script: string) => spawnSync('bash', ['-c', script], { cwd: folder, encoding: 'utf8', env: { ...process.env, NODE: process.execPath } });

    it("stops quietly, with the run's exit code, when a shell pipe's reader stops early", () => {
      const folder = installLargeReport('shell-pipe');
      const result = bash(folder, '"$NODE" gwlint.cjs --format json routes.yaml | head -c 1 > /dev/null; echo "${PIPESTATUS[0]}"');
      expect({ status: result.stdout.trim(), stderr: result.stderr }).toEqual({ status: '1', stderr: '' });
    });

    // Python, because Node.js makes the pipes it hands a child blocking; pre-commit is a Python program.
    const python = spawnSync('python3', ['--version']).status === 0;
    it.runIf(python)('writes every byte to a non-blocking pipe whose reader is slow', () => {
      const folder = installLargeReport('non-blocking');
      const expected = spawnSync(process.execPath, ['gwlint.cjs', '--format', 'json', 'routes.yaml'], { cwd: folder, maxBuffer: 64 * 1024 * 1024 }).stdout;
      expect(expected.length).toBeGreaterThan(256 * 1024);
      const reader = [
        'import os, subprocess, sys, time',
        'r, w = os.pipe()',
        'os.set_blocking(w, False)',
        "child = subprocess.Popen([sys.argv[1], 'gwlint.cjs', '--format', 'json', 'routes.yaml'], stdout=w)",
        'os.close(w)',
        'time.sleep(1)',
        "data = b''",
        'while chunk := os.read(r, 65536): data += chunk',
        'print(len(data), child.wait())',
      ].join('\n');
      const result = spawnSync('python3', ['-c', reader, process.execPath], { cwd: folder, encoding: 'utf8' });
      expect({ stdout: result.stdout.trim(), stderr: result.stderr }).toEqual({ stdout: `${expected.length} 1`, stderr: '' });
    });

    it.runIf(process.platform === 'linux')('exits 2 when the report cannot be written (a full device)', () => {
      const folder = installLargeReport('full');
      const result = bash(folder, '"$NODE" gwlint.cjs --format json routes.yaml > /dev/full; echo "$?"');
      expect(result.stdout.trim()).toBe('2');
    });
  });

  describe.runIf(process.versions.v8.startsWith('11.3.'))("on Node.js 20's V8, which the command tunes for a large run (src/cli/v8-tuning.ts)", () => {
    // Eight files of about 200 KB: enough for V8 to grow its young generation well past the cap.
    const routeFile = (file: number) =>
      `routes:\n${Array.from({ length: 4000 }, (_, i) => `  - { name: r${file}-${i}, paths: [/r${file}/${i}/items], upstream: u }`).join('\n')}\n`;
    // Prints the young generation's size as the process exits.
    const probe = "process.on('exit', () => process.stderr.write(String(require('node:v8').getHeapSpaceStatistics().find((s) => s.space_name === 'new_space').space_size)))";

    function installLarge(name: string): string {
      const folder = installCopy(name);
      rmSync(path.join(folder, 'routes.yaml'));
      mkdirSync(path.join(folder, 'config'));
      writeFileSync(path.join(folder, 'config', 'upstreams.yaml'), 'upstreams:\n  u: { url: http://u.internal }\n');
      for (let file = 0; file < 8; file++) writeFileSync(path.join(folder, 'config', `routes-${file}.yaml`), routeFile(file));
      writeFileSync(path.join(folder, 'probe.cjs'), probe);
      return folder;
    }

    function runLarge(folder: string, nodeOptions = '') {
      const result = spawnSync(process.execPath, ['--require', './probe.cjs', 'gwlint.cjs', '--format', 'json', 'config'], {
        cwd: folder,
        encoding: 'utf8',
        env: { ...process.env, NODE_OPTIONS: nodeOptions },
      });
      expect(JSON.parse(result.stdout)).toMatchObject({ findings: [] });
      return { status: result.status, youngGenerationBytes: Number(result.stderr) };
    }

    it('caps the young generation at 2 × 8 MiB, and sets its flags back so the code cache it writes is used, unchanged, by later runs', () => {
      const folder = installLarge('young');
      expect(runLarge(folder)).toEqual({ status: 0, youngGenerationBytes: 16 * 1024 * 1024 });
      const cache = path.join(folder, cacheFiles(folder)[0]!);
      // The launcher replaces a cache it writes (a rename), so the same inode means it was not written again.
      const written = statSync(cache).ino;
      expect(runLarge(folder).status).toBe(0);
      expect(runLarge(folder).status).toBe(0);
      expect(statSync(cache).ino).toBe(written);
    });

    it('leaves the young generation alone when NODE_OPTIONS sizes it', () => {
      const folder = installLarge('sized');
      expect(runLarge(folder, '--max-semi-space-size=16').youngGenerationBytes).toBeGreaterThan(16 * 1024 * 1024);
    });
  });

  // Root writes anywhere, so as root the run is made as the unprivileged user 65534 ("nobody").
  it.skipIf(process.platform === 'win32')('runs as usual where it cannot write its cache', () => {
    const folder = installCopy('read-only');
    const asRoot = process.getuid?.() === 0;
    chmodSync(scratch, 0o755);
    chmodSync(folder, asRoot ? 0o755 : 0o555);
    try {
      expect(run(folder, asRoot ? 65534 : undefined)).toEqual({ status: 1, stderr: '', findings: ['unknown-reference'] });
      expect(cacheFiles(folder)).toEqual([]);
    } finally {
      chmodSync(folder, 0o755);
    }
  });
});
