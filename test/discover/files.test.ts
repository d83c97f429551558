/**
 * Discovery of the files to lint, and what it does with paths it may not read. The tests run as
 * root on CI, where chmod 000 stops nothing, so `node:fs` is wrapped: every path under a folder in
 * `locked` fails as a folder without read and search permission does (`readdirSync` of the folder
 * and `statSync`/`realpathSync` of anything inside it throw EACCES). test/robustness/hostile.test.ts
 * checks the same with real permissions, through the built CLI.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync, type PathLike } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import Ajv04 from 'ajv-draft-04';
import { afterAll, afterEach, describe, expect, it, vi } from 'vitest';
import { rules } from '../../rules/index.js';
import { discoverFiles, PathNotFoundError, type DiscoverScope } from '../../src/discover/files.js';
import { lint } from '../../src/lint.js';
import { formatReport } from '../../src/report/format.js';

const locked = vi.hoisted(() => new Set<string>());

vi.mock('node:fs', async (importOriginal) => {
  const fs = await importOriginal<typeof import('node:fs')>();
  const pathModule = await import('node:path');
  const denied = (target: unknown, syscall: string): void => {
    const absolute = pathModule.resolve(String(target));
    for (const folder of locked) {
      if (syscall === 'scandir' ? absolute === folder : absolute.startsWith(folder + pathModule.sep)) {
        throw Object.assign(new Error(`EACCES: permission denied, ${syscall} '${absolute}'`), { code: 'EACCES', syscall, path: absolute });
      }
    }
  };
  type Call = (target: PathLike, options?: unknown) => unknown;
  const guard = (original: Call, ...syscalls: string[]): Call => (target, options) => {
    for (const syscall of syscalls) denied(target, syscall);
    return original(target, options);
  };
  const readdirSync = guard(fs.readdirSync as Call, 'scandir', 'stat');
  const statSync = guard(fs.statSync as Call, 'stat');
  const realpathSync = guard(fs.realpathSync as Call, 'lstat');
  const wrapped = { ...fs, readdirSync, statSync, realpathSync };
  return { ...wrapped, default: wrapped };
});

const scratch = mkdtempSync(path.join(tmpdir(), 'gwlint-discover-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));
afterEach(() => locked.clear());

const PLANTED = 'routes:\n  - { name: a, paths: ["/a"], upstream: missing }\n';

/** A new folder with `planted.yaml` (one unknown-reference error) and `locked/routes.yaml`, `locked` unreadable. */
function lockedTree(name: string, extra: Record<string, string> = {}): string {
  const folder = path.join(scratch, name);
  const files = { 'planted.yaml': PLANTED, 'locked/routes.yaml': 'routes: [', ...extra };
  for (const [file, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(folder, file)), { recursive: true });
    writeFileSync(path.join(folder, file), text);
  }
  locked.add(path.join(folder, 'locked'));
  return folder;
}

function discover(cwd: string, paths: readonly string[], scope?: DiscoverScope) {
  const { files, unreadableFolders } = discoverFiles(paths, { cwd, ignorePatterns: [], scope });
  return {
    files: files.map((file) => path.relative(cwd, file.path)),
    unreadable: unreadableFolders.map(({ displayPath, code }) => `${displayPath} ${code}`),
  };
}

describe('discoverFiles', () => {
  it('lists the other files and reports a folder inside that it cannot list', () => {
    const folder = lockedTree('walked', { 'sub/more.yaml': 'routes: []\n' });
    expect(discover(folder, ['.'])).toEqual({ files: ['planted.yaml', path.join('sub', 'more.yaml')], unreadable: ['locked/ EACCES'] });
    // Relative to the working directory, as files are.
    expect(discover(scratch, ['walked']).unreadable).toEqual(['walked/locked/ EACCES']);
    expect(discover(path.join(folder, 'sub'), ['..']).unreadable).toEqual(['../locked/ EACCES']);
  });

  it('reports a folder named on the command line that it cannot list, the working directory too', () => {
    const folder = lockedTree('named');
    expect(discover(folder, ['locked'])).toEqual({ files: [], unreadable: ['locked/ EACCES'] });
    locked.add(folder);
    expect(discover(folder, ['.'])).toEqual({ files: [], unreadable: ['./ EACCES'] });
  });

  it('a folder inside an unreadable one: reported, not walked', () => {
    const folder = lockedTree('nested', { 'outer/inner/x.yaml': 'routes: []\n' });
    locked.add(path.join(folder, 'outer'));
    expect(discover(folder, ['outer']).unreadable).toEqual(['outer/ EACCES']);
  });

  it('says nothing of unreadable folders it would skip anyway: ignored, hidden, node_modules, or outside `include`', () => {
    const folder = lockedTree('skipped', { '.hidden/x.yaml': '', 'node_modules/x.yaml': '', 'gateway/x.yaml': '' });
    locked.add(path.join(folder, '.hidden'));
    locked.add(path.join(folder, 'node_modules'));
    expect(discover(folder, ['.']).unreadable).toEqual(['locked/ EACCES']);
    const scope = (include: string[]): DiscoverScope => ({ folder, include, ignore: [] });
    expect(discover(folder, ['.'], scope(['gateway/**/*.yaml'])).unreadable).toEqual([]);
    expect(discover(folder, ['.'], scope(['**/*.yaml'])).unreadable).toEqual(['locked/ EACCES']);
    expect(discover(folder, ['.'], scope(['locked/*.yaml'])).unreadable).toEqual(['locked/ EACCES']);
    // Ignore patterns that take in everything inside it, or only some of it.
    for (const pattern of ['locked', 'locked/**', '**/locked/**']) {
      expect(discover(folder, ['.'], { folder, include: [], ignore: [pattern] }).unreadable, pattern).toEqual([]);
      expect(discoverFiles(['.'], { cwd: folder, ignorePatterns: [pattern] }).unreadableFolders, pattern).toEqual([]);
    }
    expect(discover(folder, ['.'], { folder, include: [], ignore: ['locked/*.json'] }).unreadable).toEqual(['locked/ EACCES']);
  });

  it('a path named on the command line that it may not reach is a usage error that says so; a missing one is still "No such file or folder"', () => {
    const folder = lockedTree('reach');
    const attempt = (given: string) => () => discoverFiles([given], { cwd: folder, ignorePatterns: [] });
    expect(attempt('locked/routes.yaml')).toThrow(PathNotFoundError);
    expect(attempt('locked/routes.yaml')).toThrow(/^Cannot read locked\/routes\.yaml: permission denied \(EACCES\)$/);
    expect(attempt('locked/gone.yaml')).toThrow(/^Cannot read locked\/gone\.yaml: permission denied \(EACCES\)$/);
    expect(attempt('gone.yaml')).toThrow(/^No such file or folder: gone\.yaml$/);
    expect(attempt('planted.yaml/x')).toThrow(/^No such file or folder: planted\.yaml\/x$/);
  });
});

