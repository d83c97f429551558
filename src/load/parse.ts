/**
 * The one module that knows which YAML parser gwlint uses (`yaml-library.ts` only loads it). It
 * turns text into gwlint's own tree (`tree.ts`) and reports what it cannot parse. Replacing the
 * parser means rewriting this file (and `fast/`, which reads the common shapes of configuration
 * without it) only: schemas, the model and rules see nothing but `YNode`s and spans.
 *
 * Two paths give the same result. The `yaml` package parses any YAML and words every error, but
 * at about 1 MB/s; `fast/` reads what configuration files are made of at 10–25 MB/s and
 * declines anything else, which then takes the full path (`parseFull`).
 */
import type { Document, Node as YamlNode } from 'yaml';
import { AliasBudgetExceeded, Anchors, isEmptyRoot, makeMap, MAX_ALIAS_EXPANSION, PairCollector } from './assemble.js';
import { collectComments, type SourceComment } from './comments.js';
import { findExcessiveNesting, MAX_NESTING } from './depth.js';
import { parseFast } from './fast/parse-fast.js';
import { findJsonSyntaxError } from './json-syntax.js';
import type { SourceFile, Span } from './source.js';
import { scalarNode, seqNode, type ScalarValue, type YMap, type YNode, type YScalar, type YSeq } from './tree.js';
import { yamlLibrary } from './yaml-library.js';

export { MAX_ALIAS_EXPANSION } from './assemble.js';

export interface LoadProblem {
  readonly ruleId: 'parse-error' | 'duplicate-key';
  readonly span: Span;
  readonly message: string;
  /** Lower than the rule's own: a folder met while walking that could not be listed. */
  readonly severity?: 'warning';
  readonly related?: readonly { span: Span; message: string }[];
}

export interface ParsedDocument {
  readonly file: SourceFile;
  /** 0-based index of the document in its file. */
  readonly index: number;
  readonly root: YNode;
}

export interface ParsedFile {
  readonly file: SourceFile;
  readonly documents: ParsedDocument[];
  readonly problems: LoadProblem[];
  /**
   * For a `.json` file that YAML accepts but JSON does not (a trailing comma, a comment): the
   * caller reports it only when the file is gateway configuration, since a `tsconfig.json` with
   * comments is none of gwlint's business.
   */
  readonly strictJsonProblem?: LoadProblem;
  /**
   * The file's YAML comments in source order, for inline suppression (`# gwlint-disable…`).
   * Empty for `.json` files (JSON has no comments) and for files that never mention `gwlint-`.
   */
  readonly comments: readonly SourceComment[];
}

/**
 * The fast path first: it bounds its own nesting and declines past the limit. The full path
 * recurses without such a bound, so the text is checked for excessive nesting before it.
 */
export function parseSource(file: SourceFile): ParsedFile {
  return parseFast(file) ?? parseChecked(file);
}

function parseChecked(file: SourceFile): ParsedFile {
  const excess = findExcessiveNesting(file.text);
  if (excess) {
    const problem: LoadProblem = {
      ruleId: 'parse-error',
      span: { file, start: excess.offset, end: excess.offset + 1 },
      message: `Nesting goes deeper than ${MAX_NESTING} levels here; no gateway configuration needs that, so the file was not parsed or linted.`,
    };
    return { file, documents: [], problems: [problem], comments: [] };
  }
  return parseFull(file);
}

/** Whether a file's comments are kept: only directive comments matter downstream, and most files have none. */
export function wantsComments(file: SourceFile): boolean {
  return !isJsonFile(file) && file.text.includes('gwlint-');
}

export function isJsonFile(file: SourceFile): boolean {
  return /\.json$/i.test(file.path);
}

/**
 * The last step of both paths: a `.json` file that parsed must also be strict JSON (see
 * `checkStrictJson`).
 */
export function completeParse(
  file: SourceFile,
  documents: ParsedDocument[],
  problems: LoadProblem[],
  comments: readonly SourceComment[],
): ParsedFile {
  const parsed = !problems.some((problem) => problem.ruleId === 'parse-error');
  const strictJsonProblem = parsed && isJsonFile(file) ? checkStrictJson(file) : undefined;
  return { file, documents, problems, comments, ...(strictJsonProblem ? { strictJsonProblem } : {}) };
}

