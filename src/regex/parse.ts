import type { Assertion, Node } from './ast.js';
import { ANY, ANY_BUT_NEWLINE, CharSet, DIGIT, MAX_CODE_POINT, POSIX_CLASSES, SPACE_PCRE, SPACE_RE2, WORD } from './charset.js';

export type RegexFlavor = 'pcre' | 're2';
export type ErrorKind = 'syntax' | 'unsupported';

export type ParseResult =
  | { readonly ok: true; readonly node: Node }
  | { readonly ok: false; readonly kind: ErrorKind; readonly reason: string; readonly index: number };

export const MAX_PATTERN_LENGTH = 4096;
export const MAX_NESTING = 100;
const MAX_COUNT: Readonly<Record<RegexFlavor, number>> = { pcre: 65535, re2: 1000 };

interface Flags {
  readonly caseless: boolean;
  readonly dotAll: boolean;
  readonly multiline: boolean;
}

class ParseError {
  constructor(
    readonly kind: ErrorKind,
    readonly reason: string,
    readonly index: number,
  ) {}
}

type Atom =
  | { readonly kind: 'node'; readonly node: Node }
  | { readonly kind: 'assertion'; readonly node: Node }
  | { readonly kind: 'flags'; readonly flags: Flags }
  /** `\Q…\E` text, a stray PCRE `\E` (no characters) or a PCRE comment (no characters). */
  | { readonly kind: 'literals'; readonly nodes: readonly Node[] };

type Escaped =
  | { readonly kind: 'char'; readonly cp: number }
  | { readonly kind: 'set'; readonly set: CharSet }
  | { readonly kind: 'assertion'; readonly assertion: Assertion }
  | { readonly kind: 'text'; readonly text: string };

/** What precedes a quantifier, which decides whether the quantifier is valid. */
type Last = 'none' | 'atom' | 'assertion' | 'quantifier' | 'transparent';

export function parse(source: string, flavor: RegexFlavor): ParseResult {
  if (source.length > MAX_PATTERN_LENGTH) {
    return { ok: false, kind: 'unsupported', reason: `the pattern is longer than ${MAX_PATTERN_LENGTH} characters`, index: 0 };
  }
  try {
    return { ok: true, node: new Parser(source, flavor).parseAll() };
  } catch (error) {
    if (error instanceof ParseError) return { ok: false, kind: error.kind, reason: error.reason, index: error.index };
    throw error;
  }
}

const syntax = (reason: string, index: number): ParseError => new ParseError('syntax', reason, index);
const unsupported = (reason: string, index: number): ParseError => new ParseError('unsupported', reason, index);

function concat(items: readonly Node[]): Node {
  if (items.length === 0) return { type: 'empty' };
  return items.length === 1 ? items[0]! : { type: 'concat', items };
}

class Parser {
  private pos = 0;
  private depth = 0;
  private readonly names = new Set<string>();

  constructor(
    private readonly src: string,
    private readonly flavor: RegexFlavor,
  ) {}

  parseAll(): Node {
    const node = this.alternation({ caseless: false, dotAll: false, multiline: false });
    if (this.pos < this.src.length) throw syntax("unmatched ')'", this.pos);
    return node;
  }

  /** Reads branches up to a `)` (not consumed) or the end of the pattern. */
  private alternation(initial: Flags): Node {
    // `(?i)` changes the flags for the rest of the enclosing group, across later branches too.
    let flags = initial;
    const branches: Node[] = [];
    let items: Node[] = [];
    let last: Last = 'none';
    while (this.pos < this.src.length) {
      const ch = this.src[this.pos]!;
      if (ch === ')') break;
      if (ch === '|') {
        branches.push(concat(items));
        items = [];
        last = 'none';
        this.pos++;
        continue;
      }
      const start = this.pos;
      const counts = this.quantifier();
      if (counts !== undefined) {
        this.checkRepeatable(last, start);
        this.checkCounts(counts, start);
        this.quantifierSuffix();
        const repeat: Node = { type: 'repeat', item: items[items.length - 1]!, ...counts };
        // RE2 also refuses nested counts whose product is above 1000 ("bad repetition operator").
        if (this.flavor === 're2' && repeatProduct(repeat) > MAX_COUNT.re2) {
          throw unsupported(`RE2 rejects nested repetition counts whose product is above ${MAX_COUNT.re2}`, start);
        }
        items[items.length - 1] = repeat;
        last = 'quantifier';
        continue;
      }
      const atom = this.atom(flags);
      switch (atom.kind) {
        case 'node':
          items.push(atom.node);
          last = 'atom';
          break;
        case 'assertion':
          items.push(atom.node);
          last = 'assertion';
          break;
        case 'flags':
          flags = atom.flags;
          last = 'transparent';
          break;
        case 'literals':
          items.push(...atom.nodes);
          last = atom.nodes.length > 0 ? 'atom' : 'transparent';
          break;
      }
    }
    branches.push(concat(items));
    return branches.length === 1 ? branches[0]! : { type: 'alt', items: branches };
  }