describe('lint: an unreadable folder is a parse-error on the folder', () => {
  const require = createRequire(import.meta.url);
  const sarifSchema = JSON.parse(readFileSync(require.resolve('@microsoft/jest-sarif/lib/schemas/sarif-2.1.0-rtm.5.json'), 'utf8'));
  const validateSarif = new Ajv04.default({ allErrors: true, strict: false, unicodeRegExp: false, logger: false }).compile(sarifSchema);

  it('names the folder and the reason, and the other files are still linted', () => {
    const folder = lockedTree('lint');
    const result = lint({ paths: ['.'], cwd: folder });
    expect(result.findings.map((finding) => [finding.file, finding.ruleId, `${finding.line}:${finding.column}-${finding.endLine}:${finding.endColumn}`, finding.severity, finding.message])).toEqual([
      // A warning: met while walking, it may hold no configuration (`lost+found`); named, it is an error.
      ['locked/', 'parse-error', '1:1-1:1', 'warning', 'Folder could not be read (EACCES); the files in it were not linted.'],
      ['planted.yaml', 'unknown-reference', expect.any(String), 'error', expect.stringMatching(/'missing'/)],
    ]);
    // A folder is not a file: "N files checked" counts planted.yaml only, and the run knows a folder
    // went unread, so it does not claim that no YAML or JSON files were found.
    expect(result.filePaths).toEqual(['planted.yaml']);
    expect(result.fileCount).toBe(1);
    expect(result.unreadableFolderCount).toBe(1);
  });

  it('is an error when the folder was named on the command line', () => {
    const folder = lockedTree('named');
    const result = lint({ paths: ['locked'], cwd: folder });
    expect(result.findings.map((finding) => [finding.file, finding.ruleId, finding.severity])).toEqual([['locked/', 'parse-error', 'error']]);
  });

  it('every format shows it, and SARIF stays valid', () => {
    const folder = lockedTree('formats');
    const { findings, filePaths } = lint({ paths: ['.'], cwd: folder });
    const report = (format: 'stylish' | 'json' | 'sarif' | 'github' | 'junit') => formatReport(format, findings, { files: filePaths, rules, color: false });
    expect(report('stylish')).toContain('\nlocked/\n  1:1  warning  Folder could not be read (EACCES); the files in it were not linted.  parse-error\n');
    expect(report('stylish')).toContain(' in 1 file checked\n');
    expect(JSON.parse(report('json')).summary).toMatchObject({ files: 1 });
    expect(JSON.parse(report('json')).findings[0]).toMatchObject({ file: 'locked/', ruleId: 'parse-error', line: 1, column: 1 });
    const sarif = JSON.parse(report('sarif'));
    expect(validateSarif(sarif), JSON.stringify(validateSarif.errors)).toBe(true);
    expect(sarif.runs[0].results[0].locations[0].physicalLocation.artifactLocation).toEqual({ uri: 'locked/', uriBaseId: '%SRCROOT%' });
    expect(report('github')).toContain('::warning file=locked/,line=1,col=1,endLine=1,endColumn=1,title=gwlint(parse-error)::Folder could not be read (EACCES); the files in it were not linted.\n');
    expect(report('junit')).toContain('<testsuite name="locked/" tests="1" failures="1" errors="0">');
  });
});
