import { positionAt, type Span } from '../load/source.js';
import type { RelatedLocation, Severity } from './rule.js';
import type { Suppression } from './suppress.js';

/** A finding as the formatters print it: the JSON output's `findings[]` entry (`cli.md`). */
export interface Finding {
  readonly ruleId: string;
  readonly severity: Severity;
  readonly message: string;
  readonly file: string;
  readonly line: number;
  readonly column: number;
  readonly endLine: number;
  readonly endColumn: number;
  readonly related: readonly RelatedFinding[];
  readonly docs: string;
  /** Set only on findings an inline comment suppressed; those are never in the reported findings. */
  readonly suppression?: Suppression;
}

export interface RelatedFinding {
  readonly file: string;
  readonly line: number;
  readonly column: number;
  readonly endLine: number;
  readonly endColumn: number;
  readonly message: string;
}

export interface Region {
  readonly file: string;
  readonly line: number;
  readonly column: number;
  readonly endLine: number;
  readonly endColumn: number;
}

/** The one place that turns spans into 1-based positions; the end column is exclusive, as in SARIF. */
export function regionOf(span: Span): Region {
  const start = positionAt(span.file, span.start);
  const end = positionAt(span.file, Math.max(span.end, span.start));
  return { file: span.file.displayPath, line: start.line, column: start.column, endLine: end.line, endColumn: end.column };
}

export function relatedOf(location: RelatedLocation): RelatedFinding {
  return { ...regionOf(location.span), message: location.message };
}

/** `routes.yaml:6`: how messages name another place. */
export function shortLocation(span: Span): string {
  return `${span.file.displayPath}:${positionAt(span.file, span.start).line}`;
}

export function compareFindings(a: Finding, b: Finding): number {
  if (a.file !== b.file) return a.file < b.file ? -1 : 1;
  return a.line - b.line || a.column - b.column || (a.ruleId < b.ruleId ? -1 : a.ruleId > b.ruleId ? 1 : 0);
}
