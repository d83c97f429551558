/**
 * Inline suppression: `# gwlint-disable…` comments in YAML files. The loader hands over each
 * file's comments (read from the parser, with offsets) and its document trees; this module turns
 * directives into covered ranges, drops the findings whose start falls in one, and says which
 * directives suppressed nothing (the `unused-suppression` rule reports those).
 *
 * - `# gwlint-disable-next-line [rules] [-- reason]`: the YAML entry (mapping pair or sequence
 *   item) that starts on the next line that is neither blank nor a comment, and everything inside
 *   it; that whole line when no entry starts there.
 * - `# gwlint-disable-line [rules]`: the comment's own line.
 * - `# gwlint-disable [rules]` … `# gwlint-enable [rules]`: from the comment to the matching
 *   enable, or to the end of the file. An enable without rules ends every open region; one with
 *   rules ends the regions of those rules.
 * - `# gwlint-disable-file [rules]`: the whole file.
 * Without rule ids a directive covers every rule.
 */
import type { SourceComment } from '../load/comments.js';
import { lineBounds, lineCount, positionAt, type Position, type SourceFile, type Span } from '../load/source.js';
import type { YNode } from '../load/tree.js';
import type { Finding } from './finding.js';
import type { FindingDescriptor } from './rule.js';

export const UNUSED_SUPPRESSION = 'unused-suppression';

/** A file's comments and document trees, as the loader produced them. */
export interface CommentedFile {
  readonly file: SourceFile;
  readonly comments: readonly SourceComment[];
  readonly roots: readonly YNode[];
}

/** Why a finding is not reported: kept with the dropped findings, with the comment's `-- reason`. */
export interface Suppression {
  readonly kind: 'inline';
  readonly justification?: string;
}

type DirectiveKind = 'disable-next-line' | 'disable-line' | 'disable-file' | 'disable' | 'enable';

interface Directive {
  readonly kind: DirectiveKind;
  /** The known rule ids it names; null: every rule. */
  readonly rules: readonly string[] | null;
  readonly unknownRules: readonly string[];
  readonly justification?: string;
  readonly span: Span;
  /** Rules it suppressed a finding of. */
  readonly usedRules: Set<string>;
  /** An enable that ended no region. */
  endsNothing?: boolean;
}

interface Cover {
  readonly directive: Directive;
  /** null: every rule the directive names (or every rule). */
  readonly rule: string | null;
  readonly start: Position;
  readonly end: Position;
}

const DIRECTIVE = /^gwlint-(disable-next-line|disable-line|disable-file|disable|enable)(?=\s|$)(.*)$/s;

export class InlineSuppressions {
  private readonly covers = new Map<string, Cover[]>();
  private readonly directives: Directive[] = [];

  constructor(files: readonly CommentedFile[], private readonly knownRules: ReadonlySet<string>) {
    for (const file of files) this.addFile(file);
  }

  /**
   * Splits findings into those still reported and those a directive covers. Findings of
   * `unused-suppression` (phase `unused`) are only suppressed by directives that name it, so an
   * unused `gwlint-disable-file` cannot hide its own report.
   */
  apply(findings: readonly Finding[], phase: 'rules' | 'unused' = 'rules'): { kept: Finding[]; suppressed: Finding[] } {
    const kept: Finding[] = [];
    const suppressed: Finding[] = [];
    for (const finding of findings) {
      let justification: string | undefined;
      let matched = false;
      for (const cover of this.covers.get(finding.file) ?? []) {
        if (!covers(cover, finding, phase)) continue;
        matched = true;
        cover.directive.usedRules.add(finding.ruleId);
        justification ??= cover.directive.justification;
      }
      if (!matched) kept.push(finding);
      else suppressed.push({ ...finding, suppression: { kind: 'inline', ...(justification !== undefined ? { justification } : {}) } });
    }
    return { kept, suppressed };
  }

  /**
   * Directives that suppressed nothing, as findings at their comment. Rules that did not run
   * (turned off) are not held against a directive, nor is `unused-suppression` itself.
   */
  unused(ran: ReadonlySet<string>): FindingDescriptor[] {
    const reports: FindingDescriptor[] = [];
    for (const directive of this.directives) {
      const name = `gwlint-${directive.kind}`;
      for (const id of directive.unknownRules) {
        reports.push({ span: directive.span, message: `Unknown rule '${id}' in this ${name} comment: it suppresses nothing ('gwlint rules' lists the rule ids).` });
      }
      if (directive.kind === 'enable') {
        if (directive.endsNothing) reports.push({ span: directive.span, message: `This ${name} comment ends no gwlint-disable region; remove it.` });
        continue;
      }
      if (directive.rules === null) {
        if (directive.usedRules.size === 0) reports.push({ span: directive.span, message: `Unused ${name} comment: no finding is reported where it applies; remove it.` });
        continue;
      }
      const unused = directive.rules.filter((id) => id !== UNUSED_SUPPRESSION && ran.has(id) && !directive.usedRules.has(id));
      if (unused.length > 0) {
        const list = unused.map((id) => `'${id}'`).join(', ');
        reports.push({ span: directive.span, message: `Unused ${name} comment for ${list}: no such finding is reported where it applies; remove ${unused.length === 1 ? 'it' : 'them'}.` });
      }
    }
    return reports;
  }

