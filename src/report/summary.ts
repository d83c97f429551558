import { plural } from '../util/text.js';
import type { Finding } from '../engine/finding.js';

export interface Summary {
  readonly files: number;
  readonly errors: number;
  readonly warnings: number;
  readonly infos: number;
}

/** `2 errors, 1 warning, 0 infos`: how every report words the counts. */
export function describeCounts(summary: Summary): string {
  return `${plural(summary.errors, 'error')}, ${plural(summary.warnings, 'warning')}, ${plural(summary.infos, 'info')}`;
}

export function summarise(findings: readonly Finding[], files: number): Summary {
  let errors = 0;
  let warnings = 0;
  let infos = 0;
  for (const finding of findings) {
    if (finding.severity === 'error') errors++;
    else if (finding.severity === 'warning') warnings++;
    else infos++;
  }
  return { files, errors, warnings, infos };
}
