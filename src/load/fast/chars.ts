/** Character codes the fast path tests (`charCodeAt` is much faster than comparing strings). */
export const TAB = 9;
export const LF = 10;
/** Only ever before LF: `parseFast` declines a lone CR. */
export const CR = 13;
export const SPACE = 32;
export const BANG = 33;
export const QUOTE_DOUBLE = 34;
export const HASH = 35;
export const AMPERSAND = 38;
export const QUOTE_SINGLE = 39;
export const ASTERISK = 42;
export const PLUS = 43;
export const COMMA = 44;
export const DASH = 45;
export const DOT = 46;
export const COLON = 58;
export const GREATER = 62;
export const QUESTION = 63;
export const BRACKET_OPEN = 91;
export const BACKSLASH = 92;
export const BRACKET_CLOSE = 93;
export const BRACE_OPEN = 123;
export const PIPE = 124;
export const BRACE_CLOSE = 125;

/** `,[]{}`: they end plain scalars inside flow collections. */
export function isFlowIndicator(code: number): boolean {
  return code === COMMA || code === BRACKET_OPEN || code === BRACKET_CLOSE || code === BRACE_OPEN || code === BRACE_CLOSE;
}

/** What the `yaml` lexer calls empty: white space, a line break or the end of the text (NaN). */
export function isBlank(code: number): boolean {
  return code === SPACE || code === LF || code === TAB || code === CR || code !== code;
}

/** A line break starts here (LF, or the CR of CR LF). */
export function isBreak(code: number): boolean {
  return code === LF || code === CR;
}

/**
 * Characters that may not start a plain scalar, or that start something else: indicators
 * (`, # & * ! | > ' " % @` and backquote) and brackets. `- ? :` start one when a character other
 * than white space (or, in a flow collection, a flow indicator) follows: `-1`, `:method`.
 */
const NOT_PLAIN_START = new Uint8Array(128);
for (const char of ',#&*!|>\'"%@`[]{}') NOT_PLAIN_START[char.charCodeAt(0)] = 1;

export function canStartPlain(code: number, next: number, inFlow: boolean): boolean {
  if (code === DASH || code === COLON || code === QUESTION) return !isBlank(next) && !(inFlow && isFlowIndicator(next));
  return code < 128 ? NOT_PLAIN_START[code] === 0 && code > SPACE : true;
}

/** Anchor and alias names the fast path accepts: a conservative subset of what YAML allows. */
const NAME_CHAR = new Uint8Array(128);
for (let code = 0; code < 128; code++) {
  const char = String.fromCharCode(code);
  if (/[A-Za-z0-9_.-]/.test(char)) NAME_CHAR[code] = 1;
}

export function isNameChar(code: number): boolean {
  return code < 128 && NAME_CHAR[code] === 1;
}
