import { isAscii } from 'node:buffer';
import { closeSync, fstatSync, openSync, readSync } from 'node:fs';
import path from 'node:path';
import type { LoadProblem } from './parse.js';
import type { SourceFile } from './source.js';

/** Files above this size are reported and skipped: no real gateway configuration is this large. */
export const MAX_FILE_BYTES = 32 * 1024 * 1024;

export type ReadResult =
  | { ok: true; file: SourceFile }
  | { ok: false; file: SourceFile; problem: LoadProblem };

export function displayPathOf(absolutePath: string, cwd: string): string {
  return path.relative(cwd, absolutePath).split(path.sep).join('/');
}

const utf8 = new TextDecoder('utf-8', { fatal: true });

export function readSource(absolutePath: string, cwd: string): ReadResult {
  const displayPath = displayPathOf(absolutePath, cwd);
  const fail = (message: string): ReadResult => {
    const file: SourceFile = { path: absolutePath, displayPath, text: '' };
    return { ok: false, file, problem: { ruleId: 'parse-error', span: { file, start: 0, end: 0 }, message } };
  };
  let bytes: Buffer;
  try {
    const read = readBytes(absolutePath);
    if (!Buffer.isBuffer(read)) {
      const size = read.exact ? `${formatMiB(read.size)}, above` : 'larger than';
      return fail(`File is ${size} gwlint's ${formatMiB(MAX_FILE_BYTES)} limit; it was not linted. Split it into smaller files.`);
    }
    bytes = read;
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? 'error';
    return fail(`File could not be read (${code}); it was not linted.`);
  }
  let text: string;
  if (isAscii(bytes)) {
    // Nearly every configuration file: one byte per character, so no decoding to speak of.
    text = bytes.toString('latin1');
  } else {
    try {
      text = utf8.decode(bytes);
    } catch {
      return fail('File is not valid UTF-8 text; it was not linted. Gateways expect UTF-8 configuration.');
    }
  }
  // Neither YAML nor JSON allows a NUL character anywhere (JSON strings write it as an escape).
  if (text.includes('\0')) {
    return fail('File contains NUL characters, which YAML and JSON never allow: it is binary or corrupted, not configuration text; it was not linted.');
  }
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  // YAML counts a lone CR (classic Mac) as a line break but the parser does not; same length, same offsets.
  if (text.includes('\r')) text = text.replace(/\r(?!\n)/g, '\n');
  return { ok: true, file: { path: absolutePath, displayPath, text } };
}

/**
 * One buffer for every file read: each file's text is a copy, so the bytes are not needed past
 * `readSource`, and reading into memory already touched spares the page faults of a fresh buffer
 * per file (a few milliseconds per megabyte on some virtual machines).
 */
let readBuffer = Buffer.allocUnsafeSlow(64 * 1024);

/**
 * The file's bytes (valid until the next call), or, for a file above `MAX_FILE_BYTES`, its size
 * (`exact`) or, for a pipe or other file that states no size, that it went past the limit.
 * Reads to the end, whatever size the file claims.
 */
function readBytes(absolutePath: string): Buffer | { readonly size: number; readonly exact: boolean } {
  const fd = openSync(absolutePath, 'r');
  try {
    const size = fstatSync(fd).size;
    if (size > MAX_FILE_BYTES) return { size, exact: true };
    if (readBuffer.length < size + 1) readBuffer = Buffer.allocUnsafeSlow(size + 1);
    let length = 0;
    for (;;) {
      if (length === readBuffer.length) {
        const larger = Buffer.allocUnsafeSlow(Math.min(length * 2, MAX_FILE_BYTES + 1));
        readBuffer.copy(larger);
        readBuffer = larger;
      }
      const count = readSync(fd, readBuffer, length, readBuffer.length - length, null);
      if (count === 0) return readBuffer.subarray(0, length);
      length += count;
      if (length > MAX_FILE_BYTES) return { size: length, exact: false };
    }
  } finally {
    closeSync(fd);
  }
}

function formatMiB(bytes: number): string {
  return `${(bytes / (1024 * 1024)).toFixed(1)} MiB`;
}