  /** Consumes a quantifier (not its lazy/possessive suffix) if one starts here. */
  private quantifier(): { min: number; max: number } | undefined {
    const ch = this.src[this.pos];
    if (ch === '*' || ch === '+' || ch === '?') {
      this.pos++;
      return { min: ch === '+' ? 1 : 0, max: ch === '?' ? 1 : Infinity };
    }
    if (ch !== '{') return undefined;
    const close = this.src.indexOf('}', this.pos);
    if (close < 0) return undefined;
    const body = this.src.slice(this.pos + 1, close);
    const match = /^(\d+)(,(\d*))?$/.exec(body);
    if (match === null) {
      // Both flavours read a `{` that does not start `{n}`, `{n,}` or `{n,m}` as a literal, but
      // PCRE2 10.43 also accepts `{,m}` and spaces inside the braces.
      if (this.flavor === 'pcre' && /^[\d\s,]*$/.test(body) && /\d/.test(body)) {
        throw unsupported(`PCRE versions disagree on whether '{${body}}' is a quantifier or literal text`, this.pos);
      }
      return undefined;
    }
    this.pos = close + 1;
    const min = Number(match[1]);
    const max = match[2] === undefined ? min : match[3] === '' ? Infinity : Number(match[3]);
    return { min, max };
  }

  private checkRepeatable(last: Last, start: number): void {
    const text = this.src.slice(start, this.pos);
    const counted = text.startsWith('{');
    switch (last) {
      case 'atom':
        return;
      case 'none':
        // RE2 rejects a leading `{n}`; PCRE's documentation reads it as literal text, but versions differ.
        if (counted && this.flavor === 'pcre') throw unsupported(`'${text}' has nothing before it to repeat`, start);
        throw syntax(`nothing to repeat before '${text}'`, start);
      case 'quantifier':
        if (counted && this.flavor === 'pcre') throw unsupported(`'${text}' directly follows another quantifier`, start);
        throw syntax(`nothing to repeat: '${text}' directly follows another quantifier`, start);
      case 'assertion':
        throw unsupported(`'${text}' repeats an anchor or word-boundary assertion`, start);
      case 'transparent':
        throw unsupported(`'${text}' follows an inline flag group, comment or \\Q\\E`, start);
    }
  }

  private checkCounts(counts: { min: number; max: number }, start: number): void {
    const limit = MAX_COUNT[this.flavor];
    if (counts.min > limit || (counts.max !== Infinity && counts.max > limit)) {
      throw syntax(`repetition count above ${limit}, the most ${this.flavor === 'pcre' ? 'PCRE' : 'RE2'} allows`, start);
    }
    if (counts.max < counts.min) throw syntax(`repetition counts out of order in '${this.src.slice(start, this.pos)}'`, start);
  }

  /** Lazy `?` matches the same strings; possessive `+` (PCRE) can change them, so it is refused. */
  private quantifierSuffix(): void {
    const ch = this.src[this.pos];
    if (ch === '?') this.pos++;
    else if (ch === '+' && this.flavor === 'pcre') throw unsupported('possessive quantifiers are not supported', this.pos);
  }

  private atom(flags: Flags): Atom {
    const start = this.pos;
    const cp = this.src.codePointAt(start)!;
    const ch = String.fromCodePoint(cp);
    switch (ch) {
      case '(':
        return this.group(flags);
      case '[':
        return { kind: 'node', node: { type: 'set', set: this.charClass(flags) } };
      case '.':
        this.pos++;
        return { kind: 'node', node: { type: 'set', set: flags.dotAll ? ANY : ANY_BUT_NEWLINE } };
      case '^':
        this.pos++;
        return assertion(flags.multiline ? (this.flavor === 'pcre' ? 'lineStartPcre' : 'lineStart') : 'start');
      case '$':
        this.pos++;
        return assertion(flags.multiline ? 'lineEnd' : this.flavor === 'pcre' ? 'endOrFinalNewline' : 'end');
      case '\\': {
        const escaped = this.escape(false);
        switch (escaped.kind) {
          case 'char':
            return { kind: 'node', node: literal(escaped.cp, flags) };
          case 'set':
            return { kind: 'node', node: { type: 'set', set: escaped.set } };
          case 'assertion':
            return assertion(escaped.assertion);
          case 'text':
            return { kind: 'literals', nodes: Array.from(escaped.text, (c) => literal(c.codePointAt(0)!, flags)) };
        }
      }
    }
    this.pos += ch.length;
    return { kind: 'node', node: literal(cp, flags) };
  }

