import { closeSync, mkdtempSync, openSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { openOutput } from '../../src/cli/stdio.js';

const scratch = mkdtempSync(path.join(tmpdir(), 'gwlint-stdio-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

const noStream = (): NodeJS.WriteStream => {
  throw new Error('a pipe or file must not make a stream');
};

describe('openOutput', () => {
  it('writes a file descriptor directly, every byte of multi-byte text, with no stream', () => {
    const file = path.join(scratch, 'out.txt');
    const fd = openSync(file, 'w');
    try {
      const output = openOutput(fd, noStream);
      const text = `${'✖ route /ü/{id} — '.repeat(20000)}\n`;
      output.write(text);
      output.write('end\n');
      expect({ isTty: output.isTty, failed: output.failed, stream: output.stream }).toEqual({ isTty: false, failed: false, stream: undefined });
      expect(readFileSync(file, 'utf8')).toBe(`${text}end\n`);
    } finally {
      closeSync(fd);
    }
  });

  it('reports a descriptor it cannot write as failed, without throwing, and writes nothing more', () => {
    const file = path.join(scratch, 'read-only.txt');
    writeFileSync(file, 'before');
    const fd = openSync(file, 'r');
    try {
      const output = openOutput(fd, noStream);
      expect(() => output.write('report')).not.toThrow();
      expect(output.failed).toBe(true);
      expect(() => output.write('more')).not.toThrow();
      expect(readFileSync(file, 'utf8')).toBe('before');
    } finally {
      closeSync(fd);
    }
  });

  it.skipIf(process.platform === 'win32')('leaves a character device (a terminal, /dev/null) to the stream', () => {
    const fd = openSync('/dev/null', 'w');
    const written: string[] = [];
    const stream = { isTTY: true, errored: null, on: () => stream, write: (text: string) => written.push(text) > 0 } as unknown as NodeJS.WriteStream;
    try {
      const output = openOutput(fd, () => stream);
      output.write('to the terminal');
      expect({ isTty: output.isTty, failed: output.failed, stream: output.stream === stream }).toEqual({ isTty: true, failed: false, stream: true });
      expect(written).toEqual(['to the terminal']);
    } finally {
      closeSync(fd);
    }
  });

  it.skipIf(process.platform === 'win32')("counts a stream's write error as a failure, but not a closed pipe's", () => {
    const fd = openSync('/dev/null', 'w');
    const failedWith = (code: string) => {
      const stream = { isTTY: false, errored: Object.assign(new Error(code), { code }), on: () => stream, write: () => true } as unknown as NodeJS.WriteStream;
      return openOutput(fd, () => stream).failed;
    };
    try {
      expect([failedWith('ENOSPC'), failedWith('EPIPE')]).toEqual([true, false]);
    } finally {
      closeSync(fd);
    }
  });
});
