/**
 * `npm run bench`: for each size, generate a configuration, run the built `gwlint` command on it
 * as a user would (its own process, `--format json`), print throughput, peak memory and the time
 * of each stage and rule, check the findings against what the generator planted, and compare with
 * Spectral when it is installed. Also times start-up on a small configuration (the examples), as
 * pre-commit runs it. Exit code 1 when the findings do not match what was planted.
 */
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import os, { tmpdir } from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { generateConfig, type GeneratedConfig } from './generate.js';
import { GWLINT, runGwlint, type GwlintRun } from './gwlint.js';
import { fastest, measurePageCost, median, runNode, wallTimes, type PageCost } from './measure.js';
import { findSpectral, runSpectral, SPECTRAL_CORS_RULE, spectralVersion, type SpectralRun } from './spectral.js';
import { fixed, formatTable, integer, MIB, type Cell } from './table.js';

const DEFAULT_SIZES = [10_000, 100_000];
const QUICK_SIZES = [1_000, 10_000];
const STAGES = ['discover', 'load', 'schema', 'model', 'rules', 'report'] as const;
const STARTUP_RUNS = 15;
/** The small configuration pre-commit would lint: the repository's native example. */
const SMALL_CONFIG = path.join(path.dirname(GWLINT), '..', 'examples', 'native');

/** What gwlint must reach on a 2-core machine (wall includes Node.js start-up). */
const TARGETS = {
  wallMs: new Map([
    [10_000, 500],
    [100_000, 3000],
  ]),
  maxRssMiB: new Map([[100_000, 500]]),
  startupMs: 150,
};

export interface BenchOptions {
  readonly sizes: readonly number[];
  /** Keep the generated folders (their paths are printed). */
  readonly keep: boolean;
  /** Run each measurement this many times and keep the fastest run. */
  readonly runs: number;
  /** Compare with Spectral when it is installed. */
  readonly spectral: boolean;
}

export class BenchUsageError extends Error {}

function positiveInteger(value: string | undefined, option: string, minimum: number): number {
  const parsed = Number((value ?? '').replace(/_/g, ''));
  if (!Number.isInteger(parsed) || parsed < minimum) throw new BenchUsageError(`${option} takes whole numbers of at least ${minimum}, got '${value ?? ''}'`);
  return parsed;
}

export function parseBenchArgs(argv: readonly string[]): BenchOptions {
  let sizes = DEFAULT_SIZES;
  let keep = false;
  let runs = 1;
  let spectral = true;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    const [name, inline] = arg.startsWith('--') && arg.includes('=') ? [arg.slice(0, arg.indexOf('=')), arg.slice(arg.indexOf('=') + 1)] : [arg, undefined];
    const value = (): string | undefined => inline ?? argv[++i];
    if (name === '--quick') sizes = QUICK_SIZES;
    else if (name === '--keep') keep = true;
    else if (name === '--no-spectral') spectral = false;
    else if (name === '--runs') runs = positiveInteger(value(), '--runs', 1);
    else if (name === '--routes') {
      const list = value();
      sizes = (list ?? '').split(',').map((part) => positiveInteger(part.trim(), '--routes', 100));
    } else throw new BenchUsageError(`unknown option '${arg}' (known: --routes N,N,… --quick --runs N --keep --no-spectral)`);
  }
  return { sizes, keep, runs, spectral };
}

interface Measurement {
  readonly config: GeneratedConfig;
  readonly generateMs: number;
  readonly gwlint: GwlintRun;
  readonly spectral: SpectralRun | undefined;
}

function benchSize(routes: number, options: BenchOptions, spectral: string | undefined): Measurement {
  const start = performance.now();
  const config = generateConfig({ routes });
  const generateMs = performance.now() - start;
  try {
    const gwlint = fastest(options.runs, () => runGwlint(config.dir));
    const other = spectral === undefined ? undefined : fastest(options.runs, () => runSpectral(spectral, config.dir));
    return { config, generateMs, gwlint, spectral: other };
  } finally {
    if (options.keep) process.stdout.write(`kept ${config.dir}\n`);
    else rmSync(config.dir, { recursive: true, force: true });
  }
}

