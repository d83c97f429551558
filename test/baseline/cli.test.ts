/** End-to-end: `--write-baseline` then `--baseline` with the BUILT command line on a copy of `examples/native/`. */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { gwlint, repoRoot } from '../helpers/cli.js';

vi.setConfig({ testTimeout: 60_000 });

const dir = mkdtempSync(path.join(tmpdir(), 'gwlint-baseline-'));
const config = path.join(dir, 'examples');
const baselineFile = path.join(dir, 'gwlint-baseline.json');
cpSync(path.join(repoRoot, 'examples', 'native'), config, { recursive: true });
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function edit(relative: string, from: string, to: string): void {
  const file = path.join(config, relative);
  const text = readFileSync(file, 'utf8');
  expect(text).toContain(from);
  writeFileSync(file, text.replace(from, to));
}

interface JsonReport {
  findings: { ruleId: string; message: string; file: string; line: number }[];
  summary: { errors: number; warnings: number };
}

const suppressedLine = (suppressed: number, stale: string) =>
  `gwlint: ${suppressed} findings suppressed by the baseline ${baselineFile}; ${stale} stale (fixed or changed)\n`;

// One scenario, step by step: each step depends on the files the previous one left.
describe.sequential('a legacy repository adopting gwlint with a baseline', () => {
  it('--write-baseline records the 7 findings of examples/native/ and exits 0', async () => {
    const run = await gwlint(['--write-baseline', baselineFile, config]);
    expect(run.stderr).toBe(`gwlint: wrote 7 findings to ${baselineFile}\n`);
    expect(run.stdout).toBe('');
    expect(run.status).toBe(0);
    const written = JSON.parse(readFileSync(baselineFile, 'utf8'));
    expect(written.version).toBe(1);
    expect(written.tool).toBe('gwlint');
    expect(written.entries).toHaveLength(7);
    const rules = written.entries.map((entry: { ruleId: string }) => entry.ruleId);
    expect(rules).toContain('unknown-reference');
  });

  it('--baseline then reports nothing, exits 0 and says 7 were suppressed (JSON stays clean)', async () => {
    const run = await gwlint(['--baseline', baselineFile, '--format', 'json', config]);
    expect(run.status).toBe(0);
    const report = JSON.parse(run.stdout) as JsonReport;
    expect(report.findings).toEqual([]);
    expect(report.summary.errors).toBe(0);
    expect(run.stderr).toBe(suppressedLine(7, '0 baseline entries are'));
  });

  it('lines shifting above the findings change nothing', async () => {
    edit('routes/orders.yaml', 'routes:\n', '# Owned by the orders team.\n# Reviewed quarterly.\n\nroutes:\n');
    const run = await gwlint(['--baseline', baselineFile, '--format', 'json', config]);
    expect(run.status).toBe(0);
    expect((JSON.parse(run.stdout) as JsonReport).findings).toEqual([]);
    expect(run.stderr).toBe(suppressedLine(7, '0 baseline entries are'));
  });

  it('a new problem is the only one reported, and fails the run', async () => {
    edit('policies.yaml', 'allowOrigins: [https://shop.example.com, https://www.example.com]', 'allowOrigins: ["*"]');
    const run = await gwlint(['--baseline', baselineFile, '--format', 'json', config]);
    expect(run.status).toBe(1);
    const findings = (JSON.parse(run.stdout) as JsonReport).findings;
    expect(findings).toHaveLength(1);
    expect(findings[0]!.ruleId).toBe('cors-wildcard-credentials');
    expect(findings[0]!.message).toContain("CORS policy 'storefront'");
    expect(run.stderr).toBe(suppressedLine(7, '0 baseline entries are'));
  });

  it('fixing a baselined problem leaves its entry stale', async () => {
    edit('policies.yaml', 'allowHeaders: [Authorization, x-api-key]\n    allowCredentials: true', 'allowHeaders: [Authorization, x-api-key]\n    allowCredentials: false');
    const run = await gwlint(['--baseline', baselineFile, config], { NO_COLOR: '1' });
    expect(run.status).toBe(1);
    expect(run.stdout).toContain("CORS policy 'storefront'");
    expect(run.stdout).toContain('✖ 1 problem (1 error');
    const [summary, staleLine, ...rest] = run.stderr.split('\n');
    expect(`${summary}\n`).toBe(suppressedLine(6, '1 baseline entry is'));
    expect(staleLine).toMatch(/^  stale: .*policies\.yaml cors-wildcard-credentials: CORS policy 'partner-widget' allows any origin/);
    expect(rest).toEqual(['']);
  });

  it('both flags: filter by the old baseline, write the new full set, exit 0', async () => {
    const next = path.join(dir, 'next-baseline.json');
    const run = await gwlint(['--baseline', baselineFile, '--write-baseline', next, config]);
    expect(run.status).toBe(0);
    expect(run.stdout).toBe('');
    expect(run.stderr).toMatch(/^gwlint: 6 findings suppressed by the baseline .*; 1 baseline entry is stale \(fixed or changed\)\n  stale: .*partner-widget.*\ngwlint: wrote 7 findings to /);
    const messages = JSON.parse(readFileSync(next, 'utf8')).entries.map((entry: { message: string }) => entry.message).join('\n');
    expect(messages).toContain("CORS policy 'storefront'");
    expect(messages).not.toContain("CORS policy 'partner-widget'");
    const rerun = await gwlint(['--baseline', next, '--format', 'sarif', config]);
    expect(rerun.status).toBe(0);
    expect(JSON.parse(rerun.stdout).runs[0].results).toEqual([]);
  });

  it('a missing baseline file is a usage error: exit 2, one line', async () => {
    const missing = path.join(dir, 'missing.json');
    const run = await gwlint(['--baseline', missing, '--format', 'json', config]);
    expect(run.status).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toBe(`gwlint: --baseline ${missing} does not exist (create it with --write-baseline ${missing})\n`);
  });

  it('an invalid baseline file is a usage error: exit 2, one line', async () => {
    const bad = path.join(dir, 'bad.json');
    writeFileSync(bad, '{"version": 1, "tool": "gwlint", "entries": [{}]}');
    const run = await gwlint(['--baseline', bad, config]);
    expect(run.status).toBe(2);
    expect(run.stderr).toBe(`gwlint: --baseline ${bad} is not a gwlint baseline: entries[0].fingerprint is not a 64-digit hex fingerprint\n`);
  });
});
