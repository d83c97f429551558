import type { Finding } from '../engine/finding.js';
import { plural } from '../util/text.js';
import { describeCounts, summarise } from './summary.js';
import { pushTo } from '../util/group.js';

interface Palette {
  readonly file: (text: string) => string;
  readonly error: (text: string) => string;
  readonly warning: (text: string) => string;
  readonly info: (text: string) => string;
  readonly dim: (text: string) => string;
}

const ansi = (open: number, close: number) => (text: string) => `\u001b[${open}m${text}\u001b[${close}m`;
const COLORS: Palette = { file: ansi(4, 24), error: ansi(31, 39), warning: ansi(33, 39), info: ansi(36, 39), dim: ansi(2, 22) };
const PLAIN: Palette = { file: (t) => t, error: (t) => t, warning: (t) => t, info: (t) => t, dim: (t) => t };

/** ESLint-style text: findings grouped by file, aligned columns, a closing count. */
export function formatStylish(findings: readonly Finding[], files: number, color: boolean): string {
  if (findings.length === 0) return '';
  const paint = color ? COLORS : PLAIN;
  const byFile = new Map<string, Finding[]>();
  for (const finding of findings) pushTo(byFile, finding.file, finding);
  const lines: string[] = [];
  for (const [file, group] of byFile) {
    lines.push('', paint.file(file));
    const positions = group.map((finding) => `${finding.line}:${finding.column}`);
    const positionWidth = Math.max(...positions.map((p) => p.length));
    const severityWidth = Math.max(...group.map((finding) => finding.severity.length));
    group.forEach((finding, i) => {
      const severity = paint[finding.severity](finding.severity.padEnd(severityWidth));
      lines.push(`  ${paint.dim(positions[i]!.padStart(positionWidth))}  ${severity}  ${finding.message}  ${paint.dim(finding.ruleId)}`);
    });
  }
  const summary = summarise(findings, files);
  const total = summary.errors + summary.warnings + summary.infos;
  const line = `✖ ${plural(total, 'problem')} (${describeCounts(summary)}) in ${plural(files, 'file')} checked`;
  const tone = summary.errors > 0 ? paint.error : summary.warnings > 0 ? paint.warning : paint.info;
  lines.push('', tone(line), '');
  return lines.join('\n');
}
