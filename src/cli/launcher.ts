#!/usr/bin/env node
/**
 * The `gwlint` command (dist/gwlint.cjs). pre-commit runs gwlint on every commit, so start-up time
 * is felt: compiling the bundled program (dist/gwlint-core.cjs) costs V8 about 25 ms on every
 * start, a fifth of a small run. This launcher compiles it with V8's code cache: the first run
 * saves the compiled code beside the program, later runs load it instead of compiling again.
 *
 * The cache file's name holds a digest of the program (set at build time), the Node.js version and
 * the architecture, so no run ever uses another program's cache (V8 itself only compares source
 * lengths); V8 rejects a cache made under other flags, and the file is then written anew. It is
 * written after a run that linted (see `linted` in ./bin.ts). Failing to read or write it (a
 * read-only install) only means compiling as usual.
 *
 * A plain CommonJS file, so that Node.js starts it without its ES-module loader.
 */
import { readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { Script } from 'node:vm';
import { keepFreedMemory } from './allocator.js';

/** The digest of dist/gwlint-core.cjs, set by scripts/build.mjs. */
declare const GWLINT_CORE_DIGEST: string;

keepFreedMemory();

const core = path.join(__dirname, 'gwlint-core.cjs');
const cacheFile = path.join(__dirname, `.gwlint-core-${GWLINT_CORE_DIGEST}-${process.version}-${process.arch}.v8cache`);

function readCache(): Buffer | undefined {
  try {
    return readFileSync(cacheFile);
  } catch {
    return undefined;
  }
}

/**
 * Written once the run is over, so the cache also holds the functions the run compiled. Caches of
 * other builds of the program are removed then (those of other Node.js versions are kept).
 */
function writeCache(script: Script): void {
  const temporary = `${cacheFile}.${process.pid}`;
  try {
    writeFileSync(temporary, script.createCachedData());
    renameSync(temporary, cacheFile);
    for (const name of readdirSync(__dirname)) {
      if (name.startsWith('.gwlint-core-') && name.endsWith('.v8cache') && !name.startsWith(`.gwlint-core-${GWLINT_CORE_DIGEST}-`)) rmSync(path.join(__dirname, name), { force: true });
    }
  } catch {
    rmSync(temporary, { force: true });
  }
}

const cachedData = readCache();
// The program is ASCII (esbuild escapes everything else; the build checks it), so it is read as
// Latin-1, one byte per character, without UTF-8 decoding. The wrapper is the one Node.js puts
// around a CommonJS module.
const script = new Script(`(function (exports, require, module, __filename, __dirname) {${readFileSync(core, 'latin1')}\n})`, { filename: core, cachedData });
const program: { exports: { linted?: boolean; streams?: readonly NodeJS.WriteStream[] } } = { exports: {} };
if (cachedData === undefined || script.cachedDataRejected === true) {
  process.once('exit', () => {
    if (program.exports.linted === true) writeCache(script);
  });
}
(script.runInThisContext() as (...args: unknown[]) => void).call(program.exports, program.exports, createRequire(core), program, core, __dirname);
exitWhenWritten(program.exports.streams ?? []);

/**
 * The program is done (it is synchronous): exit now instead of letting Node.js take the heap apart
 * piece by piece, which costs tens of milliseconds after a large run, but only once everything
 * written to the streams it used has been handed on (writes to a terminal are asynchronous on
 * some systems; pipes and files it writes directly, see ./stdio.ts). The exit code is the one the
 * program set.
 */
function exitWhenWritten(streams: readonly NodeJS.WriteStream[]): void {
  const pending = streams.filter((stream) => stream.writableLength > 0);
  let waiting = pending.length;
  if (waiting === 0) process.exit();
  for (const stream of pending) {
    stream.once('drain', () => {
      if (--waiting === 0) process.exit();
    });
  }
}
