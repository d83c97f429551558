/**
 * `GWLINT_TIMING=1` (as ESLint's `TIMING=1`): how long each stage and each rule took, on stderr
 * after the report. `GWLINT_TIMING=json` gives the same as one JSON line, for scripts such as the
 * benchmark.
 */
import type { Timings } from '../lint.js';

export interface RunTimings {
  /** The pipeline's stages, then `report` (formatting and writing the output). */
  readonly stages: Timings & { readonly report: number };
  /** By rule id, in the order the rules ran. */
  readonly rules: Readonly<Record<string, number>>;
  /** From the start of the process (Node.js start-up and loading gwlint included) to now. */
  readonly totalMs: number;
  /** The process's peak resident set size so far, KiB. */
  readonly maxRssKiB: number;
  readonly files: number;
  readonly bytes: number;
  readonly routes: number;
}

/** The text to write, or undefined when the variable asks for nothing (the timings are then not gathered). */
export function formatTimings(setting: string | undefined, gather: () => RunTimings): string | undefined {
  if (setting === undefined || setting === '' || setting === '0') return undefined;
  const timings = gather();
  if (setting === 'json') return `${JSON.stringify(timings)}\n`;
  return timingTable(timings);
}

/** Stages, then the ten slowest rules, each with its share of the whole run. */
function timingTable(timings: RunTimings): string {
  const slowest = Object.entries(timings.rules)
    .sort((a, b) => b[1] - a[1])
    .slice(0, 10);
  const rows: [string, number][] = [...Object.entries(timings.stages), ['total (process)', timings.totalMs]];
  const width = Math.max(...[...rows, ...slowest].map(([name]) => name.length));
  const line = ([name, ms]: [string, number]): string =>
    `${name.padEnd(width)}  ${ms.toFixed(1).padStart(9)} ms  ${((100 * ms) / timings.totalMs).toFixed(1).padStart(5)}%`;
  return [
    `gwlint timing: ${timings.files} files, ${(timings.bytes / 1024 / 1024).toFixed(1)} MiB, ${timings.routes} routes, peak RSS ${Math.round(timings.maxRssKiB / 1024)} MiB`,
    `${'stage'.padEnd(width)}  ${'time'.padStart(12)}  ${'share'.padStart(6)}`,
    ...rows.map(line),
    'slowest rules',
    ...slowest.map(line),
    '',
  ].join('\n');
}
