import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { readBaseline } from '../../src/baseline/read.js';
import { writeBaseline } from '../../src/baseline/write.js';
import { UsageError } from '../../src/cli/usage-error.js';

const dir = mkdtempSync(path.join(tmpdir(), 'gwlint-baseline-read-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const FINGERPRINT = 'a'.repeat(64);
const entry = { fingerprint: FINGERPRINT, ruleId: 'shadowed-route', file: 'routes.yaml', message: 'm', count: 2 };

function fileWith(name: string, text: string): string {
  const file = path.join(dir, name);
  writeFileSync(file, text);
  return file;
}

function errorOf(file: string): string {
  try {
    readBaseline(file);
  } catch (error) {
    expect(error).toBeInstanceOf(UsageError);
    return (error as Error).message;
  }
  throw new Error('expected a UsageError');
}

describe('readBaseline', () => {
  it('reads a valid baseline, entries sorted', () => {
    const other = { ...entry, fingerprint: 'b'.repeat(64), file: 'a.yaml', count: 1 };
    const file = fileWith('ok.json', JSON.stringify({ version: 1, tool: 'gwlint', entries: [entry, other] }));
    expect(readBaseline(file)).toEqual({ version: 1, tool: 'gwlint', entries: [other, entry] });
  });

  it('a missing file says how to create it', () => {
    const file = path.join(dir, 'missing.json');
    expect(errorOf(file)).toBe(`--baseline ${file} does not exist (create it with --write-baseline ${file})`);
  });

  it('an unreadable file gives the error code', () => {
    const folder = path.join(dir, 'a-folder');
    mkdirSync(folder);
    expect(errorOf(folder)).toBe(`cannot read --baseline ${folder} (EISDIR)`);
  });

  it.each([
    ['not JSON', '{"version": 1,', 'not valid JSON'],
    ['an array', '[]', 'expected a JSON object'],
    ['another tool', JSON.stringify({ version: 1, tool: 'eslint', entries: [] }), 'expected "tool": "gwlint"'],
    ['a later version', JSON.stringify({ version: 2, tool: 'gwlint', entries: [] }), 'expected "version": 1, got 2'],
    ['no entries', JSON.stringify({ version: 1, tool: 'gwlint' }), 'expected an "entries" array'],
    ['a bad entry', JSON.stringify({ version: 1, tool: 'gwlint', entries: [7] }), 'entries[0] is not an object'],
    ['a bad fingerprint', JSON.stringify({ version: 1, tool: 'gwlint', entries: [{ ...entry, fingerprint: 'xyz' }] }), 'entries[0].fingerprint is not a 64-digit hex fingerprint'],
    ['a missing message', JSON.stringify({ version: 1, tool: 'gwlint', entries: [{ ...entry, message: undefined }] }), 'entries[0].message is not a string'],
    ['a zero count', JSON.stringify({ version: 1, tool: 'gwlint', entries: [{ ...entry, count: 0 }] }), 'entries[0].count is not a whole number of 1 or more'],
    ['a repeated fingerprint', JSON.stringify({ version: 1, tool: 'gwlint', entries: [entry, entry] }), 'entries[1] repeats the fingerprint of entries[0]'],
  ])('rejects %s with one clear line', (_name, text, problem) => {
    const file = fileWith('bad.json', text);
    expect(errorOf(file)).toBe(`--baseline ${file} is not a gwlint baseline: ${problem}`);
  });
});

describe('writeBaseline', () => {
  it('a file it cannot write is a usage error', () => {
    const file = path.join(dir, 'no-such-folder', 'baseline.json');
    expect(() => writeBaseline(file, [])).toThrow(new UsageError(`cannot write --write-baseline ${file} (ENOENT)`));
  });

  it('writes an empty baseline and returns the count', () => {
    const file = path.join(dir, 'empty.json');
    expect(writeBaseline(file, [])).toBe(0);
    expect(readBaseline(file).entries).toEqual([]);
  });
});
