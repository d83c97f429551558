/**
 * The one module that knows which YAML parser gwlint uses. It turns text into gwlint's own tree
 * (`tree.ts`) and reports what it cannot parse. Replacing the parser means rewriting this file
 * only: schemas, the model and rules see nothing but `YNode`s and spans.
 */
import {
  Alias,
  isAlias,
  isMap as isYamlMap,
  isPair,
  isScalar as isYamlScalar,
  isSeq as isYamlSeq,
  Composer,
  Parser,
  type Document,
  type Node as YamlNode,
} from 'yaml';
import { collectComments, type SourceComment } from './comments.js';
import { findExcessiveNesting, MAX_NESTING } from './depth.js';
import { findJsonSyntaxError } from './json-syntax.js';
import { positionAt, type SourceFile, type Span } from './source.js';
import type { ScalarValue, YMap, YNode, YPair, YScalar, YSeq } from './tree.js';

/** Aliases may add at most this many nodes beyond what is written in the file (billion-laughs guard). */
export const MAX_ALIAS_EXPANSION = 100_000;

export interface LoadProblem {
  readonly ruleId: 'parse-error' | 'duplicate-key';
  readonly span: Span;
  readonly message: string;
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

class AliasBudgetExceeded extends Error {}

export function parseSource(file: SourceFile): ParsedFile {
  const problems: LoadProblem[] = [];
  const documents: ParsedDocument[] = [];
  const excess = findExcessiveNesting(file.text);
  if (excess) {
    problems.push({
      ruleId: 'parse-error',
      span: { file, start: excess.offset, end: excess.offset + 1 },
      message: `Nesting goes deeper than ${MAX_NESTING} levels here; no gateway configuration needs that, so the file was not parsed or linted.`,
    });
    return { file, documents, problems, comments: [] };
  }
  // The syntax tree is built once: its comment tokens are collected, then it is composed into documents.
  const tokens = Array.from(new Parser().parse(file.text));
  const isJson = /\.json$/i.test(file.path);
  // Only directive comments matter downstream; most files have none, so skip the walk then.
  const comments = isJson || !file.text.includes('gwlint-') ? [] : collectComments(tokens);
  const composer = new Composer({ uniqueKeys: false, merge: false, keepSourceTokens: false });
  const list = Array.from(composer.compose(tokens));
  list.forEach((document, index) => {
    if (document.errors.length > 0) {
      for (const error of document.errors) {
        const [start, end] = error.pos;
        problems.push({
          ruleId: 'parse-error',
          span: { file, start, end: Math.max(end, start) },
          message: `${describeYamlError(error.message)}${flowBraceHint(file.text, start)}; the document was not linted.`,
        });
      }
      return;
    }
    if (document.contents === null) return;
    try {
      const root = new TreeBuilder(file, problems).build(document);
      const empty = root.kind === 'scalar' && root.value === null && root.tag === undefined;
      if (!empty) documents.push({ file, index, root });
    } catch (error) {
      if (!(error instanceof AliasBudgetExceeded)) throw error;
      const start = document.contents.range?.[0] ?? 0;
      problems.push({
        ruleId: 'parse-error',
        span: { file, start, end: start },
        message: `Aliases in this document expand to more than ${MAX_ALIAS_EXPANSION.toLocaleString('en-US')} extra nodes (an "alias bomb"); the document was not linted.`,
      });
    }
  });
  const parsed = !problems.some((problem) => problem.ruleId === 'parse-error');
  const strictJsonProblem = parsed && isJson ? checkStrictJson(file) : undefined;
  return { file, documents, problems, comments, ...(strictJsonProblem ? { strictJsonProblem } : {}) };
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
  const error = findJsonSyntaxError(file.text);
  if (!error) return undefined;
  return {
    ruleId: 'parse-error',
    span: { file, start: error.offset, end: Math.min(error.offset + 1, file.text.length) },
    message: `Invalid JSON: ${error.reason}; gateways reading this file as JSON will reject it.`,
  };
}

function trimmedEnd(text: string, start: number, end: number): number {
  let e = end;
  while (e > start) {
    const c = text.charCodeAt(e - 1);
    if (c === 32 || c === 9 || c === 10 || c === 13) e--;
    else break;
  }
  return e;
}

class TreeBuilder {
  private readonly anchors = new Map<string, YNode>();
  /** Expanded sizes of alias targets only: most documents have none, so no per-node bookkeeping. */
  private readonly targetWeights = new Map<YNode, number>();
  private expanded = 0;

  constructor(
    private readonly file: SourceFile,
    private readonly problems: LoadProblem[],
  ) {}

  build(document: Document.Parsed): YNode {
    return this.convert(document.contents as YamlNode);
  }

  private span(node: { range?: [number, number, number] | null }): { start: number; end: number } {
    const range = node.range;
    if (!range) return { start: 0, end: 0 };
    return { start: range[0], end: trimmedEnd(this.file.text, range[0], range[1]) };
  }

