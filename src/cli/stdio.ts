/**
 * The command's standard output and error. Node.js's `process.stdout` and `process.stderr` are
 * stream objects whose first use loads Node.js's stream modules (and, for a pipe, its networking
 * ones): about 5 ms of every start on this project's reference machine, some 4% of a pre-commit
 * run. A pipe or a file, which is how pre-commit, CI and scripts take the output, is written with
 * plain blocking `writeSync` calls instead. A terminal, or any other character device, keeps
 * Node.js's stream, which knows terminals (a Windows console needs it for Unicode).
 *
 * Either way a reader that stops early (`gwlint … | head`) ends the writing quietly, and the run
 * keeps its exit code; any other failure to write makes it an internal error (exit 2).
 */
import { fstatSync, writeSync } from 'node:fs';

export interface Output {
  /** Whether this is a terminal, as `process.stdout.isTTY` says. */
  readonly isTty: boolean;
  write(text: string): void;
  /** Whether a write failed for another reason than a closed pipe: the run is then an internal error. */
  readonly failed: boolean;
  /** Node.js's stream, when this is a character device; its writes may still be pending at the end. */
  readonly stream: NodeJS.WriteStream | undefined;
}

export function openOutput(fd: number, stream: () => NodeJS.WriteStream): Output {
  return isCharacterDevice(fd) ? streamOutput(stream()) : fdOutput(fd);
}

function isCharacterDevice(fd: number): boolean {
  try {
    return fstatSync(fd).isCharacterDevice();
  } catch {
    // A descriptor that cannot even be examined is left to Node.js's stream, as before.
    return true;
  }
}

/** How a write to a pipe whose reader has gone fails: EPIPE, or EOF for some Windows pipes. */
function isClosedPipe(code: string | undefined): boolean {
  return code === 'EPIPE' || code === 'EOF';
}

function streamOutput(stream: NodeJS.WriteStream): Output {
  // A failure reported after the run (an asynchronous write) ends the process here.
  stream.on('error', (error: NodeJS.ErrnoException) => {
    process.exit(isClosedPipe(error.code) ? process.exitCode : 2);
  });
  return {
    isTty: stream.isTTY === true,
    write: (text) => void stream.write(text),
    // A synchronous write (a file, /dev/full) fails at once, but its 'error' event would come after the launcher's exit.
    get failed() {
      const error = stream.errored as NodeJS.ErrnoException | null | undefined;
      return error ? !isClosedPipe(error.code) : false;
    },
    stream,
  };
}

function fdOutput(fd: number): Output {
  let closed = false;
  let failed = false;
  const write = (text: string): void => {
    if (closed) return;
    const bytes = Buffer.from(text, 'utf8');
    for (let offset = 0; offset < bytes.length; ) {
      try {
        offset += writeSync(fd, bytes, offset, bytes.length - offset);
      } catch (error) {
        const code = (error as NodeJS.ErrnoException).code;
        // A descriptor some other process left non-blocking, with its reader behind: wait for it.
        if (code === 'EAGAIN') {
          pause(1);
          continue;
        }
        closed = true;
        failed = !isClosedPipe(code);
        return;
      }
    }
  };
  return {
    isTty: false,
    write,
    get failed() {
      return failed;
    },
    stream: undefined,
  };
}

const sleeper = new Int32Array(new SharedArrayBuffer(4));

function pause(milliseconds: number): void {
  Atomics.wait(sleeper, 0, 0, milliseconds);
}