  private group(flags: Flags): Atom {
    const open = this.pos;
    this.pos++;
    if (this.src[this.pos] === '*') {
      if (this.flavor === 'pcre') throw unsupported('PCRE verbs such as (*UTF) are not supported', open);
      throw syntax("nothing to repeat before '*'", this.pos);
    }
    let inner = flags;
    if (this.src[this.pos] === '?') {
      const header = this.groupHeader(open, flags);
      if (header.kind === 'flags') return header;
      if (header.kind === 'comment') return { kind: 'literals', nodes: [] };
      inner = header.flags;
    }
    if (++this.depth > MAX_NESTING) throw unsupported(`groups nest deeper than ${MAX_NESTING} levels`, open);
    const body = this.alternation(inner);
    if (this.pos >= this.src.length) throw syntax("unbalanced '(': missing ')'", open);
    this.pos++;
    this.depth--;
    return { kind: 'node', node: body };
  }

  /** Reads what follows `(?`: a group kind, a name, or inline flags. */
  private groupHeader(open: number, flags: Flags): { kind: 'group'; flags: Flags } | { kind: 'flags'; flags: Flags } | { kind: 'comment' } {
    this.pos++;
    const c = this.src[this.pos];
    const next = this.src[this.pos + 1];
    const pcre = this.flavor === 'pcre';
    switch (c) {
      case undefined:
        throw syntax("unbalanced '(': missing ')'", open);
      case ':':
        this.pos++;
        return { kind: 'group', flags };
      case '<':
        if (next === '=' || next === '!') throw unsupported('lookbehind assertions are not supported', open);
        this.pos++;
        this.groupName(open, '>');
        return { kind: 'group', flags };
      case 'P':
        if (next === '<') {
          this.pos += 2;
          this.groupName(open, '>');
          return { kind: 'group', flags };
        }
        throw unsupported(next === '=' ? 'backreferences are not supported' : next === '>' ? 'recursion is not supported' : `'(?P${next ?? ''}' is not supported`, open);
      case "'":
        if (!pcre) break;
        this.pos++;
        this.groupName(open, "'");
        return { kind: 'group', flags };
      case '=':
      case '!':
        throw unsupported('lookahead assertions are not supported', open);
      case '>':
        throw unsupported('atomic groups are not supported', open);
      case '#': {
        if (!pcre) break;
        const close = this.src.indexOf(')', this.pos);
        if (close < 0) throw syntax("missing ')' after a (?# comment", open);
        this.pos = close + 1;
        return { kind: 'comment' };
      }
    }
    if (c === 'R' || c === 'C' || (c === '-' && /\d/.test(next ?? ''))) throw unsupported('recursion and callouts are not supported', open);
    if (c !== '-' && !/[A-Za-z]/.test(c)) throw unsupported(`'(?${c}' groups are not supported`, open);
    return this.inlineFlags(open, flags);
  }

  private groupName(open: number, terminator: string): void {
    const end = this.src.indexOf(terminator, this.pos);
    if (end < 0) throw syntax('unterminated group name', open);
    const name = this.src.slice(this.pos, end);
    // RE2 and PCRE disagree on names starting with a digit; other characters are errors in both.
    if (!/^[A-Za-z_][A-Za-z0-9_]*$/.test(name)) throw unsupported(`'${name}' is not a group name gwlint accepts`, open);
    if (this.names.has(name)) throw syntax(`the group name '${name}' is used twice`, open);
    this.names.add(name);
    this.pos = end + 1;
  }

  /** `(?i)`, `(?i-s:…)`: i, s and m are modelled; U only changes greediness, so it is ignored. */
  private inlineFlags(open: number, flags: Flags): { kind: 'group' | 'flags'; flags: Flags } {
    let { caseless, dotAll, multiline } = flags;
    let on = true;
    let letters = 0;
    for (;;) {
      const c = this.src[this.pos];
      if (c === undefined) throw syntax("unbalanced '(': missing ')'", open);
      if (c === ')' || c === ':') break;
      if (c === '-' && on) on = false;
      else if (c === 'i') caseless = on;
      else if (c === 's') dotAll = on;
      else if (c === 'm') multiline = on;
      else if (c !== 'U') throw unsupported(c === 'x' ? 'extended mode (?x) is not supported' : `the inline flag '${c}' is not supported`, this.pos);
      if (c !== '-') letters++;
      this.pos++;
    }
    if (letters === 0 || this.src[this.pos - 1] === '-') throw unsupported('an empty inline flag group is not supported', open);
    const kind = this.src[this.pos] === ')' ? 'flags' : 'group';
    this.pos++;
    return { kind, flags: { caseless, dotAll, multiline } };
  }

