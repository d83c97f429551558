/**
 * The fast path of `parseSource`. The `yaml` package reads about 1 MB/s here (its parser alone
 * about 2 MB/s, its lexer alone about 12), so a 15 MB configuration would take seconds before any
 * rule runs, and a reader built on its tokens could not reach the 10 MB/s gwlint needs either.
 * Configuration files use a small part of YAML: block mappings and sequences, flow collections
 * (JSON is one), plain, quoted and block scalars, comments, several documents, anchors, aliases,
 * merge keys and local tags such as `!Ref`. This reads that part directly into gwlint's tree,
 * with the values, spans, problems and comments the full path would give.
 *
 * It declines (returns undefined, and the caller takes the full path) on anything else or on
 * doubt: any syntax error (so error messages stay the full path's), directives, explicit `?`
 * keys, keys that are not one-line scalars, properties on keys, `!!`, `!` and verbatim tags,
 * indentation indicators (`|2`), tabs in indentation or around indicators, lone carriage
 * returns, unusual control or line-separator characters, multi-line keys and flow scalars,
 * multi-line quoted scalars over CR LF breaks, alias bombs, and indentation YAML forbids or the
 * full path treats specially. `test/load/fast-path.test.ts` checks it against the full path.
 */
import { AliasBudgetExceeded, Anchors, isEmptyRoot } from '../assemble.js';
import type { SourceComment } from '../comments.js';
import { completeParse, wantsComments, type LoadProblem, type ParsedDocument, type ParsedFile } from '../parse.js';
import type { SourceFile } from '../source.js';
import { BlockReader, LINE } from './block.js';
import { DASH } from './chars.js';
import { Cursor, Declined } from './cursor.js';

/**
 * Control characters (but tab, line feed and the CR of CR LF), a lone carriage return (`read.ts`
 * turns those into line feeds, other callers may not), DEL and C1 controls, Unicode line
 * separators and byte order marks.
 */
const UNSUPPORTED = /[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u2028\u2029\ufeff]|\r(?!\n)/;

/** The file parsed the fast way, or undefined when the full path must parse it. */
export function parseFast(file: SourceFile): ParsedFile | undefined {
  if (UNSUPPORTED.test(file.text)) return undefined;
  const problems: LoadProblem[] = [];
  const comments: SourceComment[] | undefined = wantsComments(file) ? [] : undefined;
  const cursor = new Cursor(file, problems, comments);
  let documents: ParsedDocument[];
  try {
    documents = readDocuments(cursor);
  } catch (error) {
    // A RangeError would be a stack overflow (the caller checks nesting first): the full path
    // answers then too.
    if (error === Declined.instance || error instanceof AliasBudgetExceeded || error instanceof RangeError) return undefined;
    throw error;
  }
  return completeParse(file, documents, problems, comments ?? []);
}

/**
 * Documents are numbered as the `yaml` package numbers them: `---` always starts one; content
 * starts one unless a document is already open; `...` closes it, or stands for an empty one
 * when none is open.
 */
function readDocuments(c: Cursor): ParsedDocument[] {
  const documents: ParsedDocument[] = [];
  const reader = new BlockReader(c);
  let index = -1;
  let open = false;
  c.toContentLine();
  while (c.pos < c.length) {
    if (c.indent === -1) {
      if (c.code() === DASH) {
        index++;
        open = true;
      } else {
        // A `...` with no document open stands for an empty one.
        if (!open) index++;
        open = false;
      }
      c.pos += 3;
      c.endLine();
      continue;
    }
    if (!open) {
      index++;
      open = true;
    }
    c.anchors = new Anchors(c.file);
    const root = reader.node(-1, c.indent, LINE);
    if (c.indent !== -1) c.decline();
    if (!isEmptyRoot(root)) documents.push({ file: c.file, index, root });
  }
  return documents;
}
