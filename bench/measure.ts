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
    // Written straight to the descriptor: `process.stderr` would load Node.js's stream modules
    // (some 5 ms) into every measured run, a cost gwlint itself avoids (src/cli/stdio.ts).
    const report = `const usage = process.resourceUsage(); require('node:fs').writeSync(2, '\\n${USAGE_MARK}' + usage.maxRSS + ' ' + usage.minorPageFault + '\\n');`;
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

/**
 * Runs `node <script> ...args` (the script may be a Node.js program's bin file). `env` adds to
 * this process's environment; a variable given as undefined is left out.
 */
export function runNode(script: string, args: readonly string[], env: Record<string, string | undefined> = {}, cwd?: string): ProcessRun {
  const start = performance.now();
  const child = spawnSync(process.execPath, [script, ...args], {
    cwd,
    encoding: 'utf8',
    maxBuffer: 256 * MIB,
    env: { ...process.env, ...env, NODE_OPTIONS: `--require ${JSON.stringify(usageHook())}` },
  });
  const wallMs = performance.now() - start;
  if (child.error) throw child.error;
  const { usage, stderr } = splitUsage(child.stderr);
  const [maxRssKiB = Number.NaN, pageFaults = Number.NaN] = usage;
  return { status: child.status, wallMs, maxRssKiB, pageFaults, stdout: child.stdout, stderr };
}

/**
 * The hook's figures, and stderr without the hook's line (which it starts with a line break of its
 * own, so the text before it is kept whether or not it ended its last line).
 */
function splitUsage(stderr: string): { usage: number[]; stderr: string } {
  const at = stderr.lastIndexOf(`\n${USAGE_MARK}`);
  if (at === -1) return { usage: [], stderr };
  const lineEnd = stderr.indexOf('\n', at + 1);
  const line = stderr.slice(at + 1 + USAGE_MARK.length, lineEnd === -1 ? undefined : lineEnd);
  return { usage: line.split(' ').map(Number), stderr: stderr.slice(0, at) + (lineEnd === -1 ? '' : stderr.slice(lineEnd + 1)) };
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
  /** The median of the samples. */
  readonly ms: number;
  readonly faults: number;
  /** Whether each 4 KiB page faulted on its own, so `ms / faults` is the cost of one fault. */
  readonly perPage: boolean;
}

const PAGE_COST_MIB = 64;
const PAGE_COST_SAMPLES = 3;
const PAGE_SIZE = 4096;

/**
 * Touches one byte in every page of a fresh 64 MiB allocation (above glibc's largest mmap
 * threshold, so always new pages) and times it, three times. Every page a program touches for the
 * first time costs it a page fault; on most machines that is well under a microsecond, but some
 * virtual machines take ten or more, and then a run's memory growth costs as much time as its
 * work. With transparent huge pages on, one fault maps 2 MiB, and `perPage` is false.
 */
export function measurePageCost(): PageCost {
  const samples = Array.from({ length: PAGE_COST_SAMPLES }, () => {
    const buffer = Buffer.allocUnsafeSlow(PAGE_COST_MIB * MIB);
    const faultsBefore = process.resourceUsage().minorPageFault;
    const start = performance.now();
    for (let at = 0; at < buffer.length; at += PAGE_SIZE) buffer[at] = 1;
    return { ms: performance.now() - start, faults: process.resourceUsage().minorPageFault - faultsBefore };
  }).sort((a, b) => a.ms - b.ms);
  const { ms, faults } = samples[Math.floor(samples.length / 2)]!;
  return { mib: PAGE_COST_MIB, ms, faults, perPage: faults >= 0.9 * ((PAGE_COST_MIB * MIB) / PAGE_SIZE) };
}
