/**
 * Seeded random YAML for the fast-path differential test: the shapes configuration files have
 * (block and flow collections, every scalar style, comments, anchors, merge keys, tags, several
 * documents) with the spellings that trip parsers up (numbers in all forms, escapes, folding,
 * odd spacing), and random small edits that turn valid text into near-misses.
 */

/** mulberry32: small, fast and good enough to spread test inputs. */
export class Random {
  private state: number;

  constructor(seed: number) {
    this.state = seed >>> 0;
  }

  next(): number {
    this.state = (this.state + 0x6d2b79f5) >>> 0;
    let t = this.state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }

  int(limit: number): number {
    return Math.floor(this.next() * limit);
  }

  chance(probability: number): boolean {
    return this.next() < probability;
  }

  pick<T>(items: readonly T[]): T {
    return items[this.int(items.length)]!;
  }
}

const PLAIN = [
  'a', 'name', 'hello world', 'svc-1-api', '/v1/orders/items', 'GET', 'x.y_z', 'é', 'naïve café', '😀 ok', '中文',
  '1', '-1', '+1', '0', '-0', '007', '0o17', '0o8', '0x1F', '0x1g', '0X1F', '1_000', '1.5', '.5', '1.', '-.5', '+1.5e3',
  '1e3', '1E-3', '1.0e+10', '99999999999999999999', '1e400', '.inf', '-.Inf', '+.INF', '.NaN', '.nan', 'nan', 'inf',
  'true', 'True', 'TRUE', 'tRue', 'false', 'False', 'FALSE', 'null', 'Null', 'NULL', 'nULL', '~', 'yes', 'no', 'on', 'Off',
  'http://example.com:8080/x', 'a:b', 'a#b', 'x # not a comment?', '-x', '--x', '12:30', '2001-12-14', 'a, b', 'a]b',
  '/v1/{id}', '<<', '=', 'a  b', 'trailing ', '.', '-', '+', '...x', '---x', '%x', '@x', '`x', 'a\tb', '*x', '&x', '!x',
  ':method', '?x', ':', '?', '::', '-:', 'a:', '"x" y', "'x' y", '(a == "b")', 'x: y', 'nbsp\u00a0', '\u00a0lead', 'a \u00a0#b',
];

const KEYS = ['name', 'routes', 'host', 'paths', 'upstream', 'timeout', 'a', 'b', '1', '0x10', 'true', 'null', '~', '1.50', '.inf', '__proto__', 'constructor', 'é', 'key with spaces', '-k', '<<'];

const DOUBLE_PARTS = ['a', ' ', '  ', 'é', '😀', '\\n', '\\t', '\\"', '\\\\', '\\/', '\\ ', '\\x41', '\\u00e9', '\\U0001F600', '\\ud83d\\ude00', '\\0', '\\e', '\\N', '\\_', '\\q', '\\x4', '\\U00110000', '#', ': ', "'", '\t', '{', '['];
const SINGLE_PARTS = ['a', ' ', 'é', "''", '"', '\\n', '#', ': ', '\t', '😀', ',', ']'];
const TAGS = ['!Ref', '!Sub', '!GetAtt', '!If', '!!str', '!!int', '!', '!<tag:x>', '!a!b'];

export class YamlGenerator {
  private anchors: string[] = [];

  constructor(private readonly random: Random) {}

  /** A whole file: one or more documents. */
  file(): string {
    const r = this.random;
    const count = r.chance(0.8) ? 1 : 1 + r.int(3);
    let out = r.chance(0.1) ? this.commentLine(0) : '';
    for (let i = 0; i < count; i++) {
      this.anchors = [];
      if (i > 0 || r.chance(0.1)) out += r.pick(['---\n', '---\n', '--- # doc\n', '...\n---\n']);
      out += this.document();
      if (r.chance(0.1)) out += '...\n';
    }
    if (r.chance(0.2)) out = out.replace(/\n$/, '');
    return this.mutate(out);
  }

