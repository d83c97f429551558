/** A file as read from disk, with the table that turns offsets into line/column positions. */
export interface SourceFile {
  /** Absolute path on disk. */
  readonly path: string;
  /** Path relative to the working directory, with `/` separators: what users see. */
  readonly displayPath: string;
  readonly text: string;
}

/** A range of characters in one file: `[start, end)` in UTF-16 offsets. */
export interface Span {
  readonly file: SourceFile;
  readonly start: number;
  readonly end: number;
}

/** 1-based line and column; `column` counts UTF-16 code units, as SARIF and editors do. */
export interface Position {
  line: number;
  column: number;
}

const lineTables = new WeakMap<SourceFile, Int32Array>();

/**
 * Line starts are computed once per file, on the first position asked of it: counted first, then
 * written into a typed array of that size (a megabyte-sized file has tens of thousands of lines,
 * and a growing array of them would be copied over and over).
 */
function lineStarts(file: SourceFile): Int32Array {
  let starts = lineTables.get(file);
  if (starts) return starts;
  const text = file.text;
  if (!text.includes('\r')) {
    // The common case, found by the engine's fast search instead of a loop over every character.
    let count = 1;
    for (let at = text.indexOf('\n'); at !== -1; at = text.indexOf('\n', at + 1)) count++;
    starts = new Int32Array(count);
    let line = 1;
    for (let at = text.indexOf('\n'); at !== -1; at = text.indexOf('\n', at + 1)) starts[line++] = at + 1;
  } else {
    const found: number[] = [0];
    for (let i = 0; i < text.length; i++) {
      const code = text.charCodeAt(i);
      if (code === 10) found.push(i + 1);
      else if (code === 13 && text.charCodeAt(i + 1) !== 10) found.push(i + 1);
    }
    starts = Int32Array.from(found);
  }
  lineTables.set(file, starts);
  return starts;
}

export function positionAt(file: SourceFile, offset: number): Position {
  const starts = lineStarts(file);
  const clamped = Math.max(0, Math.min(offset, file.text.length));
  let low = 0;
  let high = starts.length - 1;
  while (low < high) {
    const mid = (low + high + 1) >> 1;
    if (starts[mid]! <= clamped) low = mid;
    else high = mid - 1;
  }
  return { line: low + 1, column: clamped - starts[low]! + 1 };
}

export function spanText(span: Span): string {
  return span.file.text.slice(span.start, span.end);
}

/** The offsets of a 1-based line: where it starts and where its text ends (before the line break). */
export function lineBounds(file: SourceFile, line: number): { start: number; end: number } {
  const starts = lineStarts(file);
  const index = Math.max(0, Math.min(line - 1, starts.length - 1));
  const start = starts[index]!;
  let end = index + 1 < starts.length ? starts[index + 1]! : file.text.length;
  while (end > start && (file.text.charCodeAt(end - 1) === 10 || file.text.charCodeAt(end - 1) === 13)) end--;
  return { start, end };
}

/** The number of lines in a file (a final line break does not start another line of content). */
export function lineCount(file: SourceFile): number {
  return lineStarts(file).length;
}
