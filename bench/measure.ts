/**
 * Runs a command the way a user does, in its own process, and measures it from the outside: wall
 * time from spawn to exit, and the process's peak RSS and page faults, reported on exit by a
 * preloaded hook (`NODE_OPTIONS=--require`), so gwlint and Spectral are measured the same way.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { MIB } from './table.js';

const USAGE_MARK = 'gwlint-bench-usage:';

/** Written once per bench run: a CommonJS file any Node.js program can preload. */
let hookFile: string | undefined;

function usageHook(): string {
  if (!hookFile) {
    hookFile = path.join(mkdtempSync(path.join(tmpdir(), 'gwlint-bench-hook-')), 'usage.cjs');
    const report = `const usage = process.resourceUsage(); process.stderr.write('\\n${USAGE_MARK}' + usage.maxRSS + ' ' + usage.minorPageFault + '\\n');`;
    writeFileSync(hookFile, `process.on('exit', () => { ${report} });\n`);
  }
  return hookFile;
}

export interface ProcessRun {
  readonly status: number | null;
  readonly wallMs: number;
  readonly maxRssKiB: number;
  /** Pages the process touched for the first time (minor page faults). */
  readonly pageFaults: number;
  readonly stdout: string;
  /** Without the hook's line. */
  readonly stderr: string;
}

/** Runs `node <script> ...args` (the script may be a Node.js program's bin file). */
export function runNode(script: string, args: readonly string[], env: Record<string, string> = {}, cwd?: string): ProcessRun {
  const start = performance.now();
  const child = spawnSync(process.execPath, [script, ...args], {
    cwd,
    encoding: 'utf8',
    maxBuffer: 256 * MIB,
    env: { ...process.env, ...env, NODE_OPTIONS: `--require ${JSON.stringify(usageHook())}` },
  });
  const wallMs = performance.now() - start;
  if (child.error) throw child.error;
  const lines = child.stderr.split('\n');
  let mark = lines.length - 1;
  while (mark >= 0 && !lines[mark]!.startsWith(USAGE_MARK)) mark--;
  const [maxRssKiB, pageFaults] = mark === -1 ? [Number.NaN, Number.NaN] : lines[mark]!.slice(USAGE_MARK.length).split(' ').map(Number);
  const stderr = (mark === -1 ? lines : lines.slice(0, mark - 1)).join('\n');
  return { status: child.status, wallMs, maxRssKiB: maxRssKiB!, pageFaults: pageFaults!, stdout: child.stdout, stderr };
}

/** The fastest of `runs` runs (the others are noise from the machine, not from the program). */
export function fastest<T extends { wallMs: number }>(runs: number, measure: () => T): T {
  let best = measure();
  for (let run = 1; run < runs; run++) {
    const next = measure();
    if (next.wallMs < best.wallMs) best = next;
  }
  return best;
}

/** Wall times of `count` runs, sorted. */
export function wallTimes(count: number, measure: () => { wallMs: number }): number[] {
  return Array.from({ length: count }, () => measure().wallMs).sort((a, b) => a - b);
}

export function median(sorted: readonly number[]): number {
  return sorted[Math.floor(sorted.length / 2)] ?? Number.NaN;
}

/** What touching fresh memory costs this machine (see `measurePageCost`). */
export interface PageCost {
  readonly mib: number;
  readonly ms: number;
  readonly faults: number;
}

const PAGE_COST_MIB = 64;

/**
 * Touches one byte in every page of a fresh 64 MiB allocation and times it. Every page a program
 * touches for the first time costs it a page fault; on most machines that is well under a
 * microsecond, but some virtual machines take ten or more, and then a run's memory growth costs as
 * much time as its work.
 */
export function measurePageCost(): PageCost {
  const pageSize = 4096;
  const faultsBefore = process.resourceUsage().minorPageFault;
  const start = performance.now();
  const buffer = Buffer.allocUnsafeSlow(PAGE_COST_MIB * MIB);
  for (let at = 0; at < buffer.length; at += pageSize) buffer[at] = 1;
  const ms = performance.now() - start;
  return { mib: PAGE_COST_MIB, ms, faults: process.resourceUsage().minorPageFault - faultsBefore };
}
