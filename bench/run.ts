/**
 * The parent side of `npm run bench`: for each size, generate a configuration, lint it in a child
 * process, print a table of throughput, memory and stage times, and check the findings against
 * what the generator planted. Exit code 1 on any mismatch.
 */
import { spawnSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import os from 'node:os';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import type { ChildReport } from './child.js';
import { generateConfig, type GeneratedConfig } from './generate.js';
import { fixed, formatTable, integer, MIB, type Cell } from './table.js';

const DEFAULT_SIZES = [10_000, 100_000];
const QUICK_SIZES = [1_000, 10_000];
const STAGES = ['discover', 'load', 'schema', 'model', 'rules'] as const;

export interface BenchOptions {
  readonly sizes: readonly number[];
  /** Keep the generated folders (their paths are printed). */
  readonly keep: boolean;
  /** Lint each configuration this many times (fresh child each time) and keep the fastest run. */
  readonly runs: number;
}

export class BenchUsageError extends Error {}

export function parseBenchArgs(argv: readonly string[]): BenchOptions {
  let sizes = DEFAULT_SIZES;
  let keep = false;
  let runs = 1;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--quick') sizes = QUICK_SIZES;
    else if (arg === '--keep') keep = true;
    else if (arg === '--runs' || arg.startsWith('--runs=')) {
      const value = arg === '--runs' ? argv[++i] : arg.slice('--runs='.length);
      runs = Number(value);
      if (!Number.isInteger(runs) || runs < 1) throw new BenchUsageError(`--runs takes a positive whole number, got '${value ?? ''}'`);
    }
    else if (arg === '--routes' || arg.startsWith('--routes=')) {
      const value = arg === '--routes' ? argv[++i] : arg.slice('--routes='.length);
      const parsed = (value ?? '').split(',').map((part) => Number(part.trim().replace(/_/g, '')));
      if (parsed.length === 0 || parsed.some((n) => !Number.isInteger(n) || n < 100)) {
        throw new BenchUsageError(`--routes takes a comma-separated list of route counts of at least 100, got '${value ?? ''}'`);
      }
      sizes = parsed;
    } else throw new BenchUsageError(`unknown option '${arg}' (known: --routes N,N,… --quick --runs N --keep)`);
  }
  return { sizes, keep, runs };
}

interface Measurement {
  readonly config: GeneratedConfig;
  readonly generateMs: number;
  /** The child process from its start to the end of `lint()`: Node start-up and module loading included, the extra shadowing timing not. */
  readonly wallMs: number;
  readonly report: ChildReport;
}

function measureInChild(dir: string): { wallMs: number; report: ChildReport } {
  const script = fileURLToPath(import.meta.url);
  // --expose-gc lets the child collect garbage before timing the shadowing analysis alone.
  const child = spawnSync(process.execPath, ['--expose-gc', script, '--child', dir], { encoding: 'utf8', maxBuffer: 64 * MIB, stdio: ['ignore', 'pipe', 'inherit'] });
  if (child.error) throw child.error;
  if (child.status !== 0) throw new Error(`the measuring child exited with ${child.status ?? child.signal}`);
  const last = child.stdout.trim().split('\n').pop() ?? '';
  const report = JSON.parse(last) as ChildReport;
  return { wallMs: report.wallMs, report };
}

function benchSize(routes: number, options: BenchOptions): Measurement {
  const start = performance.now();
  const config = generateConfig({ routes });
  const generateMs = performance.now() - start;
  try {
    let best = measureInChild(config.dir);
    for (let run = 1; run < options.runs; run++) {
      const next = measureInChild(config.dir);
      if (next.wallMs < best.wallMs) best = next;
    }
    return { config, generateMs, ...best };
  } finally {
    if (options.keep) process.stdout.write(`kept ${config.dir}\n`);
    else rmSync(config.dir, { recursive: true, force: true });
  }
}

/** The lines that compare findings with the planted ones; empty when all match. */
function mismatches(m: Measurement): string[] {
  const problems: string[] = [];
  const { report, config } = m;
  const ids = new Set([...Object.keys(config.expected), ...Object.keys(report.findingsByRule)]);
  for (const id of [...ids].sort()) {
    const want = config.expected[id] ?? 0;
    const got = report.findingsByRule[id] ?? 0;
    if (want === got) continue;
    problems.push(`${id}: expected ${want}, got ${got}`);
    for (const sample of report.samples[id] ?? []) problems.push(`    e.g. ${sample.where} [${sample.severity}] ${sample.message}`);
  }
  if (report.routeCount !== config.routeCount) problems.push(`route count: generated ${config.routeCount}, linted ${report.routeCount}`);
  if (report.fileCount !== config.fileCount) problems.push(`file count: generated ${config.fileCount}, linted ${report.fileCount}`);
  for (const failure of report.failures) problems.push(`rule ${failure.ruleId} threw: ${failure.error}`);
  return problems;
}

