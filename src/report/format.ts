import type { Format } from '../cli/args.js';
import type { Finding } from '../engine/finding.js';
import type { Rule } from '../engine/rule.js';
import { formatGithub } from './github.js';
import { formatJson } from './json.js';
import { formatJunit } from './junit.js';
import { formatSarif } from './sarif.js';
import { formatStylish } from './stylish.js';

export interface ReportContext {
  /** Every linted file, relative to the working directory. */
  readonly files: readonly string[];
  readonly rules: readonly Rule[];
  readonly color: boolean;
  /** Findings inline comments suppressed: only SARIF, which can say so, shows them. */
  readonly suppressed?: readonly Finding[];
}

/** The one place that maps `--format` to a formatter. */
export function formatReport(format: Format, findings: readonly Finding[], context: ReportContext): string {
  switch (format) {
    case 'stylish':
      return formatStylish(findings, context.files.length, context.color);
    case 'json':
      return formatJson(findings, context.files.length);
    case 'sarif':
      return formatSarif(findings, context.rules, context.suppressed);
    case 'github':
      return formatGithub(findings);
    case 'junit':
      return formatJunit(findings, context.files);
  }
}
