/**
 * The fast path (`src/load/fast/`) against the full path (`parseFull`, the `yaml` package): for
 * every input, the fast path either declines or gives a deep-equal result (documents, trees with
 * values, tags and spans, problems, comments, strict-JSON problem). Inputs: hand-written edge
 * cases, seeded random YAML and JSON, the benchmark's generated configuration, the examples,
 * and the shared corpora of real configuration when `../shared/corpora` exists.
 */
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { generateConfig } from '../../bench/generate.js';
import { findExcessiveNesting } from '../../src/load/depth.js';
import { parseFast } from '../../src/load/fast/parse-fast.js';
import { parseFull, parseSource, type ParsedFile } from '../../src/load/parse.js';
import type { SourceFile } from '../../src/load/source.js';
import { Random, YamlGenerator } from './yaml-generator.js';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

function source(text: string, name = 'routes.yaml'): SourceFile {
  return { path: `/virtual/${name}`, displayPath: name, text };
}

/** As `read.ts` hands text over: no byte order mark, no lone carriage return. */
function readText(file: string): string {
  const text = readFileSync(file, 'utf8');
  return (text.charCodeAt(0) === 0xfeff ? text.slice(1) : text).replace(/\r(?!\n)/g, '\n');
}

/**
 * The path of the first difference between two parse results, or undefined. Numbers compare
 * with `Object.is` (so -0 and NaN count); absent and undefined properties are the same; the
 * `file` of every span must be the very same object.
 */
function firstDifference(a: unknown, b: unknown, at = '$'): string | undefined {
  if (Object.is(a, b)) return undefined;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) {
    return `${at}: ${String(a)} (${typeof a}) vs ${String(b)} (${typeof b})`;
  }
  if (Array.isArray(a) !== Array.isArray(b)) return `${at}: array vs object`;
  const keys = (value: object): string[] =>
    Object.keys(value)
      .filter((key) => (value as Record<string, unknown>)[key] !== undefined)
      .sort();
  const keysA = keys(a);
  const keysB = keys(b);
  if (keysA.join() !== keysB.join()) return `${at}: keys [${keysA.join()}] vs [${keysB.join()}]`;
  for (const key of keysA) {
    const valueA = (a as Record<string, unknown>)[key];
    const valueB = (b as Record<string, unknown>)[key];
    if (key === 'file') {
      if (valueA !== valueB) return `${at}.file: not the same file object`;
      continue;
    }
    const difference = firstDifference(valueA, valueB, `${at}.${key}`);
    if (difference) return difference;
  }
  return undefined;
}

type Outcome = 'fast' | 'declined';

/** Runs both paths; fails when the fast path answers differently from the full one. */
function compare(file: SourceFile): { outcome: Outcome; full: ParsedFile | undefined } {
  if (findExcessiveNesting(file.text)) return { outcome: 'declined', full: undefined };
  const full = parseFull(file);
  const fast = parseFast(file);
  if (!fast) return { outcome: 'declined', full };
  const difference = firstDifference(fast, full);
  if (difference) expect.fail(`fast and full paths differ at ${difference}\ninput ${file.path}: ${JSON.stringify(file.text.slice(0, 2000))}`);
  return { outcome: 'fast', full };
}

function check(file: SourceFile): Outcome {
  return compare(file).outcome;
}

