/** How messages quote a node's value: as the file writes it, shortened, never as JavaScript prints it. */
import type { YNode } from './tree.js';

const MAX_SHOWN = 40;

function shortened(text: string): string {
  return text.length > MAX_SHOWN ? `${text.slice(0, MAX_SHOWN - 1)}…` : text;
}

/** The node's text as the file writes it (`1e400`, `.inf`, not `Infinity`), shortened. */
export function writtenText(node: YNode): string {
  return shortened(node.file.text.slice(node.start, node.end));
}

/**
 * What a value is, for "must be …, got …" messages: `a mapping`, `a list`, `an empty value`,
 * text in double quotes (`"slow"`), and numbers and booleans as written (`1e400`, `True`).
 */
export function describeValue(node: YNode): string {
  if (node.kind === 'map') return 'a mapping';
  if (node.kind === 'seq') return 'a list';
  const { value } = node;
  if (value === null) return 'an empty value';
  return typeof value === 'string' ? JSON.stringify(shortened(value)) : writtenText(node);
}