  private addFile({ file, comments, roots }: CommentedFile): void {
    const fileCovers: Cover[] = [];
    const add = (directive: Directive, rule: string | null, start: number, end: number): void => {
      fileCovers.push({ directive, rule, start: positionAt(file, start), end: positionAt(file, end) });
    };
    const addAll = (directive: Directive, start: number, end: number): void => {
      for (const rule of directive.rules ?? [null]) add(directive, rule, start, end);
    };
    const commentOffsets = new Set(comments.map((comment) => comment.offset));
    let entryEnds: Map<number, number> | undefined;
    const open: { directive: Directive; rule: string | null; start: number }[] = [];
    for (const comment of comments) {
      const directive = this.parse(file, comment);
      if (!directive) continue;
      this.directives.push(directive);
      const line = positionAt(file, comment.offset).line;
      switch (directive.kind) {
        case 'disable-file':
          addAll(directive, 0, file.text.length);
          break;
        case 'disable-line': {
          const bounds = lineBounds(file, line);
          addAll(directive, bounds.start, bounds.end);
          break;
        }
        case 'disable-next-line': {
          const next = nextCodeLine(file, line, commentOffsets);
          if (next === undefined) break;
          entryEnds ??= entryEndsByLine(file, roots);
          const bounds = lineBounds(file, next);
          addAll(directive, bounds.start, Math.max(bounds.end, entryEnds.get(next) ?? bounds.end));
          break;
        }
        case 'disable':
          for (const rule of directive.rules ?? [null]) open.push({ directive, rule, start: comment.offset });
          break;
        case 'enable': {
          const ending = open.filter((region) => directive.rules === null || (region.rule !== null && directive.rules.includes(region.rule)));
          if (ending.length === 0 && directive.unknownRules.length === 0) directive.endsNothing = true;
          for (const region of ending) {
            add(region.directive, region.rule, region.start, comment.offset);
            open.splice(open.indexOf(region), 1);
          }
          break;
        }
      }
    }
    for (const region of open) add(region.directive, region.rule, region.start, file.text.length);
    if (fileCovers.length > 0) this.covers.set(file.displayPath, fileCovers);
  }

  private parse(file: SourceFile, comment: SourceComment): Directive | undefined {
    const match = DIRECTIVE.exec(comment.source.slice(1).trim());
    if (!match) return undefined;
    const kind = match[1] as DirectiveKind;
    let rest = match[2] ?? '';
    let justification: string | undefined;
    const separator = /(?:^|\s)--(?:\s|$)/.exec(rest);
    if (separator) {
      justification = rest.slice(separator.index + separator[0].length).trim() || undefined;
      rest = rest.slice(0, separator.index);
    }
    const names = rest.split(/[\s,]+/).filter((name) => name !== '');
    const known = names.filter((name) => this.knownRules.has(name));
    return {
      kind,
      rules: names.length === 0 ? null : [...new Set(known)],
      unknownRules: names.filter((name) => !this.knownRules.has(name)),
      ...(justification !== undefined ? { justification } : {}),
      span: { file, start: comment.offset, end: comment.offset + comment.source.length },
      usedRules: new Set(),
    };
  }
}

function covers(cover: Cover, finding: Finding, phase: 'rules' | 'unused'): boolean {
  if (phase === 'unused' ? cover.rule !== UNUSED_SUPPRESSION : cover.rule !== null && cover.rule !== finding.ruleId) return false;
  if (phase === 'unused' && finding.ruleId !== UNUSED_SUPPRESSION) return false;
  const at = { line: finding.line, column: finding.column };
  return compare(cover.start, at) <= 0 && compare(at, cover.end) <= 0;
}

function compare(a: Position, b: Position): number {
  return a.line - b.line || a.column - b.column;
}

/** The first line after `line` that holds something other than blanks and a comment. */
function nextCodeLine(file: SourceFile, line: number, commentOffsets: ReadonlySet<number>): number | undefined {
  const last = lineCount(file);
  for (let next = line + 1; next <= last; next++) {
    const { start, end } = lineBounds(file, next);
    const text = file.text.slice(start, end);
    const indent = text.search(/\S/);
    if (indent === -1 || commentOffsets.has(start + indent)) continue;
    return next;
  }
  return undefined;
}

/**
 * For each line, where the outermost entry starting on it ends: a mapping pair (key and value) or a
 * sequence item. A `- name: x` line thus covers its whole route item, not the list it opens.
 */
function entryEndsByLine(file: SourceFile, roots: readonly YNode[]): Map<number, number> {
  const ends = new Map<number, number>();
  const note = (start: number, end: number): void => {
    const line = positionAt(file, start).line;
    ends.set(line, Math.max(ends.get(line) ?? end, end));
  };
  const seen = new Set<YNode>();
  const pending = [...roots];
  while (pending.length > 0) {
    const node = pending.pop()!;
    if (seen.has(node) || node.file !== file) continue;
    seen.add(node);
    if (node.kind === 'map') {
      for (const { key, value } of node.pairs) {
        if (key.file === file) note(key.start, Math.max(key.end, value.end));
        pending.push(value);
      }
    } else if (node.kind === 'seq') {
      for (const item of node.items) {
        note(item.start, item.end);
        pending.push(item);
      }
    }
  }
  return ends;
}
