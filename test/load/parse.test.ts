import { execFileSync, spawn } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseFast } from '../../src/load/fast/parse-fast.js';
import { MAX_ALIAS_EXPANSION, parseSource } from '../../src/load/parse.js';
import { readSource } from '../../src/load/read.js';
import { positionAt, spanText, type SourceFile } from '../../src/load/source.js';
import { get, getPair, isMap, isSeq, nodeAtPath, type YNode } from '../../src/load/tree.js';
import { lintText, where } from '../helpers/lint-text.js';

function source(text: string, name = 'routes.yaml'): SourceFile {
  return { path: `/virtual/${name}`, displayPath: name, text };
}

function at(file: SourceFile, node: YNode | undefined): string {
  const start = positionAt(file, node!.start);
  const end = positionAt(file, node!.end);
  return `${start.line}:${start.column}-${end.line}:${end.column}`;
}

describe('parseSource', () => {
  it('keeps the exact span of every node, without trailing white space', () => {
    const file = source('routes:\n  - name: a   # comment\n    paths: [/x, /y]\n\n  - name: b\n');
    const { documents, problems } = parseSource(file);
    expect(problems).toEqual([]);
    const root = documents[0]!.root;
    expect(at(file, nodeAtPath(root, ['routes', 0]))).toBe('2:5-3:20');
    expect(at(file, nodeAtPath(root, ['routes', 0, 'paths', 1]))).toBe('3:17-3:19');
    expect(spanText(nodeAtPath(root, ['routes', 1, 'name'])!)).toBe('b');
  });

  it('reads every document of a multi-document file', () => {
    const file = source('routes: []\n---\nupstreams: {}\n---\n# only a comment\n');
    const { documents } = parseSource(file);
    expect(documents.map((d) => d.index)).toEqual([0, 1]);
  });

  it('gives exact positions under CRLF line endings, tabs in strings and multi-byte characters', () => {
    const file = source('routes:\r\n  - name: "caf\u00e9\t\u{1F600}"\r\n    upstream: x\r\n');
    const root = parseSource(file).documents[0]!.root;
    expect(at(file, nodeAtPath(root, ['routes', 0, 'upstream']))).toBe('3:15-3:16');
    expect(nodeAtPath(root, ['routes', 0, 'name'])).toMatchObject({ value: 'caf\u00e9\t\u{1F600}' });
  });

  it('reports a syntax error at the parser position and keeps the other documents', () => {
    const file = source('routes: []\n---\nupstreams: [\n---\ncorsPolicies: {}\n');
    const { documents, problems } = parseSource(file);
    expect(documents.map((d) => d.index)).toEqual([0, 2]);
    expect(problems).toHaveLength(1);
    expect(problems[0]!.ruleId).toBe('parse-error');
    expect(positionAt(file, problems[0]!.span.start).line).toBeGreaterThanOrEqual(3);
  });

  it('explains the unquoted {param} in a flow list', () => {
    const { problems } = parseSource(source('routes:\n  - paths: [/v1/orders/{id}]\n'));
    expect(problems[0]!.message).toContain(`quote paths with parameters, e.g. ["/v1/orders/{id}"]`);
  });

  it('reports duplicate keys at the second key, keeping the last value', () => {
    const file = source('upstreams:\n  a:\n    url: http://one\n    url: http://two\n');
    const { documents, problems } = parseSource(file);
    expect(problems).toHaveLength(1);
    expect(problems[0]!.ruleId).toBe('duplicate-key');
    expect(at(file, problems[0]!.span as YNode)).toBe('4:5-4:8');
    expect(problems[0]!.message).toContain("Duplicate key 'url': it is also defined at line 3");
    expect(nodeAtPath(documents[0]!.root, ['upstreams', 'a', 'url'])).toMatchObject({ value: 'http://two' });
  });

  it('resolves aliases and merge keys, explicit keys winning', () => {
    const file = source('base: &base { timeout: 5s, upstream: a }\nroute:\n  <<: *base\n  upstream: b\n');
    const root = parseSource(file).documents[0]!.root;
    const route = get(root, 'route');
    expect(isMap(route) && route.pairs.map((p) => [p.key.value, (p.value as { value: unknown }).value])).toEqual([
      ['upstream', 'b'],
      ['timeout', '5s'],
    ]);
  });

  it('keeps a mapping flat: the entry reads agree with pairs, an alias shares its anchor\'s entries at its own place', () => {
    const file = source('base: &base\n  timeout: 5s\n  upstream: a\ncopy: *base\n');
    const root = parseSource(file).documents[0]!.root;
    const base = get(root, 'base');
    const copy = get(root, 'copy');
    if (!isMap(base) || !isMap(copy)) throw new Error('expected mappings');
    expect(Array.from({ length: base.size }, (_, i) => [base.keyTextAt(i), spanText(base.valueAt(i))])).toEqual([
      ['timeout', '5s'],
      ['upstream', 'a'],
    ]);
    expect(base.pairs.map((pair) => [pair.keyText, at(file, pair.key), spanText(pair.value)])).toEqual([
      ['timeout', '2:3-2:10', '5s'],
      ['upstream', '3:3-3:11', 'a'],
    ]);
    // The alias is where `*base` is written; its entries, and their key nodes, are the anchor's.
    expect(at(file, copy)).toBe('4:7-4:12');
    expect(copy.pairs).toBe(base.pairs);
    expect(getPair(copy, 'upstream')!.key).toBe(getPair(base, 'upstream')!.key);
  });

  it('stops an alias bomb with a parse-error instead of expanding it', () => {
    const lines = ['a: &a [x, x, x, x, x, x, x, x, x, x]'];
    for (let i = 1; i < 9; i++) lines.push(`${String.fromCharCode(97 + i)}: &${String.fromCharCode(97 + i)} [${Array(10).fill(`*${String.fromCharCode(96 + i)}`).join(', ')}]`);
    const { documents, problems } = parseSource(source(`${lines.join('\n')}\n`));
    expect(documents).toEqual([]);
    expect(problems[0]!.message).toContain(`more than ${MAX_ALIAS_EXPANSION.toLocaleString('en-US')} extra nodes`);
  });

  it('refuses hostile nesting before parsing, and the next file still parses', () => {
    const deep = source(`routes: ${'['.repeat(10_000)}${']'.repeat(10_000)}\n`);
    const { documents, problems } = parseSource(deep);
    expect(documents).toEqual([]);
    expect(problems[0]!.message).toContain('Nesting goes deeper than 256 levels');
    expect(parseSource(source('corsPolicies: { x: { allowOrigins: ["*"] } }\n')).problems).toEqual([]);
  });

  it('keeps unknown tags as data and never runs them', () => {
    const root = parseSource(source('x: !Ref Foo\ny: !!js/function "function () {}"\n')).documents[0]!.root;
    expect(get(root, 'x')).toMatchObject({ value: 'Foo', tag: '!Ref' });
    expect(typeof (get(root, 'y') as { value: unknown }).value).toBe('string');
  });

  it('keeps keys such as __proto__ and constructor as plain keys', () => {
    const root = parseSource(source('__proto__: 1\nconstructor: 2\n')).documents[0]!.root;
    expect(isMap(root) && getPair(root, '__proto__')?.value).toMatchObject({ value: 1 });
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('flags in a .json file what YAML accepts but JSON does not, at the trailing comma', () => {
    const file = source('{"routes": [1, 2,\n]}\n', 'routes.json');
    const { problems, strictJsonProblem } = parseSource(file);
    expect(problems).toEqual([]);
    expect(strictJsonProblem?.message).toBe('Invalid JSON: a trailing comma; gateways reading this file as JSON will reject it.');
    expect(positionAt(file, strictJsonProblem!.span.start)).toEqual({ line: 1, column: 17 });
    expect(parseSource(source('{"routes": [1, 2]}\n', 'routes.json')).strictJsonProblem).toBeUndefined();
  });

  it('ends an error at a line break on the next line, column 1, with CR LF as with LF', () => {
    const range = (text: string, name?: string) => {
      const file = source(text, name);
      const parsed = parseSource(file);
      return [...parsed.problems, ...(parsed.strictJsonProblem ? [parsed.strictJsonProblem] : [])].map((problem) => {
        const start = positionAt(file, problem.span.start);
        const end = positionAt(file, problem.span.end);
        return `${start.line}:${start.column}-${end.line}:${end.column}`;
      });
    };
    const crlf = (text: string) => text.replace(/\n/g, '\r\n');
    // YAML: the error's range is the empty line's break; JSON: a line break inside a string.
    for (const [text, name, expected] of [
      ['routes:\n  x: 1\n\n - y\n', 'routes.yaml', '3:1-4:1'],
      ['{"a": "b\n"}\n', 'routes.json', '1:9-2:1'],
    ] as const) {
      expect(range(text, name), name).toContain(expected);
      expect(range(crlf(text), name), name).toEqual(range(text, name));
    }
  });

  it('places nodes and comments of CR LF files the fast path leaves to the yaml package as in LF files', () => {
    const text = [
      'routes:',
      '  - ? name', // an explicit key: the fast path declines the file
      '    : a',
      '    paths: [/a]',
      '    # gwlint-disable-next-line unknown-reference -- the upstream comes later',
      '    upstream: missing',
      '  - name: b',
      '    paths: [/b]',
      '    upstream: missing2',
      '',
    ].join('\n');
    const crlf = text.replace(/\n/g, '\r\n');
    expect(parseFast(source(crlf))).toBeUndefined();
    const findings = (files: Record<string, string>) => lintText(files).map((finding) => `${finding.ruleId} ${where(finding)}`);
    expect(findings({ 'routes.yaml': text })).toEqual(['unknown-reference 9:15-9:23']);
    expect(findings({ 'routes.yaml': crlf })).toEqual(findings({ 'routes.yaml': text }));
    const root = parseSource(source(crlf)).documents[0]!.root;
    expect(at(source(crlf), nodeAtPath(root, ['routes', 1, 'upstream']))).toBe('9:15-9:23');
  });

  it('parses tab-indented JSON', () => {
    const { documents, problems } = parseSource(source('{\n\t"routes": [\n\t\t{"name": "a"}\n\t]\n}\n', 'r.json'));
    expect(problems).toEqual([]);
    expect(isSeq(get(documents[0]!.root, 'routes'))).toBe(true);
  });
});

describe('readSource', () => {
  const folder = mkdtempSync(path.join(tmpdir(), 'gwlint-read-'));
  const write = (name: string, content: string | Buffer) => {
    const file = path.join(folder, name);
    writeFileSync(file, content);
    return file;
  };

  it('strips a UTF-8 byte order mark so columns match what editors show', () => {
    const read = readSource(write('bom.yaml', '\uFEFFroutes: []\n'), folder);
    expect(read.ok && read.file.text.startsWith('routes')).toBe(true);
  });

  it('reports invalid UTF-8 as a parse-error instead of garbling it', () => {
    const read = readSource(write('bad.yaml', Buffer.from([0x72, 0x3a, 0x20, 0xff, 0xfe, 0x0a])), folder);
    expect(read.ok).toBe(false);
    expect(!read.ok && read.problem.message).toContain('not valid UTF-8');
  });

  it('reads a classic-Mac file (CR line breaks only) like any other', () => {
    const read = readSource(write('mac.yaml', 'routes:\r  - name: a\r    upstream: u\r'), folder);
    expect(read.ok).toBe(true);
    const file = read.ok ? read.file : source('');
    const { documents, problems } = parseSource(file);
    expect(problems).toEqual([]);
    expect(at(file, nodeAtPath(documents[0]!.root, ['routes', 0, 'upstream']))).toBe('3:15-3:16');
  });

  it('reports a file that does not exist as unreadable', () => {
    const read = readSource(path.join(folder, 'missing.yaml'), folder);
    expect(!read.ok && read.problem.message).toContain('could not be read (ENOENT)');
  });

  it('reads files one after another through its one buffer, each whole', () => {
    const long = `routes: [${'x'.repeat(200_000)}]\n`;
    const first = readSource(write('long.yaml', long), folder);
    const second = readSource(write('short.yaml', 'routes: []\n'), folder);
    expect(first.ok && first.file.text).toBe(long);
    expect(second.ok && second.file.text).toBe('routes: []\n');
  });

  // A pipe states no size: the limit applies as it is read, whatever was read before.
  it.skipIf(process.platform === 'win32')('stops reading a pipe past the size limit', { timeout: 30_000 }, () => {
    const fifo = path.join(folder, 'pipe.yaml');
    execFileSync('mkfifo', [fifo]);
    const writer = spawn('sh', ['-c', `head -c ${33 * 1024 * 1024} /dev/zero > "$0"`, fifo], { stdio: 'ignore' });
    const read = readSource(fifo, folder);
    writer.kill();
    expect(!read.ok && read.problem.message).toBe("File is larger than gwlint's 32.0 MiB limit; it was not linted. Split it into smaller files.");
  });
});

describe('review regressions', () => {
  it('ends a block route before a comment that follows its last value', () => {
    const file = source('routes:\n  - name: a\n    auth: none  # public\n  - name: b\n');
    const root = parseSource(file).documents[0]!.root;
    expect(at(file, nodeAtPath(root, ['routes', 0]))).toBe('2:5-3:15');
  });

  it('still checks JSON strictness when the file also has a duplicate key', () => {
    const { problems, strictJsonProblem } = parseSource(source('{"routes": [], "routes": [1,]}\n', 'r.json'));
    expect(problems.map((p) => p.ruleId)).toEqual(['duplicate-key']);
    expect(strictJsonProblem?.message).toContain('a trailing comma');
  });
});
