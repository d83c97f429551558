/**
 * Literal (`|`) and folded (`>`) block scalars: the lines the `yaml` lexer gives them and the
 * value its composer makes of those lines (indentation, folding, chomping).
 */
import { scalarNode, type YScalar } from '../tree.js';
import { CR, DASH, HASH, isBreak, LF, PIPE, PLUS, SPACE, TAB } from './chars.js';
import { trimmedEnd, type Cursor } from './cursor.js';

const CLIP = 0;
const STRIP = 1;
const KEEP = 2;

/**
 * From the header at `c.pos`, for a node in a collection at column `parent` (content must be
 * indented more). Declines explicit indentation indicators and tabs. Ends at the next content line.
 */
export function readBlockScalar(c: Cursor, parent: number, tag: string | undefined): YScalar {
  const text = c.text;
  const start = c.pos;
  const literal = text.charCodeAt(start) === PIPE;
  let pos = start + 1;
  let chomp = CLIP;
  const indicator = text.charCodeAt(pos);
  if (indicator === DASH) chomp = STRIP;
  else if (indicator === PLUS) chomp = KEEP;
  if (chomp !== CLIP) pos++;
  c.pos = pos;
  const spaces = c.skipSpaces();
  if (c.code() === HASH && spaces > 0) c.comment(c.pos);
  const headerEnd = c.code();
  if (!isBreak(headerEnd) && c.pos < c.length) c.decline();
  const contentStart = Math.min(c.afterBreak(c.pos), c.length);
  const sourceEnd = contentEnd(c, contentStart, parent + 1, chomp === KEEP);
  const source = text.slice(contentStart, sourceEnd);
  if (source.includes('\t')) c.decline();
  const value = blockValue(c, source, literal, chomp);
  c.pos = sourceEnd;
  c.toContentLine();
  return scalarNode(value, c.file, start, trimmedEnd(text, start, sourceEnd), tag);
}

/**
 * Where the lexer ends the content that starts at `from`: after the last line indented like the
 * first non-empty one (which must be indented at least `minIndent`); without `keep`, trailing
 * empty lines are left out.
 */
function contentEnd(c: Cursor, from: number, minIndent: number, keep: boolean): number {
  const text = c.text;
  const length = c.length;
  let lineBreak = from - 1;
  let indent = 0;
  for (let i = from; i < length; i++) {
    const code = text.charCodeAt(i);
    if (code === SPACE) indent++;
    else if (code === LF) {
      lineBreak = i;
      indent = 0;
    } else if (code !== CR) break;
  }
  if (indent >= minIndent) {
    do {
      let k = lineBreak + 1;
      while (text.charCodeAt(k) === SPACE) k++;
      if (!isBreak(text.charCodeAt(k)) && k - (lineBreak + 1) < indent) break;
      lineBreak = text.indexOf('\n', k);
    } while (lineBreak !== -1);
    if (lineBreak === -1) lineBreak = length;
  }
  // The lexer takes insufficiently indented tabs after a block scalar into it, as an error.
  let k = lineBreak + 1;
  while (text.charCodeAt(k) === SPACE) k++;
  if (text.charCodeAt(k) === TAB) c.decline();
  if (!keep) {
    for (;;) {
      let i = lineBreak - 1;
      if (text.charCodeAt(i) === CR) i--;
      const lastChar = i;
      while (text.charCodeAt(i) === SPACE) i--;
      if (text.charCodeAt(i) === LF && i >= from && i + 1 + indent > lastChar) lineBreak = i;
      else break;
    }
  }
  return Math.min(lineBreak + 1, length);
}

/** The lines of the content: the spaces that start each, and the rest (without the CR of CR LF). */
function splitLines(source: string): [string, string][] {
  const lines: [string, string][] = [];
  let lineStart = 0;
  for (;;) {
    let lineEnd = source.indexOf('\n', lineStart);
    if (lineEnd === -1) lineEnd = source.length;
    let contentStart = lineStart;
    while (source.charCodeAt(contentStart) === SPACE && contentStart < lineEnd) contentStart++;
    const contentEnd = source.charCodeAt(lineEnd - 1) === CR && lineEnd > contentStart ? lineEnd - 1 : lineEnd;
    lines.push([source.slice(lineStart, contentStart), source.slice(contentStart, contentEnd)]);
    if (lineEnd === source.length) return lines;
    lineStart = lineEnd + 1;
  }
}

function blockValue(c: Cursor, source: string, literal: boolean, chomp: number): string {
  const lines = source ? splitLines(source) : [];
  let chompStart = lines.length;
  while (chompStart > 0 && lines[chompStart - 1]![1] === '') chompStart--;
  if (chompStart === 0) return chomp === KEEP && lines.length > 0 ? '\n'.repeat(Math.max(1, lines.length - 1)) : '';
  let contentStart = 0;
  while (lines[contentStart]![1] === '') contentStart++;
  const indent = lines[contentStart]![0].length;
  // More-indented empty lines before the first content need an explicit indentation indicator.
  for (let i = 0; i < contentStart; i++) if (lines[i]![0].length > indent) c.decline();
  // Trailing empty lines indented more than the content belong to it.
  for (let i = lines.length - 1; i >= chompStart; i--) {
    if (lines[i]![0].length > indent) {
      chompStart = i + 1;
      break;
    }
  }
  let value = '';
  for (let i = 0; i < contentStart; i++) value += `${lines[i]![0].slice(indent)}\n`;
  let separator = '';
  let previousMoreIndented = false;
  for (let i = contentStart; i < chompStart; i++) {
    const [spaces, content] = lines[i]!;
    if (literal) {
      value += separator + spaces.slice(indent) + content;
      separator = '\n';
    } else if (spaces.length > indent) {
      // Lines indented more than the first keep their breaks.
      if (separator === ' ') separator = '\n';
      else if (!previousMoreIndented && separator === '\n') separator = '\n\n';
      value += separator + spaces.slice(indent) + content;
      separator = '\n';
      previousMoreIndented = true;
    } else if (content === '') {
      if (separator === '\n') value += '\n';
      else separator = '\n';
    } else {
      value += separator + content;
      separator = ' ';
      previousMoreIndented = false;
    }
  }
  if (chomp === KEEP) {
    for (let i = chompStart; i < lines.length; i++) value += `\n${lines[i]![0].slice(indent)}`;
    if (!value.endsWith('\n')) value += '\n';
  } else if (chomp === CLIP) {
    value += '\n';
  }
  return value;
}
