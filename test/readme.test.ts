import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const readme = readFileSync(path.join(root, 'README.md'), 'utf8');

function run(...args: string[]) {
  return spawnSync(process.execPath, [path.join(root, 'dist/gwlint.cjs'), ...args], { cwd: root, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
}

/** Every `$ npx gwlint PATH` console sample, with the output it shows. */
const samples = [...readme.matchAll(/```console\n\$ npx gwlint (\S+)\n([\s\S]*?)```/g)].map((match) => [match[1]!, match[2]!] as const);

describe('README', () => {
  it('has a sample run for the native example and for each dialect', () => {
    expect(samples.map(([target]) => target)).toEqual(['examples/native/', 'examples/kong/', 'examples/gateway-api/', 'examples/aws/']);
  });

  it.each(samples)('shows exactly what `npx gwlint %s` prints', (target, sample) => {
    const result = run(target);
    expect(result.status).toBe(1);
    expect(result.stdout).toBe(sample);
  });

  it('shows a JSON finding that matches the real output', () => {
    const findings = JSON.parse(run('--format', 'json', 'examples/native/').stdout).findings as { ruleId: string; line: number; endLine: number; endColumn: number }[];
    const shadowed = findings.find((finding) => finding.ruleId === 'shadowed-route')!;
    expect(readme).toContain(`"line": ${shadowed.line}, "column": 5, "endLine": ${shadowed.endLine}, "endColumn": ${shadowed.endColumn},`);
  });

  it('lists every rule in its rules table', async () => {
    const { rules } = await import('../rules/index.js');
    for (const rule of rules) expect(readme).toContain(`[\`${rule.meta.id}\`](docs/rules/${rule.meta.id}.md) | ${rule.meta.defaultSeverity} |`);
  });
});
