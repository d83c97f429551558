/**
 * Parsing speed of the two paths of `parseSource` on the benchmark's generated configuration
 * (YAML), and on the same configuration written as JSON; and, for scale, of the `yaml`
 * package's lexer and parser (CST) alone, which any path built on them cannot beat. Reports MB/s
 * (of UTF-16 text, one character per byte here), best of several runs, and the heap the parsed
 * trees hold. Each measurement runs in a fresh process.
 *
 *   npx esbuild bench/parse-speed.ts --bundle --platform=node --format=cjs --outfile=/tmp/ps.cjs \
 *     && node --expose-gc /tmp/ps.cjs [routes=60000] [runs=3]
 */
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { Lexer, Parser } from 'yaml';
import { parseFast } from '../src/load/fast/parse-fast.js';
import { parseFull, type ParsedFile } from '../src/load/parse.js';
import type { SourceFile } from '../src/load/source.js';
import type { YNode } from '../src/load/tree.js';
import { generateConfig } from './generate.js';

const routes = Number(process.argv[2] ?? 60_000);
const runs = Number(process.argv[3] ?? 3);
const gc = (globalThis as { gc?: () => void }).gc;

type Parse = (file: SourceFile) => ParsedFile | number | undefined;

const MEASUREMENTS: Readonly<Record<string, { json: boolean; parse: Parse }>> = {
  'YAML lexer': { json: false, parse: (file) => count(new Lexer().lex(file.text)) },
  'YAML CST': { json: false, parse: (file) => count(new Parser().parse(file.text)) },
  'YAML full': { json: false, parse: parseFull },
  'YAML fast': { json: false, parse: parseFast },
  'JSON full': { json: true, parse: parseFull },
  'JSON fast': { json: true, parse: parseFast },
};

function count(tokens: Iterable<unknown>): number {
  let n = 0;
  for (const _ of tokens) n++;
  return n;
}

function toJs(node: YNode): unknown {
  if (node.kind === 'scalar') return node.value;
  if (node.kind === 'seq') return node.items.map(toJs);
  return Object.fromEntries(node.pairs.map((pair) => [pair.keyText, toJs(pair.value)]));
}

/** The generated configuration, as YAML files or as the same data in JSON files. */
function load(json: boolean): SourceFile[] {
  const config = generateConfig({ routes });
  const files = readdirSync(config.dir)
    .sort()
    .map((name) => {
      const full = path.join(config.dir, name);
      return { path: full, displayPath: name, text: readFileSync(full, 'utf8') };
    });
  rmSync(config.dir, { recursive: true, force: true });
  if (!json) return files;
  return files.map((file) => {
    const root = parseFast(file)!.documents[0]!.root;
    const jsonPath = file.path.replace(/\.yaml$/, '.json');
    return { path: jsonPath, displayPath: path.basename(jsonPath), text: `${JSON.stringify(toJs(root), null, 2)}\n` };
  });
}

function measure(label: string): void {
  const { json, parse } = MEASUREMENTS[label]!;
  const files = load(json);
  const chars = files.reduce((sum, file) => sum + file.text.length, 0);
  let best = Number.POSITIVE_INFINITY;
  let kept: ReturnType<Parse>[] = [];
  let heap = 0;
  for (let run = 0; run < runs; run++) {
    kept = [];
    gc?.();
    const before = process.memoryUsage().heapUsed;
    const start = performance.now();
    for (const file of files) kept.push(parse(file));
    best = Math.min(best, performance.now() - start);
    gc?.();
    heap = process.memoryUsage().heapUsed - before;
  }
  if (kept.includes(undefined)) throw new Error(`${label}: the fast path declined a file`);
  const mb = chars / 1e6;
  const heapNote = gc && typeof kept[0] === 'object' ? `, trees hold ${(heap / 2 ** 20).toFixed(0)} MiB of heap` : '';
  console.log(`${label.padEnd(10)} ${mb.toFixed(1)} MB in ${best.toFixed(0)} ms: ${(mb / (best / 1000)).toFixed(1)} MB/s${heapNote}`);
}

const only = process.argv[4];
if (only) {
  measure(only);
} else {
  console.log(`${routes} routes, best of ${runs}${gc ? '' : ' (run node with --expose-gc for heap figures)'}`);
  // A fresh process each, so the garbage one measurement leaves does not slow the next.
  for (const label of Object.keys(MEASUREMENTS)) {
    execFileSync(process.execPath, [...process.execArgv, process.argv[1]!, String(routes), String(runs), label], { stdio: 'inherit' });
  }
}
