import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { configForFiles, onStagedFiles, stagedRun } from '../../src/config/staged.js';
import type { Finding } from '../../src/engine/finding.js';

const root = mkdtempSync(path.join(tmpdir(), 'gwlint-staged-'));
const file = (relative: string, text = 'routes: []\n') => {
  mkdirSync(path.dirname(path.join(root, relative)), { recursive: true });
  writeFileSync(path.join(root, relative), text);
  return relative;
};
mkdirSync(path.join(root, '.git'));
file('gateway/gwlint.config.yaml', 'extends: gwlint:recommended\n');
const routes = file('gateway/routes/a.yaml');
const other = file('gateway/routes/b.yaml');
const workflow = file('.github/workflows/ci.yml', 'on: push\n');

const finding = (file: string, related: string[] = []): Finding => ({
  ruleId: 'x', severity: 'error', message: 'm', file, line: 1, column: 1, endLine: 1, endColumn: 2, docs: '',
  related: related.map((place) => ({ file: place, line: 1, column: 1, endLine: 1, endColumn: 2, message: 'r' })),
});

describe('staged files', () => {
  it('finds the config from any given file, whatever their order', () => {
    expect(configForFiles([workflow, routes], root)).toBe(path.join(root, 'gateway/gwlint.config.yaml'));
    expect(configForFiles([workflow], root)).toBeUndefined();
    expect(configForFiles(['gateway'], root)).toBeUndefined();
  });

  it('lints the configuration root and keeps only given files inside it', () => {
    const run = stagedRun([workflow, routes], path.join(root, 'gateway'), root)!;
    expect(run.root).toBe(path.join(root, 'gateway'));
    expect([...run.files]).toEqual([path.join(root, routes)]);
    expect(stagedRun(['gateway'], path.join(root, 'gateway'), root)).toBeUndefined();
  });

  it('reports findings on the given files and findings whose other location is in them', () => {
    const run = stagedRun([routes], path.join(root, 'gateway'), root)!;
    const kept = onStagedFiles([finding(routes), finding(other), finding(other, [routes])], run, root);
    expect(kept.map((f) => [f.file, f.related.length])).toEqual([
      [routes, 0],
      [other, 1],
    ]);
  });
});