function summaryTable(results: readonly Measurement[]): string {
  const row = (label: string, value: (m: Measurement) => Cell): Cell[] => [label, ...results.map(value)];
  const seconds = (m: Measurement) => m.wallMs / 1000;
  const mib = (m: Measurement) => m.config.byteCount / MIB;
  return formatTable(
    ['', ...results.map((m) => `${integer(m.config.routeCount)} routes`)],
    [
      row('routes', (m) => integer(m.report.routeCount)),
      row('files', (m) => m.report.fileCount),
      row('hosts', (m) => m.config.hostCount),
      row('size (MiB)', (m) => fixed(mib(m), 1)),
      row('generate (s)', (m) => fixed(m.generateMs / 1000, 2)),
      row('wall: process start → lint done (s)', (m) => fixed(seconds(m), 2)),
      row('lint() call (s)', (m) => fixed(m.report.lintMs / 1000, 2)),
      row('routes/s (wall)', (m) => integer(m.config.routeCount / seconds(m))),
      row('MiB/s (wall)', (m) => fixed(mib(m) / seconds(m), 2)),
      row('peak RSS (MiB)', (m) => fixed(m.report.maxRssKiB / 1024, 0)),
      ...STAGES.map((stage) => row(`  ${stage} (ms)`, (m) => integer(m.report.timings[stage]))),
      row('shadowing analysis alone (ms)*', (m) => fixed(m.report.shadowingMs, 1)),
      row('findings (error/warning/info)', (m) => {
        const by = m.report.findingsBySeverity;
        const total = Object.values(by).reduce((a, b) => a + b, 0);
        return `${integer(total)} (${[by['error'], by['warning'], by['info']].map((n) => integer(n ?? 0)).join('/')})`;
      }),
      row('planted', (m) => integer(Object.values(m.config.expected).reduce((a, b) => a + b, 0))),
      row('check', (m) => (mismatches(m).length === 0 ? 'OK' : 'MISMATCH')),
    ],
  );
}

function ruleTable(results: readonly Measurement[]): string {
  const ids = Object.keys(results[0]?.report.ruleMs ?? {});
  return formatTable(
    ['time per rule (ms)', ...results.map((m) => `${integer(m.config.routeCount)} routes`)],
    ids.map((id) => [id, ...results.map((m) => fixed(m.report.ruleMs[id] ?? Number.NaN, 1))]),
  );
}

function growthLines(results: readonly Measurement[]): string[] {
  const lines: string[] = [];
  for (let i = 1; i < results.length; i++) {
    const [a, b] = [results[i - 1]!, results[i]!];
    const ratio = (f: (m: Measurement) => number) => `×${fixed(f(b) / f(a), 2)}`;
    lines.push(
      `growth ${integer(a.config.routeCount)} → ${integer(b.config.routeCount)} routes (${ratio((m) => m.config.routeCount)}): ` +
        `wall ${ratio((m) => m.wallMs)}, lint() ${ratio((m) => m.report.lintMs)}, ` +
        `rules ${ratio((m) => m.report.timings.rules)}, shadowing ${ratio((m) => m.report.shadowingMs)}, peak RSS ${ratio((m) => m.report.maxRssKiB)}`,
    );
  }
  return lines;
}

function checkLines(m: Measurement): string[] {
  const problems = mismatches(m);
  const label = `${integer(m.config.routeCount)} routes`;
  if (problems.length > 0) return [`${label}: MISMATCH`, ...problems.map((problem) => `  ${problem}`)];
  const planted = Object.entries(m.config.expected).map(([id, count]) => `${id} ${m.report.findingsByRule[id] ?? 0}/${count}`);
  return [`${label}: OK (${planted.join(', ')}; no other finding)`];
}

export function runBench(options: BenchOptions): number {
  const results: Measurement[] = [];
  for (const size of options.sizes) {
    process.stdout.write(`benchmarking ${integer(size)} routes…\n`);
    results.push(benchSize(size, options));
  }
  const load = os.loadavg().map((value) => fixed(value, 2)).join(' ');
  const out = [
    '',
    `gwlint benchmark — Node ${process.version}, ${process.platform}/${process.arch}, ${os.cpus().length} CPUs, load average ${load}` +
      (options.runs > 1 ? `, fastest of ${options.runs} runs per size` : ''),
    '',
    summaryTable(results),
    '* analyseShadowing() on a fresh model of the already parsed files, after a full GC; best of 3.',
    '',
    ruleTable(results),
    '',
    ...results.flatMap(checkLines),
    ...(results.length > 1 ? ['', ...growthLines(results)] : []),
    '',
  ];
  process.stdout.write(out.join('\n'));
  return results.every((m) => mismatches(m).length === 0) ? 0 : 1;
}
