import type { BaselineResult } from './filter.js';

import { plural } from '../util/text.js';

/** Stale entries listed one per line after the summary; a long tail is counted, not printed. */
const MAX_STALE_SHOWN = 20;

/**
 * What a run with `--baseline` says on stderr (so JSON and SARIF on stdout stay clean): how many
 * findings the baseline suppressed, and which of its entries are stale, so they can be removed.
 */
export function baselineSummary(result: BaselineResult, file: string): string {
  const lines = [
    `gwlint: ${plural(result.suppressed, 'finding')} suppressed by the baseline ${file}; ` +
      `${plural(result.stale.length, 'baseline entry is', 'baseline entries are')} stale (fixed or changed)`,
    ...result.stale
      .slice(0, MAX_STALE_SHOWN)
      .map(({ entry, missing }) => `  stale: ${entry.file} ${entry.ruleId}: ${entry.message}${missing < entry.count ? ` (${missing} of ${entry.count} gone)` : ''}`),
  ];
  if (result.stale.length > MAX_STALE_SHOWN) lines.push(`  … and ${result.stale.length - MAX_STALE_SHOWN} more; run --write-baseline to refresh the file`);
  return `${lines.join('\n')}\n`;
}

/** The stderr line after `--write-baseline`. */
export function baselineWritten(count: number, file: string): string {
  return `gwlint: wrote ${plural(count, 'finding')} to ${file}\n`;
}