  private document(): string {
    const r = this.random;
    const kind = r.next();
    if (kind < 0.05) return `${this.props()}\n${this.blockMap(0, 0)}`;
    if (kind < 0.65) return this.blockMap(0, 0);
    if (kind < 0.8) return this.blockSeq(0, 0);
    if (kind < 0.9) return `${this.flow(0, -1)}\n`;
    if (kind < 0.95) return `${this.scalar(0)}\n`;
    return r.chance(0.5) ? this.commentLine(0) : '';
  }

  private pad(indent: number): string {
    return ' '.repeat(indent);
  }

  private commentLine(indent: number): string {
    return `${this.pad(this.random.chance(0.7) ? indent : this.random.int(6))}# ${this.random.pick(['note', 'gwlint-disable-next-line schema', '', '#', 'x: 1', 'é'])}\n`;
  }

  /** Blank lines and comment lines that may sit between entries. */
  private between(indent: number): string {
    const r = this.random;
    let out = '';
    if (r.chance(0.15)) out += r.pick(['\n', '   \n', '\n\n']);
    if (r.chance(0.15)) out += this.commentLine(indent);
    return out;
  }

  private trailing(): string {
    return this.random.chance(0.15) ? `${this.random.pick([' ', '  ', '   '])}# ${this.random.pick(['c', 'gwlint-disable-line', ''])}` : '';
  }

  private key(): string {
    const r = this.random;
    const kind = r.next();
    if (kind < 0.7) return r.pick(KEYS);
    if (kind < 0.8) return `"${r.pick(KEYS)}"`;
    if (kind < 0.85) return `'${r.pick(KEYS)}'`;
    if (kind < 0.9) return r.pick(PLAIN);
    if (kind < 0.95) return `${r.pick(KEYS)}${r.pick(['', ' ', '  '])}`;
    return this.props() + r.pick(KEYS);
  }

  private props(): string {
    const r = this.random;
    let out = '';
    if (r.chance(0.5)) {
      const name = r.pick(['a', 'b', 'base', 'x1', 'a-b', 'a:b']);
      this.anchors.push(name);
      out += `&${name} `;
    }
    if (r.chance(0.5) || out === '') out += `${r.pick(TAGS)} `;
    return out;
  }

  private alias(): string {
    const names = this.anchors.length > 0 ? this.anchors : ['a', 'missing'];
    return `*${this.random.pick(names)}`;
  }

  /** A scalar on one line (or, for some styles, over several lines indented past `indent`). */
  private scalar(indent: number): string {
    const r = this.random;
    const kind = r.next();
    if (kind < 0.55) return r.pick(PLAIN);
    if (kind < 0.7) return this.doubleQuoted(indent);
    if (kind < 0.8) return this.singleQuoted(indent);
    if (kind < 0.88) {
      const pad = this.pad(indent + 1 + r.int(3));
      const lines = [r.pick(PLAIN), r.pick(PLAIN)];
      return `${lines[0]}\n${r.chance(0.3) ? '\n' : ''}${pad}${lines[1]}${r.chance(0.3) ? `\n${pad}${r.pick(PLAIN)}` : ''}`;
    }
    if (kind < 0.94) return this.alias();
    return this.props() + r.pick(PLAIN);
  }

  private doubleQuoted(indent: number): string {
    const r = this.random;
    let body = '';
    const parts = 1 + r.int(5);
    for (let i = 0; i < parts; i++) body += r.pick(DOUBLE_PARTS);
    if (r.chance(0.15)) body += `${r.pick(['', ' ', '\\'])}\n${r.chance(0.3) ? '\n' : ''}${this.pad(indent + r.int(3))}${r.pick(DOUBLE_PARTS)}`;
    return `"${body}"`;
  }