  private charClass(flags: Flags): CharSet {
    const open = this.pos;
    // PCRE refuses `[:alpha:]` outside brackets; RE2 reads it as the class of ':', 'a', 'l', 'p', 'h'.
    if (this.flavor === 'pcre' && /^\[([:.=])[^\]]*\1\]/.test(this.src.slice(open, open + 64))) {
      throw unsupported('a POSIX class must be inside brackets, as in [[:alpha:]]', open);
    }
    this.pos++;
    let negate = false;
    if (this.src[this.pos] === '^') {
      negate = true;
      this.pos++;
    }
    const pairs: [number, number][] = [];
    let sets: CharSet[] = [];
    // A `]` right after `[` or `[^` is a literal in both flavours.
    for (let first = true; ; first = false) {
      if (this.pos >= this.src.length) throw syntax("unterminated character class: missing ']'", open);
      if (this.src[this.pos] === ']' && !first) {
        this.pos++;
        break;
      }
      const loStart = this.pos;
      const lo = this.classAtom();
      if (this.src[this.pos] === '-' && this.pos + 1 < this.src.length && this.src[this.pos + 1] !== ']') {
        const dash = this.pos;
        this.pos++;
        const hi = this.classAtom();
        // PCRE2 and RE2 reject `[a-\d]`, older PCRE reads the `-` literally.
        if (typeof lo !== 'number' || typeof hi !== 'number') throw unsupported('a range whose end is a class such as \\d', dash);
        if (lo > hi) throw syntax(`range out of order in character class: '${this.src.slice(loStart, this.pos)}'`, loStart);
        pairs.push([lo, hi]);
      } else if (typeof lo === 'number') pairs.push([lo, lo]);
      else sets = [...sets, lo];
    }
    let set = sets.reduce((acc, s) => acc.union(s), CharSet.of(pairs));
    if (flags.caseless) set = set.foldAsciiCase();
    return negate ? set.negate() : set;
  }

  private classAtom(): number | CharSet {
    const start = this.pos;
    const cp = this.src.codePointAt(start)!;
    if (cp === 0x5c) {
      const escaped = this.escape(true);
      if (escaped.kind === 'char') return escaped.cp;
      if (escaped.kind === 'set') return escaped.set;
      throw unsupported('this escape is not supported inside a character class', start);
    }
    if (cp === 0x5b) {
      const kind = this.src[start + 1];
      const close = kind === ':' || kind === '.' || kind === '=' ? this.src.indexOf(`${kind}]`, start + 2) : -1;
      if (kind === ':' && close >= 0) {
        let name = this.src.slice(start + 2, close);
        const negated = name.startsWith('^');
        if (negated) name = name.slice(1);
        const set = POSIX_CLASSES.get(name);
        if (set === undefined) throw unsupported(`unknown POSIX class '[:${name}:]'`, start);
        this.pos = close + 2;
        return negated ? set.negate() : set;
      }
      if (close >= 0 && this.flavor === 'pcre') throw unsupported('POSIX collating elements are not supported', start);
    }
    this.pos += cp > 0xffff ? 2 : 1;
    return cp;
  }

  private escape(inClass: boolean): Escaped {
    const at = this.pos;
    this.pos++;
    if (this.pos >= this.src.length) throw syntax("the pattern ends with a lone '\\'", at);
    const cp = this.src.codePointAt(this.pos)!;
    const c = String.fromCodePoint(cp);
    this.pos += c.length;
    const re2 = this.flavor === 're2';
    const char = (n: number): Escaped => ({ kind: 'char', cp: n });
    const set = (s: CharSet): Escaped => ({ kind: 'set', set: s });
    const outsideClass = (a: Assertion): Escaped => {
      if (inClass) throw unsupported(`\\${c} is not supported inside a character class`, at);
      return { kind: 'assertion', assertion: a };
    };
    switch (c) {
      case 'd':
        return set(DIGIT);
      case 'D':
        return set(DIGIT.negate());
      case 'w':
        return set(WORD);
      case 'W':
        return set(WORD.negate());
      case 's':
        return set(re2 ? SPACE_RE2 : SPACE_PCRE);
      case 'S':
        return set((re2 ? SPACE_RE2 : SPACE_PCRE).negate());
      case 'b':
        if (inClass && !re2) return char(8);
        return outsideClass('wordBoundary');
      case 'B':
        return outsideClass('notWordBoundary');
      case 'A':
        return outsideClass('start');
      case 'z':
        return outsideClass('end');
      case 'Z':
        if (re2) throw unsupported('RE2 does not support \\Z', at);
        return outsideClass('endOrFinalNewline');
      case 't':
        return char(9);
      case 'n':
        return char(10);
      case 'r':
        return char(13);
      case 'f':
        return char(12);
      case 'a':
        return char(7);
      case 'v':
        if (re2) return char(11);
        throw unsupported('\\v (vertical white space in PCRE) is not supported', at);
      case 'e':
        if (!re2) return char(27);
        throw unsupported('RE2 does not support \\e', at);
      case 'x':
        return char(this.hexEscape(at));
      case '0': {
        const digits = /^[0-7]{0,2}/.exec(this.src.slice(this.pos, this.pos + 2))![0];
        this.pos += digits.length;
        return char(digits === '' ? 0 : parseInt(digits, 8));
      }
      case 'Q': {
        if (inClass) throw unsupported('\\Q…\\E inside a character class is not supported', at);
        const end = this.src.indexOf('\\E', this.pos);
        const text = this.src.slice(this.pos, end < 0 ? undefined : end);
        this.pos = end < 0 ? this.src.length : end + 2;
        return { kind: 'text', text };
      }
      case 'E':
        // PCRE ignores a `\E` that ends no `\Q`.
        if (inClass || re2) throw unsupported('a \\E without \\Q is not supported', at);
        return { kind: 'text', text: '' };
      case 'u':
        throw unsupported('neither PCRE nor RE2 accepts \\u escapes; write \\x{HHHH}', at);
      case 'p':
      case 'P':
        throw unsupported('Unicode property classes (\\p{…}) are not supported', at);
    }
    if (/[1-9]/.test(c)) throw unsupported('backreferences (\\1 …) are not supported', at);
    if (/[A-Za-z0-9]/.test(c)) throw unsupported(`the escape \\${c} is not supported`, at);
    if (re2 && cp >= 0x80) throw unsupported("RE2 allows '\\' only before ASCII punctuation", at);
    return char(cp);
  }

  /** After `\x`: `{H…}` in both flavours, exactly two digits in RE2, up to two (even none) in PCRE. */
  private hexEscape(at: number): number {
    if (this.src[this.pos] === '{') {
      const close = this.src.indexOf('}', this.pos);
      const digits = close < 0 ? '' : this.src.slice(this.pos + 1, close);
      if (!/^[0-9A-Fa-f]{1,8}$/.test(digits)) throw unsupported('malformed \\x{…} escape', at);
      const value = parseInt(digits, 16);
      if (value > MAX_CODE_POINT || (value >= 0xd800 && value <= 0xdfff)) throw unsupported(`\\x{${digits}} is not a Unicode scalar value`, at);
      // Above FF needs PCRE's UTF mode, which depends on how the gateway compiles the pattern.
      if (this.flavor === 'pcre' && value > 0xff) throw unsupported(`\\x{${digits}} needs PCRE's UTF mode`, at);
      this.pos = close + 1;
      return value;
    }
    const limit = this.flavor === 're2' ? 2 : /^[0-9A-Fa-f]{0,2}/.exec(this.src.slice(this.pos, this.pos + 2))![0].length;
    const digits = this.src.slice(this.pos, this.pos + limit);
    if (this.flavor === 're2' && !/^[0-9A-Fa-f]{2}$/.test(digits)) throw syntax('\\x must be followed by two hex digits or {…}', at);
    this.pos += digits.length;
    return digits === '' ? 0 : parseInt(digits, 16);
  }
}

/** The largest product of nested repetition counts (the maximum, or the minimum when unbounded). */
function repeatProduct(node: Node): number {
  switch (node.type) {
    case 'repeat': {
      const count = node.max === Infinity ? node.min : node.max;
      return Math.max(count, 1) * repeatProduct(node.item);
    }
    case 'concat':
    case 'alt':
      return Math.max(1, ...node.items.map(repeatProduct));
    default:
      return 1;
  }
}

function assertion(a: Assertion): Atom {
  return { kind: 'assertion', node: { type: 'assert', assertion: a } };
}

function literal(cp: number, flags: Flags): Node {
  const set = CharSet.char(cp);
  return { type: 'set', set: flags.caseless ? set.foldAsciiCase() : set };
}