/** Any YAML, with the `yaml` package. The caller has checked the nesting depth (`depth.ts`). */
export function parseFull(file: SourceFile): ParsedFile {
  const problems: LoadProblem[] = [];
  const documents: ParsedDocument[] = [];
  const source = parserText(file.text);
  // The syntax tree is built once: its comment tokens are collected, then it is composed into documents.
  const { Composer, Parser } = yamlLibrary();
  const tokens = Array.from(new Parser().parse(source.text));
  const comments = wantsComments(file) ? collectComments(tokens).map((comment) => ({ ...comment, offset: source.original(comment.offset) })) : [];
  const composer = new Composer({ uniqueKeys: false, merge: false, keepSourceTokens: false });
  Array.from(composer.compose(tokens)).forEach((document, index) => {
    if (document.errors.length > 0) {
      for (const error of document.errors) {
        const start = source.original(error.pos[0]);
        problems.push({
          ruleId: 'parse-error',
          span: { file, start, end: Math.max(source.original(error.pos[1]), start) },
          message: `${describeYamlError(error.message)}${flowBraceHint(file.text, start)}; the document was not linted.`,
        });
      }
      return;
    }
    if (document.contents === null) return;
    try {
      const root = new TreeBuilder(file, source.original, problems).build(document);
      if (!isEmptyRoot(root)) documents.push({ file, index, root });
    } catch (error) {
      if (!(error instanceof AliasBudgetExceeded)) throw error;
      const start = source.original(document.contents.range?.[0] ?? 0);
      problems.push({
        ruleId: 'parse-error',
        span: { file, start, end: start },
        message: `Aliases in this document expand to more than ${MAX_ALIAS_EXPANSION.toLocaleString('en-US')} extra nodes (an "alias bomb"); the document was not linted.`,
      });
    }
  });
  return completeParse(file, documents, problems, comments);
}

/** The text the `yaml` package parses, and where each of its offsets is in the file. */
interface ParserText {
  readonly text: string;
  readonly original: (offset: number) => number;
}

/**
 * The `yaml` package's ranges do not always shift by one per CR LF line break (it ends a
 * multi-line implicit key a column later than with LF, and an error at a line break between the
 * CR and the LF), so a file with CR LF is parsed with LF breaks and every offset moved back past
 * the CRs before it: nodes, comments and errors sit at the same line and column whatever the line
 * endings. The reader has already made lone CRs LFs, and YAML reads every line break as LF.
 */
function parserText(text: string): ParserText {
  if (!text.includes('\r\n')) return { text, original: (offset) => offset };
  // Where each CR LF's LF is in the text without CRs.
  const breaks: number[] = [];
  for (let at = text.indexOf('\r\n'); at !== -1; at = text.indexOf('\r\n', at + 2)) breaks.push(at - breaks.length);
  return { text: text.replace(/\r\n/g, '\n'), original: (offset) => offset + countBelow(breaks, offset) };
}

/** How many of the sorted numbers are below `limit`. */
function countBelow(sorted: readonly number[], limit: number): number {
  let low = 0;
  let high = sorted.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (sorted[mid]! < limit) low = mid + 1;
    else high = mid;
  }
  return low;
}

/**
 * An error range that is a CR LF line break (or ends with its CR) would stop between the CR and
 * the LF, a column past the end of its line. Taking in the LF ends it on the next line, column 1,
 * as with LF line endings.
 */
function pastLineBreak(text: string, end: number): number {
  return end > 0 && text.charCodeAt(end - 1) === 13 && text.charCodeAt(end) === 10 ? end + 1 : end;
}

/** Drops the parser's own "at line X, column Y" suffix: gwlint reports positions itself. */
function describeYamlError(message: string): string {
  const firstLine = message.split('\n')[0] ?? message;
  return firstLine.replace(/ at line \d+, column \d+:?\s*$/, '').replace(/\.$/, '');
}

/**
 * `paths: [/v1/orders/{id}]` is the commonest YAML mistake in gateway files: inside `[ ]`, `{`
 * opens a mapping. When the failing line has a `{` right after a `/`, say so.
 */