/** Inputs the fast path must take (and get right). */
const FAST: readonly string[] = [
  'routes:\n  - name: a   # comment\n    paths: [/x, /y]\n\n  - name: b\n',
  'a: b\n  c\n',
  'a: b\n\n  c\n\n\n  d\ne: 1\n',
  'a: b\n  c # x\nd: 1\n',
  '- b\n  c\n- d\n',
  '- a: b\n   c\n  d: 2\n',
  'expr: (a == "b") && (c ==\n    "d")\nname: x\n',
  'a: b\n  - c\n  ? d\n',
  'a: "x\n  y"\n',
  'a: "x \\\n  y"\n',
  "a: 'x\n\n  y'\n",
  'a: "tab\there \\t \\x41\\u00e9\\U0001F600 \\ud83d\\ude00 \\/ \\\\ \\" \\0 \\e \\N \\_ \\L \\P"\n',
  "a: 'it''s'\nb: ''\nc: \"\"\n",
  'a: |\n  text\n   more\n\n\nb: >-\n  folded\n  text\n\n  para\nc: |+\n  keep\n\n# c\n',
  'a: |\n  x\n\n  y\n\n\nb: 1\n',
  'a: >+\n  x\n\n  y\n\n\n',
  'a: >\n  x\n    more\n  y\n\n  z\n',
  'a: |-\n    x\n   \n    y\n',
  'a: >\n\n  x\n',
  'a: |\n  x\n     \n',
  'a: |\n  # not a comment\n  x\n# gwlint-disable-next-line schema\nb: 1\n',
  'a: |\nb: 1\n',
  'a: |+\nb: 1\n',
  'a: | # gwlint-x\nb: 1\n',
  '- |\n x\n- >-\n  y\n',
  'a: [1, 2,\n  3]\n',
  'a: [1, 2,\n ]\n',
  'a: {x: 1,\n  y: [2, 3], z: {}}\n',
  'k: [a, # gwlint-c\n  b]\nl: [ a , b, ]\nm: {a: 1, b: 2, }\n',
  'a: [http://x, b:c]\n',
  'x: &a {p: 1, q: 2}\ny:\n  <<: *a\n  q: 3\n',
  'x: &a\n  p: 1\ny: [*a, *a]\nz:\n  <<: [*a, {r: 1}]\n  "<<": literal\n',
  'base: &base { timeout: 5s, upstream: a }\nroute:\n  <<: *base\n  upstream: b\n',
  'a: *undefined\nb: &r [*r]\n',
  'a: 1\na: 2\nb: {c: 1, c: 2}\n',
  '1: a\n0x10: b\n1.50: c\ntrue: d\nTRUE: e\n~: f\nnull: g\n.inf: h\n0o17: i\n-0: j\n',
  '__proto__: 1\nconstructor: {a: 1}\ntoString: x\n',
  'a: !Ref x\nb: !Sub "y"\nc: !If [a, b]\nd: !GetAtt\n  - x\ne: !Join\n- a\nf: &t !Ref 5\ng: *t\n',
  'n: [~, null, Null, NULL, nULL, true, True, TRUE, tRue, false, FALSE, yes, no, on, off]\n',
  'n: [0, -0, +1, 007, 0o17, 0o8, 0x1F, 0x1g, 0X1F, 1_000, 1.5, .5, 1., -.5, +1.5e3, 1e3, 1E-3, 1e400, 99999999999999999999]\n',
  'n: [.inf, -.Inf, +.INF, .NaN, .nan, nan, inf, 12:30, 2001-12-14]\n',
  's: "caf\u00e9\t\u{1F600}"\nt: 中文\nu: naïve 😀\n',
  '--- # c\na: 1\n...\n--- \nb: 2\n',
  '# c\n---\na: 1\n---\n---\nb: 2\n...\n',
  '...\na: 1\n',
  'a: 1\n...\n# c\n---\nb: 2\n',
  '"a b": 1\n\'c\': 2\n',
  'a:\n- 1\n- 2\nb: 3\n',
  '- - a\n  - b\n- - c\n',
  '-   a: 1\n    b: 2\n',
  'a:    # c\n  b: 1\n',
  'a: #c\nb:   # gwlint-c\nc:\n',
  'a:\n  b:   \n',
  'a:\n  b:   \n# gwlint-x\n',
  'a:\n  - x\n  -   \n  # gwlint-x\nd: 1\n',
  'a:\n  - x\n  -   \nd: 1\n',
  '  a: 1\n  b: 2\n',
  'a: http://x.y:80/z?q=1#frag\nname: :method\nq: ?x\n',
  'a:\n  b:\n    c:\n',
  'empty: []\nempty2: {}\n',
  'k: [a, [b, [c]], {d: [e]}]\n',
  'scalar at the root\n',
  '"quoted root"\n',
  '[a, b]\n',
  '',
  '# only a comment\n',
  '---\n',
  '~\n',
  'no final newline: x',
  'key: value # gwlint-disable-line rule\n# gwlint-enable\n',
  '{"a": 1,\n"b": [true, false, null],\n"c": "\\u00e9\\n"}\n',
];

