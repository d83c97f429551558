/**
 * Gateway API durations (GEP-2257), also used by Envoy Gateway's policies (`gwapiv1.Duration`):
 * one to four groups of up to five digits, each followed by `h`, `m`, `s` or `ms` — `10s`,
 * `1h30m`, `500ms`. No fractions, no `us`, no spaces; the CRD pattern
 * `^([0-9]{1,5}(h|m|s|ms)){1,4}$` makes the API server reject anything else.
 */
import { describeValue } from '../../load/describe.js';
import { isScalar, type YNode } from '../../load/tree.js';

const WHOLE = /^([0-9]{1,5}(h|m|s|ms)){1,4}$/;
const GROUP = /([0-9]{1,5})(ms|h|m|s)/g;
const FACTOR: Record<string, number> = { h: 3_600_000, m: 60_000, s: 1000, ms: 1 };

/** Milliseconds of a valid duration string; undefined when it breaks the pattern. */
export function parseGatewayDuration(value: string): number | undefined {
  if (!WHOLE.test(value)) return undefined;
  let total = 0;
  for (const match of value.matchAll(GROUP)) total += Number(match[1]) * FACTOR[match[2]!]!;
  return total;
}

export type DurationReading = { readonly ok: true; readonly ms: number } | { readonly ok: false; readonly shown: string };

/** A duration node as the API server would see it: only a string matching the pattern is a duration. */
export function readDuration(node: YNode): DurationReading {
  if (isScalar(node) && typeof node.value === 'string') {
    const ms = parseGatewayDuration(node.value);
    return ms === undefined ? { ok: false, shown: `'${node.value}'` } : { ok: true, ms };
  }
  const shown = describeValue(node);
  return { ok: false, shown: isScalar(node) && node.value !== null ? `${shown} (not a string)` : shown };
}

export const DURATION_FORMAT =
  "Gateway API durations are one to four groups of up to 5 digits, each followed by h, m, s or ms (such as '10s', '1m30s' or '250ms')";
