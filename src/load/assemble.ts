/**
 * What a YAML document means once parsed, shared by both parse paths (`parse.ts` with the `yaml`
 * package, `fast/` with gwlint's own scanner) so they cannot drift apart: node shapes, anchors
 * and aliases with their expansion budget, and mapping entries with duplicate keys (last wins,
 * reported) and merge keys (`<<`).
 */
import type { LoadProblem } from './parse.js';
import { positionAt, type SourceFile, type Span } from './source.js';
import { YPair, type ScalarValue, type YMap, type YNode, type YScalar, type YSeq } from './tree.js';

/** Aliases may add at most this many nodes beyond what is written in the file (billion-laughs guard). */
export const MAX_ALIAS_EXPANSION = 100_000;

export class AliasBudgetExceeded extends Error {}

export function makeScalar(file: SourceFile, value: ScalarValue, start: number, end: number, tag: string | undefined): YScalar {
  return tag ? { kind: 'scalar', value, file, start, end, tag } : { kind: 'scalar', value, file, start, end };
}

export function makeSeq(file: SourceFile, items: YNode[], start: number, end: number, tag: string | undefined): YSeq {
  return tag ? { kind: 'seq', items, file, start, end, tag } : { kind: 'seq', items, file, start, end };
}

export function makeMap(file: SourceFile, pairs: YPair[], start: number, end: number, tag: string | undefined): YMap {
  return tag ? { kind: 'map', pairs, file, start, end, tag } : { kind: 'map', pairs, file, start, end };
}

/** Anchors of one document and the aliases that refer to them. */
export class Anchors {
  private readonly nodes = new Map<string, YNode>();
  /** Expanded sizes of alias targets only: most documents have none, so no per-node bookkeeping. */
  private readonly targetWeights = new Map<YNode, number>();
  private expanded = 0;

  constructor(private readonly file: SourceFile) {}

  define(name: string, node: YNode): void {
    this.nodes.set(name, node);
  }

  /** Throws `AliasBudgetExceeded` once the document's aliases stand for too many nodes. */
  resolve(name: string, start: number, end: number): YNode {
    const target = this.nodes.get(name);
    if (!target) {
      // An alias to an anchor that is not (yet) complete: a recursive alias. Keep it as text.
      return makeScalar(this.file, `*${name}`, start, end, undefined);
    }
    this.expanded += this.weightOf(target);
    if (this.expanded > MAX_ALIAS_EXPANSION) throw new AliasBudgetExceeded();
    // The alias keeps its own position (a route repeated with `- *base` is reported where it is
    // repeated); its contents stay shared with the anchor.
    return { ...target, start, end };
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
}

/** Small mappings (nearly all) find duplicate keys by a linear scan; larger ones build an index. */
const INDEX_FROM = 12;

/** The entries of one mapping, in source order, as they are read. */
export class PairCollector {
  readonly pairs: YPair[] = [];
  private index: Map<string, number> | undefined;
  private merges: YNode[] | undefined;

  constructor(private readonly problems: LoadProblem[]) {}

  /**
   * The entry whose key is `keyText`, written at `[keyStart, keyEnd)` with tag `keyTag`.
   * `mergeKey`: the key is a plain, untagged `<<`, so the value's entries are merged in.
   */
  add(keyText: string, keyStart: number, keyEnd: number, keyTag: string | undefined, value: YNode, mergeKey: boolean): void {
    if (mergeKey) {
      (this.merges ??= []).push(value);
      return;
    }
    const pair = new YPair(keyText, keyStart, keyEnd, value, keyTag);
    const previous = this.find(keyText);
    if (previous !== -1) {
      const first = this.pairs[previous]!;
      this.problems.push({
        ruleId: 'duplicate-key',
        span: pair.key,
        message: `Duplicate key '${keyText}': it is also defined at line ${lineOf(first.key)}. Parsers disagree on which value wins (most keep the last, some reject the file), so the gateway may not see the value you expect.`,
        related: [{ span: first.key, message: `first '${keyText}'` }],
      });
      this.pairs[previous] = pair;
    } else {
      this.push(pair, keyText);
    }
  }

  /** The entries, merge sources applied: explicit keys win, then earlier merge sources. */
  finish(): YPair[] {
    for (const source of this.merges ?? []) {
      const sources = source.kind === 'seq' ? source.items : [source];
      for (const item of sources) {
        if (item.kind !== 'map') continue;
        for (const pair of item.pairs) {
          if (this.find(pair.keyText) === -1) this.push(pair, pair.keyText);
        }
      }
    }
    return this.pairs.slice();
  }

  private find(keyText: string): number {
    if (this.index) return this.index.get(keyText) ?? -1;
    const pairs = this.pairs;
    // Keys are always text (see `convertKey`), so comparing values is comparing their text.
    for (let i = 0; i < pairs.length; i++) if (pairs[i]!.keyText === keyText) return i;
    return -1;
  }

  private push(pair: YPair, keyText: string): void {
    const pairs = this.pairs;
    pairs.push(pair);
    if (this.index) this.index.set(keyText, pairs.length - 1);
    else if (pairs.length >= INDEX_FROM) {
      this.index = new Map();
      for (let i = 0; i < pairs.length; i++) this.index.set(pairs[i]!.keyText, i);
    }
  }
}

function lineOf(span: Span): number {
  return positionAt(span.file, span.start).line;
}

/** A document whose root is an untagged null (`~`, or nothing but comments) has nothing to lint. */
export function isEmptyRoot(root: YNode): boolean {
  return root.kind === 'scalar' && root.value === null && root.tag === undefined;
}
