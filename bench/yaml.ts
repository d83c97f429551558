/** Just enough YAML writing for the generated configuration: block mappings, flow lists of scalars. */

const PLAIN = /^[A-Za-z0-9/][A-Za-z0-9._/-]*$/;
const AMBIGUOUS = /^(?:true|false|null|yes|no|on|off|~|[-+]?(?:\d[\d_]*)?\.?\d+(?:e[-+]?\d+)?)$/i;

/** A scalar, quoted only when a plain one would be read differently (`*`, `{`, `true`, `10`). */
export function scalar(value: string | number | boolean): string {
  if (typeof value !== 'string') return String(value);
  return PLAIN.test(value) && !AMBIGUOUS.test(value) ? value : `'${value.replace(/'/g, "''")}'`;
}

export function flowList(values: readonly (string | number)[]): string {
  return `[${values.map(scalar).join(', ')}]`;
}

export type Value = string | number | boolean | readonly (string | number)[] | Mapping | undefined;
export interface Mapping {
  readonly [key: string]: Value;
}

function isMapping(value: Value): value is Mapping {
  return typeof value === 'object' && !Array.isArray(value);
}

/** A block mapping at `indent` spaces; nested mappings go on the following lines, lists inline. */
export function mapping(value: Mapping, indent: number): string {
  const pad = ' '.repeat(indent);
  let out = '';
  for (const [key, item] of Object.entries(value)) {
    if (item === undefined) continue;
    if (isMapping(item)) out += `${pad}${key}:\n${mapping(item, indent + 2)}`;
    else if (Array.isArray(item)) out += `${pad}${key}: ${flowList(item)}\n`;
    else out += `${pad}${key}: ${scalar(item as string | number | boolean)}\n`;
  }
  return out;
}

/** `  - name: …` items of a block sequence of mappings, each key at `indent + 2`. */
export function sequenceItem(value: Mapping, indent: number): string {
  const body = mapping(value, indent + 2);
  return `${' '.repeat(indent)}- ${body.slice(indent + 2)}`;
}