  private convert(node: YamlNode | null | undefined, fallbackOffset = 0): YNode {
    if (node === null || node === undefined) {
      return this.scalar(null, { start: fallbackOffset, end: fallbackOffset }, undefined);
    }
    if (isAlias(node)) return this.resolveAlias(node);
    let converted: YNode;
    if (isYamlMap(node)) converted = this.convertMap(node);
    else if (isYamlSeq(node)) converted = this.convertSeq(node);
    else if (isYamlScalar(node)) converted = this.scalar(toScalarValue(node.value), this.span(node), node.tag);
    else converted = this.scalar(null, this.span(node as { range?: [number, number, number] }), undefined);
    if (node.anchor) this.anchors.set(node.anchor, converted);
    return converted;
  }

  private scalar(value: ScalarValue, range: { start: number; end: number }, tag: string | undefined): YScalar {
    return { kind: 'scalar', value, file: this.file, ...range, ...(tag ? { tag } : {}) };
  }

  private resolveAlias(alias: Alias): YNode {
    const target = this.anchors.get(alias.source);
    if (!target) {
      // An alias to an anchor that is not (yet) complete: a recursive alias. Keep it as text.
      return this.scalar(`*${alias.source}`, this.span(alias), undefined);
    }
    this.expanded += this.weightOf(target);
    if (this.expanded > MAX_ALIAS_EXPANSION) throw new AliasBudgetExceeded();
    // The alias keeps its own position (a route repeated with `- *base` is reported where it is
    // repeated); its contents stay shared with the anchor.
    return { ...target, ...this.span(alias) };
  }

  /**
   * How many nodes a target stands for once its own aliases are expanded. Nested targets were
   * measured when their aliases were resolved, so each level costs its direct size only; counting
   * stops past the budget.
   */
  private weightOf(node: YNode): number {
    const known = this.targetWeights.get(node);
    if (known !== undefined) return known;
    let weight = 1;
    const children = node.kind === 'map' ? node.pairs.map((pair) => pair.value) : node.kind === 'seq' ? node.items : [];
    for (const child of children) {
      weight += 1 + this.weightOf(child);
      if (weight > MAX_ALIAS_EXPANSION) break;
    }
    this.targetWeights.set(node, weight);
    return weight;
  }

  private convertSeq(node: YamlNode & { items: unknown[]; tag?: string; flow?: boolean }): YSeq {
    const items = node.items.map((item) => this.convert(item as YamlNode));
    const span = this.collectionSpan(node, items[items.length - 1]?.end);
    return { kind: 'seq', items, file: this.file, ...span, ...(node.tag ? { tag: node.tag } : {}) };
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
    const byKey = new Map<string, number>();
    const pairs: YPair[] = [];
    const merges: YNode[] = [];
    for (const item of node.items) {
      if (!isPair(item)) continue;
      const key = this.convertKey(item.key as YamlNode | null);
      const valueFallback = key.end;
      const value = this.convert(item.value as YamlNode | null, valueFallback);
      lastEntryEnd = Math.max(key.end, value.end);
      const keyText = String(key.value);
      if (keyText === '<<' && key.tag === undefined && isYamlScalar(item.key) && item.key.type === 'PLAIN') {
        merges.push(value);
        continue;
      }
      const previous = byKey.get(keyText);
      if (previous !== undefined) {
        const first = pairs[previous]!;
        this.problems.push({
          ruleId: 'duplicate-key',
          span: key,
          message: `Duplicate key '${keyText}': it is also defined at line ${lineOf(first.key)}. Parsers disagree on which value wins (most keep the last, some reject the file), so the gateway may not see the value you expect.`,
          related: [{ span: first.key, message: `first '${keyText}'` }],
        });
        pairs[previous] = { key, value };
      } else {
        byKey.set(keyText, pairs.length);
        pairs.push({ key, value });
      }
    }
    for (const source of merges) this.mergeInto(pairs, byKey, source);
    return { kind: 'map', pairs, file: this.file, ...this.collectionSpan(node, lastEntryEnd), ...(node.tag ? { tag: node.tag } : {}) };
  }

  /** YAML merge keys (`<<: *defaults`): explicit keys win, then earlier merge sources. */
  private mergeInto(pairs: YPair[], byKey: Map<string, number>, source: YNode): void {
    const sources = source.kind === 'seq' ? source.items : [source];
    for (const item of sources) {
      if (item.kind !== 'map') continue;
      for (const pair of item.pairs) {
        const keyText = String(pair.key.value);
        if (byKey.has(keyText)) continue;
        byKey.set(keyText, pairs.length);
        pairs.push(pair);
      }
    }
  }

  private convertKey(key: YamlNode | null): YScalar {
    if (key === null) return this.scalar('', { start: 0, end: 0 }, undefined);
    if (isYamlScalar(key)) {
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

function lineOf(span: Span): number {
  return positionAt(span.file, span.start).line;
}
