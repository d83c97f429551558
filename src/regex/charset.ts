export const MAX_CODE_POINT = 0x10ffff;
export const NEWLINE = 0x0a;

/** A set of code points, kept as sorted, disjoint, non-adjacent inclusive ranges. */
export class CharSet {
  /** [lo0, hi0, lo1, hi1, ...] */
  readonly ranges: readonly number[];
  private readonly ascii = new Uint32Array(4);

  private constructor(ranges: readonly number[]) {
    this.ranges = ranges;
    for (let r = 0; r < ranges.length; r += 2) {
      for (let c = ranges[r]!; c <= Math.min(ranges[r + 1]!, 0x7f); c++) this.ascii[c >> 5]! |= 1 << (c & 31);
    }
  }

  /** Builds a set from unsorted, possibly overlapping [lo, hi] pairs. */
  static of(pairs: readonly (readonly [number, number])[]): CharSet {
    const sorted = [...pairs].sort((a, b) => a[0] - b[0]);
    const ranges: number[] = [];
    for (const [lo, hi] of sorted) {
      const last = ranges.length - 1;
      if (last > 0 && lo <= ranges[last]! + 1) ranges[last] = Math.max(ranges[last]!, hi);
      else ranges.push(lo, hi);
    }
    return new CharSet(ranges);
  }

  static char(c: number): CharSet {
    return new CharSet([c, c]);
  }

  has(c: number): boolean {
    if (c < 0x80) return (this.ascii[c >> 5]! & (1 << (c & 31))) !== 0;
    const r = this.ranges;
    let lo = 0;
    let hi = r.length / 2 - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (c < r[2 * mid]!) hi = mid - 1;
      else if (c > r[2 * mid + 1]!) lo = mid + 1;
      else return true;
    }
    return false;
  }

  pairs(): [number, number][] {
    const out: [number, number][] = [];
    for (let r = 0; r < this.ranges.length; r += 2) out.push([this.ranges[r]!, this.ranges[r + 1]!]);
    return out;
  }

  union(other: CharSet): CharSet {
    return CharSet.of([...this.pairs(), ...other.pairs()]);
  }

  negate(): CharSet {
    const out: [number, number][] = [];
    let next = 0;
    for (const [lo, hi] of this.pairs()) {
      if (lo > next) out.push([next, lo - 1]);
      next = hi + 1;
    }
    if (next <= MAX_CODE_POINT) out.push([next, MAX_CODE_POINT]);
    return CharSet.of(out);
  }

  /** Adds the other case of every ASCII letter in the set (case folding beyond ASCII is not modelled). */
  foldAsciiCase(): CharSet {
    const extra: [number, number][] = [];
    for (const [lo, hi] of this.pairs()) {
      for (const [from, to, shift] of [[0x41, 0x5a, 0x20], [0x61, 0x7a, -0x20]] as const) {
        const a = Math.max(lo, from);
        const b = Math.min(hi, to);
        if (a <= b) extra.push([a + shift, b + shift]);
      }
    }
    return extra.length === 0 ? this : CharSet.of([...this.pairs(), ...extra]);
  }
}

const set = (...pairs: [number, number][]): CharSet => CharSet.of(pairs);
const code = (ch: string): number => ch.codePointAt(0)!;
const span = (from: string, to: string): [number, number] => [code(from), code(to)];

export const DIGIT = set(span('0', '9'));
export const WORD = set(span('0', '9'), span('A', 'Z'), span('a', 'z'), span('_', '_'));
/** PCRE `\s` (since 8.34 it includes VT); RE2 `\s` is `[\t\n\f\r ]`, without VT. */
export const SPACE_PCRE = set([0x09, 0x0d], [0x20, 0x20]);
export const SPACE_RE2 = set([0x09, 0x0a], [0x0c, 0x0d], [0x20, 0x20]);
export const ANY = set([0, MAX_CODE_POINT]);
export const ANY_BUT_NEWLINE = CharSet.char(NEWLINE).negate();

export function isWordChar(c: number): boolean {
  return c >= 0 && WORD.has(c);
}

/** POSIX bracket classes (`[[:alpha:]]`), ASCII as in PCRE without UCP and in RE2. */
export const POSIX_CLASSES: ReadonlyMap<string, CharSet> = new Map([
  ['alnum', set(span('0', '9'), span('A', 'Z'), span('a', 'z'))],
  ['alpha', set(span('A', 'Z'), span('a', 'z'))],
  ['ascii', set([0, 0x7f])],
  ['blank', set([0x09, 0x09], [0x20, 0x20])],
  ['cntrl', set([0, 0x1f], [0x7f, 0x7f])],
  ['digit', DIGIT],
  ['graph', set([0x21, 0x7e])],
  ['lower', set(span('a', 'z'))],
  ['print', set([0x20, 0x7e])],
  ['punct', set([0x21, 0x2f], [0x3a, 0x40], [0x5b, 0x60], [0x7b, 0x7e])],
  ['space', set([0x09, 0x0d], [0x20, 0x20])],
  ['upper', set(span('A', 'Z'))],
  ['word', WORD],
  ['xdigit', set(span('0', '9'), span('A', 'F'), span('a', 'f'))],
]);
