import type { BaselineResult } from './filter.js';

function plural(count: number, one: string, many: string): string {
  return `${count} ${count === 1 ? one : many}`;
}

/** The stderr line after a run with `--baseline` (stderr, so JSON and SARIF on stdout stay clean). */
export function baselineSummary(result: BaselineResult, file: string): string {
  return (
    `gwlint: ${plural(result.suppressed, 'finding', 'findings')} suppressed by the baseline ${file}; ` +
    `${plural(result.stale.length, 'baseline entry is', 'baseline entries are')} stale (fixed or changed)\n`
  );
}

/** The stderr line after `--write-baseline`. */
export function baselineWritten(count: number, file: string): string {
  return `gwlint: wrote ${plural(count, 'finding', 'findings')} to ${file}\n`;
}
