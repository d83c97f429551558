/**
 * What a YAML document means once parsed, shared by both parse paths (`parse.ts` with the `yaml`
 * package, `fast/` with gwlint's own scanner) so they cannot drift apart: node shapes, anchors
 * and aliases with their expansion budget, and mapping entries with duplicate keys (last wins,
 * reported) and merge keys (`<<`).
 */
import type { LoadProblem } from './parse.js';
import { positionAt, type SourceFile, type Span } from './source.js';
import { ENTRY_SLOTS, entryIndex, KEY_END, KEY_START, KEY_TEXT, markAliasShared, scalarNode, seqNode, VALUE, YMap, type YNode } from './tree.js';

/** Aliases may add at most this many nodes beyond what is written in the file (billion-laughs guard). */
export const MAX_ALIAS_EXPANSION = 100_000;

export class AliasBudgetExceeded extends Error {}

/** A mapping of the entries `collector` has gathered (see `PairCollector.finish`). */
export function makeMap(file: SourceFile, collector: PairCollector, start: number, end: number, tag: string | undefined): YMap {
  const entries = collector.finish();
  return new YMap(file, entries, start, end, tag, collector.keyTags);
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
      return scalarNode(`*${name}`, this.file, start, end, undefined);
    }
    this.expanded += this.weightOf(target);
    if (this.expanded > MAX_ALIAS_EXPANSION) throw new AliasBudgetExceeded();
    // The alias keeps its own position (a route repeated with `- *base` is reported where it is
    // repeated); its contents stay shared with the anchor.
    if (target.kind === 'map') {
      markAliasShared(target.entries);
      return new YMap(target.file, target.entries, start, end, target.tag, target.keyTags);
    }
    if (target.kind === 'seq') {
      markAliasShared(target.items);
      return seqNode(target.items, target.file, start, end, target.tag);
    }
    return scalarNode(target.value, target.file, start, end, target.tag);
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
    const children = node.kind === 'map' ? Array.from({ length: node.size }, (_, index) => node.valueAt(index)) : node.kind === 'seq' ? node.items : [];
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

/**
 * The entries of one mapping, in source order, as they are read. A collector can be used again
 * for the next mapping (`reset`): the fast path keeps one per nesting depth, so its slots, grown
 * to the largest mapping seen, are not made anew for every mapping.
 */
export class PairCollector {
  /** `YMap.entries`' layout; `used` of them belong to the current mapping. */
  private readonly slots: (string | number | YNode)[] = [];
  private used = 0;
  private tags: Map<number, string> | undefined;
  private index: Map<string, number> | undefined;
  private merges: YNode[] | undefined;

  constructor(
    private readonly file: SourceFile,
    private readonly problems: LoadProblem[],
  ) {}

  /** Empty, ready for the next mapping. */
  reset(): this {
    this.used = 0;
    this.tags = undefined;
    this.index = undefined;
    this.merges = undefined;
    return this;
  }

  /** Tags written on keys, by entry index, once `finish` has run; undefined when no key has one. */
  get keyTags(): ReadonlyMap<number, string> | undefined {
    return this.tags;
  }

  /**
   * The entry whose key is `keyText`, written at `[keyStart, keyEnd)` with tag `keyTag`.
   * `mergeKey`: the key is a plain, untagged `<<`, so the value's entries are merged in.
   */
  add(keyText: string, keyStart: number, keyEnd: number, keyTag: string | undefined, value: YNode, mergeKey: boolean): void {
    if (mergeKey) {
      (this.merges ??= []).push(value);
      return;
    }
    const previous = this.find(keyText);
    if (previous === -1) {
      this.push(keyText, value, keyStart, keyEnd, keyTag);
      return;
    }
    const slot = previous * ENTRY_SLOTS;
    const first: Span = { file: this.file, start: this.slots[slot + KEY_START] as number, end: this.slots[slot + KEY_END] as number };
    this.problems.push({
      ruleId: 'duplicate-key',
      span: { file: this.file, start: keyStart, end: keyEnd },
      message: `Duplicate key '${keyText}': it is also defined at line ${lineOf(first)}. Parsers disagree on which value wins (most keep the last, some reject the file), so the gateway may not see the value you expect.`,
      related: [{ span: first, message: `first '${keyText}'` }],
    });
    // The last value wins, in the first key's place.
    this.slots[slot + VALUE] = value;
    this.slots[slot + KEY_START] = keyStart;
    this.slots[slot + KEY_END] = keyEnd;
    this.setKeyTag(previous, keyTag);
  }

  /** The entries, merge sources applied (explicit keys win, then earlier merge sources), in a list of their own. */
  finish(): (string | number | YNode)[] {
    if (this.merges) {
      for (const source of this.merges) {
        const sources = source.kind === 'seq' ? source.items : [source];
        for (const item of sources) {
          if (item.kind !== 'map') continue;
          for (let i = 0; i < item.size; i++) {
            const keyText = item.keyTextAt(i);
            if (this.find(keyText) === -1) this.push(keyText, item.valueAt(i), item.keyStartAt(i), item.keyEndAt(i), item.keyTags?.get(i));
          }
        }
      }
    }
    return this.slots.slice(0, this.used);
  }

  private find(keyText: string): number {
    // Keys are always text (see `convertKey`), so comparing values is comparing their text.
    return this.index ? (this.index.get(keyText) ?? -1) : entryIndex(this.slots, keyText, this.used);
  }

  private push(keyText: string, value: YNode, keyStart: number, keyEnd: number, keyTag: string | undefined): void {
    const slots = this.slots;
    const at = this.used;
    const index = at / ENTRY_SLOTS;
    slots[at + KEY_TEXT] = keyText;
    slots[at + VALUE] = value;
    slots[at + KEY_START] = keyStart;
    slots[at + KEY_END] = keyEnd;
    this.used = at + ENTRY_SLOTS;
    this.setKeyTag(index, keyTag);
    if (this.index) this.index.set(keyText, index);
    else if (index + 1 >= INDEX_FROM) {
      this.index = new Map();
      for (let i = 0; i <= index; i++) this.index.set(slots[i * ENTRY_SLOTS + KEY_TEXT] as string, i);
    }
  }

  private setKeyTag(index: number, keyTag: string | undefined): void {
    if (keyTag) (this.tags ??= new Map()).set(index, keyTag);
    else this.tags?.delete(index);
  }
}

function lineOf(span: Span): number {
  return positionAt(span.file, span.start).line;
}

/** A document whose root is an untagged null (`~`, or nothing but comments) has nothing to lint. */
export function isEmptyRoot(root: YNode): boolean {
  return root.kind === 'scalar' && root.value === null && root.tag === undefined;
}