const FAST_JSON: readonly string[] = [
  '{"routes": [1, 2]}\n',
  '{\n\t"a": 1,\n\t"b": {\n\t\t"c": [1, 2]\n\t}\n}\n',
  '[\n  "a",\n  "b"\n]',
  '{"a": -0, "b": 1e400, "c": 1.5E3, "d": "\\ud83d\\ude00", "e": "\\/", "f": "", "g": {}, "h": []}\n',
  '{"routes": [1, 2,\n]}\n',
  '{"a": 1, "a": 2}\n',
];

/** Inputs the fast path may decline; when it does not, it must agree. */
const ANY: readonly string[] = [
  'a: b\n  # x\n  c\n',
  'a: "x\n y\n"\nb: 1\n',
  'a: |\n     \n  x\n',
  'a: |2\n   x\n',
  'a: >-1\n  x\n',
  'a: [1, 2,\n3]\n',
  'a: -1\nb: - x\n',
  'routes:\r\n  - name: a\r\n',
  'a:\tb\n',
  '\tkey: 1\n',
  '%YAML 1.2\n---\na: 1\n',
  '? a\n: b\n',
  '[a]: b\n',
  '&k a: b\n',
  '!!str 1\n',
  'a: !!int "5"\n',
  'a: ! x\n',
  'a: &x\n',
  'a: !Ref\n',
  'a: &x *y\n',
  'a: *x:\n',
  'a: b: c\n',
  'a: "b": c\n',
  'a: [b: c]\n',
  'a: {b, c}\n',
  'a: {b: }\n',
  'a: [a\n  b]\n',
  'routes:\n  - paths: [/v1/orders/{id}]\n',
  'a: 1\n b: 2\n',
  'a: "unterminated\n',
  'a: "\\q"\n',
  'a: "\\x4"\n',
  'a: "\\U00110000"\n',
  'a: \u2028b\n',
  'a: b\u0085c\n',
  '\ufeffa: 1\n',
  'a: 1\n---x\n',
  'long: ' + 'x'.repeat(2000) + '\n',
  'x'.repeat(1100) + ': 1\n',
  'a: |\n  x\n\ty\n',
  'a: >\n  x\n \n',
  '--- a\n',
  '--- |\n  x\n',
  'foo\nbar\n',
  '[a,\n---\n]\n',
  'a:\n- b\n -c\n',
  'a: 1 #c\n#d\n  - x\n',
  '{a: 1\n# c\n}\n',
  '{"a": [1]\n# c\n}\n',
  '[a\n# c\n]\n',
  '{"a" # c\n: 1}\n',
];

