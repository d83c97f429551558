/**
 * What the differential sweeps assert and print, shared by the per-dialect test files.
 */
import { expect } from 'vitest';
import { explainFailure, minimise, runDialect, seeds, type DialectHarness, type RunSummary, type Violation, type ViolationKind } from './differential-harness.js';

export interface SweepOptions<T> {
  readonly harness: DialectHarness<T>;
  readonly firstSeed: number;
  readonly tables: number;
  /** The name of a known, reported bug a hard violation is an instance of (its `it.fails` case is in the test file). */
  readonly knownBug?: (violation: Violation, table: T) => string | undefined;
  /** At least this many verdicts of each kind must have been checked, so the sweep cannot become vacuous. */
  readonly minimumChecked: Partial<Record<ViolationKind, number>>;
}

export function sweep<T>(options: SweepOptions<T>): RunSummary<T> & { known: Map<string, number> } {
  const { harness, knownBug } = options;
  const summary = runDialect(harness, seeds(options.firstSeed, options.tables), knownBug);
  if (process.env.GWLINT_DIFF_VERBOSE) {
    const soft = new Map<string, number>();
    for (const f of summary.soft) soft.set(f.violation.kind, (soft.get(f.violation.kind) ?? 0) + 1);
    console.log(
      `${harness.name}: ${summary.tables} tables, ${summary.requests} requests, ${summary.findings} findings checked ${JSON.stringify(summary.checked)}; ` +
        `known bugs ${JSON.stringify(Object.fromEntries(summary.known))}; soft (by example) ${JSON.stringify(Object.fromEntries(soft))}; ` +
        `quiet unreachable (false negatives, information only) ${summary.quietUnreachable}`,
    );
    for (const failure of summary.soft.slice(0, 2)) console.log(explainFailure(harness, failure));
  }
  // Shown minimised: the smallest table that still gets a wrong verdict of the same kind.
  const shown = summary.hard.slice(0, 3).map((failure) => {
    const small = minimise(harness, failure.table, (v) => !v.soft && v.kind === failure.violation.kind && !knownBug?.(v, failure.table));
    return explainFailure(harness, failure, small);
  });
  expect(shown, `${summary.hard.length} wrong verdict(s)`).toEqual([]);
  // Soft violations are verdicts gwlint itself hedged ("found by example"): never a failure.
  expect(summary.soft.every((f) => f.violation.message.includes('found by example') || f.violation.kind === 'own-request')).toBe(true);
  for (const [kind, minimum] of Object.entries(options.minimumChecked)) {
    expect(summary.checked[kind as ViolationKind] ?? 0, `verdicts of kind ${kind} checked`).toBeGreaterThanOrEqual(minimum!);
  }
  return summary;
}
