/**
 * Runs the BUILT command line (`dist/gwlint.cjs`) on the real-world corpora in `../shared/corpora`
 * (read in place, never copied): every folder and every single file must load without a crash,
 * give exit code 0 or 1 and a valid JSON report with sane positions. Skipped when the folder is absent.
 */
import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { CLI, gwlint, repoRoot, type CliRun } from './helpers/cli.js';

const corporaRoot = path.resolve(repoRoot, '..', 'shared', 'corpora');
const exists = existsSync(corporaRoot);

// Spawning Node for every file of the corpora takes a while on a busy machine.
vi.setConfig({ testTimeout: 120_000 });

/** Paths as given on the command line: relative to the repository root, with `/`. */
const relative = (absolute: string): string => path.relative(repoRoot, absolute).split(path.sep).join('/');

function listFiles(folder: string): string[] {
  return readdirSync(folder, { withFileTypes: true })
    .flatMap((entry) => {
      const child = path.join(folder, entry.name);
      if (entry.isDirectory()) return listFiles(child);
      return entry.isFile() ? [child] : [];
    })
    .sort();
}

const subfolders = exists
  ? readdirSync(corporaRoot, { withFileTypes: true })
      .filter((entry) => entry.isDirectory())
      .map((entry) => relative(path.join(corporaRoot, entry.name)))
      .sort()
  : [];
const files = exists ? listFiles(corporaRoot).map(relative) : [];

const FINDING_KEYS = ['column', 'docs', 'endColumn', 'endLine', 'file', 'line', 'message', 'related', 'ruleId', 'severity'];
const RELATED_KEYS = ['column', 'endColumn', 'endLine', 'file', 'line', 'message'];

interface Place {
  file: string;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  message: string;
}

function expectPlace(place: Place, context: string): void {
  expect(typeof place.file, context).toBe('string');
  expect(place.file, context).not.toContain('\\');
  for (const key of ['line', 'column', 'endLine', 'endColumn'] as const) {
    expect(Number.isInteger(place[key]), `${context}: ${key}`).toBe(true);
  }
  expect(place.line, context).toBeGreaterThanOrEqual(1);
  expect(place.column, context).toBeGreaterThanOrEqual(1);
  expect(place.endLine, context).toBeGreaterThanOrEqual(place.line);
  if (place.endLine === place.line) expect(place.endColumn, context).toBeGreaterThanOrEqual(place.column);
  expect(typeof place.message, context).toBe('string');
  expect(place.message.length, context).toBeGreaterThan(0);
}

/** Exit 0 or 1, nothing but the versioned JSON report on stdout, no crash on stderr; returns the findings. */
function expectValidRun(run: CliRun, args: readonly string[]): { file: string; ruleId: string; severity: string }[] {
  const context = `gwlint ${args.join(' ')}\n${run.stderr}`;
  expect(run.stderr, context).not.toMatch(/^\s+at .+/m);
  expect(run.stderr, context).not.toMatch(/internal error/);
  expect([0, 1], context).toContain(run.status);
  const report = JSON.parse(run.stdout) as {
    version: number;
    findings: (Place & { ruleId: string; severity: string; related: Place[]; docs: string })[];
    summary: Record<string, number>;
  };
  expect(Object.keys(report).sort()).toEqual(['findings', 'summary', 'version']);
  expect(report.version).toBe(1);
  expect(Array.isArray(report.findings)).toBe(true);
  for (const finding of report.findings) {
    const where = `${context}: ${finding.ruleId} at ${finding.file}:${finding.line}:${finding.column}`;
    expect(Object.keys(finding).sort(), where).toEqual(FINDING_KEYS);
    expect(typeof finding.ruleId, where).toBe('string');
    expect(['error', 'warning', 'info'], where).toContain(finding.severity);
    expect(finding.docs, where).toMatch(/^https:\/\//);
    expectPlace(finding, where);
    expect(Array.isArray(finding.related), where).toBe(true);
    for (const related of finding.related) {
      expect(Object.keys(related).sort(), where).toEqual(RELATED_KEYS);
      expectPlace(related, `${where} (related)`);
    }
  }
  const count = (severity: string) => report.findings.filter((finding) => finding.severity === severity).length;
  expect(report.summary).toEqual({ files: expect.any(Number), errors: count('error'), warnings: count('warning'), infos: count('info') });
  expect(run.status).toBe(count('error') > 0 ? 1 : 0);
  return report.findings;
}

describe.skipIf(!exists)('real-world corpora (../shared/corpora)', () => {
  beforeAll(() => {
    if (!existsSync(CLI)) throw new Error('dist/gwlint.cjs is missing: run `node scripts/build.mjs` before the corpus tests');
  });

  it('the whole corpora folder in one run', async () => {
    const args = ['--format', 'json', relative(corporaRoot)];
    const findings = expectValidRun(await gwlint(args), args);
    for (const finding of findings) expect(finding.file.startsWith('../shared/corpora/')).toBe(true);
  });

  describe.concurrent('each corpus folder', () => {
    it.each(subfolders)('%s', async (folder) => {
      const args = ['--format', 'json', folder];
      const findings = expectValidRun(await gwlint(args), args);
      for (const finding of findings) expect(finding.file.startsWith(`${folder}/`)).toBe(true);
    });
  });

  describe.concurrent('each file, named explicitly', () => {
    it.each(files)('%s', async (file) => {
      const args = ['--format', 'json', file];
      const findings = expectValidRun(await gwlint(args), args);
      for (const finding of findings) expect(finding.file).toBe(file);
    });
  });
});