function flowBraceHint(text: string, offset: number): string {
  const lineStart = text.lastIndexOf('\n', offset - 1) + 1;
  const lineEnd = text.indexOf('\n', offset);
  const line = text.slice(lineStart, lineEnd === -1 ? undefined : lineEnd);
  return /\[[^\]'"]*\/\{/.test(line) ? ` (inside [ ], '{' starts a mapping: quote paths with parameters, e.g. ["/v1/orders/{id}"])` : '';
}

/**
 * YAML accepts things JSON does not (trailing commas, comments, single quotes); a gateway reading
 * the file as JSON rejects them, so a `.json` file must also be valid JSON.
 */
function checkStrictJson(file: SourceFile): LoadProblem | undefined {
  // The engine's parser accepts exactly strict JSON and is many times faster than our scanner,
  // which is only needed to say where and why a file is not JSON.
  try {
    JSON.parse(file.text);
    return undefined;
  } catch {
    // Reported below.
  }
  const error = findJsonSyntaxError(file.text);
  if (!error) return undefined;
  return {
    ruleId: 'parse-error',
    span: { file, start: error.offset, end: pastLineBreak(file.text, Math.min(error.offset + 1, file.text.length)) },
    message: `Invalid JSON: ${error.reason}; gateways reading this file as JSON will reject it.`,
  };
}

/** Where a range ends without the white space the parser's ranges take in after a node. */
function trimmedEnd(text: string, start: number, end: number): number {
  let e = end;
  while (e > start) {
    const c = text.charCodeAt(e - 1);
    if (c === 32 || c === 9 || c === 10 || c === 13) e--;
    else break;
  }
  return e;
}

/** Converts one composed `yaml` document into gwlint's tree. */
class TreeBuilder {
  private readonly anchors: Anchors;
  private readonly yaml = yamlLibrary();

  constructor(
    private readonly file: SourceFile,
    /** Where an offset of the parsed text is in the file (see `parserText`). */
    private readonly original: (offset: number) => number,
    private readonly problems: LoadProblem[],
  ) {
    this.anchors = new Anchors(file);
  }

  build(document: Document.Parsed): YNode {
    return this.convert(document.contents as YamlNode);
  }

  private span(node: { range?: [number, number, number] | null }): { start: number; end: number } {
    const range = node.range;
    if (!range) return { start: 0, end: 0 };
    const start = this.original(range[0]);
    return { start, end: trimmedEnd(this.file.text, start, this.original(range[1])) };
  }

  private convert(node: YamlNode | null | undefined, fallbackOffset = 0): YNode {
    if (node === null || node === undefined) return scalarNode(null, this.file, fallbackOffset, fallbackOffset, undefined);
    if (this.yaml.isAlias(node)) {
      const { start, end } = this.span(node);
      return this.anchors.resolve(node.source, start, end);
    }
    let converted: YNode;
    if (this.yaml.isMap(node)) converted = this.convertMap(node);
    else if (this.yaml.isSeq(node)) converted = this.convertSeq(node);
    else if (this.yaml.isScalar(node)) converted = this.scalar(toScalarValue(node.value), this.span(node), node.tag);
    else converted = this.scalar(null, this.span(node as { range?: [number, number, number] }), undefined);
    if (node.anchor) this.anchors.define(node.anchor, converted);
    return converted;
  }

  private scalar(value: ScalarValue, range: { start: number; end: number }, tag: string | undefined): YScalar {
    return scalarNode(value, this.file, range.start, range.end, tag);
  }

  private convertSeq(node: YamlNode & { items: unknown[]; tag?: string; flow?: boolean }): YSeq {
    const items = node.items.map((item) => this.convert(item as YamlNode));
    const span = this.collectionSpan(node, items[items.length - 1]?.end);
    return seqNode(items, this.file, span.start, span.end, node.tag);
  }

  /**
   * A block collection ends where its last entry ends: the parser's range also takes in a comment
   * after it. A flow collection ends at its closing bracket, which the range has right.
   */
  private collectionSpan(node: YamlNode & { flow?: boolean }, lastEntryEnd: number | undefined): { start: number; end: number } {
    const span = this.span(node);
    if (node.flow || lastEntryEnd === undefined || lastEntryEnd <= span.start) return span;
    return { start: span.start, end: Math.min(span.end, lastEntryEnd) };
  }

  private convertMap(node: YamlNode & { items: unknown[]; tag?: string; flow?: boolean }): YMap {
    let lastEntryEnd: number | undefined;
    const entries = new PairCollector(this.file, this.problems);
    for (const item of node.items) {
      if (!this.yaml.isPair(item)) continue;
      const key = this.convertKey(item.key as YamlNode | null);
      const value = this.convert(item.value as YamlNode | null, key.end);
      lastEntryEnd = Math.max(key.end, value.end);
      const mergeKey = key.value === '<<' && key.tag === undefined && this.yaml.isScalar(item.key) && item.key.type === 'PLAIN';
      entries.add(String(key.value), key.start, key.end, key.tag, value, mergeKey);
    }
    const span = this.collectionSpan(node, lastEntryEnd);
    return makeMap(this.file, entries, span.start, span.end, node.tag);
  }

  private convertKey(key: YamlNode | null): YScalar {
    if (key === null) return this.scalar('', { start: 0, end: 0 }, undefined);
    if (this.yaml.isScalar(key)) {
      const value = key.value === null ? '' : String(key.value);
      return this.scalar(value, this.span(key), key.tag);
    }
    const range = this.span(key as { range?: [number, number, number] });
    return this.scalar(this.file.text.slice(range.start, range.end), range, undefined);
  }
}

function toScalarValue(value: unknown): ScalarValue {
  if (value === null || value === undefined) return null;
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') return value;
  if (typeof value === 'bigint') return Number(value);
  if (value instanceof Date) return value.toISOString();
  return String(value);
}