  private singleQuoted(indent: number): string {
    const r = this.random;
    let body = '';
    const parts = 1 + r.int(5);
    for (let i = 0; i < parts; i++) body += r.pick(SINGLE_PARTS);
    if (r.chance(0.15)) body += `${r.pick(['', ' '])}\n${r.chance(0.3) ? '  \n' : ''}${this.pad(indent + r.int(3))}${r.pick(SINGLE_PARTS)}`;
    return `'${body}'`;
  }

  /** `|` or `>` with its header and content lines, indented past `indent`. */
  private blockScalar(indent: number): string {
    const r = this.random;
    const header = `${r.pick(['|', '>'])}${r.pick(['', '', '-', '+', '2', '-1'])}${r.chance(0.1) ? ' # c' : ''}`;
    const base = indent + 1 + r.int(3);
    const lines: string[] = [];
    const count = r.int(5);
    if (r.chance(0.15)) lines.push(this.pad(r.int(base + 3)));
    for (let i = 0; i < count; i++) {
      const extra = r.chance(0.2) ? r.int(3) : 0;
      lines.push(r.chance(0.15) ? this.pad(r.int(base + 3)) : `${this.pad(base + extra)}${r.pick(PLAIN)}${r.chance(0.1) ? ' # x' : ''}`);
    }
    if (r.chance(0.3)) lines.push('', r.chance(0.5) ? this.pad(base + 1) : '');
    return `${header}\n${lines.map((line) => `${line}\n`).join('')}`;
  }

  /** A flow collection, possibly over several lines indented past `indent`. */
  private flow(depth: number, indent: number): string {
    const r = this.random;
    const map = r.chance(0.5);
    const count = r.int(4);
    const sep = (): string => (r.chance(0.15) ? `\n${this.pad(indent + 1 + r.int(3))}` : r.pick([' ', '', '  ']));
    const items: string[] = [];
    for (let i = 0; i < count; i++) {
      const value = depth < 3 && r.chance(0.2) ? this.flow(depth + 1, indent) : this.flowScalar();
      if (map) {
        const key = r.chance(0.3) ? `"${r.pick(KEYS)}"` : r.pick(KEYS);
        items.push(`${key}${r.pick([': ', ':', ' : ', ':  ', `:\n${this.pad(indent + 2)}`])}${value}`);
      } else {
        items.push(r.chance(0.05) ? `${r.pick(KEYS)}: ${value}` : value);
      }
    }
    let body = items.map((item) => `${sep()}${item}${r.chance(0.05) ? ' # c\n' + this.pad(indent + 1) : ''}`).join(',');
    if (r.chance(0.1)) body += ',';
    if (r.chance(0.05)) body += ',,';
    return `${map ? '{' : '['}${body}${sep()}${map ? '}' : ']'}`;
  }

  private flowScalar(): string {
    const r = this.random;
    const kind = r.next();
    if (kind < 0.5) return r.pick(PLAIN.filter((p) => !/[,[\]{}]/.test(p) || r.chance(0.1)));
    if (kind < 0.7) return this.doubleQuoted(0).replace(/\n/g, r.chance(0.8) ? ' ' : '\n');
    if (kind < 0.8) return this.singleQuoted(0).replace(/\n/g, ' ');
    if (kind < 0.9) return this.alias();
    return this.props() + r.pick(['a', '1', '[x]', '{k: v}']);
  }

  /** A value after `key:` at `indent` (the mapping's column): on the same line or below. */
  private mapValue(indent: number, depth: number): string {
    const r = this.random;
    const kind = r.next();
    const step = r.pick([2, 2, 2, 1, 4]);
    if (depth < 4 && kind < 0.25) return `${this.trailing()}\n${this.between(indent + step)}${this.blockMap(indent + step, depth + 1)}`;
    if (depth < 4 && kind < 0.35) {
      const seqIndent = r.chance(0.5) ? indent : indent + step;
      return `${this.trailing()}\n${this.blockSeq(seqIndent, depth + 1)}`;
    }
    if (depth < 4 && kind < 0.4) return ` ${this.props()}${this.trailing()}\n${r.chance(0.5) ? this.blockMap(indent + step, depth + 1) : this.blockSeq(indent + r.int(2) * step, depth + 1)}`;
    if (kind < 0.45) return `${r.pick(['', ' ', '  '])}${this.trailing()}\n`;
    if (kind < 0.52) return ` ${this.blockScalar(indent)}`;
    if (kind < 0.6) return ` ${this.flow(0, indent)}${this.trailing()}\n`;
    if (kind < 0.63) return `\n${this.pad(indent + step)}${this.scalar(indent + step)}\n`;
    return `${r.pick([' ', ' ', '  '])}${this.scalar(indent)}${this.trailing()}\n`;
  }

