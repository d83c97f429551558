/**
 * Numbers a gateway's own schema rejects, for the adapters' `schema` findings: a port, timeout,
 * priority or limit written as a number that is not a whole number in the gateway's range, or no
 * usable number at all — `.inf`, `-.inf`, `.nan`, and numbers too large for a double (`1e400`,
 * 400 digits), which the parser reads as infinity. Only values written as numbers are judged
 * here; strings, nulls and collections are left to the adapter.
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

/** Whether the node is a number (finite or not) outside the range; false for anything that is not a number. */
export function isNumberOutOfRange(node: YNode | undefined, range: NumberRange): boolean {
  if (!isScalar(node) || typeof node.value !== 'number') return false;
  const value = node.value;
  if (!Number.isFinite(value)) return true;
  if (range.integer && !Number.isInteger(value)) return true;
  if (range.min !== undefined && (range.exclusiveMin ? value <= range.min : value < range.min)) return true;
  return range.max !== undefined && value > range.max;
}

/** A value as the file writes it (`1e400`, `.inf`, not `Infinity`), shortened for messages. */
export function writtenText(node: YNode): string {
  const text = node.file.text.slice(node.start, node.end);
  return text.length > 40 ? `${text.slice(0, 39)}…` : text;
}
