/**
 * Annotations: GitHub shows at most 10 of each kind per step, so the Action picks the most
 * important ones itself (errors, then warnings, then infos as notices, each in report order)
 * instead of letting the runner drop arbitrary ones. The job summary lists every finding.
 */
import type { AnnotationProperties } from '@actions/core';
import type { Finding } from '../engine/finding.js';
import type { Severity } from '../engine/rule.js';

export const ANNOTATION_LIMIT = 10;

const ORDER: readonly Severity[] = ['error', 'warning', 'info'];

/** The findings to annotate: up to `limit` of each severity, errors first, in report order. */
export function selectAnnotations(findings: readonly Finding[], limit = ANNOTATION_LIMIT): Finding[] {
  return ORDER.flatMap((severity) => findings.filter((finding) => finding.severity === severity).slice(0, limit));
}

/** Columns are only allowed on a one-line annotation. */
export function annotationProperties(finding: Finding): AnnotationProperties {
  const endLine = Math.max(finding.endLine, finding.line);
  return {
    title: `gwlint(${finding.ruleId})`,
    file: finding.file,
    startLine: finding.line,
    endLine,
    ...(endLine === finding.line ? { startColumn: finding.column, endColumn: Math.max(finding.endColumn, finding.column) } : {}),
  };
}

export interface Annotator {
  error(message: string, properties: AnnotationProperties): void;
  warning(message: string, properties: AnnotationProperties): void;
  notice(message: string, properties: AnnotationProperties): void;
}

/** Emits the selected annotations; returns how many findings got one. */
export function annotate(findings: readonly Finding[], core: Annotator): number {
  const selected = selectAnnotations(findings);
  for (const finding of selected) {
    const command = finding.severity === 'info' ? 'notice' : finding.severity;
    core[command](finding.message, annotationProperties(finding));
  }
  return selected.length;
}
