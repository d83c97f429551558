/**
 * The measuring side: runs in its own process (`dist/bench.js --child <dir>`) so that its peak
 * RSS and timings belong to one lint run alone. Prints one JSON line, a `ChildReport`.
 */
import { performance } from 'node:perf_hooks';
import { rules } from '../rules/index.js';
import { analyseShadowing } from '../src/analysis/shadowing.js';
import type { Rule } from '../src/engine/rule.js';
import { lint, type Stage } from '../src/lint.js';
import type { GatewayModel } from '../src/model/types.js';

export interface FindingSample {
  readonly where: string;
  readonly severity: string;
  readonly message: string;
}

export interface ChildReport {
  readonly routeCount: number;
  readonly fileCount: number;
  readonly byteCount: number;
  /** From process start (Node start-up and module loading included) to the end of `lint()`, ms. */
  readonly wallMs: number;
  /** The whole `lint()` call, ms. */
  readonly lintMs: number;
  readonly timings: Record<Stage, number>;
  /** ms per rule, in the order they ran. */
  readonly ruleMs: Record<string, number>;
  /**
   * `analyseShadowing` alone, ms, best of SHADOWING_RUNS, each on a model rebuilt from the parsed
   * documents (so nothing is cached) after a full garbage collection when `--expose-gc` is on.
   */
  readonly shadowingMs: number;
  /** Peak resident set size of the lint run, KiB (`process.resourceUsage().maxRSS`). */
  readonly maxRssKiB: number;
  readonly findingsByRule: Record<string, number>;
  readonly findingsBySeverity: Record<string, number>;
  /** The first few findings of each rule, for mismatch reports. */
  readonly samples: Record<string, FindingSample[]>;
  readonly failures: { ruleId: string; error: string }[];
}

const SAMPLES_PER_RULE = 3;
const SHADOWING_RUNS = 3;

function timeShadowing(model: GatewayModel): number {
  const gc = (globalThis as { gc?: () => void }).gc;
  let best = Number.POSITIVE_INFINITY;
  for (let run = 0; run < SHADOWING_RUNS; run++) {
    // The analysis is cached per model object: a shallow copy is a fresh one.
    const fresh = { ...model };
    gc?.();
    const start = performance.now();
    analyseShadowing(fresh);
    best = Math.min(best, performance.now() - start);
  }
  return best;
}

/** The rules, each timed, and the model they were given (for the separate shadowing measurement). */
function instrumented(ruleMs: Record<string, number>, seen: { model?: GatewayModel }): Rule[] {
  return rules.map((rule) => ({
    meta: rule.meta,
    check(context) {
      seen.model = context.model;
      const start = performance.now();
      try {
        rule.check(context);
      } finally {
        ruleMs[rule.meta.id] = (ruleMs[rule.meta.id] ?? 0) + performance.now() - start;
      }
    },
  }));
}

export function measure(dir: string): ChildReport {
  const ruleMs: Record<string, number> = {};
  const seen: { model?: GatewayModel } = {};
  const start = performance.now();
  const result = lint({ paths: [dir], cwd: dir, rules: instrumented(ruleMs, seen) });
  const end = performance.now(); // performance.now() counts from process start
  const lintMs = end - start;
  // Read before the extra work below, so the peak is the lint run's own.
  const maxRssKiB = process.resourceUsage().maxRSS;

  const shadowingMs = seen.model ? timeShadowing(seen.model) : Number.NaN;

  const findingsByRule: Record<string, number> = {};
  const findingsBySeverity: Record<string, number> = {};
  const samples: Record<string, FindingSample[]> = {};
  for (const finding of result.findings) {
    findingsByRule[finding.ruleId] = (findingsByRule[finding.ruleId] ?? 0) + 1;
    findingsBySeverity[finding.severity] = (findingsBySeverity[finding.severity] ?? 0) + 1;
    const list = (samples[finding.ruleId] ??= []);
    if (list.length < SAMPLES_PER_RULE) list.push({ where: `${finding.file}:${finding.line}:${finding.column}`, severity: finding.severity, message: finding.message });
  }
  return {
    routeCount: result.routeCount,
    fileCount: result.fileCount,
    byteCount: result.byteCount,
    wallMs: end,
    lintMs,
    timings: result.timings,
    ruleMs,
    shadowingMs,
    maxRssKiB,
    findingsByRule,
    findingsBySeverity,
    samples,
    failures: result.failures.map(({ ruleId, error }) => ({ ruleId, error: error instanceof Error ? (error.stack ?? error.message) : String(error) })),
  };
}

export function runChild(dir: string): void {
  process.stdout.write(`${JSON.stringify(measure(dir))}\n`);
}