  private blockMap(indent: number, depth: number): string {
    const r = this.random;
    const count = 1 + r.int(4);
    let out = '';
    for (let i = 0; i < count; i++) {
      out += this.between(indent);
      const key = r.chance(0.05) ? `<<: ${this.alias()}` : `${this.key()}:`;
      out += `${this.pad(indent)}${key}${key.startsWith('<<: ') ? `${this.trailing()}\n` : this.mapValue(indent, depth)}`;
    }
    return out;
  }

  private blockSeq(indent: number, depth: number): string {
    const r = this.random;
    const count = 1 + r.int(4);
    let out = '';
    for (let i = 0; i < count; i++) {
      out += this.between(indent);
      const dash = `${this.pad(indent)}-${r.pick([' ', ' ', '  ', '   '])}`;
      const column = dash.length;
      const kind = r.next();
      if (depth < 4 && kind < 0.3) out += `${dash}${this.blockMap(column, depth + 1).slice(column)}`;
      else if (depth < 4 && kind < 0.35) out += `${dash}${this.blockSeq(column, depth + 1).slice(column)}`;
      else if (depth < 4 && kind < 0.42) out += `${dash.trimEnd()}\n${this.blockMap(indent + 2, depth + 1)}`;
      else if (kind < 0.48) out += `${dash.trimEnd()}${r.pick(['', ' ', '  '])}${this.trailing()}\n`;
      else if (kind < 0.55) out += `${dash}${this.blockScalar(indent)}`;
      else if (kind < 0.62) out += `${dash}${this.flow(0, indent)}${this.trailing()}\n`;
      else out += `${dash}${this.scalar(indent)}${this.trailing()}\n`;
    }
    return out;
  }

  /**
   * Now and then, a few random edits: near-miss inputs the fast path must decline or get right.
   * Line edits shift a line's indentation, add trailing spaces or slip in a comment line.
   */
  private mutate(text: string): string {
    const r = this.random;
    if (!r.chance(0.4) || text.length === 0) return text;
    let out = text;
    if (r.chance(0.5)) {
      const lines = out.split('\n');
      const at = r.int(lines.length);
      const line = lines[at]!;
      const kind = r.int(4);
      if (kind === 0) lines[at] = ' '.repeat(1 + r.int(2)) + line;
      else if (kind === 1) lines[at] = line.replace(/^ {1,2}/, '');
      else if (kind === 2) lines[at] = line + ' '.repeat(1 + r.int(3));
      else lines.splice(at, 0, `${' '.repeat(r.int(8))}# ${r.pick(['gwlint-x', 'c', ''])}`);
      return lines.join('\n');
    }
    const edits = 1 + r.int(3);
    for (let i = 0; i < edits; i++) {
      const at = r.int(out.length);
      const kind = r.int(4);
      if (kind === 0) out = out.slice(0, at) + out.slice(at + 1);
      else if (kind === 1) out = out.slice(0, at) + out[at] + out.slice(at);
      else out = out.slice(0, at) + r.pick([' ', ':', '-', '#', '\n', "'", '"', '[', ']', '{', '}', ',', '&', '*', '!', '|', '>', '\t', '?', '\\', '  ']) + out.slice(at);
    }
    return out;
  }
}