/** The lines that compare findings with the planted ones; empty when all match. */
function mismatches(m: Measurement): string[] {
  const problems: string[] = [];
  const { gwlint, config } = m;
  const ids = new Set([...Object.keys(config.expected), ...Object.keys(gwlint.findingsByRule)]);
  for (const id of [...ids].sort()) {
    const want = config.expected[id] ?? 0;
    const got = gwlint.findingsByRule[id] ?? 0;
    if (want === got) continue;
    problems.push(`${id}: expected ${want}, got ${got}`);
    for (const sample of gwlint.samples[id] ?? []) problems.push(`    e.g. ${sample.where} [${sample.severity}] ${sample.message}`);
  }
  if (gwlint.timings.routes !== config.routeCount) problems.push(`route count: generated ${config.routeCount}, linted ${gwlint.timings.routes}`);
  if (gwlint.timings.files !== config.fileCount) problems.push(`file count: generated ${config.fileCount}, linted ${gwlint.timings.files}`);
  if (gwlint.stderr.trim() !== '') problems.push(`gwlint wrote on stderr: ${gwlint.stderr.trim()}`);
  return problems;
}

const mibOf = (m: Measurement): number => m.config.byteCount / MIB;

function summaryTable(results: readonly Measurement[]): string {
  const row = (label: string, value: (m: Measurement) => Cell): Cell[] => [label, ...results.map(value)];
  const seconds = (m: Measurement) => m.gwlint.wallMs / 1000;
  return formatTable(
    ['', ...results.map((m) => `${integer(m.config.routeCount)} routes`)],
    [
      row('routes', (m) => integer(m.gwlint.timings.routes)),
      row('files', (m) => m.gwlint.timings.files),
      row('hosts', (m) => m.config.hostCount),
      row('size (MiB)', (m) => fixed(mibOf(m), 1)),
      row('generate (s)', (m) => fixed(m.generateMs / 1000, 2)),
      row('wall: gwlint from spawn to exit (s)', (m) => fixed(seconds(m), 2)),
      row('routes/s (wall)', (m) => integer(m.config.routeCount / seconds(m))),
      row('MiB/s (wall)', (m) => fixed(mibOf(m) / seconds(m), 2)),
      row('peak RSS (MiB)', (m) => fixed(m.gwlint.maxRssKiB / 1024, 0)),
      row('page faults (thousands)', (m) => fixed(m.gwlint.pageFaults / 1000, 1)),
      row('  start-up (ms)*', (m) => integer(startupOf(m.gwlint))),
      ...STAGES.map((stage) => row(`  ${stage} (ms)`, (m) => integer(m.gwlint.timings.stages[stage]))),
      row('findings (error/warning/info)', (m) => {
        const by = m.gwlint.findingsBySeverity;
        const total = Object.values(by).reduce((a, b) => a + b, 0);
        return `${integer(total)} (${[by['error'], by['warning'], by['info']].map((n) => integer(n ?? 0)).join('/')})`;
      }),
      row('planted', (m) => integer(Object.values(m.config.expected).reduce((a, b) => a + b, 0))),
      row('check', (m) => (mismatches(m).length === 0 ? 'OK' : 'MISMATCH')),
    ],
  );
}

/** Node.js start-up and loading gwlint: the process's time before its first stage. */
function startupOf(run: GwlintRun): number {
  const stages = Object.values(run.timings.stages).reduce((a, b) => a + b, 0);
  return run.timings.totalMs - stages;
}

function ruleTable(results: readonly Measurement[]): string {
  const ids = Object.keys(results[0]?.gwlint.timings.rules ?? {});
  return formatTable(
    ['time per rule (ms)', ...results.map((m) => `${integer(m.config.routeCount)} routes`)],
    ids.map((id) => [id, ...results.map((m) => fixed(m.gwlint.timings.rules[id] ?? Number.NaN, 1))]),
  );
}

function spectralTable(results: readonly Measurement[], version: string): string {
  const compared = results.filter((m) => m.spectral);
  const row = (label: string, value: (m: Measurement, s: SpectralRun) => Cell): Cell[] => [label, ...compared.map((m) => value(m, m.spectral!))];
  return formatTable(
    [`Spectral ${version}, 3 JSONPath rules`, ...compared.map((m) => `${integer(m.config.routeCount)} routes`)],
    [
      row('Spectral wall (s)', (_, s) => fixed(s.wallMs / 1000, 2)),
      row('gwlint wall, all rules (s)', (m) => fixed(m.gwlint.wallMs / 1000, 2)),
      row('Spectral / gwlint, time', (m, s) => `×${fixed(s.wallMs / m.gwlint.wallMs, 1)}`),
      row('Spectral peak RSS (MiB)', (_, s) => fixed(s.maxRssKiB / 1024, 0)),
      row('gwlint peak RSS (MiB)', (m) => fixed(m.gwlint.maxRssKiB / 1024, 0)),
      row('Spectral / gwlint, memory', (m, s) => `×${fixed(s.maxRssKiB / m.gwlint.maxRssKiB, 1)}`),
      row(`CORS findings (Spectral / gwlint)`, (m, s) => `${s.findingsByRule[SPECTRAL_CORS_RULE] ?? 0} / ${m.gwlint.findingsByRule['cors-wildcard-credentials'] ?? 0}`),
    ],
  );
}