describe('the fast path agrees with the full path', () => {
  it('on hand-written edge cases it takes', () => {
    for (const text of FAST) expect(check(source(text)), JSON.stringify(text)).toBe('fast');
    for (const text of FAST_JSON) expect(check(source(text, 'routes.json')), JSON.stringify(text)).toBe('fast');
  });

  it('on the same cases with CR LF line breaks (multi-line quoted scalars may decline)', () => {
    for (const text of [...FAST, ...ANY]) check(source(text.replace(/\n/g, '\r\n')));
    for (const text of FAST_JSON) expect(check(source(text.replace(/\n/g, '\r\n'), 'routes.json'))).toBe('fast');
    expect(check(source('routes:\r\n  - name: a   # c\r\n    paths: [/x, /y]\r\n\r\n  - name: b\r\n'))).toBe('fast');
  });

  it('on hand-written edge cases it may decline', () => {
    for (const text of ANY) {
      check(source(text));
      check(source(text, 'routes.json'));
    }
  });

  it('declines what only the full path can word: syntax errors, lone carriage returns, control characters', () => {
    for (const text of ['a: [\n', 'routes:\r  - a\r', 'a: 1\rb: 2\n', 'a: "\u0007"\n', 'a: "\\q"\n', 'a:\n  - b\n c: 1\n']) {
      expect(parseFast(source(text)), JSON.stringify(text)).toBeUndefined();
    }
  });

  it('keeps comments only where the full path keeps them', () => {
    const yaml = parseFast(source('a: 1 # gwlint-disable-line x\n# gwlint-enable\nb: "# no"\n'));
    expect(yaml?.comments.map((comment) => comment.source)).toEqual(['# gwlint-disable-line x', '# gwlint-enable']);
    expect(parseFast(source('a: 1 # plain comment\n'))?.comments).toEqual([]);
    expect(parseFast(source('{"a": "gwlint-x"}\n', 'r.json'))?.comments).toEqual([]);
  });

  it('declines an alias bomb, which the full path reports', () => {
    const lines = ['a: &a [x, x, x, x, x, x, x, x, x, x]'];
    for (let i = 1; i < 9; i++) lines.push(`${String.fromCharCode(97 + i)}: &${String.fromCharCode(97 + i)} [${Array(10).fill(`*${String.fromCharCode(96 + i)}`).join(', ')}]`);
    const file = source(`${lines.join('\n')}\n`);
    expect(parseFast(file)).toBeUndefined();
    expect(parseSource(file).problems[0]!.message).toContain('alias bomb');
  });

  it('on seeded random YAML', () => {
    const counts = { fast: 0, declined: 0, valid: 0 };
    for (let seed = 1; seed <= 3000; seed++) {
      const generated = new YamlGenerator(new Random(seed)).file();
      // Every fourth file with CR LF line breaks, as Windows checkouts have them.
      const text = seed % 4 === 0 ? generated.replace(/\n/g, '\r\n') : generated;
      const file = source(text, seed % 7 === 0 ? `r${seed}.json` : `r${seed}.yaml`);
      const { outcome, full } = compare(file);
      counts[outcome]++;
      if (full && !full.problems.some((problem) => problem.ruleId === 'parse-error')) counts.valid++;
    }
    // Most inputs that YAML accepts use only what configuration files use: the fast path must
    // take them, or this test proves little.
    expect(counts.fast).toBeGreaterThan(counts.valid * 0.6);
  }, 60_000);

  it('on plain scalars in every spelling of numbers, booleans and nulls', () => {
    const random = new Random(11);
    const alphabet = ['0', '1', '7', '9', '+', '-', '.', 'e', 'E', 'x', 'o', 'a', 'f', 'F', 'i', 'n', 'N', 'I', 'A', '_', 't', 'r', 'u', 'l', 's', 'T', 'R', 'U', 'L', 'S', '~'];
    const words: string[] = [];
    for (let i = 0; i < 3000; i++) words.push(Array.from({ length: 1 + random.int(6) }, () => random.pick(alphabet)).join(''));
    words.push('.inf', '-.inf', '+.Inf', '.NAN', '.NaN', 'nan', 'True', 'tRUE', 'FALSE', 'fAlse', 'Null', 'nulL', '0x', '0o', '0x0', '0o0', '-0x1', '+0o7', '1e', '1e+', '.e1', '1.e1');
    let fast = 0;
    for (const word of words) {
      if (check(source(`v: ${word}\n${word}: k\nf: [${word}]\n`)) === 'fast') fast++;
    }
    expect(fast).toBeGreaterThan(words.length * 0.9);
  });

  it('on seeded random JSON', () => {
    const random = new Random(7);
    const value = (depth: number): unknown => {
      const kind = random.int(depth > 3 ? 4 : 6);
      if (kind === 0) return random.pick(['', 'a', 'é😀', 'tab\there', 'quote " and \\', 'line\nbreak', '\u0001', '/v1/{id}', 'gwlint-x', '1', 'true', '~']);
      if (kind === 1) return random.pick([0, -0, 1, -1, 1.5, 1e21, 1e-7, 123456789012, Number.MAX_SAFE_INTEGER]);
      if (kind === 2) return random.pick([true, false, null]);
      if (kind === 3) return random.int(3) === 0 ? [] : {};
      if (kind === 4) return Array.from({ length: random.int(4) }, () => value(depth + 1));
      return Object.fromEntries(Array.from({ length: random.int(5) }, () => [random.pick(['a', 'b', 'name', '__proto__', '', '1', 'é']), value(depth + 1)]));
    };
    let fast = 0;
    for (let i = 0; i < 500; i++) {
      const indent = random.pick([0, 2, 4, '\t']);
      let text = JSON.stringify(value(0), null, indent);
      if (random.chance(0.3)) text = text.replace(/:/, ': ').replace(/,/g, random.pick([',', ', ', ' ,']));
      if (check(source(`${text}\n`, `r${i}.json`)) === 'fast') fast++;
    }
    expect(fast).toBe(500);
    // JSON.stringify never writes what the fast path declines; edited JSON may be anything.
    for (let i = 0; i < 500; i++) {
      const text = JSON.stringify(value(0), null, 2);
      const at = random.int(text.length);
      check(source(`${text.slice(0, at)}${random.pick([',', '"', ' ', '\n', ']', '}', ':', '#', "'", '\t'])}${text.slice(at)}`, `m${i}.json`));
    }
  });

  it("takes the fast path on the benchmark's generated configuration", () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'gwlint-fast-'));
    try {
      generateConfig({ routes: 400, dir });
      const names = readdirSync(dir);
      expect(names.length).toBeGreaterThan(5);
      for (const name of names) {
        const text = readText(path.join(dir, name));
        expect(check({ path: path.join(dir, name), displayPath: name, text }), name).toBe('fast');
        expect(check({ path: path.join(dir, name), displayPath: name, text: text.replace(/\n/g, '\r\n') }), name).toBe('fast');
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 60_000);

  it('takes the fast path on (nearly all) the examples', () => {
    const files = walk(path.join(repoRoot, 'examples'));
    expect(files.length).toBeGreaterThan(5);
    const declined = files.filter((file) => check({ path: file, displayPath: file, text: readText(file) }) === 'declined');
    expect(declined.length, declined.join(', ')).toBeLessThanOrEqual(files.length * 0.2);
  });

  const corpora = path.resolve(repoRoot, '../shared/corpora');
  it.skipIf(!existsSync(corpora))('on the shared corpora of real configuration', () => {
    const files = walk(corpora);
    let fast = 0;
    for (const file of files) if (check({ path: file, displayPath: file, text: readText(file) }) === 'fast') fast++;
    expect(files.length).toBeGreaterThan(50);
    expect(fast).toBeGreaterThan(files.length * 0.9);
  }, 60_000);
});

describe('parseSource', () => {
  it('gives what the fast path gives when it takes a file, else what the full path gives', () => {
    const typical = source('routes:\n  - name: a\n    paths: [/x]\n');
    expect(parseSource(typical)).toEqual(parseFast(typical));
    const mac = source('routes:\r  - name: a\r');
    expect(parseFast(mac)).toBeUndefined();
    expect(parseSource(mac)).toEqual(parseFull(mac));
  });
});

function walk(dir: string): string[] {
  const found: string[] = [];
  for (const name of readdirSync(dir).sort()) {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) found.push(...walk(full));
    else if (/\.(ya?ml|json)$/i.test(name)) found.push(full);
  }
  return found;
}
