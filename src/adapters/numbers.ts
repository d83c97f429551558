/**
 * Numbers a gateway's own schema rejects, for the adapters' `schema` findings: a port, timeout,
 * priority or limit written as a number that is not a whole number in the gateway's range, or no
 * usable number at all — `.inf`, `-.inf`, `.nan`, and numbers too large for a double (`1e400`,
 * 400 digits), which the parser reads as infinity — or something other than a number where the
 * gateway's typed schema wants one.
 */
import { isScalar, type YNode } from '../load/tree.js';

export interface NumberRange {
  /** Whole numbers only. */
  readonly integer: boolean;
  readonly min?: number;
  readonly max?: number;
  /** `min` itself is out of range: the value must be greater than it. */
  readonly exclusiveMin?: boolean;
}

/** Template placeholders that a deploy step replaces: `{{ … }}` (Helm, decK, Jinja) and `${…}` (envsubst). */
const PLACEHOLDER = /\{\{|\$\{/;

/**
 * Whether the node holds no number the gateway's schema accepts for the field: a number outside
 * the range (`.inf`, `.nan` and `1e400` included), or text, a boolean, a list or a mapping where a
 * number belongs (`read_timeout: slow`, `port: "80"`; the gateways' typed schemas coerce none of
 * them). Null and absent fields are unset, not rejected. A template placeholder (decK's
 * `${{ env "DECK_TIMEOUT" }}`, Helm's `{{ .Values.port }}` quoted or not, envsubst's `${PORT}`)
 * becomes a number before the gateway sees it, so it is never judged (see `isPlaceholder`).
 */
export function isRejectedNumber(node: YNode | undefined, range: NumberRange): boolean {
  if (node === undefined || (isScalar(node) && node.value === null)) return false;
  if (holdsNoNumber(node)) return true;
  const value = isScalar(node) ? node.value : undefined;
  if (typeof value !== 'number') return false; // a placeholder
  if (!Number.isFinite(value)) return true;
  if (range.integer && !Number.isInteger(value)) return true;
  if (range.min !== undefined && (range.exclusiveMin ? value <= range.min : value < range.min)) return true;
  return range.max !== undefined && value > range.max;
}

/**
 * Whether a node that is present holds something other than a number where a gateway's typed
 * schema wants one: text (`"100"`, `slow`), a boolean, a list, a mapping or null. A placeholder
 * is taken for a number.
 */
export function holdsNoNumber(node: YNode): boolean {
  return !(isScalar(node) && typeof node.value === 'number') && !isPlaceholder(node);
}

/**
 * A template placeholder, which a deploy step replaces (see `isRejectedNumber`): text with one in
 * it, or Helm's `{{ .Values.port }}` written without quotes, which YAML reads as a mapping.
 */
export function isPlaceholder(node: YNode): boolean {
  if (isScalar(node)) return typeof node.value === 'string' && PLACEHOLDER.test(node.value);
  return node.kind === 'map' && node.file.text.startsWith('{{', node.start);
}