function growthLines(results: readonly Measurement[]): string[] {
  const lines: string[] = [];
  for (let i = 1; i < results.length; i++) {
    const [a, b] = [results[i - 1]!, results[i]!];
    const ratio = (f: (m: Measurement) => number) => `×${fixed(f(b) / f(a), 2)}`;
    lines.push(
      `growth ${integer(a.config.routeCount)} → ${integer(b.config.routeCount)} routes (${ratio((m) => m.config.routeCount)}): ` +
        `wall ${ratio((m) => m.gwlint.wallMs)}, wall without start-up ${ratio((m) => m.gwlint.wallMs - startupOf(m.gwlint))}, ` +
        `rules ${ratio((m) => m.gwlint.timings.stages.rules)}, peak RSS ${ratio((m) => m.gwlint.maxRssKiB)}`,
    );
  }
  return lines;
}

function checkLines(m: Measurement): string[] {
  const problems = mismatches(m);
  const label = `${integer(m.config.routeCount)} routes`;
  if (problems.length > 0) return [`${label}: MISMATCH`, ...problems.map((problem) => `  ${problem}`)];
  const planted = Object.entries(m.config.expected).map(([id, count]) => `${id} ${m.gwlint.findingsByRule[id] ?? 0}/${count}`);
  return [`${label}: OK (${planted.join(', ')}; no other finding)`];
}

interface Startup {
  readonly node: readonly number[];
  readonly gwlint: readonly number[];
  /** Node.js alone without `NODE_EXTRA_CA_CERTS`, when it is set here. */
  readonly nodeWithoutExtraCerts?: readonly number[];
}

