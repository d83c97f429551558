import type { Finding } from '../engine/finding.js';
import { summarise } from './summary.js';

/** The versioned JSON report of `cli.md`: the only thing on stdout with `--format json`. */
export function formatJson(findings: readonly Finding[], files: number): string {
  return `${JSON.stringify({ version: 1, findings, summary: summarise(findings, files) }, null, 2)}\n`;
}