/** Node.js alone, then gwlint on the small configuration; wall times of each run, sorted. */
function measureStartup(): Startup {
  const folder = mkdtempSync(path.join(tmpdir(), 'gwlint-bench-empty-'));
  try {
    const empty = path.join(folder, 'empty.cjs');
    writeFileSync(empty, '');
    const node = wallTimes(STARTUP_RUNS, () => runNode(empty, []));
    const gwlint = wallTimes(STARTUP_RUNS, () => runNode(GWLINT, [SMALL_CONFIG], { NO_COLOR: '1' }));
    // Node.js reads these certificates as it starts, whatever the program; gwlint opens no connection.
    const nodeWithoutExtraCerts = process.env['NODE_EXTRA_CA_CERTS'] ? wallTimes(STARTUP_RUNS, () => runNode(empty, [], { NODE_EXTRA_CA_CERTS: undefined })) : undefined;
    return { node, gwlint, nodeWithoutExtraCerts };
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}

function startupLines(startup: Startup): string[] {
  const describe = (times: readonly number[]) => `median ${fixed(median(times), 0)} ms (fastest ${fixed(times[0]!, 0)} ms)`;
  const lines = [`small configuration (examples/native), ${STARTUP_RUNS} runs each: gwlint ${describe(startup.gwlint)}; Node.js alone ${describe(startup.node)}`];
  if (startup.nodeWithoutExtraCerts) {
    lines.push(
      `NODE_EXTRA_CA_CERTS is set here, and Node.js reads those certificates as it starts: Node.js alone without it ${describe(startup.nodeWithoutExtraCerts)} ` +
        '(every wall time above includes that read, which gwlint, opening no network connection, does not need)',
    );
  }
  return lines;
}

/** What page faults cost here, and so how much of each run's wall time its memory growth may take. */
function pageCostLines(cost: PageCost, results: readonly Measurement[]): string[] {
  const touched = `new memory: touching ${cost.mib} MiB took ${fixed(cost.ms, 0)} ms here`;
  if (!cost.perPage) return [`${touched} in ${integer(cost.faults)} page faults (huge pages?), so the cost of one 4 KiB page fault is unknown`];
  const perFault = cost.ms / cost.faults;
  const runs = results.map((m) => `${fixed((m.gwlint.pageFaults * perFault) / 1000, 2)} s of the ${fixed(m.gwlint.wallMs / 1000, 2)} s at ${integer(m.config.routeCount)} routes`);
  return [
    `${touched}, ${fixed(perFault * 1000, 1)} µs per page fault; at that cost gwlint's page faults add up to about ${runs.join(', ')}` +
      ' (Node.js start-up included; faults taken by the garbage collector\'s helper threads overlap other work)',
  ];
}

function verdict(value: number, limit: number, unit: string, digits = 0): string {
  return `${fixed(value, digits)} ${unit} (target < ${fixed(limit, digits)} ${unit}) ${value < limit ? 'met' : 'MISSED'}`;
}

function targetLines(results: readonly Measurement[], startup: Startup): string[] {
  const lines = [`small configuration: median ${verdict(median(startup.gwlint), TARGETS.startupMs, 'ms')}`];
  for (const m of results) {
    const wall = TARGETS.wallMs.get(m.config.routeCount);
    const rss = TARGETS.maxRssMiB.get(m.config.routeCount);
    const parts = [
      ...(wall === undefined ? [] : [`wall ${verdict(m.gwlint.wallMs / 1000, wall / 1000, 's', 2)}`]),
      ...(rss === undefined ? [] : [`peak RSS ${verdict(m.gwlint.maxRssKiB / 1024, rss, 'MiB')}`]),
    ];
    if (parts.length > 0) lines.push(`${integer(m.config.routeCount)} routes: ${parts.join(', ')}`);
  }
  for (let i = 1; i < results.length; i++) {
    const [a, b] = [results[i - 1]!, results[i]!];
    const routes = b.config.routeCount / a.config.routeCount;
    const time = b.gwlint.wallMs / a.gwlint.wallMs;
    lines.push(`${integer(a.config.routeCount)} → ${integer(b.config.routeCount)} routes: wall ×${fixed(time, 2)} for ×${fixed(routes, 2)} routes (target: no faster than linear) ${time <= routes ? 'met' : 'MISSED'}`);
  }
  return lines;
}

/**
 * Removes the V8 code cache beside the command (see src/cli/launcher.ts), so that the bench's own
 * first run, on the small configuration, writes it as after a new install. A cache some earlier
 * run left (one that linted a single broken file, say) holds fewer compiled functions, and every
 * run here would compile the rest again.
 */
function forgetCodeCache(): void {
  const folder = path.dirname(GWLINT);
  for (const name of readdirSync(folder)) {
    if (name.startsWith('.gwlint-core-') && name.endsWith('.v8cache')) rmSync(path.join(folder, name), { force: true });
  }
}

export function runBench(options: BenchOptions): number {
  const spectral = options.spectral ? findSpectral() : { note: 'Spectral comparison skipped (--no-spectral)' };
  process.stdout.write(`${spectral.note}\n`);
  // The first run of a new build writes the launcher's code cache; measure the runs after it.
  forgetCodeCache();
  runNode(GWLINT, [SMALL_CONFIG]);
  process.stdout.write('timing start-up on the small configuration…\n');
  const startup = measureStartup();
  const pageCost = measurePageCost();
  const results: Measurement[] = [];
  for (const size of options.sizes) {
    process.stdout.write(`benchmarking ${integer(size)} routes…\n`);
    results.push(benchSize(size, options, spectral.script));
  }
  const load = os.loadavg().map((value) => fixed(value, 2)).join(' ');
  const out = [
    '',
    `gwlint benchmark — Node ${process.version}, ${process.platform}/${process.arch}, ${os.cpus().length} CPUs, load average ${load}` +
      (options.runs > 1 ? `, fastest of ${options.runs} runs per size` : ''),
    '',
    summaryTable(results),
    '* Node.js start-up and loading gwlint, before the first stage.',
    '',
    ruleTable(results),
    '',
    ...(spectral.script ? [spectralTable(results, spectralVersion(spectral.script)), ''] : []),
    ...startupLines(startup),
    ...pageCostLines(pageCost, results),
    '',
    ...results.flatMap(checkLines),
    ...(results.length > 1 ? ['', ...growthLines(results)] : []),
    '',
    'targets (this machine):',
    ...targetLines(results, startup).map((line) => `  ${line}`),
    '',
  ];
  process.stdout.write(out.join('\n'));
  return results.every((m) => mismatches(m).length === 0) ? 0 : 1;
}
